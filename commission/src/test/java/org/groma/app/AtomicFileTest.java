package org.groma.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void a_failed_write_leaves_the_old_file_and_no_temporary_file() throws Exception {
    Path target = dir.resolve("out.json");
    AtomicFile.write(target, "old".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> AtomicFile.write(target, false, out -> {
      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot write").hasMessageContaining("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(dir.toFile().list()).containsExactly("out.json");
  }

  @Test
  void a_writer_that_closes_its_stream_still_gets_its_file_synced_and_owner_only_is_honoured() throws Exception {
    Path target = dir.resolve("keys.json");
    AtomicFile.write(target, true, out -> {
      out.write("secret".getBytes(StandardCharsets.UTF_8));
      out.close();
    });
    assertThat(Files.readString(target)).isEqualTo("secret");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    assertThat(dir.toFile().list()).containsExactly("keys.json");
  }

  @Test
  void several_files_are_written_all_or_none() throws Exception {
    Path a = dir.resolve("median.geojson");
    Path b = dir.resolve("catalogue.csv");
    Files.writeString(a, "old a");
    Path blocked = dir.resolve("not-a-folder");
    Files.writeString(blocked, "a file where a folder is wanted");
    java.util.Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
    files.put(a, "new a".getBytes(StandardCharsets.UTF_8));
    files.put(b, "new b".getBytes(StandardCharsets.UTF_8));
    files.put(blocked.resolve("c.csv"), "c".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> AtomicFile.writeAll(files)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("c.csv");
    assertThat(Files.readString(a)).isEqualTo("old a");
    assertThat(b).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("median.geojson",
          "not-a-folder");
    }
    files.remove(blocked.resolve("c.csv"));
    AtomicFile.writeAll(files);
    assertThat(Files.readString(a)).isEqualTo("new a");
    assertThat(Files.readString(b)).isEqualTo("new b");
  }
}
