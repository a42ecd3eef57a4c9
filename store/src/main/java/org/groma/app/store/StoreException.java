package org.groma.app.store;

/**
 * A failure of the commission store: the file could not be read or written. Subclasses say when the file
 * is corrupt ({@link StoreCorruptException}) or a write was refused because the store had moved on
 * ({@link StoreConflictException}). A refused or failed write leaves the store unchanged.
 */
public class StoreException extends RuntimeException {

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
