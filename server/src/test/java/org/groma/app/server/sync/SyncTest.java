package org.groma.app.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.Command;
import org.groma.app.commission.DemoCommission;
import org.groma.app.node.Bundle;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.ForkException;
import org.groma.app.store.StoredEntry;
import org.groma.geo.CanonicalPoint;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.log.ProofVerifier;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.Cosignature;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync between three nodes on loopback: the log operator's (mediator's), party A's and party B's. */
class SyncTest {

  @TempDir
  Path dir;

  @Test
  void a_proposal_made_on_one_party_node_is_seen_on_the_other_and_a_decision_becomes_final_on_all_three()
      throws Exception {
    try (ThreeNodes t = new ThreeNodes(dir)) {
      PeerSync.Outcome first = t.a.sync.syncOnce();
      assertThat(first.sizeBefore()).isEqualTo(1);
      assertThat(first.size()).isEqualTo(t.operator.journal.size());
      assertThat(first.cosigned()).isTrue();
      assertThat(first.cosignatureSent()).isTrue();
      t.b.sync.syncOnce();

      String mediator = t.operator.signIn("mediator");
      assertThat(t.operator.act(mediator, new SittingOpened("sitting-2", "Second sitting",
          List.of("Section S-2"))).statusCode()).isEqualTo(201);

      String aChair = t.a.signIn("a-chair");
      HttpResponse<String> proposed = t.a.act(aChair, new LineProposed("A-S2-2", "S-2", "sitting-2",
          List.of(new CanonicalPoint(200_000_000, 100_000_000), new CanonicalPoint(240_000_000, 70_000_000),
              new CanonicalPoint(250_000_000, 50_000_000)),
          List.of(ProposedSegment.GEODESIC, ProposedSegment.GEODESIC), List.of("SRC-1")));
      assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
      long proposalSeq = ThreeNodes.JSON.readTree(proposed.body()).get("seq").asLong();
      assertThat(t.operator.journal.act(proposalSeq).event()).isInstanceOf(LineProposed.class);
      assertThat(t.a.journal.size()).isEqualTo(t.operator.journal.size());

      t.b.sync.syncOnce();
      assertThat(proposalIds(t.b.state())).contains("A-S2-2");

      String bChair = t.b.signIn("b-chair");
      HttpResponse<String> drafted = t.b.act(bChair, t.b.journal.state().draftAdopting("D-2", "S-2", "sitting-2",
          "Section S-2 follows proposal A-S2-2.", "A-S2-2"));
      assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
      String draftHash = ThreeNodes.JSON.readTree(drafted.body()).get("entryHash").asText();

      t.a.sync.syncOnce();
      HttpResponse<String> endorsedA = t.a.act(aChair, t.a.journal.state().endorsementOf("D-2"));
      assertThat(t.a.journal.state().endorsementOf("D-2").draftHash()).isEqualTo(draftHash);
      assertThat(endorsedA.statusCode()).as(endorsedA.body()).isEqualTo(201);
      t.b.sync.syncOnce();
      HttpResponse<String> endorsedB = t.b.act(bChair, t.b.journal.state().endorsementOf("D-2"));
      assertThat(endorsedB.statusCode()).as(endorsedB.body()).isEqualTo(201);

      // Each witness cosigns what it pulled and returns the cosignature; the third round brings B's to A.
      t.a.sync.syncOnce();
      PeerSync.Outcome b = t.b.sync.syncOnce();
      assertThat(b.cosignedBy()).containsExactlyInAnyOrder(DemoCommission.WITNESS_A_NAME,
          DemoCommission.WITNESS_B_NAME);
      t.a.sync.syncOnce();

      MerkleHash root = t.operator.journal.root();
      for (ThreeNodes.Node n : List.of(t.operator, t.a, t.b)) {
        assertThat(n.journal.root()).as(n.name).isEqualTo(root);
        assertFinal(n.journal, "D-2");
        JsonNode d2 = decision(n.state(), "D-2");
        assertThat(d2.get("inForce").asBoolean()).as(n.name).isTrue();
      }
    }
  }

