package org.groma.geo.angle;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.angle.DmsLexer.End;
import org.groma.geo.angle.DmsLexer.Hemi;
import org.groma.geo.angle.DmsLexer.Mark;
import org.groma.geo.angle.DmsLexer.Num;
import org.groma.geo.angle.DmsLexer.Punct;
import org.groma.geo.angle.DmsLexer.Sign;
import org.groma.geo.angle.DmsLexer.Token;
import org.groma.geo.angle.DmsLexer.Unit;

/**
 * Reads angles and points written as in treaties, survey tables and Soviet map sheets.
 *
 * <p>Accepted forms, with any Unicode spaces between parts:
 * <ul>
 *   <li>degrees, minutes, seconds with marks: {@code 40°30′15.123″N}, {@code 40°30'15.123"N},
 *       {@code 40°30'15.123''N}, {@code 40d30m15.12s}; or positional: {@code 40 30 15.123 N},
 *       {@code 40:30:15.12};
 *   <li>degrees and decimal minutes {@code 40°30.5′}, decimal degrees {@code -40.5}, {@code N 40.504201};
 *   <li>a decimal point or a decimal comma ({@code 15,123″});
 *   <li>a hemisphere before or after the number: N/S/E/W, С/Ю/В/З, с.ш./ю.ш./в.д./з.д., any case;
 *   <li>marks: degrees {@code ° º ˚ ⁰ ∘ d}; minutes {@code ′ ' ʹ ’ ‘ ´ m}; seconds {@code ″ " ʺ ” “ ˝ s} or
 *       a minute mark doubled ({@code ''}); signs {@code + - −}.
 * </ul>
 *
 * <h2>Algorithm</h2>
 * The text is split into tokens (numbers, marks, hemisphere, sign, colon) and read by
 * the grammar {@code [hemisphere] [sign] degrees [minutes [seconds]] [hemisphere]}. A number without a mark
 * takes the unit after the previous one, so {@code 40°30} is 40°30′. Every number is kept as a
 * {@link BigDecimal}; the total in seconds, {@code 3600·deg + 60·min + sec}, is exact, range checks compare it
 * exactly, and only then is it divided by 3600 and rounded once to the nearest double.
 *
 * <p>The one context-dependent rule: a lower-case {@code s} written directly after a number in the seconds
 * place is the seconds mark ({@code 40d30m15s}); anywhere else {@code s} means south. Upper-case {@code S}
 * always means south. The unit letters {@code d m s} are lower case only.
 *
 * <h2>Accuracy</h2>
 * The result is the double nearest to the exact value of the text, ties to even: at most
 * half an ulp, 1.4e-14° (1.6 nm on the ground) at 180°.
 *
 * <h2>Limitations</h2>
 * Refused rather than guessed: minutes or seconds of 60 or more; a decimal fraction on
 * degrees or minutes that a smaller unit follows; units out of order or skipped ({@code 40°15″}); a minus sign
 * together with any hemisphere letter (with N or E it contradicts; with S or W GeographicLib reads a double
 * negative as north while a person reads south); two hemisphere letters; digits other than ASCII; exponents;
 * more than {@value #MAX_FRACTION_DIGITS} decimals; an angle beyond its axis (90° for a latitude,
 * 180° for a longitude, 360° with no hemisphere). GeographicLib's sums such as {@code 39N+0:0:15} are not
 * supported. Every error is a {@link GeoInputException} whose message quotes the whole input and names the
 * offending part and its 0-based character position.
 *
 * <h2>Thread safety</h2>
 * The static methods keep no shared state and may be called from any thread.
 */
public final class DmsParser {

  /**
   * Most digits accepted after a decimal separator. 1e-30 of a second is about 3e-29 m, far beyond any survey,
   * so longer numbers are printing noise, not data; the bound also keeps every non-zero value far above the
   * subnormal doubles, where {@link #nearestDouble} would no longer be exact. Raising it past about 300
   * requires revisiting that method.
   */
  public static final int MAX_FRACTION_DIGITS = 30;

