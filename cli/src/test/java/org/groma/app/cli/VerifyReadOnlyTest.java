package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.testing.Seeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code groma verify} never writes: not the store, not a {@code -wal}, {@code -shm} or {@code -journal}
 * beside it. Tests may run as root, whom chmod does not stop, so every test also compares the folder's
 * files (names, bytes and modification times) and the folder's modification time before and after.
 */
class VerifyReadOnlyTest {

  private static final int DEMO_ENTRIES = 17;

  @TempDir Path dir;

  /** Every file in the folder: name to its bytes' digest and modification time. */
  private static Map<String, String> snapshot(Path folder) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.toList()) {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        FileTime mtime = Files.getLastModifiedTime(p);
        files.put(p.getFileName().toString(), java.util.HexFormat.of().formatHex(digest) + " " + mtime.toMillis());
      }
    }
    // A -wal or -shm created and removed again leaves no file, but it changes the folder's time.
    files.put(".", "folder " + Files.getLastModifiedTime(folder).toMillis());
    return files;
  }

  private static long entries(Cli r) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("entries").asLong();
  }

  private Path closedStore(Path folder) throws Exception {
    Files.createDirectories(folder);
    Path file = folder.resolve("c.gpkg");
    ScriptedCommission.create(file, "groma.test/verify", new KeyRing(KeyRing.DEMO_LABELS, Seeded.random(11))).close();
    return file;
  }

  @Test
  void verify_reads_a_store_in_a_read_only_folder_and_changes_nothing() throws Exception {
    Path folder = dir.resolve("ro");
    Path file = closedStore(folder);
    assertThat(snapshot(folder)).containsOnlyKeys(".", "c.gpkg");
    Map<String, String> before = snapshot(folder);
    Thread.sleep(20); // a write during verify would show as a later modification time
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    Cli r;
    try {
      r = Cli.run("verify", file.toString(), "--json");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(entries(r)).isEqualTo(DEMO_ENTRIES);
    assertThat(snapshot(folder)).as("no file written, created or touched").isEqualTo(before);
  }

  @Test
  void a_store_left_with_a_pending_write_ahead_log_is_verified_from_a_private_copy_and_left_untouched()
      throws Exception {
    // A writer killed before it folded its log into the file: copy the file and its -wal while a node
    // holds them open, as SIGKILL would leave them. Some entries are only in the -wal.
    Path live = dir.resolve("live");
    Files.createDirectories(live);
    Path killed = dir.resolve("killed");
    Files.createDirectories(killed);
    Path file = killed.resolve("c.gpkg");
    try (CommissionNode node = ScriptedCommission.create(live.resolve("c.gpkg"), "groma.test/verify",
        new KeyRing(KeyRing.DEMO_LABELS, Seeded.random(11)))) {
      assertThat(node.size()).isEqualTo(DEMO_ENTRIES);
      Files.copy(live.resolve("c.gpkg"), file);
      Files.copy(live.resolve("c.gpkg-wal"), killed.resolve("c.gpkg-wal"));
    }
    assertThat(Files.size(killed.resolve("c.gpkg-wal"))).isPositive();
    Map<String, String> before = snapshot(killed);
    Thread.sleep(20);

    Cli r = Cli.run("verify", file.toString(), "--json");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(entries(r)).isEqualTo(DEMO_ENTRIES);
    assertThat(r.out()).contains("read from a private copy of c.gpkg with its pending c.gpkg-wal (")
        .contains("itself was only read");
    assertThat(snapshot(killed)).as("no file written, created or touched").isEqualTo(before);
  }
}
