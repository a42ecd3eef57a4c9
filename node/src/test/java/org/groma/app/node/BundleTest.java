package org.groma.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.DemoCommission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {

  @TempDir
  Path dir;

  private final KeyRing keys = NodeFixtures.keys(7);

  /** The demo journal, checkpointed and cosigned by both witnesses, at {@code name}. */
  private CommissionNode operatorNode(String name) {
    CommissionNode node = NodeFixtures.demo(dir.resolve(name), keys);
    node.signCheckpoint(keys.key("operator"));
    node.cosign(DemoCommission.WITNESS_A_NAME, keys.key("witness-a"), NodeFixtures.clock("2024-07-01T00:00:00Z"));
    node.cosign(DemoCommission.WITNESS_B_NAME, keys.key("witness-b"), NodeFixtures.clock("2024-07-01T00:00:00Z"));
    return node;
  }

  private void note(CommissionNode node, String id, String time) {
    node.submit(NodeFixtures.command(DemoCommission.MEDIATOR, keys, time, new Note(id, "text of " + id, null)),
        keys.key("med-1"));
  }

  @Test
  void a_replica_made_from_bundles_holds_the_same_journal_and_checkpoint() throws Exception {
    try (CommissionNode operator = operatorNode("operator.gpkg")) {
      Bundle all = Bundle.parse(operator.exportBundle(0).toBytes());
      Bundle firstTen = new Bundle(all.origin(), 0, all.entries().subList(0, 10), Optional.empty());
      try (CommissionNode replica = CommissionNode.createFrom(dir.resolve("replica.gpkg"), firstTen)) {
        assertThat(replica.size()).isEqualTo(10);
        CommissionNode.BundleImport r = replica.importBundle(Bundle.parse(operator.exportBundle(5).toBytes()));
        assertThat(r.newEntries()).isEqualTo(7);
        assertThat(r.checkpointStored()).isTrue();
        assertThat(replica.root()).isEqualTo(operator.root());
        assertThat(replica.state()).isEqualTo(operator.state());
        assertThat(replica.checkpoints().get(0).signatures()).hasSize(3);
        // Importing the same bundle again changes nothing.
        assertThat(replica.importBundle(operator.exportBundle(0)).newEntries()).isZero();

        note(operator, "N-10", "2024-07-02T00:00:00Z");
        operator.signCheckpoint(keys.key("operator"));
        assertThat(replica.importBundle(operator.exportBundle(replica.size())).newEntries()).isEqualTo(1);
        assertThat(replica.root()).isEqualTo(operator.root());
      }
    }
    assertThat(CommissionNode.verify(dir.resolve("replica.gpkg"), n -> {}).ok()).isTrue();
  }

  @Test
  void an_operator_that_rewrites_history_is_caught_with_both_checkpoints_as_evidence() throws Exception {
    Path replicaFile = dir.resolve("replica.gpkg");
    try (CommissionNode honest = operatorNode("honest.gpkg")) {
      note(honest, "N-10", "2024-07-02T00:00:00Z");
      honest.signCheckpoint(keys.key("operator"));
      CommissionNode.createFrom(replicaFile, honest.exportBundle(0)).close();
    }
    // The same operator key signs a different history of the same size: N-10 says something else.
    try (CommissionNode forked = operatorNode("forked.gpkg");
        CommissionNode replica = CommissionNode.open(replicaFile, CommissionNode.Options.full())) {
      forked.submit(NodeFixtures.command(DemoCommission.MEDIATOR, keys, "2024-07-02T00:00:00Z",
          new Note("N-10", "a rewritten note", null)), keys.key("med-1"));
      forked.signCheckpoint(keys.key("operator"));
      long size = replica.size();
      var root = replica.root();
      Bundle evil = forked.exportBundle(17);
      assertThatThrownBy(() -> replica.importBundle(evil)).isInstanceOf(ForkException.class)
          .hasMessageContaining("not consistent").satisfies(e -> {
            ForkException f = (ForkException) e;
            assertThat(f.ours()).isEqualTo(replica.checkpoints().get(0).format());
            assertThat(f.theirs()).isEqualTo(evil.checkpoint().orElseThrow().format());
          });
      // Without the checkpoint, the differing entry itself is the evidence.
      Bundle entriesOnly = new Bundle(evil.origin(), 17, evil.entries(), Optional.empty());
      assertThatThrownBy(() -> replica.importBundle(entriesOnly)).isInstanceOf(ForkException.class)
          .hasMessageContaining("entry 17 differs");
      assertThat(replica.size()).isEqualTo(size);
      assertThat(replica.root()).isEqualTo(root);
    }
  }

  @Test
  void a_bundle_whose_checkpoint_does_not_commit_to_its_entries_stores_nothing_on_a_node_without_checkpoints()
      throws Exception {
    Bundle honest;
    try (CommissionNode operator = operatorNode("honest.gpkg")) {
      note(operator, "N-10", "2024-07-02T00:00:00Z");
      operator.signCheckpoint(keys.key("operator"));
      honest = operator.exportBundle(0);
    }
    Bundle forkedCheckpoint;
    try (CommissionNode forked = operatorNode("forked.gpkg")) {
      forked.submit(NodeFixtures.command(DemoCommission.MEDIATOR, keys, "2024-07-02T00:00:00Z",
          new Note("N-10", "a rewritten note", null)), keys.key("med-1"));
      forked.signCheckpoint(keys.key("operator"));
      forkedCheckpoint = forked.exportBundle(18);
    }
    Bundle firstTen = new Bundle(honest.origin(), 0, honest.entries().subList(0, 10), Optional.empty());
    try (CommissionNode replica = CommissionNode.createFrom(dir.resolve("replica.gpkg"), firstTen)) {
      // Every entry is validly signed, and so is the checkpoint, but not over these entries.
      Bundle mixed = new Bundle(honest.origin(), 10, honest.entries().subList(10, 18),
          forkedCheckpoint.checkpoint());
      assertThatThrownBy(() -> replica.importBundle(mixed)).isInstanceOf(BadInputException.class)
          .hasMessageContaining("does not commit to these entries");
      assertThat(replica.size()).isEqualTo(10);
      assertThat(replica.checkpoints()).isEmpty();
    }
  }

  @Test
  void a_tampered_or_malformed_bundle_is_refused_and_nothing_is_stored() throws Exception {
    try (CommissionNode operator = operatorNode("operator.gpkg")) {
      Bundle all = operator.exportBundle(0);
      List<byte[]> entries = new ArrayList<>(all.entries());
      byte[] changed = entries.get(16).clone();
      String text = new String(changed, StandardCharsets.UTF_8).replace("laptop", "tablet");
      entries.set(16, text.getBytes(StandardCharsets.UTF_8));
      Path target = dir.resolve("replica.gpkg");
      assertThatThrownBy(() -> CommissionNode.createFrom(target,
          new Bundle(all.origin(), 0, entries, Optional.empty())))
          .isInstanceOf(CommandRefusedException.class).hasMessageContaining("entry 16");
      assertThat(target).doesNotExist();

      assertThatThrownBy(() -> Bundle.parse("{\"format\":\"groma-bundle/v1\",\"origin\":\"o\",\"since\":0,\"entries\":[\"***\"],\"checkpoint\":null}".getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(BadInputException.class).hasMessageContaining("entries[0] is not base64");
      assertThatThrownBy(() -> Bundle.parse(new byte[0])).isInstanceOf(BadInputException.class)
          .hasMessageContaining("bundle");
      assertThatThrownBy(() -> Bundle.parse("{\"format\":\"groma-bundle/v1\",\"extra\":1}".getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(BadInputException.class).hasMessageContaining("unknown field \"extra\"");
      assertThatThrownBy(() -> operator.importBundle(new Bundle("other", 0, all.entries(), Optional.empty())))
          .isInstanceOf(BadInputException.class).hasMessageContaining("is of journal \"other\"");
    }
    assertThat(Files.exists(dir.resolve("operator.gpkg"))).isTrue();
  }
}