  private static final BigInteger SECONDS_PER_DEGREE = BigInteger.valueOf(3600);

  private final String text;
  private final DmsLexer lexer;

  private DmsParser(String text) {
    this.text = Objects.requireNonNull(text, "text");
    this.lexer = new DmsLexer(text);
  }

  /** One angle read from text, with the axis its hemisphere letter names ({@link Axis#UNKNOWN} if none). */
  public static ParsedAngle parse(String text) {
    DmsParser p = new DmsParser(text);
    Angle a = p.angle(Axis.UNKNOWN);
    p.requireEnd(a);
    return new ParsedAngle(a.degrees, a.axis());
  }

  /**
   * A latitude in degrees, positive north: a hemisphere letter, if any, must be N/S (с.ш./ю.ш.), and the value
   * within [−90°, 90°].
   */
  public static double parseLatitude(String text) {
    return parseOnAxis(text, Axis.LATITUDE);
  }

  /**
   * A longitude in degrees, positive east: a hemisphere letter, if any, must be E/W (в.д./з.д.), and the value
   * within [−180°, 180°].
   */
  public static double parseLongitude(String text) {
    return parseOnAxis(text, Axis.LONGITUDE);
  }

  /**
   * A point written as two angles in either order, e.g. {@code 40°30′15″N 45°10′05″E} or
   * {@code 45°10′05″ в.д., 40°30′15″ с.ш.}, optionally separated by a comma or semicolon. Both angles must carry
   * a hemisphere letter, one for each axis: without letters the order of latitude and longitude would be a guess.
   */
  public static GeoPoint parsePoint(String text) {
    DmsParser p = new DmsParser(text);
    if (p.lexer.peek(0) instanceof End) {
      throw fail(text, "no point given");
    }
    // Counted before reading: without two letters, "40 45" would read as 40°45′ and the message would mislead.
    int letters = 0;
    for (int k = 0; !(p.lexer.peek(k) instanceof End); k++) {
      letters += p.lexer.peek(k) instanceof Hemi ? 1 : 0;
    }
    if (letters < 2) {
      throw fail(text, "a point needs a hemisphere letter on each angle to tell latitude from longitude; found "
          + letters);
    }
    Angle first = p.angle(Axis.UNKNOWN);
    if (p.lexer.peek(0) instanceof Punct s && s.symbol() != ':') {
      p.lexer.take();
    }
    if (p.lexer.peek(0) instanceof End) {
      throw fail(text, "only one angle, " + p.describe(first) + "; a point needs a latitude and a longitude");
    }
    Angle second = p.angle(Axis.UNKNOWN);
    p.requireEnd(second);
    for (Angle a : List.of(first, second)) {
      if (a.hemi == null) {
        throw fail(text, p.describe(a) + " has no hemisphere letter, so latitude and longitude cannot be told apart");
      }
    }
    if (first.axis() == second.axis()) {
      throw fail(text, "both " + p.describe(first) + " and " + p.describe(second) + " are "
          + first.axis().word() + "s");
    }
    return first.axis() == Axis.LATITUDE
        ? new GeoPoint(first.degrees, second.degrees)
        : new GeoPoint(second.degrees, first.degrees);
  }

  private static double parseOnAxis(String text, Axis axis) {
    DmsParser p = new DmsParser(text);
    Angle a = p.angle(axis);
    p.requireEnd(a);
    return a.degrees;
  }

  /** One parsed angle and where it was written, for messages about it. */
  private record Angle(double degrees, Hemi hemi, boolean suffixed, int start, int end, int parts) {
    Axis axis() {
      return hemi == null ? Axis.UNKNOWN : hemi.hemisphere().axis;
    }
  }

  private record Part(Unit unit, Num number) {}

