package org.groma.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random single-byte changes to a closed store file: opening it either refuses with a clear error, or (the
 * byte was in free space or unused bytes of a page) reads back exactly the record that was written, never
 * a silently different one. More flips: {@code -Dgroma.store.tamperFlips=5000}.
 *
 * <p>"The record" is everything the store keeps for the journal: entries with their hashes, seqs and
 * times, checkpoints, cosignatures and the origin. Projection layers are derived data (rebuilt from the
 * journal) and not covered; signatures are checked above the store.
 */
class TamperTest {

  static final long SEED = 6962L;
  static final int DEFAULT_FLIPS = 500;

  @TempDir Path dir;

  @Test
  void a_flipped_byte_is_refused_or_changes_nothing_read_back() throws Exception {
    int flips = Integer.getInteger("groma.store.tamperFlips", DEFAULT_FLIPS);
    Path original = GeoPackageLayersTest.storeWithLayers(dir);
    try (CommissionStore store = CommissionStore.open(original)) {
      for (int i = 1; i < 60; i++) {
        NewEntry e = TestEntries.entry("tamper", i);
        store.append(e.entry(), e.entryHash(), i);
      }
      store.appendCheckpoint(30, CommissionStoreTest.ORIGIN + "\n30\nroot30\n\n— operator sig\n");
      store.appendCheckpoint(60, CommissionStoreTest.ORIGIN + "\n60\nroot60\n\n— operator sig\n");
      store.appendCosignature(1, "witness-a", "— witness-a sigA");
      store.appendCosignature(1, "witness-b", "— witness-b sigB");
    }
    byte[] expected;
    try (CommissionStore store = CommissionStore.open(original)) {
      expected = CommissionStoreTest.snapshot(store);
    }
    byte[] pristine = Files.readAllBytes(original);
    assertThat(Path.of(original + "-wal")).doesNotExist();

    Random random = new Random(SEED);
    int refused = 0;
    int unchanged = 0;
    for (int flip = 0; flip < flips; flip++) {
      byte[] bytes = pristine.clone();
      int offset = random.nextInt(bytes.length);
      bytes[offset] ^= (byte) (1 + random.nextInt(255));
      Path tampered = dir.resolve("tampered-" + flip + ".gpkg");
      Files.write(tampered, bytes);
      try (CommissionStore store = CommissionStore.open(tampered)) {
        assertThat(CommissionStoreTest.snapshot(store))
            .as("flip %d at offset %d was not detected and changed what is read back", flip, offset)
            .isEqualTo(expected);
        unchanged++;
      } catch (StoreException e) {
        assertThat(e.getMessage()).as("flip %d at offset %d", flip, offset).startsWith(tampered + ": ");
        refused++;
      }
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(Path.of(tampered + suffix));
      }
    }
    System.out.println("Tamper: " + flips + " single-byte flips in a " + pristine.length + "-byte store: "
        + refused + " refused on open, " + unchanged + " opened with the record unchanged (free space, a projection layer or"
        + " GeoPackage metadata)");
    assertThat(refused).isPositive();
    assertThat(refused + unchanged).isEqualTo(flips);
  }
}
