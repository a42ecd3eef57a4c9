package org.groma.journal;

/**
 * Bytes or text that do not have the form the journal's formats require: malformed JSON, an entry with an
 * unknown field, a note line that does not parse. The message says what is wrong and where (a byte offset,
 * a field name or a line number), so a user can find the fault in the file.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public class JournalFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public JournalFormatException(String message) {
    super(message);
  }

  public JournalFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
