package org.groma.journal.note;

/**
 * A signed note, checkpoint or cosignature that is well-formed but does not verify: a missing or bad
 * signature, a key ID that does not match, a body that is not the one signed. The message says which key
 * and which line.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class NoteVerificationException extends Exception {
  private static final long serialVersionUID = 1L;

  public NoteVerificationException(String message) {
    super(message);
  }
}
