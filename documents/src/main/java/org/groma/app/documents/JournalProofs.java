package org.groma.app.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.Act;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.DecisionProgress;
import org.groma.app.node.EntryInclusion;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.SignedNote;
import org.groma.journal.verify.JournalVerifier.VerifiedCheckpoint;

/**
 * Builds the {@link JournalProof} of acts from a node: their entry hashes and, among the stored checkpoints
 * that include them all, the one with the most verified cosignatures (the largest of those:
 * {@link EntryInclusion#strongest}, the rule {@code groma verify --entry} applies), so a page names the
 * strongest proof the node holds.
 */
public final class JournalProofs {

  private JournalProofs() {}

  /** The proof of the acts {@code acts} (as the node's journal holds them). */
  public static JournalProof ofActs(CommissionNode node, Collection<Act> acts) {
    return of(node, acts.stream().map(Act::seq).toList());
  }

  /** The proof of entries {@code seqs} of the node's journal. */
  public static JournalProof of(CommissionNode node, Collection<Long> seqs) {
    if (seqs.isEmpty()) {
      throw new IllegalArgumentException("a journal proof names at least one entry");
    }
    long size = node.size();
    List<String> hashes = new ArrayList<>();
    long highest = -1;
    for (long seq : seqs) {
      if (seq < 0 || seq >= size) {
        throw new BadInputException("entry " + seq + " is not in the journal (entries 0 to " + (size - 1) + ")");
      }
      String h = node.leafHash(seq).hex();
      if (!hashes.contains(h)) {
        hashes.add(h);
      }
      highest = Math.max(highest, seq);
    }
    // checkpoints() and checkpointCosigners() list the same stored checkpoints in the same order; the node
    // verified each signature when it stored or opened them.
    List<SignedNote> notes = node.checkpoints();
    List<DecisionProgress.Cosigned> cosigned = node.checkpointCosigners();
    List<VerifiedCheckpoint> stored = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      Checkpoint c = Checkpoint.parseBody(notes.get(i).text());
      stored.add(new VerifiedCheckpoint(c.size(), c.rootHash(), List.copyOf(cosigned.get(i).witnesses())));
    }
    return EntryInclusion.strongest(stored, highest)
        .map(c -> new JournalProof(hashes, c.size(), c.root().hex(), c.cosigners()))
        .orElseGet(() -> new JournalProof(hashes, null, null, List.of()));
  }
}
