package org.groma.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.List;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.DemoCommission;
import org.groma.journal.entry.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who must act next on the demo's decision D-1 (in force at entry 20 of the scripted history): the log operator
 * until a checkpoint includes it, then each witness who has not cosigned that checkpoint, then nobody (final).
 */
class DecisionProgressTest {

  @TempDir
  Path dir;

  private final KeyRing keys = NodeFixtures.keys(7);

  private static DecisionProgress progress(CommissionNode node) {
    CommissionState state = node.state();
    DecisionRecord d = state.decision("D-1").orElseThrow();
    Genesis g = state.genesis().orElseThrow();
    return DecisionProgress.of(d, g, node.checkpointCosigners(), node.finalCheckpointSize());
  }

  @Test
  void names_the_log_operator_then_the_witnesses_still_to_cosign_then_nobody() {
    CommissionNode node = NodeFixtures.demo(dir.resolve("demo.gpkg"), keys);
    long inForce = node.state().decision("D-1").orElseThrow().inForceSeq();
    String operator = node.state().genesis().orElseThrow().logOperator().name();

    DecisionProgress p = progress(node);
    assertThat(p.stage()).isEqualTo(DecisionProgress.Stage.IN_FORCE);
    assertThat(p.next()).containsExactly(new DecisionProgress.NextStep("checkpoint", null, operator, null, inForce));

    node.signCheckpoint(keys.key("operator"));
    long size = node.size();
    p = progress(node);
    assertThat(p.stage()).isEqualTo(DecisionProgress.Stage.IN_FORCE);
    assertThat(p.next()).containsExactly(
        new DecisionProgress.NextStep("cosign", Party.A, DemoCommission.WITNESS_A_NAME, size, inForce),
        new DecisionProgress.NextStep("cosign", Party.B, DemoCommission.WITNESS_B_NAME, size, inForce));

    node.cosign(DemoCommission.WITNESS_A_NAME, keys.key("witness-a"), NodeFixtures.clock("2024-07-01T00:00:00Z"));
    assertThat(node.checkpointCosigners()).containsExactly(
        new DecisionProgress.Cosigned(size, Set.of(DemoCommission.WITNESS_A_NAME)));
    assertThat(progress(node).next()).containsExactly(
        new DecisionProgress.NextStep("cosign", Party.B, DemoCommission.WITNESS_B_NAME, size, inForce));

    node.cosign(DemoCommission.WITNESS_B_NAME, keys.key("witness-b"), NodeFixtures.clock("2024-07-01T00:00:00Z"));
    p = progress(node);
    assertThat(p.stage()).isEqualTo(DecisionProgress.Stage.FINAL);
    assertThat(p.next()).isEmpty();
    node.close();
  }

  @Test
  void a_draft_waits_for_the_co_chairs_who_have_not_endorsed_it() {
    CommissionNode node = NodeFixtures.demo(dir.resolve("demo.gpkg"), keys);
    // On 1 May 2024, before Party B's endorsement, D-1 was endorsed by Party A only.
    CommissionState before = node.stateAt(Instant.parse("2024-05-01T00:00:00Z"));
    DecisionRecord d = before.decision("D-1").orElseThrow();
    DecisionProgress p = DecisionProgress.of(d, before.genesis().orElseThrow(), List.of(), null);
    assertThat(p.stage()).isEqualTo(DecisionProgress.Stage.DRAFTED);
    assertThat(p.next()).containsExactly(new DecisionProgress.NextStep("endorse", Party.B, null, null, null));
    assertThat(before.replacedBy(d).orElseThrow().proposal().proposalId()).isEqualTo("A-S1");
    assertThat(before.replacedBy(d).orElseThrow().agreedBy()).isNull();
    node.close();
  }
}
