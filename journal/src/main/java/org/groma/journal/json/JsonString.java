package org.groma.journal.json;

import java.util.Objects;

/**
 * A JSON string. The value must be well-formed UTF-16: a lone surrogate cannot be encoded as UTF-8 and is
 * refused by I-JSON (RFC 7493 §2.1), so it is refused here.
 *
 * @param value the string, never null
 */
public record JsonString(String value) implements Json {
  public JsonString {
    Objects.requireNonNull(value, "value");
    int bad = firstLoneSurrogate(value);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          "string has a lone surrogate U+%04X at char index %d".formatted((int) value.charAt(bad), bad));
    }
  }

  public static JsonString of(String value) {
    return new JsonString(value);
  }

  /** Index of the first unpaired surrogate in {@code s}, or −1 when it is well-formed UTF-16. */
  static int firstLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String kind() {
    return "string";
  }

  @Override
  public String toString() {
    return new String(JsonCanonicalizer.canonicalize(this), java.nio.charset.StandardCharsets.UTF_8);
  }
}
