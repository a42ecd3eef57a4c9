package org.groma.geo.median;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

class SurveyComparisonOpTest {

  /** A median line that moved 1e-4° east (8.5 m at 40°N) over 5.5 km: displacement and area between. */
  @Test
  void a_line_moved_east_by_a_known_amount() {
    List<GeoPoint> earlier = MedianLineOpTest.meridian(45.0, 40.0, 40.05, 10);
    List<GeoPoint> later = MedianLineOpTest.meridian(45.0001, 40.05, 40.0, 7); // drawn the other way
    SurveyComparison c = SurveyComparisonOp.compare(new SurveyedLine(earlier, LocalDate.of(2015, 6, 1)),
        new SurveyedLine(later, LocalDate.of(2024, 6, 1)));
    double shift = Geodesics.WGS84.distanceM(new GeoPoint(40.025, 45.0), new GeoPoint(40.025, 45.0001));
    assertThat(c.earlierReversed()).isTrue();
    assertThat(c.maxDisplacementM()).isCloseTo(shift, offset(0.05));
    assertThat(c.meanDisplacementM()).isCloseTo(shift, offset(0.05));
    double length = Geodesics.WGS84.lengthM(earlier);
    assertThat(c.areaM2ToLeft() + c.areaM2ToRight()).isCloseTo(shift * length, offset(shift * length * 1e-3));
  }

  @Test
  void the_later_survey_must_be_later() {
    List<GeoPoint> l = MedianLineOpTest.meridian(45.0, 40.0, 40.05, 2);
    assertThatThrownBy(() -> SurveyComparisonOp.compare(new SurveyedLine(l, LocalDate.of(2024, 1, 1)),
        new SurveyedLine(l, LocalDate.of(2020, 1, 1)))).isInstanceOf(GeoInputException.class)
        .hasMessageContaining("not after");
  }
}
