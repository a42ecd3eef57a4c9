package org.groma.app.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.groma.app.store.CommissionStore;
import org.groma.app.store.StoredCheckpoint;
import org.groma.app.store.StoredCosignature;
import org.groma.journal.JournalFormatException;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.verify.CheckpointTrust;

/**
 * The store keeps a checkpoint as the operator's signed note and each witness's cosignature as a separate
 * signature line (they arrive at different times). This joins them back into one C2SP note per checkpoint,
 * the form the journal verifier and other transparency-log tools read.
 */
final class CheckpointNotes {

  private CheckpointNotes() {}

  /** A stored checkpoint with its cosignature lines, as one note. */
  record Joined(StoredCheckpoint stored, SignedNote note) {}

  /**
   * Every stored checkpoint joined with its cosignatures.
   *
   * @throws JournalFormatException naming the checkpoint, when a note or a line does not parse, or a
   *     cosignature names a witness the genesis does not
   */
  static List<Joined> read(CommissionStore store, CheckpointTrust trust) {
    List<Joined> out = new ArrayList<>();
    for (StoredCheckpoint cp : store.checkpoints()) {
      out.add(join(cp, store.cosignatures(cp.seq()), trust));
    }
    return out;
  }

  static Joined join(StoredCheckpoint cp, List<StoredCosignature> cosignatures, CheckpointTrust trust) {
    StringBuilder text = new StringBuilder(cp.note());
    for (StoredCosignature c : cosignatures) {
      if (witness(trust, c.witness()).isEmpty()) {
        throw new JournalFormatException("checkpoint " + cp.seq() + " (size " + cp.size() + "): cosignature "
            + c.seq() + " is by \"" + c.witness() + "\", who is not a witness named in the genesis");
      }
      text.append(c.signature());
    }
    try {
      return new Joined(cp, SignedNote.parse(text.toString()));
    } catch (JournalFormatException e) {
      throw new JournalFormatException("checkpoint " + cp.seq() + " (size " + cp.size() + "): " + e.getMessage());
    }
  }

  static Optional<NoteVerifierKey> witness(CheckpointTrust trust, String name) {
    return trust.witnesses().stream().filter(w -> w.name().equals(name)).findFirst();
  }

  /** The largest checkpoint among {@code checkpoints} that {@code witness} has cosigned (signature not checked). */
  static Optional<Checkpoint> latestCosignedBy(List<Joined> checkpoints, NoteVerifierKey witness) {
    Checkpoint best = null;
    for (Joined j : checkpoints) {
      if (j.note().signatureOf(witness).isPresent()) {
        Checkpoint cp = Checkpoint.parseBody(j.note().text());
        if (best == null || cp.size() > best.size()) {
          best = cp;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
