package org.groma.app.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A checkpoint as stored: the signed note (C2SP {@code tlog-checkpoint}) kept as received, with the tree
 * size it commits to. The store does not parse or verify the note; the journal library does.
 *
 * @param seq position in the checkpoints table, 0-based
 * @param size the journal size (number of entries) the checkpoint commits to
 * @param note the signed note text
 * @param storedAt when this node stored it (the node's clock)
 */
public record StoredCheckpoint(long seq, long size, String note, Instant storedAt) {

  public StoredCheckpoint {
    if (seq < 0 || size < 0) {
      throw new IllegalArgumentException("seq and size must be >= 0: " + seq + ", " + size);
    }
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(storedAt, "storedAt");
  }
}
