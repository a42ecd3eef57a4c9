package org.groma.app.delimitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundaryDescriberTest {

  /**
   * The section of io/src/test/resources/delimitation/synthetic_section.geojson: 1 → 2 → 3 geodesic, 3 → 4 rhumb,
   * 4 → 5 along a river through two intermediate vertices. Reference numbers (synthetic_section.*.txt):
   * GeodSolve -i: 1→2 azimuth 37.55769331513939° (37°33′27.696″), 1400.705463945 m; 2→3 89.99678539349583°
   * (89°59′48.427″), 853.813988985 m. RhumbSolve -i: 3→4 180°, 1110.347286652 m. River: 700.380639573 +
   * 441.197658679 + 791.310148118 = 1932.888446370 m.
   */
  static Section syntheticSection() {
    LineType river = new LineType.FollowsFeature(
        Map.of("en", "the median line of the river X", "ru", "медианной линии реки X"), List.of());
    return SectionAssembler.assemble(List.of(
        new LinePiece(List.of(p(40.0, 45.0), p(40.01, 45.01), p(40.01, 45.02)), LineType.GEODESIC,
            SegmentStatus.AGREED, List.of("sheet-K-38-1"), List.of(Optional.of("P-1"), Optional.empty(), Optional.empty()),
            false, "geodesic"),
        new LinePiece(List.of(p(40.01, 45.02), p(40.0, 45.02)), LineType.RHUMB, SegmentStatus.PROPOSED, List.of(),
            List.of(), false, "rhumb"),
        new LinePiece(List.of(p(40.0, 45.02), p(39.995, 45.015), p(39.996, 45.01), p(39.99, 45.005)), river,
            SegmentStatus.UNRESOLVED, List.of(), List.of(Optional.empty(), Optional.of("P-2")), false, "river")),
        1).getFirst();
  }

  static GeoPoint p(double lat, double lon) {
    return new GeoPoint(lat, lon);
  }

  @Test
  void describes_the_synthetic_section_in_english() {
    assertThat(new BoundaryDescriber(DescriptionLanguage.EN).describe(List.of(syntheticSection()))).isEqualTo("""
        The line begins at turning point 1, marked by pillar P-1 (40°00′00.000″N, 45°00′00.000″E).
        From turning point 1 the line runs north-east (azimuth 37°33′28″) for 1 400.71 m to turning point 2.
        From turning point 2 the line runs east (azimuth 89°59′48″) for 853.81 m to turning point 3.
        From turning point 3 the line runs south along a rhumb line (constant azimuth 180°00′00″) for 1 110.35 m to turning point 4.
        From turning point 4 the line follows the median line of the river X for 1 932.89 m to turning point 5.
        The line ends at turning point 5, marked by pillar P-2 (39°59′24.000″N, 45°00′18.000″E).
        """);
  }

  @Test
  void describes_the_synthetic_section_in_russian() {
    assertThat(new BoundaryDescriber(DescriptionLanguage.RU).describe(List.of(syntheticSection()))).isEqualTo("""
        Линия начинается в поворотной точке 1, обозначенной пограничным знаком P-1 (40°00′00,000″ с.ш., 45°00′00,000″ в.д.).
        От поворотной точки 1 линия идёт на северо-восток (азимут 37°33′28″) на протяжении 1 400,71 м до поворотной точки 2.
        От поворотной точки 2 линия идёт на восток (азимут 89°59′48″) на протяжении 853,81 м до поворотной точки 3.
        От поворотной точки 3 линия идёт на юг по локсодромии (постоянный азимут 180°00′00″) на протяжении 1 110,35 м до поворотной точки 4.
        От поворотной точки 4 линия идёт по медианной линии реки X на протяжении 1 932,89 м до поворотной точки 5.
        Линия заканчивается в поворотной точке 5, обозначенной пограничным знаком P-2 (39°59′24,000″ с.ш., 45°00′18,000″ в.д.).
        """);
  }

  @Test
  void several_parts_are_headed_and_numbered_on() {
    List<Section> parts = SectionAssembler.assemble(List.of(
        new LinePiece(List.of(p(40.0, 45.0), p(40.0, 45.01)), LineType.GEODESIC, SegmentStatus.AGREED, List.of(),
            List.of(), false, "a"),
        new LinePiece(List.of(p(41.0, 45.0), p(41.0, 45.01)), LineType.GEODESIC, SegmentStatus.AGREED, List.of(),
            List.of(), true, "b")), 12);
    String ru = new BoundaryDescriber(DescriptionLanguage.RU).describe(parts);
    assertThat(ru).startsWith("Часть 1: поворотные точки с 12 по 13.\n")
        .contains("\n\nЧасть 2: поворотные точки с 14 по 15.\n")
        .contains("От поворотной точки 14 линия идёт на восток");
  }

  @ParameterizedTest(name = "{0}° reads {1} / {2}")
  @CsvSource({
      "0, north, север",
      "22.4997, north, север",                // 22°29′59″
      "22.49999, north-east, северо-восток",  // 22°29′59.964″ prints 22°30′00″: the text agrees with itself
      "22.5, north-east, северо-восток",      // a sector boundary belongs to the sector clockwise of it
      "67.5, east, восток",
      "112.5, south-east, юго-восток",
      "157.5, south, юг",
      "202.5, south-west, юго-запад",
      "247.5, west, запад",
      "292.5, north-west, северо-запад",
      "337.4997, north-west, северо-запад",
      "337.5, north, север",
      "359.9999, north, север",               // prints 0°00′00″
  })
  void compass_points_in_both_languages(double azimuthDeg, String en, String ru) {
    long s = BoundaryDescriber.roundedSeconds(azimuthDeg);
    assertThat(new BoundaryDescriber(DescriptionLanguage.EN).direction(s)).isEqualTo(en);
    assertThat(new BoundaryDescriber(DescriptionLanguage.RU).direction(s)).isEqualTo(ru);
  }

  @Test
  void an_azimuth_that_rounds_to_a_full_turn_prints_as_north() {
    assertThat(BoundaryDescriber.azimuth(BoundaryDescriber.roundedSeconds(359.9999))).isEqualTo("0°00′00″");
    assertThat(BoundaryDescriber.azimuth(BoundaryDescriber.roundedSeconds(47.2008333333))).isEqualTo("47°12′03″");
  }

  @ParameterizedTest(name = "{0} m")
  @CsvSource(delimiter = ';', value = {
      "0.004; 0.00; 0,00",
      "999.994; 999.99; 999,99",
      "1234.56; 1 234.56; 1 234,56",
      "1234.565; 1 234.57; 1 234,57",   // the double is 1234.56500000000005…: above the tie
      "1234.125; 1 234.12; 1 234,12",   // an exact tie (a binary fraction) goes to the even digit
      "12345678.9; 12 345 678.90; 12 345 678,90",
      "100000; 100 000.00; 100 000,00",
  })
  void lengths_are_grouped_by_three_with_the_languages_decimal_mark(double m, String en, String ru) {
    assertThat(new BoundaryDescriber(DescriptionLanguage.EN).metres(m)).isEqualTo(en);
    assertThat(new BoundaryDescriber(DescriptionLanguage.RU).metres(m)).isEqualTo(ru);
  }

  @Test
  void refuses_to_translate_a_feature_described_in_english_only() {
    LineType river = new LineType.FollowsFeature(Map.of("en", "the watershed"), List.of());
    List<Section> s = SectionAssembler.assemble(List.of(new LinePiece(List.of(p(40.0, 45.0), p(40.0, 45.1)), river,
        SegmentStatus.UNRESOLVED, List.of(), List.of(), false, "w")), 1);
    assertThat(new BoundaryDescriber(DescriptionLanguage.EN).describe(s)).contains("follows the watershed for");
    assertThatThrownBy(() -> new BoundaryDescriber(DescriptionLanguage.RU).describe(s))
        .isInstanceOf(BadInputException.class)
        .hasMessage("segment from turning point 1 to 2 follows a feature described only in en; give its description "
            + "in \"ru\" too: Groma does not translate");
  }
}
