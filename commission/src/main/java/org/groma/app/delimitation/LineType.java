package org.groma.app.delimitation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;

/**
 * How a segment runs between its two turning points, as the treaty defines it.
 *
 * <ul>
 *   <li>{@link Geodesic} — the shortest line on the WGS 84 ellipsoid (the default, docs/design.md);</li>
 *   <li>{@link Rhumb} — a line of constant azimuth (loxodrome);</li>
 *   <li>{@link FollowsFeature} — a natural or built feature (a river's median line, a watershed, a road
 *       edge). Its course between the two turning points is a polyline whose intermediate vertices belong
 *       to the feature: they are not turning points, are not numbered and are not rows of a table.</li>
 * </ul>
 */
public sealed interface LineType {

  /**
   * Which of the three a line type is, without a feature's details: what the journal records for a segment of a
   * proposed line, and what measuring a line needs.
   */
  enum Kind {
    GEODESIC("geodesic"),
    RHUMB("rhumb"),
    /** Follows a named feature on the ground; its course is a polyline joined by geodesics. */
    FOLLOWS_FEATURE("follows-feature");

    /** The library's rhumb lines on WGS 84 (named in full: {@link Rhumb} here is the line type). */
    private static final org.groma.geo.rhumb.Rhumb RHUMB_LINES = org.groma.geo.rhumb.Rhumb.WGS84;

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The name used in the journal, files and tables: {@code geodesic}, {@code rhumb}, {@code follows-feature}. */
    public String code() {
      return code;
    }

    public static Kind ofCode(String code) {
      for (Kind k : values()) {
        if (k.code.equals(code)) {
          return k;
        }
      }
      throw new BadInputException(
          "unknown line type \"" + code + "\" (expected geodesic, rhumb or follows-feature)");
    }

    /**
     * Length of a polyline whose vertices this kind of line joins, metres on WGS 84: rhumb lines for
     * {@link #RHUMB}, geodesics otherwise (a followed feature's course is joined by geodesics).
     */
    public double lengthM(List<GeoPoint> polyline) {
      return this == RHUMB ? RHUMB_LINES.lengthM(polyline) : Geodesics.WGS84.lengthM(polyline);
    }

    /** Distance from {@code a} to {@code b} along this kind of line, metres. */
    public double distanceM(GeoPoint a, GeoPoint b) {
      return this == RHUMB ? RHUMB_LINES.inverse(a, b).distanceM() : Geodesics.WGS84.distanceM(a, b);
    }

    /** Points from {@code a} to {@code b} along this kind of line, no farther than {@code maxSagM} from it. */
    public List<GeoPoint> densify(GeoPoint a, GeoPoint b, double maxSagM) {
      return this == RHUMB ? RHUMB_LINES.densify(a, b, maxSagM) : Geodesics.WGS84.densify(a, b, maxSagM);
    }
  }

  /** Which of the three this is. */
  Kind kind();

  /** The name used in the journal, files and tables: {@code geodesic}, {@code rhumb}, {@code follows-feature}. */
  default String code() {
    return kind().code();
  }

  /** The shortest line on the ellipsoid. */
  record Geodesic() implements LineType {
    @Override
    public Kind kind() {
      return Kind.GEODESIC;
    }
  }

  /** A line of constant azimuth. */
  record Rhumb() implements LineType {
    @Override
    public Kind kind() {
      return Kind.RHUMB;
    }
  }

  /**
   * A segment that follows a feature.
   *
   * @param description what the feature is, per language tag ({@code "en"}, {@code "ru"}); each text is the
   *     phrase as it reads in the description's sentence: in English after "follows" ("the median line of the
   *     river X"), in Russian after "по", i.e. in the dative ("медианной линии реки X"). Groma never
   *     translates it.
   * @param course the feature's vertices strictly between the two turning points, in order (may be empty);
   *     the segment's length is the geodesic length of the polyline through them
   */
  record FollowsFeature(Map<String, String> description, List<GeoPoint> course) implements LineType {

    public FollowsFeature {
      Objects.requireNonNull(description, "description");
      if (description.isEmpty()) {
        throw new BadInputException("a follows-feature segment needs a description of the feature in at "
            + "least one language, e.g. \"the median line of the river X\"");
      }
      description.forEach((lang, text) -> {
        if (lang == null || lang.isBlank() || text == null || text.isBlank()) {
          throw new BadInputException("follows-feature: the feature description in language \"" + lang
              + "\" is blank");
        }
      });
      description = Map.copyOf(description);
      course = List.copyOf(course);
    }

    /** The feature described in the given language, if the commission wrote it in that language. */
    public Optional<String> description(String language) {
      return Optional.ofNullable(description.get(language));
    }

    @Override
    public Kind kind() {
      return Kind.FOLLOWS_FEATURE;
    }
  }

  LineType GEODESIC = new Geodesic();
  LineType RHUMB = new Rhumb();
}
