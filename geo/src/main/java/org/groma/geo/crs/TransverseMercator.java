package org.groma.geo.crs;

import java.util.Objects;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * Transverse Mercator projection (EPSG method 9807) of an ellipsoid, forward and inverse.
 *
 * <h2>Algorithm</h2>
 * C. F. F. Karney, "Transverse Mercator with an accuracy of a few nanometers",
 * J. Geodesy 85 (2011) 475–485, §§2–4: the conformal latitude in the exact form τ′(τ) (eq. 7–9), Gauss–Schreiber
 * coordinates ξ′, η′ on the sphere (eq. 10), then Krüger's series ζ = ζ′ + Σ αⱼ sin 2jζ′ (eq. 11, 35) in the
 * third flattening n to order n⁶, summed with complex Clenshaw. The inverse uses Krüger's βⱼ series (eq. 36)
 * and solves τ′(τ) = τ′ for τ by Newton's method (eq. 19–21), which converges in two or three steps. This is
 * the same series PROJ 9 uses by default for {@code tmerc} and {@code utm} (Poder/Engsager, "Krüger n⁶"), so
 * the two agree to the rounding of double precision.
 *
 * <h2>Accuracy</h2>
 * Truncation error below 5 nm within 3 900 km of the central meridian (Karney 2011, §4);
 * against PROJ 9.1.1 {@code cs2cs} the fixtures in {@code src/test/resources/crs} agree to 4 nm
 * over whole 6° zones from the equator to 84°, and at 6° from the central meridian.
 *
 * <h2>Limitations</h2>
 * Natural origin on the equator (latitude of origin 0), as for every UTM and
 * Gauss–Krüger zone; points must lie within 90° of the central meridian (the series do not converge on the
 * far side). No convergence or point scale is computed.
 *
 * <h2>Thread safety</h2>
 * Immutable after construction; methods write only to the arrays passed in.
 */
public final class TransverseMercator {

  /** Krüger series order: six terms in n, as in Karney (2011) and PROJ's tmerc. */
  private static final int ORDER = 6;

  /**
   * Newton's method for τ stops after a step smaller than this fraction of max(1, |τ′|). Convergence is
   * quadratic, so the error left after such a step is about its square, 1e-18: below the resolution of a
   * double (as in GeographicLib's Math::tauf). Two or three steps suffice; {@link #MAX_NEWTON_STEPS} only
   * guards against an endless loop.
   */
  private static final double NEWTON_TOLERANCE = Math.sqrt(Math.ulp(1.0)) / 10;

  private static final int MAX_NEWTON_STEPS = 8;

  private final TransverseMercatorParameters parameters;
  private final double e;
  private final double oneMinusE2;
  private final double k0A;
  private final double centralMeridianRad;
  private final double[] alpha = new double[ORDER + 1];
  private final double[] beta = new double[ORDER + 1];

