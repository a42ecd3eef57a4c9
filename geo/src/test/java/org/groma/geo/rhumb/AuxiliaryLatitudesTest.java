package org.groma.geo.rhumb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoInputException;
import org.junit.jupiter.api.Test;

/** The auxiliary latitudes against GeographicLib's geodesics (a meridian is a geodesic) and against themselves. */
class AuxiliaryLatitudesTest {

  private static final AuxiliaryLatitudes WGS84 = new AuxiliaryLatitudes(Ellipsoid.WGS84);

  /** GeographicLib's geodesic distances are accurate to 15 nm; this is their error in metres, with margin. */
  private static final double GEODESIC_M = 20e-9;

  @Test
  void rectifying_latitude_times_the_rectifying_radius_is_the_meridian_arc() {
    for (double latDeg = -90; latDeg <= 90; latDeg += 2.5) {
      double tanChi = WGS84.conformalTan(AuxiliaryLatitudes.tanOfLatitude(latDeg));
      double mu = Double.isInfinite(tanChi) ? Math.copySign(Math.PI / 2, tanChi)
          : WGS84.rectifyingFromConformal(Math.atan(tanChi));
      double arcM = Geodesic.WGS84.Inverse(0, 0, latDeg, 0).s12;
      assertThat(Math.abs(mu) * WGS84.rectifyingRadiusM()).as("lat %s", latDeg).isCloseTo(arcM, within(GEODESIC_M));
    }
  }

  @Test
  void rectifying_and_conformal_series_invert_each_other() {
    for (double chi = -1.57; chi <= 1.57; chi += 0.01) {
      assertThat(WGS84.conformalFromRectifying(WGS84.rectifyingFromConformal(chi))).isCloseTo(chi, within(1e-15));
    }
  }

  @Test
  void geodetic_and_conformal_tangents_invert_each_other_up_to_the_pole() {
    for (double latDeg : new double[] {0, 1e-9, 0.5, 30, 45, 60, 89, 89.999999, 90 - 1e-12}) {
      double tau = AuxiliaryLatitudes.tanOfLatitude(latDeg);
      assertThat(WGS84.geodeticTan(WGS84.conformalTan(tau))).as("lat %s", latDeg)
          .isCloseTo(tau, within(4 * Math.ulp(tau)));
    }
    assertThat(WGS84.conformalTan(Double.POSITIVE_INFINITY)).isInfinite();
    assertThat(AuxiliaryLatitudes.tanOfLatitude(-90)).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void divided_difference_of_mu_over_psi_tends_to_the_ratio_of_parallel_to_rectifying_radius() {
    // dμ/dψ = (M dφ / R_rect) / (M dφ / r) = r / R_rect, r the radius of the parallel.
    double latDeg = 52;
    double phi = Math.toRadians(latDeg);
    double e2 = Ellipsoid.WGS84.eccentricitySquared();
    double r = Ellipsoid.WGS84.equatorialRadiusM() * Math.cos(phi) / Math.sqrt(1 - e2 * Math.sin(phi) * Math.sin(phi));
    double tanChi = WGS84.conformalTan(Math.tan(phi));
    double chi = Math.atan(tanChi);
    double ratio = WGS84.rectifyingPerConformal(chi, chi) / AuxiliaryLatitudes.isometricPerConformal(tanChi, tanChi);
    assertThat(ratio * WGS84.rectifyingRadiusM()).isCloseTo(r, within(1e-8));
  }

  @Test
  void refuses_a_flattening_the_series_cannot_serve() {
    assertThatThrownBy(() -> new AuxiliaryLatitudes(new Ellipsoid("very flat", 0, 6_378_137, 0.02)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("0.02").hasMessageContaining("very flat");
  }
}
