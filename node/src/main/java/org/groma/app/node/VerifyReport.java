package org.groma.app.node;

import java.util.List;
import java.util.Optional;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.journal.verify.JournalVerifier.VerifiedCheckpoint;
import org.groma.journal.verify.VerificationResult;

/**
 * What {@code groma verify} proves about a store: integrity (the journal verifier's result) and finality —
 * the genesis it starts from, the latest checkpoint and who cosigned it, whose cosignatures the genesis
 * requires for finality, and for every decision whether it is in force and whether it is final.
 *
 * <p>A decision is <b>final</b> when it is in force and a verified checkpoint cosigned by the witnesses of
 * both parties covers the entry that brought it into force: from then on neither party can deny it, and no
 * one, not even the log operator with one party, can present a history without it to a verifier that holds
 * that checkpoint (or any later one the witnesses cosigned consistently).
 *
 * @param result             the verification result (ok, entries, first error, root)
 * @param genesisHash        the leaf hash of entry 0, which names the commission; null when there is none
 * @param checkpoint         the largest verified checkpoint, if any
 * @param requiredCosigners  the witnesses (one per party, as the genesis names them) whose cosignatures
 *                           make a checkpoint final
 * @param decisions          every decision of the verified prefix, in the order drafted
 * @param legacyEntries      how many entries are of format 1, which commit to no history; non-zero means the
 *                           weaker guarantee of journals written before format 2
 * @param readFrom           how the store was read when not in place (a private copy with its pending log)
 * @param problems           what fails beside the journal itself: projection layers that do not show what the
 *                           journal gives (what QGIS would draw from the file)
 * @param checkpoints        every verified checkpoint with the witnesses whose cosignatures on it verified, in
 *                           the order stored
 */
public record VerifyReport(VerificationResult result, String genesisHash, Optional<VerifiedCheckpoint> checkpoint,
    List<String> requiredCosigners, List<DecisionStatus> decisions, long legacyEntries, Optional<String> readFrom,
    List<String> problems, List<VerifiedCheckpoint> checkpoints) {

  /** One decision: in force since which entry, and final under which checkpoint (both null when not). */
  public record DecisionStatus(String id, boolean inForce, Long inForceSeq, boolean isFinal, Long finalUnderSize) {}

  public VerifyReport {
    requiredCosigners = List.copyOf(requiredCosigners);
    decisions = List.copyOf(decisions);
    problems = List.copyOf(problems);
    checkpoints = List.copyOf(checkpoints);
  }

  /** The decisions of {@code state} with their finality under the checkpoints verified. */
  static List<DecisionStatus> decisions(CommissionState state, List<VerifiedCheckpoint> checkpoints,
      List<String> requiredCosigners) {
    Long finalSize = null;
    for (VerifiedCheckpoint c : checkpoints) {
      if (c.cosigners().containsAll(requiredCosigners) && (finalSize == null || c.size() > finalSize)) {
        finalSize = c.size();
      }
    }
    Long covered = finalSize;
    return state.decisions().stream().map(d -> status(d, covered)).toList();
  }

  private static DecisionStatus status(DecisionRecord d, Long finalSize) {
    boolean isFinal = d.finalUnder(finalSize);
    return new DecisionStatus(d.decisionId(), d.inForce(), d.inForceSeq(), isFinal, isFinal ? finalSize : null);
  }

  /** True when every decision in force is final. */
  public boolean allInForceFinal() {
    return decisions.stream().allMatch(d -> !d.inForce() || d.isFinal());
  }
}