  public TransverseMercator(Ellipsoid ellipsoid, TransverseMercatorParameters parameters) {
    Objects.requireNonNull(ellipsoid, "ellipsoid");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    double n = ellipsoid.thirdFlattening();
    double n2 = n * n, n3 = n2 * n, n4 = n3 * n, n5 = n4 * n, n6 = n5 * n;
    e = Math.sqrt(ellipsoid.eccentricitySquared());
    oneMinusE2 = 1 - ellipsoid.eccentricitySquared();
    // Rectifying radius A (Karney 2011, eq. 14).
    double rectifyingRadius = ellipsoid.equatorialRadiusM() / (1 + n) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
    k0A = parameters.scaleFactor() * rectifyingRadius;
    centralMeridianRad = Math.toRadians(parameters.centralMeridianDeg());
    // Krüger's coefficients to order n^6 (Karney 2011, eq. 35 and 36).
    alpha[1] = n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180 - 127 * n5 / 288 + 7891 * n6 / 37800;
    alpha[2] = 13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440 + 281 * n5 / 630 - 1983433 * n6 / 1935360;
    alpha[3] = 61 * n3 / 240 - 103 * n4 / 140 + 15061 * n5 / 26880 + 167603 * n6 / 181440;
    alpha[4] = 49561 * n4 / 161280 - 179 * n5 / 168 + 6601661 * n6 / 7257600;
    alpha[5] = 34729 * n5 / 80640 - 3418889 * n6 / 1995840;
    alpha[6] = 212378941 * n6 / 319334400;
    beta[1] = n / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360 - 81 * n5 / 512 + 96199 * n6 / 604800;
    beta[2] = n2 / 48 + n3 / 15 - 437 * n4 / 1440 + 46 * n5 / 105 - 1118711 * n6 / 3870720;
    beta[3] = 17 * n3 / 480 - 37 * n4 / 840 - 209 * n5 / 4480 + 5569 * n6 / 90720;
    beta[4] = 4397 * n4 / 161280 - 11 * n5 / 504 - 830251 * n6 / 7257600;
    beta[5] = 4583 * n5 / 161280 - 108847 * n6 / 3991680;
    beta[6] = 20648693 * n6 / 638668800;
  }

  public TransverseMercatorParameters parameters() {
    return parameters;
  }

  /**
   * Projects a point. Writes {@code out[0]} = easting and {@code out[1]} = northing, metres.
   *
   * @throws GeoInputException if the point is not a valid latitude and longitude, or lies 90° or more from
   *     the central meridian
   */
  public void forward(double latDeg, double lonDeg, double[] out) {
    GeoPoint.requireLatitude(latDeg);
    GeoPoint.requireLongitude(lonDeg);
    double dLonRad = normalizeRad(Math.toRadians(lonDeg) - centralMeridianRad);
    if (!(Math.abs(dLonRad) < Math.PI / 2)) {
      throw new GeoInputException("longitude " + lonDeg + "° is 90° or more from the central meridian "
          + parameters.centralMeridianDeg() + "°");
    }
    forwardRad(Math.toRadians(latDeg), dLonRad, out);
  }

  /**
   * Unprojects a point. Writes {@code out[0]} = latitude and {@code out[1]} = longitude, degrees, longitude
   * in [−180°, 180°].
   *
   * @throws GeoInputException if easting or northing is not finite
   */
  public void reverse(double eastingM, double northingM, double[] out) {
    if (!Double.isFinite(eastingM) || !Double.isFinite(northingM)) {
      throw new GeoInputException("easting and northing must be finite, got " + eastingM + ", " + northingM);
    }
    reverseRad(eastingM, northingM, out);
    out[0] = Math.toDegrees(out[0]);
    out[1] = Math.toDegrees(normalizeRad(out[1] + centralMeridianRad));
  }

  /** Forward projection; latitude and longitude offset from the central meridian in radians, |offset| < π/2. */
  void forwardRad(double phi, double dLambda, double[] out) {
    double tau = Math.tan(phi);
    double taup = taupf(tau);
    double cosLambda = Math.cos(dLambda);
    // Gauss–Schreiber coordinates on the conformal sphere (Karney 2011, eq. 10).
    double xip = Math.atan2(taup, cosLambda);
    double etap = asinh(Math.sin(dLambda) / Math.sqrt(taup * taup + cosLambda * cosLambda));
    // zeta = zeta' + sum alpha_j sin(2 j zeta'), complex Clenshaw.
    clenshaw(alpha, xip, etap, out);
    double xi = xip + out[0];
    double eta = etap + out[1];
    out[0] = parameters.falseEastingM() + k0A * eta;
    out[1] = parameters.falseNorthingM() + k0A * xi;
  }

