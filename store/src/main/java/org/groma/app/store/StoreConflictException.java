package org.groma.app.store;

/**
 * A write refused because it stated a journal size that is not the store's size (another append came
 * first), or because it contradicts what is stored. Nothing was written; the caller may re-read and retry.
 */
public final class StoreConflictException extends StoreException {

  private final long expectedSize;
  private final long actualSize;

  public StoreConflictException(String message, long expectedSize, long actualSize) {
    super(message);
    this.expectedSize = expectedSize;
    this.actualSize = actualSize;
  }

  static StoreConflictException sizeMismatch(long expectedSize, long actualSize) {
    return new StoreConflictException(
        "append expected journal size " + expectedSize + " but the journal holds " + actualSize
            + " entries; nothing was written",
        expectedSize,
        actualSize);
  }

  /** The journal size the refused write stated. */
  public long expectedSize() {
    return expectedSize;
  }

  /** The journal size the store had when it refused the write. */
  public long actualSize() {
    return actualSize;
  }
}
