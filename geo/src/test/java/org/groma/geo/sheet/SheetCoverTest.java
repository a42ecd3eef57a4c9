package org.groma.geo.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.groma.geo.GeoInputException;
import org.junit.jupiter.api.Test;

/**
 * Sheets met by chords. Expected sheets are worked out by hand from the frames (docs/sheets.md): at
 * 1:100 000 the K-37 sheet numbered 12 r + c + 1 spans 44° − 20′(r + 1) to 44° − 20′ r and 36° + 30′ c to
 * 36° + 30′(c + 1), K-38 the same from 42°E; 42°E is the boundary of zones 7 and 8.
 */
class SheetCoverTest {

  private static Map<String, Boolean> cover(SheetScale scale, double[]... latLon) {
    return SheetCover.alongChords(List.of(latLon), scale).stream()
        .collect(Collectors.toMap(m -> m.sheet().toString(), SheetCover.Meeting::crossed));
  }

  @Test
  void a_chord_through_a_corner_on_the_zone_boundary_crosses_two_sheets_and_touches_two() {
    // 40°10'N 41°50'E to 40°30'N 42°10'E passes through the corner 40°20'N 42°E
    List<SheetCover.Meeting> m = SheetCover.alongChords(
        List.of(new double[] {40 + 10 / 60.0, 41 + 50 / 60.0}, new double[] {40.5, 42 + 10 / 60.0}),
        SheetScale.S100_000);
    assertThat(m.getFirst().sheet()).hasToString("K-37-144");
    assertThat(cover(SheetScale.S100_000, new double[] {40 + 10 / 60.0, 41 + 50 / 60.0},
        new double[] {40.5, 42 + 10 / 60.0}))
        .isEqualTo(Map.of("K-37-144", true, "K-38-121", true, "K-37-132", false, "K-38-133", false));
    assertThat(m.stream().filter(SheetCover.Meeting::crossed).map(x -> x.sheet().gaussKruegerZone()).toList())
        .containsExactly(7, 8);
  }

  @Test
  void a_line_along_a_parallel_touches_the_sheets_on_both_sides() {
    assertThat(cover(SheetScale.S100_000, new double[] {40 + 20 / 60.0, 41 + 10 / 60.0},
        new double[] {40 + 20 / 60.0, 41 + 40 / 60.0}))
        .isEqualTo(Map.of("K-37-131", false, "K-37-132", false, "K-37-143", false, "K-37-144", false));
  }

  @Test
  void sheets_are_listed_in_the_order_the_line_meets_them() {
    // 1:50 000 sheets are 15' x 10' quarters of the 1:100 000 ones; along 43°55'N from 42°07.5'E to 42°52.5'E
    List<SheetCover.Meeting> m = SheetCover.alongChords(
        List.of(new double[] {43 + 55 / 60.0, 42 + 7.5 / 60}, new double[] {43 + 55 / 60.0, 42 + 52.5 / 60}),
        SheetScale.S50_000);
    assertThat(m.stream().map(x -> x.sheet() + (x.crossed() ? "" : " touched")).toList())
        .containsExactly("K-38-1-А", "K-38-1-Б", "K-38-2-А", "K-38-2-Б");
  }

  @Test
  void a_million_sheet_line_over_the_zone_boundary() {
    assertThat(cover(SheetScale.S1_000_000, new double[] {41, 41.9}, new double[] {41, 42.1}))
        .isEqualTo(Map.of("K-37", true, "K-38", true));
  }

  @Test
  void points_north_of_84_are_refused_with_their_place() {
    assertThatThrownBy(() -> SheetCover.alongChords(List.of(new double[] {83, 30}, new double[] {85, 30}),
        SheetScale.S100_000)).isInstanceOf(GeoInputException.class).hasMessageContaining("point 2");
  }

  /**
   * Doubled 1:100 000 sheets in row P: P-47-9,10 spans 100°–101°E, 63°40′–64°N; the meridian 100°30′ between its
   * two ordinary sheets runs through its interior, 101°E is its edge with P-47-11,12.
   */
  @Test
  void a_line_along_the_seam_of_a_doubled_sheet_crosses_it() {
    assertThat(cover(SheetScale.S100_000, new double[] {63.75, 100.5}, new double[] {63.9, 100.5}))
        .isEqualTo(Map.of("P-47-9,10", true));
    assertThat(cover(SheetScale.S100_000, new double[] {63.75, 101}, new double[] {63.9, 101}))
        .isEqualTo(Map.of("P-47-9,10", false, "P-47-11,12", false));
    List<SheetCover.Meeting> m = SheetCover.alongChords(
        List.of(new double[] {63.8, 100.2}, new double[] {63.8, 101.8}), SheetScale.S100_000);
    assertThat(m.stream().map(x -> x.sheet() + (x.crossed() ? "" : " touched")).toList())
        .containsExactly("P-47-9,10", "P-47-11,12");
  }

  /**
   * Across 60°N at 1:1 000 000 through the corner (60°N, 102°E): O-47 (single, 96°–102°E) below, O-48 touched at
   * the corner, which lies inside the southern edge of P-47,48 (doubled, 96°–108°E).
   */
  @Test
  void a_line_across_60_degrees_meets_single_and_doubled_sheets() {
    assertThat(cover(SheetScale.S1_000_000, new double[] {59, 101}, new double[] {61, 103}))
        .isEqualTo(Map.of("O-47", true, "O-48", false, "P-47,48", true));
  }
}
