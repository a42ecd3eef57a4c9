package org.groma.geo.angle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * How to write an angle: which units ({@link Layout}), which symbols ({@link Style}), hemisphere letter or
 * sign ({@link SignMode}), and how many decimals of the last unit.
 *
 * <table>
 *   <caption>40.5042008333…° as a latitude, three decimals of a second</caption>
 *   <tr><th>style</th><th>{@link Layout#DEGREES_MINUTES_SECONDS}</th><th>{@link Layout#DEGREES_MINUTES} (3)</th><th>{@link Layout#DEGREES} (6)</th></tr>
 *   <tr><td>{@link Style#UNICODE}</td><td>{@code 40°30′15.123″N}</td><td>{@code 40°30.252′N}</td><td>{@code 40.504201°N}</td></tr>
 *   <tr><td>{@link Style#ASCII}</td><td>{@code 40d30m15.123sN}</td><td>{@code 40d30.252mN}</td><td>{@code 40.504201dN}</td></tr>
 *   <tr><td>{@link Style#SPACED}</td><td>{@code 40 30 15.123 N}</td><td>{@code 40 30.252 N}</td><td>{@code 40.504201 N}</td></tr>
 *   <tr><td>{@link Style#COLON}</td><td>{@code 40:30:15.123N}</td><td>{@code 40:30.252N}</td><td>{@code 40.504201N}</td></tr>
 *   <tr><td>{@link Style#RUSSIAN}</td><td>{@code 40°30′15,123″ с.ш.}</td><td>{@code 40°30,252′ с.ш.}</td><td>{@code 40,504201° с.ш.}</td></tr>
 * </table>
 *
 * <h2>Algorithm</h2>
 * The exact decimal value of the double ({@code new BigDecimal(double)}) is multiplied by
 * the number of last-unit steps in a degree (e.g. 3600·10³ for thousandths of a second) and rounded once to an
 * integer, {@link RoundingMode#HALF_EVEN}; degrees, minutes and seconds are then cut from that integer. Carries
 * are therefore always right: 40°30′59.9996″ at three decimals is {@code 40°31′00.000″}, 89°59′59.9999″ is
 * {@code 90°00′00.000″}, and 60 never appears as minutes or seconds. Minutes and seconds have two integer
 * digits; degrees are not padded.
 *
 * <h2>Accuracy</h2>
 * The text is within half a step of the last decimal of the double's exact value (ties to
 * even on that exact value, so 0.35 written with one decimal is 0.3, because the double 0.35 is
 * 0.34999999999999997…). {@link DmsParser} reads every style back to the nearest double of the text.
 *
 * <h2>Limitations</h2>
 * At most {@value #MAX_SECOND_DECIMALS} decimals of a second,
 * {@value #MAX_MINUTE_DECIMALS} of a minute, {@value #MAX_DEGREE_DECIMALS} of a degree: each step is about
 * 1e-13° (10 nm), a few times the spacing of doubles near 180° (2.8e-14°); further digits would print binary
 * noise. A value that rounds to zero is written without a minus sign and with N or E.
 * An angle of {@link Axis#UNKNOWN} axis is always written with a sign. Degrees are not zero-padded
 * (GeographicLib pads longitudes to three digits).
 *
 * <h2>Thread safety</h2>
 * Immutable; safe to share between threads.
 *
 * @param layout the units written
 * @param style the symbols and the decimal separator
 * @param signMode hemisphere letter or sign
 * @param decimals decimals of the last unit, from 0 to the layout's maximum
 */
public record DmsFormat(Layout layout, Style style, SignMode signMode, int decimals) {

  /** Finest seconds step: 1e-9″ ≈ 2.8e-13°, 31 nm. */
  public static final int MAX_SECOND_DECIMALS = 9;

  /** Finest minutes step: 1e-11′ ≈ 1.7e-13°, 19 nm. */
  public static final int MAX_MINUTE_DECIMALS = 11;

  /** Finest degrees step: 1e-13°, 11 nm. */
  public static final int MAX_DEGREE_DECIMALS = 13;

  /** Which units are written; the last one carries the decimals. */
  public enum Layout {
    /** Decimal degrees. */
    DEGREES(1, MAX_DEGREE_DECIMALS),
    /** Degrees and decimal minutes. */
    DEGREES_MINUTES(60, MAX_MINUTE_DECIMALS),
    /** Degrees, minutes and decimal seconds. */
    DEGREES_MINUTES_SECONDS(3600, MAX_SECOND_DECIMALS);

    private final long lastUnitsPerDegree;
    private final int maxDecimals;

    Layout(long lastUnitsPerDegree, int maxDecimals) {
      this.lastUnitsPerDegree = lastUnitsPerDegree;
      this.maxDecimals = maxDecimals;
    }

    /** The largest number of decimals allowed for the last unit. */
    public int maxDecimals() {
      return maxDecimals;
    }
  }

  /** The symbols written after each unit, between units, and around the hemisphere. */
  public enum Style {
    /** Degree, prime and double prime signs, decimal point: {@code 40°30′15.123″N}. */
    UNICODE(new String[] {"°", "′", "″"}, "", '.', ""),
    /** Letters d, m, s, decimal point: {@code 40d30m15.123sN}. */
    ASCII(new String[] {"d", "m", "s"}, "", '.', ""),
    /** Spaces between units, no marks: {@code 40 30 15.123 N}. */
    SPACED(new String[] {"", "", ""}, " ", '.', " "),
    /** Colons between units, no marks, as GeographicLib writes: {@code 40:30:15.123N}. */
    COLON(new String[] {"", "", ""}, ":", '.', ""),
    /** As in Russian documents: decimal comma and с.ш./ю.ш./в.д./з.д. after a space: {@code 40°30′15,123″ с.ш.}. */
    RUSSIAN(new String[] {"°", "′", "″"}, "", ',', " ");

    private final String[] marks;
    private final String between;
    private final char decimalSeparator;
    private final String beforeHemisphere;

    Style(String[] marks, String between, char decimalSeparator, String beforeHemisphere) {
      this.marks = marks;
      this.between = between;
      this.decimalSeparator = decimalSeparator;
      this.beforeHemisphere = beforeHemisphere;
    }

    private String hemisphere(Hemisphere h) {
      return beforeHemisphere + (this == RUSSIAN ? h.russian : h.latin);
    }
  }

  /** Whether the direction is shown by a hemisphere letter or by a sign. */
  public enum SignMode {
    /** N/S or E/W after the number (a minus sign for an angle of unknown axis). */
    HEMISPHERE,
    /** A minus sign for south and west, nothing for north and east. */
    SIGN
  }

  /** Checks that the number of decimals fits the layout. */
  public DmsFormat {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(signMode, "signMode");
    if (decimals < 0 || decimals > layout.maxDecimals) {
      throw new GeoInputException(
          "decimals " + decimals + " is outside [0, " + layout.maxDecimals + "] for " + layout);
    }
  }

  /** Degrees, minutes and seconds with {@code secondDecimals} decimals, Unicode symbols, hemisphere letters. */
  public static DmsFormat dms(int secondDecimals) {
    return new DmsFormat(Layout.DEGREES_MINUTES_SECONDS, Style.UNICODE, SignMode.HEMISPHERE, secondDecimals);
  }

  /** Degrees and decimal minutes, Unicode symbols, hemisphere letters. */
  public static DmsFormat degreesMinutes(int minuteDecimals) {
    return new DmsFormat(Layout.DEGREES_MINUTES, Style.UNICODE, SignMode.HEMISPHERE, minuteDecimals);
  }

  /** Decimal degrees, Unicode symbols, hemisphere letters. */
  public static DmsFormat decimalDegrees(int decimals) {
    return new DmsFormat(Layout.DEGREES, Style.UNICODE, SignMode.HEMISPHERE, decimals);
  }

  /** This format with other symbols. */
  public DmsFormat withStyle(Style newStyle) {
    return new DmsFormat(layout, newStyle, signMode, decimals);
  }

  /** This format with hemisphere letters or signs. */
  public DmsFormat withSignMode(SignMode newSignMode) {
    return new DmsFormat(layout, style, newSignMode, decimals);
  }

  /** A latitude in degrees, within [−90°, 90°]. */
  public String formatLatitude(double latDeg) {
    return format(latDeg, Axis.LATITUDE);
  }

  /** A longitude in degrees, within [−180°, 180°]. */
  public String formatLongitude(double lonDeg) {
    return format(lonDeg, Axis.LONGITUDE);
  }

  /** Latitude, a comma and a space, longitude: {@code 40°30′15.123″N, 45°10′05.000″E}. */
  public String format(GeoPoint p) {
    return formatLatitude(p.latDeg()) + ", " + formatLongitude(p.lonDeg());
  }

  /**
   * An angle in degrees on the given axis, which chooses the hemisphere letters and bounds the value
   * (±90°, ±180°, or ±360° for {@link Axis#UNKNOWN}).
   */
  public String format(double degrees, Axis axis) {
    Objects.requireNonNull(axis, "axis");
    if (!Double.isFinite(degrees) || Math.abs(degrees) > axis.maxDeg()) {
      throw new GeoInputException(
          axis.word() + " " + degrees + "° is outside [-" + axis.maxDeg() + "°, " + axis.maxDeg() + "°]");
    }
    long stepsPerUnit = BigDecimal.TEN.pow(decimals).longValueExact();
    // At most 360 · 3600 · 1e9 ≈ 1.3e15 steps (or 3.6e15 for 13 decimals of a degree): fits a long.
    long steps = new BigDecimal(Math.abs(degrees))
        .multiply(BigDecimal.valueOf(layout.lastUnitsPerDegree * stepsPerUnit))
        .setScale(0, RoundingMode.HALF_EVEN)
        .longValueExact();
    boolean negative = degrees < 0 && steps != 0;

    long whole = steps / stepsPerUnit;
    long[] fields =
        switch (layout) {
          case DEGREES -> new long[] {whole};
          case DEGREES_MINUTES -> new long[] {whole / 60, whole % 60};
          case DEGREES_MINUTES_SECONDS -> new long[] {whole / 3600, whole / 60 % 60, whole % 60};
        };
    StringBuilder out = new StringBuilder(24);
    boolean letter = signMode == SignMode.HEMISPHERE && axis != Axis.UNKNOWN;
    if (negative && !letter) {
      out.append('-');
    }
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(style.between);
        if (fields[i] < 10) {
          out.append('0');
        }
      }
      out.append(fields[i]);
      if (i == fields.length - 1 && decimals > 0) {
        String fraction = Long.toString(steps % stepsPerUnit);
        out.append(style.decimalSeparator).append("0".repeat(decimals - fraction.length())).append(fraction);
      }
      out.append(style.marks[i]);
    }
    if (letter) {
      out.append(style.hemisphere(Hemisphere.of(axis, negative)));
    }
    return out.toString();
  }
}
