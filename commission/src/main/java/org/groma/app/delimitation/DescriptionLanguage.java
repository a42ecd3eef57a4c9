package org.groma.app.delimitation;

import java.util.List;
import org.groma.geo.angle.DmsFormat;

/**
 * The sentences of a boundary description in one of the commission's working languages, written by people
 * (no machine translation). Placeholders are {@code %s} in the order given on each template.
 *
 * <p>The Russian templates are phrased so that no number has to agree with a noun: "на протяжении 1 234,56
 * м", "поворотной точки 12" (a numeral after the noun, as an identifier, is not declined).
 */
public enum DescriptionLanguage {
  /** English: "From turning point 12 the line runs north-east (azimuth 47°12′03″) for 1 234.56 m …". */
  EN("en", '.',
      List.of("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"),
      // start: point, coordinates
      "The line begins at turning point %s (%s).",
      // end: point, coordinates
      "The line ends at turning point %s (%s).",
      // pillar clause after the point number
      ", marked by pillar %s",
      // geodesic: from, direction, azimuth, length, to
      "From turning point %s the line runs %s (azimuth %s) for %s m to turning point %s.",
      // rhumb: from, direction, azimuth, length, to
      "From turning point %s the line runs %s along a rhumb line (constant azimuth %s) for %s m to turning point %s.",
      // follows-feature: from, feature, length, to
      "From turning point %s the line follows %s for %s m to turning point %s.",
      // part heading: part, first, last
      "Part %s: turning points %s to %s.",
      DmsFormat.dms(3)),
  /** Russian: "От поворотной точки 12 линия идёт на северо-восток (азимут 47°12′03″) на протяжении 1 234,56 м …". */
  RU("ru", ',',
      List.of("север", "северо-восток", "восток", "юго-восток", "юг", "юго-запад", "запад", "северо-запад"),
      "Линия начинается в поворотной точке %s (%s).",
      "Линия заканчивается в поворотной точке %s (%s).",
      ", обозначенной пограничным знаком %s",
      "От поворотной точки %s линия идёт на %s (азимут %s) на протяжении %s м до поворотной точки %s.",
      "От поворотной точки %s линия идёт на %s по локсодромии (постоянный азимут %s) на протяжении %s м до поворотной точки %s.",
      "От поворотной точки %s линия идёт по %s на протяжении %s м до поворотной точки %s.",
      "Часть %s: поворотные точки с %s по %s.",
      DmsFormat.dms(3).withStyle(DmsFormat.Style.RUSSIAN));

  final String tag;
  final char decimalSeparator;
  /** The 8 points of the compass, clockwise from north, as they read after "runs" / "идёт на". */
  final List<String> directions;
  final String start;
  final String end;
  final String pillar;
  final String geodesic;
  final String rhumb;
  final String followsFeature;
  final String partHeading;
  final DmsFormat coordinates;

  DescriptionLanguage(String tag, char decimalSeparator, List<String> directions, String start, String end,
      String pillar, String geodesic, String rhumb, String followsFeature, String partHeading,
      DmsFormat coordinates) {
    this.tag = tag;
    this.decimalSeparator = decimalSeparator;
    this.directions = directions;
    this.start = start;
    this.end = end;
    this.pillar = pillar;
    this.geodesic = geodesic;
    this.rhumb = rhumb;
    this.followsFeature = followsFeature;
    this.partHeading = partHeading;
    this.coordinates = coordinates;
  }

  /** The language tag: {@code "en"} or {@code "ru"}. */
  public String tag() {
    return tag;
  }
}
