package org.groma.app.cli;

/**
 * Walks the lines of one chunk of text ({@link LineChunks.Chunk}): after each {@link #next()}, the line is
 * {@code text[start, end)} without its end, numbered {@link #line()}. A byte-order mark at the start of line 1
 * is left out, as spreadsheet programs write one. Line ends are {@code \n}, {@code \r\n} and {@code \r}.
 */
final class LineCursor {

  private final String text;
  private int position;
  private long line;
  private int start;
  private int end;

  LineCursor(LineChunks.Chunk chunk) {
    this.text = chunk.text();
    this.line = chunk.firstLine() - 1;
  }

  /** Moves to the next line; false after the last. */
  boolean next() {
    int length = text.length();
    if (position >= length) {
      return false;
    }
    int i = position;
    char c = 0;
    while (i < length && (c = text.charAt(i)) != '\n' && c != '\r') {
      i++;
    }
    start = position;
    end = i;
    if (i < length) {
      i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
    }
    position = i;
    line++;
    if (line == 1 && start < end && text.charAt(start) == '\uFEFF') {
      start++;
    }
    return true;
  }

  /** Moves {@link #start()} and {@link #end()} inwards past whitespace, as {@link String#strip()} does. */
  void strip() {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
  }

  /** True for a line that is empty or a {@code #} comment (after {@link #strip()}). */
  boolean isBlankOrComment() {
    return start == end || text.charAt(start) == '#';
  }

  String text() {
    return text;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  long line() {
    return line;
  }

  /** The current line as a String (for messages and the rare slow path). */
  String lineText() {
    return text.substring(start, end);
  }

  /** Index of {@code c} in the current line at or after {@code from}, or {@link #end()} if absent. */
  int indexOf(char c, int from) {
    for (int i = from; i < end; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return end;
  }
}
