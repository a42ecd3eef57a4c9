package org.groma.app.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.groma.app.store.CommissionStore;
import org.groma.app.store.StoredCheckpoint;
import org.groma.app.store.StoredCosignature;
import org.groma.journal.JournalFormatException;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.Cosignature;
import org.groma.journal.note.NoteSignature;
import org.groma.journal.note.NoteVerificationException;
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

  /**
   * What is wrong with a stored checkpoint beyond what the journal verifier checks, or empty. The verifier
   * checks the operator's signature, the root and one cosignature line per genesis witness, and (as C2SP
   * asks of a verifier) ignores lines by keys it does not know. The store holds nothing it does not vouch
   * for, so here: the note parses and carries one signature line (cosignatures are stored apart), its tree
   * size is the row's, and every cosignature row holds one line, named for the genesis witness the row
   * names, with that witness's key ID, which verifies over the checkpoint.
   *
   * @return the reason, naming the checkpoint and the cosignature by their rows' seqs
   */
  static Optional<String> problem(StoredCheckpoint cp, List<StoredCosignature> cosignatures,
      CheckpointTrust trust) {
    String where = "checkpoint " + cp.seq() + " (size " + cp.size() + "): ";
    SignedNote note;
    Checkpoint body;
    try {
      note = SignedNote.parse(cp.note());
      body = Checkpoint.parseBody(note.text());
    } catch (JournalFormatException e) {
      return Optional.of(where + e.getMessage());
    }
    if (body.size() != cp.size()) {
      return Optional.of(where + "its note is for tree size " + body.size() + " but it is stored as size "
          + cp.size());
    }
    if (note.signatures().size() != 1) {
      return Optional.of(where + "its stored note carries " + note.signatures().size() + " signature lines; a"
          + " stored checkpoint carries the log operator's only, and each cosignature is stored apart");
    }
    for (StoredCosignature c : cosignatures) {
      Optional<NoteVerifierKey> w = witness(trust, c.witness());
      if (w.isEmpty()) {
        return Optional.of(where + "cosignature " + c.seq() + " is by \"" + c.witness() + "\", who is not a"
            + " witness named in the genesis");
      }
      String cosignature = where + "cosignature " + c.seq() + " by \"" + c.witness() + "\"";
      SignedNote one;
      try {
        one = SignedNote.parse(note.text() + "\n" + c.signature());
      } catch (JournalFormatException e) {
        return Optional.of(cosignature + ": " + e.getMessage());
      }
      if (one.signatures().size() != 1) {
        return Optional.of(cosignature + " holds " + one.signatures().size() + " signature lines, not one");
      }
      NoteSignature line = one.signatures().get(0);
      if (one.signatureOf(w.get()).isEmpty()) {
        return Optional.of(cosignature + " is not made with the key the genesis names for that witness: its"
            + " line is by \"" + line.name() + "\" with key ID " + line.keyIdHex() + ", the witness's key ID is "
            + w.get().keyIdHex());
      }
      try {
        Cosignature.open(one, w.get());
      } catch (NoteVerificationException | JournalFormatException e) {
        return Optional.of(cosignature + ": " + e.getMessage());
      }
    }
    return Optional.empty();
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