  /** {@code [hemisphere] [sign] degrees [minutes [seconds]] [hemisphere]}, checked against {@code expected}. */
  private Angle angle(Axis expected) {
    int start = lexer.peek(0).start();
    Hemi prefix = lexer.peek(0) instanceof Hemi h ? (Hemi) lexer.take() : null;
    Sign sign = lexer.peek(0) instanceof Sign s ? (Sign) lexer.take() : null;
    List<Part> parts = new ArrayList<>(3);
    int valueEnd = parts(parts);
    if (parts.isEmpty()) {
      throw noNumber(prefix != null ? prefix : sign);
    }
    Hemi suffix = prefix == null && lexer.peek(0) instanceof Hemi h ? (Hemi) lexer.take() : null;
    Hemi hemi = prefix != null ? prefix : suffix;
    int end = suffix != null ? suffix.end() : valueEnd;

    if (sign != null && sign.negative() && hemi != null) {
      throw fail(text, "minus sign at position " + sign.start()
          + (hemi.hemisphere().negative ? " together with hemisphere " : " contradicts hemisphere ")
          + quote(hemi) + " at position " + hemi.start()
          + (hemi.hemisphere().negative ? " is ambiguous; write either the sign or the letter" : ""));
    }
    Axis axis = hemi == null ? Axis.UNKNOWN : hemi.hemisphere().axis;
    if (expected != Axis.UNKNOWN && axis != Axis.UNKNOWN && axis != expected) {
      throw fail(text, "hemisphere " + quote(hemi) + " at position " + hemi.start() + " marks a " + axis.word()
          + ", expected a " + expected.word());
    }
    BigDecimal seconds = BigDecimal.ZERO;
    for (Part part : parts) {
      seconds = seconds.add(part.number.value().multiply(part.unit.seconds));
    }
    Axis bound = axis != Axis.UNKNOWN ? axis : expected;
    if (seconds.compareTo(BigDecimal.valueOf(bound.maxDeg() * 3600L)) > 0) {
      int valueStart = sign != null ? sign.start() : parts.getFirst().number.start();
      throw fail(text, bound.word() + " " + text.substring(valueStart, valueEnd) + " at position " + valueStart
          + " is outside [-" + bound.maxDeg() + "°, " + bound.maxDeg() + "°]");
    }
    boolean negative = hemi != null ? hemi.hemisphere().negative : sign != null && sign.negative();
    BigInteger num = seconds.unscaledValue();
    BigInteger den = SECONDS_PER_DEGREE.multiply(BigInteger.TEN.pow(seconds.scale()));
    double degrees = nearestDouble(negative ? num.negate() : num, den);
    return new Angle(degrees, hemi, suffix != null, start, end, parts.size());
  }

  /**
   * Reads up to three numbers into {@code parts}, each with its unit, checking each as it comes; returns the
   * end position of the last one (with its mark). Stops without consuming at a number whose mark is not the
   * next unit: that is an error for a single angle, and the start of the next angle within a point.
   */
  private int parts(List<Part> parts) {
    int end = -1;
    while (parts.size() < 3 && lexer.peek(0) instanceof Num n) {
      Unit unit = Unit.values()[parts.size()];
      Token after = lexer.peek(1);
      if (after instanceof Mark m) {
        if (m.unit() != unit) {
          break;
        }
        lexer.take();
        end = lexer.take().end();
      } else if (after instanceof Hemi h && h.maybeSecondsMark() && unit == Unit.SECONDS) {
        lexer.take();
        end = lexer.take().end();
      } else {
        end = lexer.take().end();
        if (unit != Unit.SECONDS && lexer.peek(0) instanceof Punct c && c.symbol() == ':') {
          lexer.take();
          if (!(lexer.peek(0) instanceof Num)) {
            throw fail(text, "':' at position " + c.start() + " is not followed by a number");
          }
        }
      }
      if (!parts.isEmpty()) {
        Part previous = parts.getLast();
        if (!previous.number.isInteger()) {
          throw fail(text, previous.unit.word + " " + previous.number.text() + " at position "
              + previous.number.start() + " must be an integer when " + unit.word + " follow");
        }
      }
      if (unit != Unit.DEGREES && n.value().compareTo(BigDecimal.valueOf(60)) >= 0) {
        throw fail(text, unit.word + " " + n.text() + " at position " + n.start() + " must be less than 60");
      }
      parts.add(new Part(unit, n));
    }
    return end;
  }

