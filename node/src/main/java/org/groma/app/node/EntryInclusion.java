package org.groma.app.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.groma.app.commission.Act;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.log.MerkleLog;
import org.groma.journal.log.ProofException;
import org.groma.journal.log.ProofVerifier;
import org.groma.journal.verify.JournalVerifier.VerifiedCheckpoint;

/**
 * Whether one entry, named by its hash (as a printed document's footer names it), is in a verified journal
 * and included under a checkpoint that witnesses cosigned: what {@code groma verify --entry HASH [--checkpoint
 * SIZE:ROOT]} answers. The inclusion is proved, not assumed: an RFC 9162 inclusion proof is computed from the
 * verified entries and checked against the checkpoint's root.
 *
 * @param ok             the entry is in the journal and the checkpoint includes it, with at least one cosigner
 * @param entryHash      the entry asked about (64 lower-case hex digits)
 * @param seq            its place in the journal, or null when it is not there
 * @param checkpointSize the checkpoint it was checked under, or null
 * @param checkpointRoot that checkpoint's root, or null
 * @param cosigners      the witnesses whose verified cosignatures that checkpoint carries
 * @param reason         why it fails, or null when ok
 */
public record EntryInclusion(boolean ok, String entryHash, Long seq, Long checkpointSize, String checkpointRoot,
    List<String> cosigners, String reason) {

  public EntryInclusion {
    cosigners = List.copyOf(cosigners);
  }

  /** A checkpoint named as {@code SIZE:ROOT}. */
  public record CheckpointRef(long size, MerkleHash root) {}

  /** Hears the acts of a verifying replay ({@link CommissionNode#audit}) and keeps their Merkle leaves. */
  public static final class Collector implements Consumer<Act> {
    private final String wanted;
    private final MerkleLog log = new MerkleLog();
    private Long seq;

    public Collector(MerkleHash entry) {
      this.wanted = entry.hex();
    }

    @Override
    public void accept(Act act) {
      log.append(MerkleHash.fromHex(act.entryHash()));
      if (seq == null && act.entryHash().equals(wanted)) {
        seq = act.seq();
      }
    }
  }

  /**
   * The answer for the entry {@code collector} looked for, given the report of the replay it heard.
   *
   * @param checkpoint the checkpoint the document names; empty: the strongest stored one that covers the
   *     entry ({@link #strongest})
   */
  public static EntryInclusion check(VerifyReport report, Collector collector, Optional<CheckpointRef> checkpoint) {
    String entry = collector.wanted;
    if (!report.result().ok()) {
      return failed(entry, null, "the store does not verify, so nothing in it is proved");
    }
    Long seq = collector.seq;
    if (seq == null) {
      return failed(entry, null, "entry " + entry + " is not in the journal (" + report.result().entries()
          + " entries)");
    }
    VerifiedCheckpoint under;
    if (checkpoint.isPresent()) {
      CheckpointRef ref = checkpoint.get();
      under = report.checkpoints().stream().filter(c -> c.size() == ref.size()).findFirst().orElse(null);
      if (under == null) {
        return failed(entry, seq, "the store holds no verified checkpoint of size " + ref.size() + " (sizes: "
            + sizes(report.checkpoints()) + ")");
      }
      if (!under.root().equals(ref.root())) {
        return failed(entry, seq, "the checkpoint of size " + ref.size() + " has root " + under.root().hex()
            + ", not " + ref.root().hex());
      }
    } else {
      under = strongest(report.checkpoints(), seq).orElse(null);
      if (under == null) {
        return failed(entry, seq, "no stored checkpoint includes entry " + seq + " yet");
      }
    }
    if (seq >= under.size()) {
      return failed(entry, seq, "entry " + seq + " was appended after the checkpoint of size " + under.size()
          + ", which therefore does not include it");
    }
    try {
      ProofVerifier.verifyInclusion(MerkleHash.fromHex(entry), seq, under.size(),
          collector.log.inclusionProof(seq, under.size()), under.root());
    } catch (ProofException e) {
      return failed(entry, seq, e.getMessage());
    }
    if (under.cosigners().isEmpty()) {
      return new EntryInclusion(false, entry, seq, under.size(), under.root().hex(), List.of(),
          "the checkpoint of size " + under.size() + " includes entry " + seq + " but no witness has cosigned it");
    }
    return new EntryInclusion(true, entry, seq, under.size(), under.root().hex(), under.cosigners(), null);
  }

  /**
   * Among {@code checkpoints}, those that include entry {@code seq}, the one with the most cosigners, the
   * largest of those: the strongest proof of the entry a store holds (what a document prints).
   */
  public static Optional<VerifiedCheckpoint> strongest(List<VerifiedCheckpoint> checkpoints, long seq) {
    VerifiedCheckpoint best = null;
    for (VerifiedCheckpoint c : checkpoints) {
      if (c.size() <= seq) {
        continue;
      }
      if (best == null || c.cosigners().size() > best.cosigners().size()
          || (c.cosigners().size() == best.cosigners().size() && c.size() > best.size())) {
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String sizes(List<VerifiedCheckpoint> checkpoints) {
    List<String> out = new ArrayList<>();
    checkpoints.forEach(c -> out.add(String.valueOf(c.size())));
    return out.isEmpty() ? "none" : String.join(", ", out);
  }

  private static EntryInclusion failed(String entry, Long seq, String reason) {
    return new EntryInclusion(false, entry, seq, null, null, List.of(), reason);
  }
}
