package org.groma.app.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A witness's cosignature of a stored checkpoint, kept as received (the C2SP {@code tlog-cosignature}
 * signature line). The store does not verify it; the journal library does.
 *
 * @param seq position in the cosignatures table, 0-based
 * @param checkpointSeq the {@link StoredCheckpoint#seq()} it cosigns
 * @param witness the witness's key name as it appears in the signature line
 * @param signature the signature line
 * @param storedAt when this node stored it (the node's clock)
 */
public record StoredCosignature(long seq, long checkpointSeq, String witness, String signature, Instant storedAt) {

  public StoredCosignature {
    if (seq < 0 || checkpointSeq < 0) {
      throw new IllegalArgumentException("seq and checkpointSeq must be >= 0: " + seq + ", " + checkpointSeq);
    }
    Objects.requireNonNull(witness, "witness");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(storedAt, "storedAt");
  }
}
