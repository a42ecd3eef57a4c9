package org.groma.journal.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A strict parser for I-JSON (RFC 7493) over RFC 8259 JSON text.
 *
 * <p>Refused, with the byte offset of the fault: invalid UTF-8 (overlong forms, encoded surrogates, code
 * points above U+10FFFF, truncated sequences), a byte-order mark, lone surrogates written as {@code \}u
 * escapes, duplicate member names (compared after unescaping), control characters inside strings, numbers
 * outside the RFC 8259 grammar or beyond binary64 range, integer literals beyond ±(2<sup>53</sup> − 1)
 * (they would be silently rounded), nesting deeper than {@link #MAX_DEPTH}, and anything after the value
 * other than whitespace.
 *
 * <h2>Limitations</h2>
 * A number with a fraction or exponent is rounded to the nearest binary64 value, as I-JSON
 * and RFC 8785 define it ({@code 333333333.33333329} reads as {@code 333333333.3333333}).
 *
 * <h2>Thread safety</h2>
 * Each call uses its own state; the class is stateless.
 */
public final class JsonParser {
  /**
   * Deepest nesting of arrays and objects accepted. Journal entries nest a few levels (entry, body,
   * coordinate arrays); 128 leaves ample room while keeping the recursive descent far from a stack
   * overflow on hostile input.
   */
  public static final int MAX_DEPTH = 128;

  private final byte[] in;
  private int pos;
  private final StringBuilder scratch = new StringBuilder(64);

  private JsonParser(byte[] in) {
    this.in = in;
  }

  /** Parses UTF-8 JSON text holding exactly one value. */
  public static Json parse(byte[] utf8) {
    JsonParser p = new JsonParser(utf8);
    if (utf8.length >= 3 && (utf8[0] & 0xFF) == 0xEF && (utf8[1] & 0xFF) == 0xBB && (utf8[2] & 0xFF) == 0xBF) {
      throw p.error(0, "byte-order mark is not allowed (RFC 8259 §8.1)");
    }
    p.skipWhitespace();
    Json value = p.readValue(0);
    p.skipWhitespace();
    if (p.pos != utf8.length) {
      throw p.error(p.pos, "unexpected data after the JSON value");
    }
    return value;
  }

  /** Parses JSON text given as a Java string (it is encoded as UTF-8 first; offsets refer to those bytes). */
  public static Json parse(String text) {
    int bad = JsonString.firstLoneSurrogate(text);
    if (bad >= 0) {
      throw new JsonParseException(
          text.substring(0, bad).getBytes(StandardCharsets.UTF_8).length, "lone surrogate in the text");
    }
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private JsonParseException error(long at, String problem) {
    return new JsonParseException(at, problem);
  }

  private void skipWhitespace() {
    while (pos < in.length) {
      byte b = in[pos];
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
        pos++;
      } else {
        return;
      }
    }
  }

  private Json readValue(int depth) {
    if (pos >= in.length) {
      throw error(pos, "unexpected end of input, expected a value");
    }
    byte b = in[pos];
    return switch (b) {
      case '{' -> readObject(depth + 1);
      case '[' -> readArray(depth + 1);
      case '"' -> new JsonString(readString());
      case 't' -> readLiteral("true", JsonBool.TRUE);
      case 'f' -> readLiteral("false", JsonBool.FALSE);
      case 'n' -> readLiteral("null", JsonNull.INSTANCE);
      default -> {
        if (b == '-' || (b >= '0' && b <= '9')) {
          yield readNumber();
        }
        throw error(pos, "unexpected " + describe(b) + ", expected a value");
      }
    };
  }

  private static String describe(byte b) {
    int u = b & 0xFF;
    if (u >= 0x21 && u < 0x7F) {
      return "character '" + (char) u + "'";
    }
    return "byte 0x%02x".formatted(u);
  }

  private Json readLiteral(String word, Json value) {
    int start = pos;
    for (int i = 0; i < word.length(); i++) {
      if (pos >= in.length || in[pos] != word.charAt(i)) {
        throw error(start, "invalid literal, expected '" + word + "'");
      }
      pos++;
    }
    return value;
  }

  private JsonObject readObject(int depth) {
    if (depth > MAX_DEPTH) {
      throw error(pos, "nesting deeper than " + MAX_DEPTH);
    }
    pos++; // '{'
    TreeMap<String, Json> members = new TreeMap<>();
    skipWhitespace();
    if (pos < in.length && in[pos] == '}') {
      pos++;
      return new JsonObject(members);
    }
    while (true) {
      skipWhitespace();
      if (pos >= in.length || in[pos] != '"') {
        throw error(pos, pos >= in.length ? "unexpected end of input, expected a member name"
            : "unexpected " + describe(in[pos]) + ", expected a member name");
      }
      int nameAt = pos;
      String name = readString();
      skipWhitespace();
      if (pos >= in.length || in[pos] != ':') {
        throw error(pos, "expected ':' after member name \"" + name + "\"");
      }
      pos++;
      skipWhitespace();
      Json value = readValue(depth);
      if (members.putIfAbsent(name, value) != null) {
        throw error(nameAt, "duplicate member name \"" + name + "\" (RFC 7493 §2.3)");
      }
      skipWhitespace();
      if (pos >= in.length) {
        throw error(pos, "unexpected end of input in an object");
      }
      byte b = in[pos++];
      if (b == '}') {
        return new JsonObject(members);
      }
      if (b != ',') {
        throw error(pos - 1, "unexpected " + describe(b) + ", expected ',' or '}'");
      }
    }
  }

  private JsonArray readArray(int depth) {
    if (depth > MAX_DEPTH) {
      throw error(pos, "nesting deeper than " + MAX_DEPTH);
    }
    pos++; // '['
    List<Json> elements = new ArrayList<>();
    skipWhitespace();
    if (pos < in.length && in[pos] == ']') {
      pos++;
      return new JsonArray(elements);
    }
    while (true) {
      skipWhitespace();
      elements.add(readValue(depth));
      skipWhitespace();
      if (pos >= in.length) {
        throw error(pos, "unexpected end of input in an array");
      }
      byte b = in[pos++];
      if (b == ']') {
        return new JsonArray(elements);
      }
      if (b != ',') {
        throw error(pos - 1, "unexpected " + describe(b) + ", expected ',' or ']'");
      }
    }
  }

  private String readString() {
    int start = pos;
    pos++; // opening quote
    StringBuilder sb = scratch;
    sb.setLength(0);
    while (true) {
      if (pos >= in.length) {
        throw error(start, "unterminated string");
      }
      int b = in[pos] & 0xFF;
      if (b == '"') {
        pos++;
        return sb.toString();
      }
      if (b == '\\') {
        readEscape(sb);
      } else if (b < 0x20) {
        throw error(pos, "control character 0x%02x must be escaped in a string".formatted(b));
      } else if (b < 0x80) {
        sb.append((char) b);
        pos++;
      } else {
        sb.appendCodePoint(readUtf8());
      }
    }
  }

  private void readEscape(StringBuilder sb) {
    int at = pos;
    pos++; // backslash
    if (pos >= in.length) {
      throw error(at, "unterminated escape");
    }
    byte e = in[pos++];
    switch (e) {
      case '"' -> sb.append('"');
      case '\\' -> sb.append('\\');
      case '/' -> sb.append('/');
      case 'b' -> sb.append('\b');
      case 'f' -> sb.append('\f');
      case 'n' -> sb.append('\n');
      case 'r' -> sb.append('\r');
      case 't' -> sb.append('\t');
      case 'u' -> {
        char c = readHex4(at);
        if (Character.isHighSurrogate(c)) {
          if (pos + 1 < in.length && in[pos] == '\\' && in[pos + 1] == 'u') {
            int lowAt = pos;
            pos += 2;
            char low = readHex4(lowAt);
            if (!Character.isLowSurrogate(low)) {
              throw error(at, "high surrogate \\u%04x not followed by a low surrogate".formatted((int) c));
            }
            sb.append(c).append(low);
          } else {
            throw error(at, "lone high surrogate \\u%04x (RFC 7493 §2.1)".formatted((int) c));
          }
        } else if (Character.isLowSurrogate(c)) {
          throw error(at, "lone low surrogate \\u%04x (RFC 7493 §2.1)".formatted((int) c));
        } else {
          sb.append(c);
        }
      }
      default -> throw error(at, "invalid escape \\" + (char) (e & 0xFF));
    }
  }

  private char readHex4(int escapeAt) {
    if (pos + 4 > in.length) {
      throw error(escapeAt, "truncated \\u escape");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(in[pos + i], 16);
      if (d < 0 || in[pos + i] < 0) {
        throw error(pos + i, "invalid hex digit in \\u escape");
      }
      v = (v << 4) | d;
    }
    pos += 4;
    return (char) v;
  }

  /** Decodes one multi-byte UTF-8 sequence strictly (RFC 3629 §4), returning the code point. */
  private int readUtf8() {
    int start = pos;
    int b0 = in[pos] & 0xFF;
    int need;
    int cp;
    int min;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1;
      cp = b0 & 0x1F;
      min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2;
      cp = b0 & 0x0F;
      min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3;
      cp = b0 & 0x07;
      min = 0x10000;
    } else {
      throw error(start, "invalid UTF-8 lead byte 0x%02x".formatted(b0));
    }
    if (start + need >= in.length) {
      throw error(start, "truncated UTF-8 sequence");
    }
    for (int i = 1; i <= need; i++) {
      int b = in[start + i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        throw error(start + i, "invalid UTF-8 continuation byte 0x%02x".formatted(b));
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min) {
      throw error(start, "overlong UTF-8 encoding");
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      throw error(start, "UTF-8 encodes a surrogate U+%04X".formatted(cp));
    }
    if (cp > 0x10FFFF) {
      throw error(start, "UTF-8 code point beyond U+10FFFF");
    }
    pos = start + need + 1;
    return cp;
  }

  private JsonNumber readNumber() {
    int start = pos;
    if (in[pos] == '-') {
      pos++;
    }
    if (pos >= in.length || !isDigit(in[pos])) {
      throw error(start, "invalid number: expected a digit");
    }
    if (in[pos] == '0') {
      pos++;
      if (pos < in.length && isDigit(in[pos])) {
        throw error(start, "invalid number: leading zero");
      }
    } else {
      while (pos < in.length && isDigit(in[pos])) {
        pos++;
      }
    }
    boolean integer = true;
    if (pos < in.length && in[pos] == '.') {
      integer = false;
      pos++;
      if (pos >= in.length || !isDigit(in[pos])) {
        throw error(start, "invalid number: expected a digit after '.'");
      }
      while (pos < in.length && isDigit(in[pos])) {
        pos++;
      }
    }
    if (pos < in.length && (in[pos] == 'e' || in[pos] == 'E')) {
      integer = false;
      pos++;
      if (pos < in.length && (in[pos] == '+' || in[pos] == '-')) {
        pos++;
      }
      if (pos >= in.length || !isDigit(in[pos])) {
        throw error(start, "invalid number: expected a digit in the exponent");
      }
      while (pos < in.length && isDigit(in[pos])) {
        pos++;
      }
    }
    String text = new String(in, start, pos - start, StandardCharsets.US_ASCII);
    if (integer) {
      int digits = text.length() - (text.charAt(0) == '-' ? 1 : 0);
      if (digits > 16 || Math.abs(Long.parseLong(text)) > JsonNumber.MAX_EXACT_INTEGER) {
        throw error(start, "integer " + text + " is beyond ±(2^53 − 1) and would lose precision");
      }
      return new JsonNumber(Long.parseLong(text));
    }
    double v = Double.parseDouble(text);
    if (Double.isInfinite(v)) {
      throw error(start, "number " + text + " is beyond the binary64 range");
    }
    return new JsonNumber(v);
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }
}
