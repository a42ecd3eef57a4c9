package org.groma.app.store;

import java.util.OptionalLong;

/**
 * A store file that failed verification: not a Groma store, truncated, changed outside Groma, or damaged.
 * The message names the file, the row (journal {@code seq}, when the failure is in one entry) and the reason.
 * Opening a file that fails verification modifies nothing in it.
 */
public final class StoreCorruptException extends StoreException {

  private final OptionalLong seq;
  private final String reason;

  StoreCorruptException(String file, OptionalLong seq, String reason) {
    super(file + ": " + (seq.isPresent() ? "journal seq " + seq.getAsLong() + ": " : "") + reason);
    this.seq = seq;
    this.reason = reason;
  }

  StoreCorruptException(String file, OptionalLong seq, String reason, Throwable cause) {
    super(file + ": " + (seq.isPresent() ? "journal seq " + seq.getAsLong() + ": " : "") + reason, cause);
    this.seq = seq;
    this.reason = reason;
  }

  /** The journal entry at which verification failed, if the failure is in one entry. */
  public OptionalLong seq() {
    return seq;
  }

  /** Why verification failed, without the file name. */
  public String reason() {
    return reason;
  }
}
