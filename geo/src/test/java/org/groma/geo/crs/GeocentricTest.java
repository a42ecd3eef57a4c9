package org.groma.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.groma.geo.Ellipsoid;
import org.junit.jupiter.api.Test;

/** Geodetic ↔ geocentric conversion against cs2cs and by round trips. */
class GeocentricTest {

  /**
   * Geocentric coordinates near 6.4e6 m are resolved by doubles to 0.93 nm (one ulp); a correct exact
   * inverse is therefore within a few ulps (observed: 4 nm against cs2cs, whose inputs carry millimetre
   * heights). 1e-8 m is ten ulps: an algorithmic error above that cannot hide below it.
   */
  static final double ROUND_TRIP_M = 1e-8;

  @Test
  void matches_cs2cs_geocent_on_krassowsky_both_ways() {
    Geocentric krassowsky = new Geocentric(Ellipsoid.KRASSOWSKY_1940);
    for (Cs2csFixture f : Cs2csFixture.read("pulkovo_to_geocentric.txt")) {
      double lon = f.in()[0], lat = f.in()[1], h = f.in()[2];
      EcefPoint p = krassowsky.toGeocentric(new GeodeticPosition(lat, lon, h));
      assertThat(Math.sqrt(sq(p.xM() - f.out()[0]) + sq(p.yM() - f.out()[1]) + sq(p.zM() - f.out()[2])))
          .as("forward %s", f).isLessThan(ROUND_TRIP_M);
      GeodeticPosition back = krassowsky.toGeodetic(new EcefPoint(f.out()[0], f.out()[1], f.out()[2]));
      assertThat(Distances.betweenDeg(back.latDeg(), back.lonDeg(), lat, lon)).as("inverse %s", f).isLessThan(ROUND_TRIP_M);
      assertThat(Math.abs(back.heightM() - h)).as("inverse height %s", f).isLessThan(ROUND_TRIP_M);
    }
  }

  @Test
  void inverse_is_exact_to_a_few_nanometres_from_ten_kilometres_below_to_a_thousand_above() {
    Random random = new Random(9602);
    for (Ellipsoid e : new Ellipsoid[] {Ellipsoid.WGS84, Ellipsoid.KRASSOWSKY_1940, new Ellipsoid("sphere", 1, 6_371_000, 0)}) {
      Geocentric g = new Geocentric(e);
      double[] xyz = new double[3], back = new double[3];
      for (int i = 0; i < 100_000; i++) {
        double lat = i < 4 ? new double[] {90, -90, 0, 1e-9}[i] : Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
        double lon = 360 * random.nextDouble() - 180;
        double h = -10_000 + 1_010_000 * random.nextDouble();
        g.forwardRad(Math.toRadians(lat), Math.toRadians(lon), h, xyz);
        g.reverseRad(xyz[0], xyz[1], xyz[2], back);
        g.forwardRad(back[0], back[1], back[2], back);
        assertThat(Math.sqrt(sq(back[0] - xyz[0]) + sq(back[1] - xyz[1]) + sq(back[2] - xyz[2])))
            .as("%s at %s, %s, %s m", e.name(), lat, lon, h).isLessThan(ROUND_TRIP_M);
      }
    }
  }

  @Test
  void finds_the_pole_and_the_centre_side_of_the_equator() {
    Geocentric wgs84 = new Geocentric(Ellipsoid.WGS84);
    GeodeticPosition pole = wgs84.toGeodetic(new EcefPoint(0, 0, Ellipsoid.WGS84.polarRadiusM() + 100));
    assertThat(pole.latDeg()).isEqualTo(90);
    assertThat(pole.heightM()).isCloseTo(100, org.assertj.core.data.Offset.offset(ROUND_TRIP_M));
    GeodeticPosition equator = wgs84.toGeodetic(new EcefPoint(6_378_137 - 5, 0, 0));
    assertThat(equator.latDeg()).isEqualTo(0);
    assertThat(equator.heightM()).isCloseTo(-5, org.assertj.core.data.Offset.offset(ROUND_TRIP_M));
  }

  private static double sq(double x) {
    return x * x;
  }
}
