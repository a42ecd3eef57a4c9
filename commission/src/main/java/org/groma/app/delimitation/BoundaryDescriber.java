package org.groma.app.delimitation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.groma.app.BadInputException;

/**
 * Writes the verbal description of a line, segment by segment, in English or Russian, as it appears in a
 * protocol-description: the first and last turning points with their coordinates, and for each segment its
 * direction, azimuth and length (or the feature it follows).
 *
 * <p><b>Directions</b> are the 8 points of the compass (north, north-east, …), each a 45° sector centred on
 * its direction and closed on its anticlockwise side: north is [337.5°, 22.5°), north-east [22.5°, 67.5°),
 * and so on. The sector is chosen from the azimuth <em>as printed</em> (rounded to the whole second, half
 * even), so the text never contradicts itself: 22°29′59.9996″ prints 22°30′00″ and reads north-east;
 * 359.9999° prints 0°00′00″ and reads north.
 *
 * <p><b>Numbers.</b> Lengths in metres to the centimetre (half even on the exact value), digits grouped by
 * three with a space ("1 234.56" in English, "1 234,56" in Russian: decimal point or comma); azimuths in
 * degrees, minutes and whole seconds; first and last points in DMS to 0.001″ (Russian: decimal comma and
 * с.ш./в.д.).
 *
 * <h2>Thread safety</h2>
 * Immutable; safe from any thread.
 */
public final class BoundaryDescriber {

  /** Seconds of arc in a full turn. */
  private static final long SECONDS_PER_TURN = 360L * 3600;

  /** Half a compass sector of the 8-point rose, 22.5°, in seconds. */
  private static final long HALF_SECTOR_S = 81_000;

  private final DescriptionLanguage language;

  public BoundaryDescriber(DescriptionLanguage language) {
    this.language = Objects.requireNonNull(language, "language");
  }

  /** The description of one or more sections; with several, each is headed by its part number. */
  public String describe(List<Section> sections) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < sections.size(); k++) {
      Section s = sections.get(k);
      if (sections.size() > 1) {
        if (k > 0) {
          out.add("");
        }
        out.add(String.format(language.partHeading, k + 1, s.first().number(), s.last().number()));
      }
      out.addAll(describe(s));
    }
    return String.join("\n", out) + "\n";
  }

  /** The sentences describing one section, one per line: start, each segment, end. */
  public List<String> describe(Section section) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(language.start, pointName(section.first()), coordinates(section.first())));
    for (Segment seg : section.segments()) {
      lines.add(sentence(seg));
    }
    lines.add(String.format(language.end, pointName(section.last()), coordinates(section.last())));
    return lines;
  }

  private String sentence(Segment seg) {
    SegmentMeasure m = seg.measure();
    String from = Integer.toString(seg.from().number());
    String to = Integer.toString(seg.to().number());
    String length = metres(m.lengthM());
    return switch (seg.lineType()) {
      case LineType.Geodesic g -> {
        long az = roundedSeconds(m.forwardAzimuthDeg().orElseThrow());
        yield String.format(language.geodesic, from, direction(az), azimuth(az), length, to);
      }
      case LineType.Rhumb r -> {
        long az = roundedSeconds(m.forwardAzimuthDeg().orElseThrow());
        yield String.format(language.rhumb, from, direction(az), azimuth(az), length, to);
      }
      case LineType.FollowsFeature f -> {
        String feature = f.description(language.tag).orElseThrow(() -> new BadInputException(
            "segment from turning point " + from + " to " + to + " follows a feature described only in "
                + String.join(", ", f.description().keySet().stream().sorted().toList()) + "; give its "
                + "description in \"" + language.tag + "\" too: Groma does not translate"));
        yield String.format(language.followsFeature, from, feature, length, to);
      }
    };
  }

  private String pointName(TurningPoint tp) {
    return tp.number() + tp.pillar().map(p -> String.format(language.pillar, p)).orElse("");
  }

  private String coordinates(TurningPoint tp) {
    return language.coordinates.formatLatitude(tp.point().latDeg()) + ", "
        + language.coordinates.formatLongitude(tp.point().lonDeg());
  }

  /** An azimuth in [0°, 360°) rounded half even to whole seconds of arc, 360° folded to 0°. */
  static long roundedSeconds(double azimuthDeg) {
    long s = new BigDecimal(azimuthDeg).multiply(BigDecimal.valueOf(3600))
        .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    return Math.floorMod(s, SECONDS_PER_TURN);
  }

  /** The compass point of an azimuth given in whole seconds. */
  String direction(long azimuthS) {
    int sector = (int) (((azimuthS + HALF_SECTOR_S) / (2 * HALF_SECTOR_S)) % 8);
    return language.directions.get(sector);
  }

  static String azimuth(long azimuthS) {
    return String.format(java.util.Locale.ROOT, "%d°%02d′%02d″", azimuthS / 3600, azimuthS / 60 % 60, azimuthS % 60);
  }

  /** Metres to the centimetre, digits grouped by three with a space, the language's decimal separator. */
  String metres(double m) {
    return groupedDecimal(m, 2, language.decimalSeparator);
  }

  /** A number rounded half even to {@code decimals}, its integer digits grouped by three with a space. */
  static String groupedDecimal(double value, int decimals, char decimalSeparator) {
    String plain = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(' ');
      }
      grouped.append(whole.charAt(i));
    }
    if (dot >= 0) {
      grouped.append(decimalSeparator).append(plain, dot + 1, plain.length());
    }
    return (negative ? "-" : "") + grouped;
  }
}
