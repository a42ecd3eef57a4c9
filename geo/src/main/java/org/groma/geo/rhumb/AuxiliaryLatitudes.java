package org.groma.geo.rhumb;

import net.sf.geographiclib.GeoMath;
import net.sf.geographiclib.Pair;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoInputException;

/**
 * The auxiliary latitudes a rhumb line needs, for one ellipsoid: conformal χ, isometric ψ = asinh(tan χ) and
 * rectifying μ (meridian distance / rectifying radius), all in radians.
 *
 * <p>φ ↔ χ is exact (the closed form, inverted by Newton's method); χ ↔ μ uses Krüger's series in the third
 * flattening n to order n⁶, the coefficients α and β of Karney, "Transverse Mercator with an accuracy of a few
 * nanometers" (J. Geodesy 85, 2011), eqs. 35–36. The truncation error, found by comparing with a 40-digit
 * evaluation of the exact conversions, is 7.2n⁷ rad for μ and 0.51n⁷ rad for χ: 3e-19 rad for WGS84, 6e-16 rad
 * (4 nm) at the largest flattening accepted, {@link Rhumb#MAX_FLATTENING}.
 */
final class AuxiliaryLatitudes {

  private static final int ORDER = 6;

  /** α[j], j = 1..6, rows are coefficients of n¹..n⁶ (Karney 2011, eq. 35): μ = χ + Σ α_j sin 2jχ. */
  private static final double[][] ALPHA_POLY = {
    {1 / 2.0, -2 / 3.0, 5 / 16.0, 41 / 180.0, -127 / 288.0, 7891 / 37800.0},
    {0, 13 / 48.0, -3 / 5.0, 557 / 1440.0, 281 / 630.0, -1983433 / 1935360.0},
    {0, 0, 61 / 240.0, -103 / 140.0, 15061 / 26880.0, 167603 / 181440.0},
    {0, 0, 0, 49561 / 161280.0, -179 / 168.0, 6601661 / 7257600.0},
    {0, 0, 0, 0, 34729 / 80640.0, -3418889 / 1995840.0},
    {0, 0, 0, 0, 0, 212378941 / 319334400.0},
  };

  /** β[j] (Karney 2011, eq. 36): χ = μ − Σ β_j sin 2jμ. */
  private static final double[][] BETA_POLY = {
    {1 / 2.0, -2 / 3.0, 37 / 96.0, -1 / 360.0, -81 / 512.0, 96199 / 604800.0},
    {0, 1 / 48.0, 1 / 15.0, -437 / 1440.0, 46 / 105.0, -1118711 / 3870720.0},
    {0, 0, 17 / 480.0, -37 / 840.0, -209 / 4480.0, 5569 / 90720.0},
    {0, 0, 0, 4397 / 161280.0, -11 / 504.0, -830251 / 7257600.0},
    {0, 0, 0, 0, 4583 / 161280.0, -108847 / 3991680.0},
    {0, 0, 0, 0, 0, 20648693 / 638668800.0},
  };

  /**
   * Cap on Newton steps for φ from χ. The start is within about e⁴ ≈ 5e-5 (relative) of the root and the
   * method converges quadratically, so 3 steps reach full precision; the cap only stops a loop at round-off.
   */
  private static final int NEWTON_STEPS = 5;

  /** Stop Newton once a step is below √ε/10 (relative): the next one would be below ε²/100. As GeographicLib. */
  private static final double NEWTON_TOLERANCE = Math.sqrt(Math.ulp(1.0)) / 10;

  /** Above this |tan χ| the polar asymptote τ = τ′·exp(e·atanh e) is the better start (GeographicLib's choice). */
  private static final double POLAR_START_TAN = 70;

  private final double e;
  private final double oneMinusE2;
  private final double rectifyingRadiusM;
  private final double[] alpha;
  private final double[] minusBeta;

  AuxiliaryLatitudes(Ellipsoid ellipsoid) {
    double f = ellipsoid.flattening();
    if (f > Rhumb.MAX_FLATTENING) {
      throw new GeoInputException("ellipsoid " + ellipsoid.name() + ": flattening " + f
          + " is above " + Rhumb.MAX_FLATTENING + ", where the rhumb-line series stop being accurate");
    }
    double n = ellipsoid.thirdFlattening();
    double n2 = n * n;
    this.e = Math.sqrt(ellipsoid.eccentricitySquared());
    this.oneMinusE2 = 1 - ellipsoid.eccentricitySquared();
    // Rectifying radius (a + b)/2 · (1 + n²/4 + n⁴/64 + n⁶/256); the next term, 25n⁸/16384, is below 1e-21
    // for any flattening accepted.
    this.rectifyingRadiusM = ellipsoid.equatorialRadiusM() / (1 + n)
        * (1 + n2 * (1 / 4.0 + n2 * (1 / 64.0 + n2 / 256.0)));
    this.alpha = coefficients(ALPHA_POLY, n, 1);
    this.minusBeta = coefficients(BETA_POLY, n, -1);
  }

