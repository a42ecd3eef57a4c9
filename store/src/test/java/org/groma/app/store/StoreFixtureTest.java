package org.groma.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by format version 1, kept in {@code src/test/resources/store/fixture-v1.gpkg}: every
 * later version must open it and read the same record. If this fails after a schema change, the change
 * needs a migration (and a new format version), not a new fixture.
 *
 * <p>Regenerate only for a new format version:
 * {@code ./mvnw -B -o -q -pl store test -Dtest=StoreFixtureTest -Dgroma.store.regenerateFixture=true}
 */
class StoreFixtureTest {

  static final Path FIXTURE = Path.of("src/test/resources/store/fixture-v1.gpkg");
  static final String ORIGIN = "groma.example/fixture-v1";
  static final Instant WRITTEN_AT = Instant.parse("2026-11-28T05:00:00.000Z");
  static final int ENTRIES = 10;
  static final String CHECKPOINT = ORIGIN + "\n10\nfixture-root-hash-base64=\n\n— operator fixture-signature\n";
  static final List<GeoPoint> LINE = List.of(GeoPoint.ofLonLat(45.0123456789, 41.1), GeoPoint.ofLonLat(45.2, 41.05));

  @TempDir Path dir;

  @Test
  void the_version_1_fixture_opens_and_reads_back_its_record() throws Exception {
    Path copy = dir.resolve("fixture.gpkg");
    Files.copy(FIXTURE, copy, StandardCopyOption.REPLACE_EXISTING);
    try (CommissionStore store = CommissionStore.open(copy)) {
      assertThat(store.origin()).isEqualTo(ORIGIN);
      assertThat(store.size()).isEqualTo(ENTRIES);
      store.entries(0, ENTRIES).forEach(e -> {
        NewEntry expected = TestEntries.entry("fixture", e.seq());
        assertThat(e.entry()).isEqualTo(expected.entry());
        assertThat(e.entryHash()).isEqualTo(expected.entryHash());
        assertThat(e.appendedAt()).isEqualTo(WRITTEN_AT);
      });
      assertThat(store.latestCheckpoint().orElseThrow()).isEqualTo(new StoredCheckpoint(0, ENTRIES, CHECKPOINT, WRITTEN_AT));
      assertThat(store.cosignatures(0)).containsExactly(
          new StoredCosignature(0, 0, "witness-a", "— witness-a fixture-cosignature-a", WRITTEN_AT),
          new StoredCosignature(1, 0, "witness-b", "— witness-b fixture-cosignature-b", WRITTEN_AT));
      List<Feature> segments = store.readLayer(ProjectionLayers.SEGMENTS);
      assertThat(segments).hasSize(1);
      assertThat(segments.get(0).geometry()).isEqualTo(segment().geometry());
      assertThat(segments.get(0).attributes()).containsAllEntriesOf(segment().attributes())
          .containsEntry("from_point", null).containsEntry("to_point", null).containsEntry("line_type", null);
    }
  }

  private static Feature segment() {
    return new Feature(new LayerGeometry.LineString(LINE), Map.of("section_id", "S-1", "segment_no", 1L,
        "status", "agreed", "length_m", 17000.25));
  }

  @Test
  void regenerate_fixture() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("groma.store.regenerateFixture"),
        "regenerates the fixture only with -Dgroma.store.regenerateFixture=true");
    Files.deleteIfExists(FIXTURE);
    Clock clock = Clock.fixed(WRITTEN_AT, ZoneOffset.UTC);
    try (CommissionStore store = CommissionStore.create(FIXTURE, ORIGIN, clock)) {
      for (int i = 0; i < ENTRIES; i++) {
        NewEntry e = TestEntries.entry("fixture", i);
        store.append(e.entry(), e.entryHash(), i);
      }
      store.appendCheckpoint(ENTRIES, CHECKPOINT);
      store.appendCosignature(0, "witness-a", "— witness-a fixture-cosignature-a");
      store.appendCosignature(0, "witness-b", "— witness-b fixture-cosignature-b");
      store.writeLayer(ProjectionLayers.SEGMENTS, List.of(segment()));
    }
  }
}