  /** In force, and its entry included under a checkpoint that both parties' witnesses cosigned. */
  static void assertFinal(CommissionNode node, String decisionId) throws Exception {
    DecisionRecord d = node.state().decision(decisionId).orElseThrow();
    assertThat(d.inForce()).isTrue();
    SignedNote note = node.latestCheckpoint().orElseThrow();
    Checkpoint cp = Checkpoint.open(note, node.trust().operator());
    for (NoteVerifierKey w : node.trust().witnesses()) {
      Cosignature.open(note, w);
    }
    long seq = d.inForceSeq();
    assertThat(cp.size()).isGreaterThan(seq);
    byte[] entry;
    try (Stream<StoredEntry> s = node.entries(seq, seq + 1)) {
      entry = s.findFirst().orElseThrow().entry();
    }
    ProofVerifier.verifyInclusion(MerkleHash.leaf(entry), seq, cp.size(), node.inclusionProof(seq, cp.size()),
        cp.rootHash());
  }

  private static List<String> proposalIds(JsonNode state) {
    List<String> ids = new ArrayList<>();
    state.get("proposals").forEach(p -> ids.add(p.get("proposalId").asText()));
    return ids;
  }

  private static JsonNode decision(JsonNode state, String id) {
    for (JsonNode d : state.get("decisions")) {
      if (d.get("decisionId").asText().equals(id)) {
        return d;
      }
    }
    throw new AssertionError("no decision " + id + " in " + state);
  }

  @Test
  void an_operator_that_rewrites_history_is_caught_by_both_party_nodes_which_store_nothing_from_it()
      throws Exception {
    try (ThreeNodes t = new ThreeNodes(dir)) {
      t.a.sync.syncOnce();
      t.b.sync.syncOnce();
      t.a.sync.syncOnce();
      long size = t.operator.journal.size();

      // The same operator key signs another history of the same size: the genesis, then notes.
      Bundle genesis;
      try (Stream<StoredEntry> s = t.operator.journal.entries(0, 1)) {
        genesis = new Bundle(t.operator.journal.origin(), 0, List.of(s.findFirst().orElseThrow().entry()),
            Optional.empty());
      }
      CommissionNode forged = CommissionNode.createFrom(dir.resolve("rogue.gpkg"), genesis);
      Instant time = Instant.parse("2024-03-02T00:00:00Z");
      for (long i = 1; i < size; i++) {
        forged.submit(new Command(t.keys.actor(DemoCommission.MEDIATOR), time.plusSeconds(i),
            new Note("R-" + i, "a rewritten history", null)), t.keys.key("med-1"));
      }
      ThreeNodes.Node rogue = t.extra("rogue", forged, t.signer("med-1", "operator"), dir.resolve("rogue.json"));

      for (ThreeNodes.Node party : List.of(t.a, t.b)) {
        long held = party.journal.size();
        List<SignedNote> checkpoints = party.journal.checkpoints();
        try (PeerSync fromRogue = new PeerSync(party.journal, party.signer, rogue.base(), t.clock)) {
          assertThatThrownBy(fromRogue::syncOnce).isInstanceOf(ForkException.class)
              .hasMessageContaining("at size " + size)
              .satisfies(e -> {
                ForkException f = (ForkException) e;
                assertThat(f.ours()).contains(DemoCommission.WITNESS_A_NAME, DemoCommission.WITNESS_B_NAME);
                assertThat(f.theirs()).startsWith(party.journal.origin() + "\n" + size + "\n")
                    .doesNotContain(DemoCommission.WITNESS_A_NAME);
              });
          assertThat(fromRogue.fork()).isPresent();
          // Once caught, the node asks the forking peer nothing more and hands it no acts.
          assertThatThrownBy(fromRogue::syncOnce).isSameAs(fromRogue.fork().orElseThrow());
        }
        assertThat(party.journal.size()).isEqualTo(held);
        assertThat(party.journal.checkpoints()).isEqualTo(checkpoints);
      }

      // The rogue history grows past the parties' journals: its checkpoint is inconsistent with theirs.
      for (long i = size; i < size + 3; i++) {
        forged.submit(new Command(t.keys.actor(DemoCommission.MEDIATOR), time.plusSeconds(i),
            new Note("R-" + i, "a rewritten history", null)), t.keys.key("med-1"));
      }
      for (ThreeNodes.Node party : List.of(t.a, t.b)) {
        long held = party.journal.size();
        try (PeerSync fromRogue = new PeerSync(party.journal, party.signer, rogue.base(), t.clock)) {
          assertThatThrownBy(fromRogue::syncOnce).isInstanceOf(ForkException.class)
              .hasMessageContaining("is not consistent with this node's " + held + " entries");
        }
        assertThat(party.journal.size()).isEqualTo(held);
      }
    }
  }

