package org.groma.journal.json;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme, RFC 8785: no whitespace, object members sorted by the UTF-16 code units
 * of their names (§3.2.3), strings escaped only where JSON requires it (§3.2.2.2), numbers in ECMAScript
 * Number::toString form (§3.2.2.3), output in UTF-8 (§3.2.4).
 *
 * <h2>Accuracy</h2>
 * Byte-exact against the RFC 8785 examples and the cyberphone reference test data.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class JsonCanonicalizer {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonCanonicalizer() {
  }

  /** The canonical UTF-8 bytes of {@code value}. */
  public static byte[] canonicalize(Json value) {
    StringBuilder sb = new StringBuilder(256);
    write(value, sb);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The canonical form as a Java string (for display; sign and hash the bytes). */
  public static String canonicalString(Json value) {
    StringBuilder sb = new StringBuilder(256);
    write(value, sb);
    return sb.toString();
  }

  static void write(Json value, StringBuilder sb) {
    switch (value) {
      case JsonObject o -> {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Json> e : o.members().entrySet()) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          writeString(e.getKey(), sb);
          sb.append(':');
          write(e.getValue(), sb);
        }
        sb.append('}');
      }
      case JsonArray a -> {
        sb.append('[');
        for (int i = 0; i < a.elements().size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          write(a.elements().get(i), sb);
        }
        sb.append(']');
      }
      case JsonString s -> writeString(s.value(), sb);
      case JsonNumber n -> sb.append(NumberFormatter.format(n.value()));
      case JsonBool b -> sb.append(b.value() ? "true" : "false");
      case JsonNull ignored -> sb.append("null");
    }
  }

  /** RFC 8785 §3.2.2.2: escape '"', '\\' and control characters; the short forms where JSON has them. */
  static void writeString(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
