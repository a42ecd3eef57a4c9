package org.groma.app.delimitation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;

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

  /** The name used in files and tables: {@code geodesic}, {@code rhumb}, {@code follows-feature}. */
  String key();

  /** The shortest line on the ellipsoid. */
  record Geodesic() implements LineType {
    @Override
    public String key() {
      return "geodesic";
    }
  }

  /** A line of constant azimuth. */
  record Rhumb() implements LineType {
    @Override
    public String key() {
      return "rhumb";
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
    public String key() {
      return "follows-feature";
    }
  }

  LineType GEODESIC = new Geodesic();
  LineType RHUMB = new Rhumb();
}
