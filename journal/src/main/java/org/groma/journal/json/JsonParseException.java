package org.groma.journal.json;

import org.groma.journal.JournalFormatException;

/**
 * Text that is not strict I-JSON. The message starts with the byte offset (0-based, into the UTF-8 input)
 * where the fault was found.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class JsonParseException extends JournalFormatException {
  private static final long serialVersionUID = 1L;
  private final long byteOffset;

  public JsonParseException(long byteOffset, String problem) {
    super("JSON error at byte " + byteOffset + ": " + problem);
    this.byteOffset = byteOffset;
  }

  /** 0-based offset of the offending byte in the input. */
  public long byteOffset() {
    return byteOffset;
  }
}