  private GeoInputException noNumber(Token before) {
    Token t = lexer.peek(0);
    if (before == null && t instanceof End) {
      return fail(text, "no angle given");
    }
    if (before != null && t instanceof End) {
      String what = before instanceof Hemi h ? "hemisphere " + quote(h) : "sign '" + quote(before) + "'";
      return fail(text, what + " at position " + before.start() + " is not followed by a number");
    }
    if (t instanceof Num n && lexer.peek(1) instanceof Mark m) {
      return fail(text, m.unit().word + " " + n.text() + " at position " + n.start() + " where degrees were expected");
    }
    return unexpected(t);
  }

  /** Anything left after a single angle is an error; this says what it is. */
  private void requireEnd(Angle a) {
    Token t = lexer.peek(0);
    if (t instanceof End) {
      return;
    }
    if (!a.suffixed && t instanceof Num n) {
      if (a.parts == 3) {
        throw fail(text, "fourth number " + n.text() + " at position " + n.start()
            + "; an angle has at most degrees, minutes and seconds");
      }
      if (lexer.peek(1) instanceof Mark m) {
        throw fail(text, m.unit().word + " " + n.text() + " at position " + n.start() + " where "
            + Unit.values()[a.parts].word + " were expected");
      }
    }
    if (t instanceof Hemi h && a.hemi != null) {
      throw fail(text, "second hemisphere " + quote(h) + " at position " + h.start() + " after "
          + quote(a.hemi) + " at position " + a.hemi.start());
    }
    throw unexpected(t);
  }

  private GeoInputException unexpected(Token t) {
    return fail(text, unexpected(quote(t), t.start()));
  }

  /**
   * "unexpected 'x' at position p", with the code point of a single non-ASCII character: lookalikes such as
   * Cyrillic Е for Latin E, or ′ for ', cannot be told apart in a message otherwise.
   */
  static String unexpected(String what, int position) {
    int cp = what.codePointAt(0);
    boolean single = what.codePointCount(0, what.length()) == 1;
    String code = single && cp >= 0x80 ? String.format(" (U+%04X)", cp) : "";
    return "unexpected '" + what + "'" + code + " at position " + position;
  }

  private String describe(Angle a) {
    return "'" + text.substring(a.start, a.end) + "' at position " + a.start;
  }

  private String quote(Token t) {
    return text.substring(t.start(), t.end());
  }

  /** An error about {@code text}: the message starts with the whole input in double quotes. */
  static GeoInputException fail(String text, String detail) {
    return new GeoInputException("\"" + text + "\": " + detail);
  }

  /**
   * The double nearest to {@code num / den} ({@code den > 0}), ties to even, exactly.
   *
   * <p>The quotient is computed in integers with at least 65 bits, 12 more than a double keeps; a non-zero
   * remainder is recorded by setting the lowest bit (a "sticky" bit), so the truncated quotient lies on the
   * same side of every rounding boundary as the exact one. {@link BigInteger#doubleValue()} then rounds
   * half-even, and the power-of-two scaling is exact while the result is a normal double, which
   * {@link #MAX_FRACTION_DIGITS} guarantees for parsed angles.
   */
  static double nearestDouble(BigInteger num, BigInteger den) {
    if (num.signum() == 0) {
      return 0.0;
    }
    BigInteger magnitude = num.abs();
    int shift = Math.max(0, 65 - (magnitude.bitLength() - den.bitLength()));
    BigInteger[] qr = magnitude.shiftLeft(shift).divideAndRemainder(den);
    BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
    double value = Math.scalb(q.doubleValue(), -shift);
    return num.signum() < 0 ? -value : value;
  }
}
