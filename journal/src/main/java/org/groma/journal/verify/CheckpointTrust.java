package org.groma.journal.verify;

import java.util.List;
import java.util.Objects;
import org.groma.journal.note.NoteKeyType;
import org.groma.journal.note.NoteVerifierKey;

/**
 * Whom a verifier trusts for checkpoints: the log operator's note key and the witnesses' cosignature keys,
 * and how many distinct witnesses must have cosigned each checkpoint.
 *
 * @param operator           the operator's Ed25519 note key (type 0x01)
 * @param witnesses          the witnesses' cosignature/v1 keys (type 0x04)
 * @param requiredCosigners  how many of them must have cosigned every checkpoint (0..witnesses.size())
 */
public record CheckpointTrust(NoteVerifierKey operator, List<NoteVerifierKey> witnesses, int requiredCosigners) {
  public CheckpointTrust {
    Objects.requireNonNull(operator, "operator");
    witnesses = List.copyOf(witnesses);
    if (operator.type() != NoteKeyType.ED25519) {
      throw new IllegalArgumentException("the operator key must be a note-signing (type 0x01) key");
    }
    for (NoteVerifierKey w : witnesses) {
      if (w.type() != NoteKeyType.COSIGNATURE_V1) {
        throw new IllegalArgumentException("witness key " + w.name() + " must be a cosignature/v1 key");
      }
    }
    if (requiredCosigners < 0 || requiredCosigners > witnesses.size()) {
      throw new IllegalArgumentException("required cosigners must be between 0 and " + witnesses.size());
    }
  }
}
