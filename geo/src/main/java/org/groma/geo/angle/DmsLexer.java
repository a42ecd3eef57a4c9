package org.groma.geo.angle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits angle text into tokens on demand, so that a single angle's errors are met in reading order (a point is
 * scanned whole first, to count its hemisphere letters). Positions are 0-based
 * indexes into the text (UTF-16 units, which equal code points for every character the grammar accepts).
 */
final class DmsLexer {

  enum Unit {
    DEGREES("degrees", 3600),
    MINUTES("minutes", 60),
    SECONDS("seconds", 1);

    final String word;
    final BigDecimal seconds;

    Unit(String word, int seconds) {
      this.word = word;
      this.seconds = BigDecimal.valueOf(seconds);
    }
  }

  sealed interface Token permits Num, Mark, Hemi, Sign, Punct, End {
    int start();

    int end();
  }

  /** An unsigned decimal number; {@code text} is as written, possibly with a decimal comma. */
  record Num(int start, int end, String text, BigDecimal value) implements Token {
    boolean isInteger() {
      return text.chars().allMatch(DmsLexer::isDigit);
    }
  }

  record Mark(int start, int end, Unit unit) implements Token {}

  /**
   * A hemisphere designator. {@code maybeSecondsMark} is set for a lower-case {@code s} written right after a
   * digit: the parser reads it as the seconds mark of {@code 40d30m15s} when it follows a number in the
   * seconds place, and as south otherwise.
   */
  record Hemi(int start, int end, Hemisphere hemisphere, boolean maybeSecondsMark) implements Token {}

  record Sign(int start, int end, boolean negative) implements Token {}

  /** A colon (component separator) or a comma or semicolon (separates the two angles of a point). */
  record Punct(int start, int end, char symbol) implements Token {}

  record End(int start, int end) implements Token {}

  private final String text;
  private final List<Token> lookahead = new ArrayList<>();
  private int pos;

  DmsLexer(String text) {
    this.text = text;
  }

  Token peek(int k) {
    while (lookahead.size() <= k) {
      lookahead.add(scan());
    }
    return lookahead.get(k);
  }

  Token take() {
    peek(0);
    return lookahead.removeFirst();
  }

  private Token scan() {
    int n = text.length();
    while (pos < n && isSpace(text.charAt(pos))) {
      pos++;
    }
    int start = pos;
    if (pos >= n) {
      return new End(n, n);
    }
    char c = text.charAt(pos);
    if (isDigit(c)) {
      return number();
    }
    Unit unit = markUnit(c);
    if (unit != null) {
      // Two identical quote marks stand for a double prime: '' for ", ’’ for ” (GeographicLib reads '' too).
      if (unit == Unit.MINUTES && c != 'm' && pos + 1 < n && text.charAt(pos + 1) == c) {
        pos += 2;
        return new Mark(start, pos, Unit.SECONDS);
      }
      pos++;
      return new Mark(start, pos, unit);
    }
    Token t =
        switch (c) {
          case '+' -> new Sign(start, start + 1, false);
          case '-', '\u2212' -> new Sign(start, start + 1, true);
          case ':', ',', ';' -> new Punct(start, start + 1, c);
          case 'N', 'n' -> new Hemi(start, start + 1, Hemisphere.NORTH, false);
          case 'S' -> new Hemi(start, start + 1, Hemisphere.SOUTH, false);
          case 's' -> new Hemi(start, start + 1, Hemisphere.SOUTH, start > 0 && isDigit(text.charAt(start - 1)));
          case 'E', 'e' -> new Hemi(start, start + 1, Hemisphere.EAST, false);
          case 'W', 'w' -> new Hemi(start, start + 1, Hemisphere.WEST, false);
          default -> null;
        };
    if (t != null) {
      pos = t.end();
      return t;
    }
    Hemisphere cyrillic = cyrillicHemisphere(c);
    if (cyrillic != null) {
      return russianHemisphere(cyrillic);
    }
    throw DmsParser.fail(text, DmsParser.unexpected(Character.toString(text.codePointAt(pos)), pos));
  }

  /** Digits, optionally a decimal point or comma and more digits. A comma not followed by a digit is punctuation. */
  private Num number() {
    int start = pos;
    int n = text.length();
    while (pos < n && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos + 1 < n && (text.charAt(pos) == '.' || text.charAt(pos) == ',') && isDigit(text.charAt(pos + 1))) {
      int fractionStart = ++pos;
      while (pos < n && isDigit(text.charAt(pos))) {
        pos++;
      }
      if (pos - fractionStart > DmsParser.MAX_FRACTION_DIGITS) {
        throw DmsParser.fail(text, "number " + text.substring(start, pos) + " at position " + start
            + " has more than " + DmsParser.MAX_FRACTION_DIGITS + " decimals");
      }
    }
    String written = text.substring(start, pos);
    return new Num(start, pos, written, new BigDecimal(written.replace(',', '.')));
  }

  /**
   * с.ш., ю.ш., в.д., з.д., with the dots and the space after the first dot optional, or the first letter
   * alone (С, Ю, В, З), in either case.
   */
  private Hemi russianHemisphere(Hemisphere h) {
    int start = pos;
    int n = text.length();
    int i = pos + 1;
    if (i < n && text.charAt(i) == '.') {
      i++;
    }
    int j = i;
    while (j < n && isSpace(text.charAt(j))) {
      j++;
    }
    if (j < n) {
      char second = Character.toLowerCase(text.charAt(j));
      if (second == 'ш' || second == 'д') {
        char expected = h.axis == Axis.LATITUDE ? 'ш' : 'д';
        if (second != expected) {
          throw DmsParser.fail(text, "unknown hemisphere abbreviation '" + text.substring(start, j + 1)
              + "' at position " + start);
        }
        i = j + 1;
        if (i < n && text.charAt(i) == '.') {
          i++;
        }
      }
    }
    pos = i;
    return new Hemi(start, i, h, false);
  }

  private static Hemisphere cyrillicHemisphere(char c) {
    return switch (Character.toLowerCase(c)) {
      case 'с' -> Hemisphere.NORTH;
      case 'ю' -> Hemisphere.SOUTH;
      case 'в' -> Hemisphere.EAST;
      case 'з' -> Hemisphere.WEST;
      default -> null;
    };
  }

  /**
   * The unit a mark stands for. The Unicode lookalikes are those GeographicLib's DMS::Decode accepts, plus
   * the modifier letters ʹ ʺ and the opening quotes that word processors substitute.
   */
  private static Unit markUnit(char c) {
    return switch (c) {
      case 'd', '°', 'º', '˚', '⁰', '∘' -> Unit.DEGREES;
      case 'm', '\'', '′', 'ʹ', '’', '‘', '´' -> Unit.MINUTES;
      case '"', '″', 'ʺ', '”', '“', '˝' -> Unit.SECONDS;
      default -> null;
    };
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** Any Unicode space, including the no-break and thin spaces that typeset tables use. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
