package org.groma.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.DemoCommission;
import org.groma.app.store.CommissionStore;
import org.groma.app.store.Feature;
import org.groma.app.store.LayerGeometry;
import org.groma.app.store.ProjectionLayers;
import org.groma.geo.GeoPoint;
import org.groma.journal.entry.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link CommissionNode#audit} reports beyond the journal: the file's layers, a store behind a link. */
class VerifyReportTest {

  @TempDir Path dir;
  final KeyRing keys = NodeFixtures.keys(7);

  @Test
  void a_line_moved_in_the_decisions_layer_fails_verification_and_groma_rewrites_it() {
    Path file = dir.resolve("layers.gpkg");
    NodeFixtures.cosignedDemo(file, keys);
    assertThat(CommissionNode.audit(file, n -> {}, Optional.empty(), Optional.empty()).problems()).isEmpty();
    try (CommissionStore store = CommissionStore.open(file)) {
      List<Feature> moved = new ArrayList<>();
      for (Feature f : store.readLayer(ProjectionLayers.DECISIONS)) {
        List<List<GeoPoint>> lines = new ArrayList<>();
        for (List<GeoPoint> l : ((LayerGeometry.MultiLineString) f.geometry()).lines()) {
          lines.add(l.stream().map(p -> new GeoPoint(p.latDeg() + 0.01, p.lonDeg())).toList());
        }
        moved.add(new Feature(new LayerGeometry.MultiLineString(lines), f.attributes()));
      }
      store.writeLayer(ProjectionLayers.DECISIONS, moved);
    }
    VerifyReport r = CommissionNode.audit(file, n -> {}, Optional.empty(), Optional.empty());
    assertThat(r.result().ok()).isTrue();
    assertThat(r.problems()).singleElement().asString().startsWith("layer decisions of the file does not show"
        + " what the journal gives").endsWith(": the geometry of feature 1 differs");

    try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
      node.rebuildLayers();
    }
    assertThat(CommissionNode.audit(file, n -> {}, Optional.empty(), Optional.empty()).problems()).isEmpty();
  }

  @Test
  void a_decision_stays_final_under_an_older_cosigned_checkpoint_when_a_newer_one_is_operator_only() {
    Path file = dir.resolve("final.gpkg");
    NodeFixtures.cosignedDemo(file, keys);
    try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
      Actor chair = new Actor(Party.A, DemoCommission.A_CO_CHAIR.member(), keys.keyId("a-chair-1"));
      node.submit(new Command(chair, Instant.parse("2024-07-02T00:00:00Z"),
          new CommissionEvent.Note("N-later", "a later note", null)), keys.key("a-chair-1"));
      node.signCheckpoint(keys.key("operator"));
      assertThat(node.finalCheckpointSize()).isEqualTo(17L);
      var d1 = node.state().decision("D-1").orElseThrow();
      assertThat(d1.finalUnder(node.finalCheckpointSize())).isTrue();
      assertThat(d1.finalUnder(14L)).as("the entry that brought it into force lies outside").isFalse();
      assertThat(d1.finalUnder(null)).isFalse();
    }
    VerifyReport r = CommissionNode.audit(file, n -> {}, Optional.empty(), Optional.empty());
    assertThat(r.checkpoint().orElseThrow().size()).isEqualTo(18);
    assertThat(r.checkpoint().orElseThrow().cosigners()).isEmpty();
    assertThat(r.decisions()).singleElement().satisfies(d -> {
      assertThat(d.isFinal()).isTrue();
      assertThat(d.finalUnderSize()).isEqualTo(17L);
    });
  }

  @Test
  void a_store_behind_a_link_is_read_with_the_pending_log_beside_the_real_file() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path file = real.resolve("store.gpkg");
    NodeFixtures.cosignedDemo(file, keys);
    Path link = dir.resolve("link.gpkg");
    Files.createSymbolicLink(link, file);
    try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
      Actor chair = new Actor(Party.A, DemoCommission.A_CO_CHAIR.member(), keys.keyId("a-chair-1"));
      node.submit(new Command(chair, Instant.now().truncatedTo(ChronoUnit.MILLIS),
          new CommissionEvent.Note("N-link", "a note only in the write-ahead log", null)), keys.key("a-chair-1"));
      assertThat(Path.of(file + "-wal")).exists();
      VerifyReport viaLink = CommissionNode.audit(link, n -> {}, Optional.empty(), Optional.empty());
      assertThat(viaLink.result().entries()).isEqualTo(18);
      assertThat(viaLink.readFrom()).isPresent();
    }
  }
}
