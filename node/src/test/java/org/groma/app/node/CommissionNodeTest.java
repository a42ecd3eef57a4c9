package org.groma.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.Act;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.DemoCommission;
import org.groma.app.commission.Role;
import org.groma.app.store.CommissionStore;
import org.groma.app.store.ProjectionLayers;
import org.groma.journal.entry.Party;
import org.groma.journal.log.ProofVerifier;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.SigningKey;
import org.groma.journal.verify.VerificationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommissionNodeTest {

  @TempDir
  Path dir;

  private final KeyRing keys = NodeFixtures.keys(7);

  @Test
  void the_demo_history_signed_stored_and_reopened_gives_the_same_state() throws Exception {
    Path file = dir.resolve("demo.gpkg");
    CommissionState before;
    try (CommissionNode node = NodeFixtures.demo(file, keys)) {
      assertThat(node.size()).isEqualTo(17);
      before = node.state();
      assertThat(before.decisionsInForce()).extracting(d -> d.decisionId()).containsExactly("D-1");
    }
    try (CommissionNode again = CommissionNode.open(file, CommissionNode.Options.full())) {
      assertThat(again.state()).isEqualTo(before);
      assertThat(again.stateAt(Instant.parse("2024-05-01T00:00:00Z")).decisionsInForce()).isEmpty();
      assertThat(again.stateAt(Instant.parse("2024-05-15T00:00:00Z")).decisionsInForce()).hasSize(1);
      assertThat(again.stateAt(13).decisionsInForce()).isEmpty();
      assertThat(again.stateAt(14).decisionsInForce()).hasSize(1);
    }
    VerificationResult r = CommissionNode.verify(file, n -> {});
    assertThat(r.firstError()).isEmpty();
    assertThat(r.entries()).isEqualTo(17);
    try (CommissionStore store = CommissionStore.open(file)) {
      assertThat(store.readLayer(ProjectionLayers.SECTIONS)).hasSize(2);
      assertThat(store.readLayer(ProjectionLayers.DECISIONS).get(0).attributes()).containsEntry("status", "in force");
    }
  }

  @Test
  void submit_now_dates_an_act_no_earlier_than_the_one_before_it() throws Exception {
    try (CommissionNode node = NodeFixtures.demo(dir.resolve("demo.gpkg"), keys)) {
      Instant last = node.state().lastTime().orElseThrow();
      var mediator = keys.actor(DemoCommission.MEDIATOR);
      // A clock read before the previous act was appended (another request overtook this one).
      Act behind = node.submitNow(mediator, new Note("N-behind", "A note.", null), last.minusSeconds(5),
          keys.key("med-1"));
      assertThat(behind.time()).isEqualTo(last);
      Instant later = last.plusSeconds(60);
      Act ahead = node.submitNow(mediator, new Note("N-ahead", "Another note.", null), later, keys.key("med-1"));
      assertThat(ahead.time()).isEqualTo(later);
      assertThatThrownBy(() -> node.submitNow(mediator, new Note("N-ahead", "Again.", null), later.plusSeconds(1),
          keys.key("med-1"))).isInstanceOf(CommandRefusedException.class);
      assertThat(node.size()).isEqualTo(19);
    }
  }

  @Test
  void a_refused_command_changes_nothing() throws Exception {
    Path file = dir.resolve("demo.gpkg");
    try (CommissionNode node = NodeFixtures.demo(file, keys)) {
      long size = node.size();
      var root = node.root();
      // The mediator may not endorse.
      var endorse = new org.groma.app.commission.Command(keys.actor(DemoCommission.MEDIATOR),
          Instant.parse("2024-07-01T00:00:00Z"),
          new org.groma.app.commission.CommissionEvent.DecisionEndorsed("D-1", "0".repeat(64), "0".repeat(64)));
      assertThatThrownBy(() -> node.submit(endorse, keys.key("med-1")))
          .isInstanceOf(CommandRefusedException.class).hasMessageContaining("mediator");
      // A key that is not the actor's.
      var noteByA = new org.groma.app.commission.Command(keys.actor(DemoCommission.A_CO_CHAIR),
          Instant.parse("2024-07-01T00:00:00Z"), new Note("N-9", "text", null));
      assertThatThrownBy(() -> node.submit(noteByA, keys.key("b-chair-1")))
          .isInstanceOf(BadInputException.class).hasMessageContaining("is not the key");
      // A member added with a key id that is not its key's.
      var badId = new org.groma.app.commission.Command(keys.actor(DemoCommission.A_CO_CHAIR),
          Instant.parse("2024-07-01T00:00:00Z"), new MemberAdded(Party.A, "Surveyor A",
              java.util.EnumSet.of(Role.SURVEYOR), "0011223344556677", java.util.HexFormat.of().formatHex(org.groma.journal.sign.SigningKey.generate(
              org.groma.app.testing.Seeded.random(99)).verifyingKey().bytes())));
      assertThatThrownBy(() -> node.submit(badId, keys.key("a-chair-1")))
          .isInstanceOf(BadInputException.class).hasMessageContaining("is not the id of its public key");
      // A monitoring mission whose member's key id is not its key's: refused as the member's is.
      var mission = new org.groma.app.commission.MissionEvent.Mission("MM-9", "Mission", java.util.List.of(
          new org.groma.app.commission.MissionEvent.MissionMember("Monitor Z", "0011223344556677",
              java.util.HexFormat.of().formatHex(org.groma.journal.sign.SigningKey.generate(
                  org.groma.app.testing.Seeded.random(98)).verifyingKey().bytes()))));
      var admission = new org.groma.app.commission.Command(keys.actor(DemoCommission.A_CO_CHAIR),
          Instant.parse("2024-07-01T00:00:00Z"), new org.groma.app.commission.MissionEvent.MissionAdmissionSigned(
              mission, mission.admissionHash()));
      assertThatThrownBy(() -> node.submit(admission, keys.key("a-chair-1")))
          .isInstanceOf(BadInputException.class).hasMessageContaining("is not the id of its public key");
      assertThat(node.size()).isEqualTo(size);
      assertThat(node.root()).isEqualTo(root);
    }
  }

  @Test
  void checkpoints_are_signed_and_cosigned_and_proofs_verify() throws Exception {
    Path file = dir.resolve("demo.gpkg");
    try (CommissionNode node = NodeFixtures.demo(file, keys)) {
      node.signCheckpoint(keys.key("operator"));
      node.cosign(DemoCommission.WITNESS_A_NAME, keys.key("witness-a"), NodeFixtures.clock("2024-07-01T00:00:00Z"));
      SignedNote both = node.cosign(DemoCommission.WITNESS_B_NAME, keys.key("witness-b"),
          NodeFixtures.clock("2024-07-01T00:00:01Z"));
      assertThat(both.signatures()).hasSize(3);
      ProofVerifier.verifyInclusion(node.entry(14).orElseThrow().hash(), 14, 17, node.inclusionProof(14, 17),
          node.root());
      assertThatThrownBy(() -> node.signCheckpoint(keys.key("witness-a")))
          .isInstanceOf(BadInputException.class).hasMessageContaining("log operator");
    }
    assertThat(CommissionNode.verify(file, n -> {}).ok()).isTrue();
    try (CommissionNode fast = CommissionNode.open(file,
        CommissionNode.Options.full().trusting(DemoCommission.WITNESS_A_NAME))) {
      assertThat(fast.size()).isEqualTo(17);
      assertThat(fast.checkpoints()).hasSize(1);
    }
  }
}