  @Test
  void a_schedule_keeps_a_party_node_in_step_with_the_operator_until_closed() throws Exception {
    try (ThreeNodes t = new ThreeNodes(dir)) {
      SyncSchedule schedule = SyncSchedule.every(java.time.Duration.ofMillis(20), List.of(t.b.sync));
      try {
        t.operator.journal.submit(new Command(t.keys.actor(DemoCommission.MEDIATOR), Instant.parse(
            "2024-07-01T00:00:00Z"), new Note("N-S", "a note while B syncs", null)), t.keys.key("med-1"));
        long target = t.operator.journal.size();
        // Waits for the background thread (a bound on waiting, not a timing assertion).
        for (int i = 0; i < 500 && !(t.b.journal.size() == target && cosignedByB(t.operator.journal)); i++) {
          Thread.sleep(20);
        }
        assertThat(t.b.journal.size()).isEqualTo(target);
        assertThat(t.b.journal.root()).isEqualTo(t.operator.journal.root());
      } finally {
        schedule.close();
      }
      assertThat(cosignedByB(t.operator.journal)).isTrue();
    }
  }

  /** Whether the latest checkpoint the node holds carries party B's witness's cosignature. */
  private static boolean cosignedByB(CommissionNode node) {
    SignedNote latest = node.latestCheckpoint().orElse(null);
    return latest != null && node.trust().witnesses().stream()
        .anyMatch(w -> w.name().equals(DemoCommission.WITNESS_B_NAME) && latest.signatureOf(w).isPresent());
  }

  @Test
  void acts_from_both_parties_at_once_are_each_ordered_once_and_every_node_ends_with_the_same_journal()
      throws Exception {
    try (ThreeNodes t = new ThreeNodes(dir)) {
      t.a.sync.syncOnce();
      t.b.sync.syncOnce();
      int perParty = 6;
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (ThreeNodes.Node n : List.of(t.a, t.b)) {
          String chair = n == t.a ? "a-chair-1" : "b-chair-1";
          var actor = t.keys.actor(n == t.a ? DemoCommission.A_CO_CHAIR : DemoCommission.B_CO_CHAIR);
          for (int worker = 0; worker < 2; worker++) {
            int w = worker;
            done.add(pool.submit(() -> {
              for (int i = w; i < perParty; i += 2) {
                n.journal.submit(new Command(actor, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                    new Note(n.name + "-" + i, "note " + i + " from " + n.name, null)), t.keys.key(chair));
              }
              return null;
            }));
          }
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      t.a.sync.syncOnce();
      t.b.sync.syncOnce();
      MerkleHash root = t.operator.journal.root();
      for (ThreeNodes.Node n : List.of(t.a, t.b)) {
        assertThat(n.journal.root()).as(n.name).isEqualTo(root);
      }
      List<String> notes = new ArrayList<>();
      t.operator.journal.state().notes().forEach(n -> notes.add(n.note().noteId()));
      for (ThreeNodes.Node n : List.of(t.a, t.b)) {
        for (int i = 0; i < perParty; i++) {
          assertThat(notes).as("each note once").containsOnlyOnce(n.name + "-" + i);
        }
      }
    }
  }
}