  private static double[] coefficients(double[][] poly, double n, double sign) {
    double[] c = new double[ORDER + 1];
    for (int j = 1; j <= ORDER; j++) {
      double sum = 0;
      for (int k = ORDER - 1; k >= 0; k--) {
        sum = sum * n + poly[j - 1][k];
      }
      c[j] = sign * sum * n;
    }
    return c;
  }

  /** Radius of the sphere on which μ is the arc length of the meridian, metres (quarter meridian = R·π/2). */
  double rectifyingRadiusM() {
    return rectifyingRadiusM;
  }

  /** tan φ for a latitude in degrees, ±∞ at the poles (exact there, where Math.tan would give 1.6e16). */
  static double tanOfLatitude(double latDeg) {
    if (Math.abs(latDeg) == 90) {
      return Math.copySign(Double.POSITIVE_INFINITY, latDeg);
    }
    var sc = new Pair();
    GeoMath.sincosd(sc, latDeg);
    return sc.first / sc.second;
  }

  /** tan χ from tan φ (Karney 2011, eqs. 7–9): τ′ = τ√(1+σ²) − σ√(1+τ²), σ = sinh(e·atanh(e·τ/√(1+τ²))). */
  double conformalTan(double tanPhi) {
    if (Double.isInfinite(tanPhi)) {
      return tanPhi;
    }
    double tau1 = Math.hypot(1, tanPhi);
    double sig = Math.sinh(e * GeoMath.atanh(e * tanPhi / tau1));
    return Math.hypot(1, sig) * tanPhi - sig * tau1;
  }

  /** tan φ from tan χ, by Newton's method on {@link #conformalTan}, as in Karney (2011). */
  double geodeticTan(double tanChi) {
    if (Double.isInfinite(tanChi)) {
      return tanChi;
    }
    double tau = Math.abs(tanChi) > POLAR_START_TAN
        ? tanChi * Math.exp(e * GeoMath.atanh(e))
        : tanChi / oneMinusE2; // the slope at the equator
    double tol = NEWTON_TOLERANCE * Math.max(1, Math.abs(tanChi));
    for (int i = 0; i < NEWTON_STEPS; i++) {
      double tauPrime = conformalTan(tau);
      double dtau = (tanChi - tauPrime) * (1 + oneMinusE2 * tau * tau)
          / (oneMinusE2 * Math.hypot(1, tau) * Math.hypot(1, tauPrime));
      tau += dtau;
      if (!(Math.abs(dtau) >= tol)) {
        break;
      }
    }
    return tau;
  }

  /** μ from χ (radians): μ = χ + Σ α_j sin 2jχ. */
  double rectifyingFromConformal(double chi) {
    return chi + sinSeries(chi, alpha);
  }

  /** χ from μ (radians): χ = μ − Σ β_j sin 2jμ. */
  double conformalFromRectifying(double mu) {
    return mu + sinSeries(mu, minusBeta);
  }

  /** (μ₂ − μ₁) / (χ₂ − χ₁), the divided difference of {@link #rectifyingFromConformal}. */
  double rectifyingPerConformal(double chi1, double chi2) {
    return 1 + DividedDifferences.sinSeries(chi1, chi2, alpha);
  }

  /**
   * (ψ₂ − ψ₁) / (χ₂ − χ₁) from finite tan χ₁ and tan χ₂: ψ = asinh(tan χ) and χ = atan(tan χ), so it is the
   * ratio of the divided differences of asinh and atan.
   */
  static double isometricPerConformal(double tanChi1, double tanChi2) {
    return DividedDifferences.asinh(tanChi1, tanChi2) / DividedDifferences.atan(tanChi1, tanChi2);
  }

  /** Σ c[j] sin 2jx by Clenshaw's recurrence sin 2(j+1)x = 2 cos 2x · sin 2jx − sin 2(j−1)x. */
  private static double sinSeries(double x, double[] c) {
    double twoCos2x = 2 * Math.cos(2 * x);
    double b1 = 0;
    double b2 = 0;
    for (int j = c.length - 1; j > 0; j--) {
      double b0 = c[j] + twoCos2x * b1 - b2;
      b2 = b1;
      b1 = b0;
    }
    return b1 * Math.sin(2 * x);
  }
}
