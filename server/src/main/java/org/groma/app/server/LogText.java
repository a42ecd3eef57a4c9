package org.groma.app.server;

/**
 * Text a client sent, made safe to put in a log line: control characters (CR and LF above all, which would
 * start a forged line), DEL, C1 controls, the Unicode line and paragraph separators, backslash and double
 * quote are written as {@code \}{@code uXXXX} escapes, so one request is always one log line and quoted
 * values cannot be closed early. Every log line that includes user-supplied text goes through here.
 */
public final class LogText {

  /** Longest value logged; longer ones are cut with an ellipsis, so a client cannot flood the log. */
  static final int MAX_CHARS = 200;

  private LogText() {}

  public static String escape(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 8);
    int n = Math.min(text.length(), MAX_CHARS);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029' || c == '\\'
          || c == '"') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > MAX_CHARS) {
      out.append('…');
    }
    return out.toString();
  }
}
