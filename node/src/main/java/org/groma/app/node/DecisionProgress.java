package org.groma.app.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.Witness;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.journal.entry.Party;

/**
 * Where a decision stands on its way from draft to final, and who must act next: the co-chairs who have not
 * endorsed it; once it is in force, the log operator, who must sign a checkpoint that includes the entry that
 * brought it into force; then the witnesses named in the genesis who have not cosigned that checkpoint. Final
 * is {@link DecisionRecord#finalUnder} over the checkpoints every witness cosigned, the node's one rule.
 *
 * @param stage drafted (not yet endorsed by both co-chairs), in force, or final
 * @param next who must act next, in the order they can; empty once final
 */
public record DecisionProgress(Stage stage, List<NextStep> next) {

  public DecisionProgress {
    next = List.copyOf(next);
  }

  /** Draft, in force (endorsed by both co-chairs), final (in force under a checkpoint both witnesses cosigned). */
  public enum Stage {
    DRAFTED("drafted"), IN_FORCE("in force"), FINAL("final");

    private final String code;

    Stage(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * One act someone must make next.
   *
   * @param act "endorse" (a party's co-chair endorses the draft), "checkpoint" (the log operator signs a
   *     checkpoint including entry {@code entrySeq}) or "cosign" (a witness cosigns checkpoint {@code
   *     checkpointSize})
   * @param party the co-chair's or witness's party; null for the log operator
   * @param who the witness's or log operator's name; null for a co-chair (any co-chair of the party)
   * @param checkpointSize the checkpoint to cosign, or null
   * @param entrySeq the entry a checkpoint must include (the one that brought the decision into force), or null
   */
  public record NextStep(String act, Party party, String who, Long checkpointSize, Long entrySeq) {}

  /** A stored checkpoint's size and the witnesses (by name) whose cosignatures on it were verified. */
  public record Cosigned(long size, Set<String> witnesses) {}

  /**
   * The progress of {@code d} given the genesis (its witnesses and log operator), the stored checkpoints with
   * their cosigners, and the size of the largest checkpoint every witness cosigned (null: none).
   */
  public static DecisionProgress of(DecisionRecord d, Genesis genesis, List<Cosigned> checkpoints,
      Long finalSize) {
    List<NextStep> next = new ArrayList<>();
    if (!d.inForce()) {
      for (Party p : List.of(Party.A, Party.B)) {
        if (!d.endorsements().containsKey(p)) {
          next.add(new NextStep("endorse", p, null, null, null));
        }
      }
      return new DecisionProgress(Stage.DRAFTED, next);
    }
    if (d.finalUnder(finalSize)) {
      return new DecisionProgress(Stage.FINAL, next);
    }
    // The largest checkpoint that includes the entry: the one the witnesses are asked to cosign now.
    Cosigned covering = null;
    for (Cosigned c : checkpoints) {
      if (c.size() > d.inForceSeq() && (covering == null || c.size() > covering.size())) {
        covering = c;
      }
    }
    if (covering == null) {
      next.add(new NextStep("checkpoint", null, genesis.logOperator().name(), null, d.inForceSeq()));
    } else {
      for (Witness w : genesis.witnesses()) {
        if (!covering.witnesses().contains(w.name())) {
          next.add(new NextStep("cosign", w.party(), w.name(), covering.size(), d.inForceSeq()));
        }
      }
    }
    return new DecisionProgress(Stage.IN_FORCE, next);
  }
}
