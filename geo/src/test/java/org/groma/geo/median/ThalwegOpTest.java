package org.groma.geo.median;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

class ThalwegOpTest {

  /** 31 cross-sections of 9 soundings across the synthetic river, deepest off-centre and wandering. */
  static List<Sounding> soundings(boolean sections) {
    List<Sounding> s = new ArrayList<>();
    int row = 2;
    for (int i = 0; i <= 30; i++) {
      double lat = 41.0005 + 0.00197 * i;
      double west = 44.80 + 0.001 * Math.sin((lat - 41.0) / 0.006) + 0.0003;
      double deepAt = 0.3 + 0.4 * (0.5 + 0.5 * Math.sin(i / 2.0));
      for (int k = 0; k < 9; k++) {
        double x = k / 8.0;
        double depth = 6 - 20 * (x - deepAt) * (x - deepAt);
        s.add(new Sounding(row++, new GeoPoint(lat, west + 0.0028 * x), depth, sections ? "X" + i : null));
      }
    }
    return s;
  }

  @Test
  void deepest_point_per_section_generalised_within_the_bound() {
    Thalweg t = ThalwegOp.trace(soundings(true), 20, null, 0, LocalDate.of(2024, 5, 1));
    assertThat(t.deepest()).hasSize(31);
    assertThat(t.line().size()).isLessThanOrEqualTo(31).isGreaterThanOrEqualTo(2);
    assertThat(t.maxDeviationM()).isLessThanOrEqualTo(20);
    List<GeoPoint> raw = t.deepest().stream().map(Sounding::point).toList();
    for (GeoPoint p : raw) { // every raw deepest point within the bound of the thalweg, measured here
      assertThat(Geodesics.WGS84.closestPoint(t.line(), p).distanceM()).isLessThanOrEqualTo(20);
    }
    assertThat(raw).containsAll(t.line());
    assertThat(t.surveyDate()).isEqualTo(LocalDate.of(2024, 5, 1));
  }

  @Test
  void stations_along_the_median_line_when_banks_are_given() {
    Side[] banks = {Side.ofLines("bank A", List.of(River.bankA())), Side.ofLines("bank B", List.of(River.bankB()))};
    Thalweg t = ThalwegOp.trace(soundings(false), 5, banks, 200, null);
    assertThat(t.grouping()).contains("200");
    assertThat(t.deepest().size()).isBetween(25, 40);
    assertThat(t.maxDeviationM()).isLessThanOrEqualTo(5);
  }

  @Test
  void a_sounding_outside_the_river_is_refused_with_its_row() {
    Side[] banks = {Side.ofLines("bank A", List.of(River.bankA())), Side.ofLines("bank B", List.of(River.bankB()))};
    List<Sounding> s = new ArrayList<>(soundings(true));
    s.add(new Sounding(999, new GeoPoint(41.03, 44.81), 3, "X3"));
    assertThatThrownBy(() -> ThalwegOp.trace(s, 5, banks, 0, null)).isInstanceOf(GeoInputException.class)
        .hasMessageContaining("row 999").hasMessageContaining("outside the river");
  }

  @Test
  void soundings_without_sections_or_banks_are_refused() {
    assertThatThrownBy(() -> ThalwegOp.trace(soundings(false), 5, null, 0, null))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("no section column");
    assertThatThrownBy(() -> new Sounding(4, new GeoPoint(41, 45), Double.NaN, null))
        .hasMessageContaining("row 4");
  }
}
