package org.groma.app.store;

/** The outcome of an accepted append: the entry was written now, or the same entry hash was stored before. */
public sealed interface AppendResult {

  /** The entry's position in the journal (0-based; RFC 6962 leaf index). */
  long seq();

  /** The entry was written at {@code seq} and the transaction holding it is committed and synced. */
  record Appended(long seq) implements AppendResult {
    public Appended {
      if (seq < 0) {
        throw new IllegalArgumentException("seq must be >= 0: " + seq);
      }
    }
  }

  /** An entry with the same hash was already stored at {@code seq}; nothing was written (appends are idempotent). */
  record AlreadyPresent(long seq) implements AppendResult {
    public AlreadyPresent {
      if (seq < 0) {
        throw new IllegalArgumentException("seq must be >= 0: " + seq);
      }
    }
  }
}