  /** Inverse projection: writes latitude and longitude offset from the central meridian, radians. */
  void reverseRad(double eastingM, double northingM, double[] out) {
    double xi = (northingM - parameters.falseNorthingM()) / k0A;
    double eta = (eastingM - parameters.falseEastingM()) / k0A;
    // zeta' = zeta - sum beta_j sin(2 j zeta).
    clenshaw(beta, xi, eta, out);
    double xip = xi - out[0];
    double etap = eta - out[1];
    double sinhEtap = Math.sinh(etap);
    double cosXip = Math.cos(xip);
    double taup = Math.sin(xip) / Math.sqrt(sinhEtap * sinhEtap + cosXip * cosXip);
    out[0] = Math.atan(tauf(taup));
    out[1] = Math.atan2(sinhEtap, cosXip);
  }

  /**
   * Writes the real and imaginary parts of Σⱼ cⱼ sin(2j(ξ + iη)), j = 1..6, to out[0], out[1], by Clenshaw's
   * recurrence bₖ = cₖ + 2 cos(2ζ) bₖ₊₁ − bₖ₊₂, sum = b₁ sin(2ζ), in complex arithmetic.
   */
  private static void clenshaw(double[] c, double xi, double eta, double[] out) {
    double sin2xi = Math.sin(2 * xi), cos2xi = Math.cos(2 * xi);
    double sinh2eta = Math.sinh(2 * eta), cosh2eta = Math.cosh(2 * eta);
    double ar = 2 * cos2xi * cosh2eta, ai = -2 * sin2xi * sinh2eta; // 2 cos(2ζ)
    double yr0 = 0, yi0 = 0, yr1 = 0, yi1 = 0;
    for (int j = ORDER; j >= 1; j--) {
      double yr2 = yr1, yi2 = yi1;
      yr1 = yr0;
      yi1 = yi0;
      yr0 = ar * yr1 - ai * yi1 - yr2 + c[j];
      yi0 = ar * yi1 + ai * yr1 - yi2;
    }
    double sr = sin2xi * cosh2eta, si = cos2xi * sinh2eta; // sin(2ζ)
    out[0] = sr * yr0 - si * yi0;
    out[1] = sr * yi0 + si * yr0;
  }

  /** τ′ = tan of the conformal latitude, from τ = tan φ (Karney 2011, eq. 7–9). */
  private double taupf(double tau) {
    double tau1 = Math.sqrt(1 + tau * tau);
    double sigma = Math.sinh(e * atanh(e * tau / tau1));
    return Math.sqrt(1 + sigma * sigma) * tau - sigma * tau1;
  }

  /** τ from τ′ by Newton's method (Karney 2011, eq. 19–21), starting from τ′ / (1 − e²). */
  private double tauf(double taup) {
    double tau = taup / oneMinusE2;
    double stol = NEWTON_TOLERANCE * Math.max(1, Math.abs(taup));
    for (int i = 0; i < MAX_NEWTON_STEPS; i++) {
      double taupa = taupf(tau);
      double dtau = (taup - taupa) * (1 + oneMinusE2 * tau * tau)
          / (oneMinusE2 * Math.sqrt(1 + tau * tau) * Math.sqrt(1 + taupa * taupa));
      tau += dtau;
      if (!(Math.abs(dtau) >= stol)) {
        break;
      }
    }
    return tau;
  }

  /** Reduces an angle to [−π, π]. */
  static double normalizeRad(double rad) {
    return rad > Math.PI || rad < -Math.PI ? Math.IEEEremainder(rad, 2 * Math.PI) : rad;
  }

  /** asinh, accurate for small arguments (Java 21 has no Math.asinh). */
  static double asinh(double x) {
    double y = Math.abs(x);
    y = Math.log1p(y * (1 + y / (Math.sqrt(1 + y * y) + 1)));
    return x < 0 ? -y : y;
  }

  /** atanh, accurate for small arguments. */
  static double atanh(double x) {
    double y = Math.abs(x);
    y = Math.log1p(2 * y / (1 - y)) / 2;
    return x < 0 ? -y : y;
  }
}
