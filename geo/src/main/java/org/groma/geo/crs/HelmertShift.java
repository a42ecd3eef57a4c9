package org.groma.geo.crs;

/**
 * The mathematics of a {@link DatumTransformation}: geodetic → geocentric on the source ellipsoid, a
 * linearised Helmert transformation, geocentric → geodetic on the target ellipsoid.
 *
 * <p>Formulas: EPSG Guidance Note 7-2, §4.2.3 (methods 9603, 9606, 9607), with the rotation matrix linearised
 * (sin r = r, cos r = 1, products of rotations dropped), as the parameters were derived and as PROJ's
 * {@code helmert} applies them:
 * <pre>
 *   X_t = (1 + dS) · R · X_s + T,   R = |  1   rz  −ry |   (Coordinate Frame; Position Vector uses Rᵀ)
 *                                       | −rz   1   rx |
 *                                       |  ry  −rx   1 |
 * </pre>
 * The reverse is PROJ's: X_s = Rᵀ (X_t − T) / (1 + dS). The linearised R is not orthogonal, so this is not the
 * exact inverse of the forward formula: forward then reverse misses the start by up to |r|²·a (0.1 mm for
 * EPSG:15865's 0.8″; 15 mm observed for EPSG:1808 with its 27″). The exact inverse would differ from
 * {@code cs2cs} by as much, so we follow PROJ: both directions agree with {@code cs2cs}, which anyone can run
 * to check a commission's numbers.
 *
 * <p>Heights: the source point is taken at height 0 on its ellipsoid and the target height is dropped
 * (PROJ's {@code push v_3}/{@code pop v_3} for 2D CRSs).
 */
final class HelmertShift {

  private static final double ARCSEC_TO_RAD = Math.PI / (180 * 3600);

  private final Geocentric sourceGeocentric;
  private final Geocentric targetGeocentric;
  private final double tx, ty, tz, scale;
  private final double r00, r01, r02, r10, r11, r12, r20, r21, r22;

  HelmertShift(DatumTransformation t) {
    sourceGeocentric = new Geocentric(t.source().ellipsoid());
    targetGeocentric = new Geocentric(t.target().ellipsoid());
    HelmertParameters p = t.parameters();
    tx = p.txM();
    ty = p.tyM();
    tz = p.tzM();
    scale = 1 + p.scalePpm() * 1e-6;
    double rx = p.rxArcsec() * ARCSEC_TO_RAD, ry = p.ryArcsec() * ARCSEC_TO_RAD, rz = p.rzArcsec() * ARCSEC_TO_RAD;
    // Coordinate Frame matrix (EPSG 9607); Position Vector (9606) is its transpose, i.e. rotations negated.
    double s = t.method() == TransformationMethod.POSITION_VECTOR ? -1 : 1;
    r00 = 1;          r01 = s * rz;     r02 = -s * ry;
    r10 = -s * rz;    r11 = 1;          r12 = s * rx;
    r20 = s * ry;     r21 = -s * rx;    r22 = 1;
  }

  /** Source-datum latitude, longitude (radians) to target-datum latitude, longitude; buf holds ≥ 3 doubles. */
  void forward(double phi, double lambda, double[] buf) {
    sourceGeocentric.forwardRad(phi, lambda, 0, buf);
    double x = buf[0], y = buf[1], z = buf[2];
    double xt = scale * (r00 * x + r01 * y + r02 * z) + tx;
    double yt = scale * (r10 * x + r11 * y + r12 * z) + ty;
    double zt = scale * (r20 * x + r21 * y + r22 * z) + tz;
    targetGeocentric.reverseRad(xt, yt, zt, buf);
  }

  /** Target-datum latitude, longitude (radians) to source-datum latitude, longitude; PROJ's reverse. */
  void reverse(double phi, double lambda, double[] buf) {
    targetGeocentric.forwardRad(phi, lambda, 0, buf);
    double x = (buf[0] - tx) / scale, y = (buf[1] - ty) / scale, z = (buf[2] - tz) / scale;
    double xs = r00 * x + r10 * y + r20 * z;
    double ys = r01 * x + r11 * y + r21 * z;
    double zs = r02 * x + r12 * y + r22 * z;
    sourceGeocentric.reverseRad(xs, ys, zs, buf);
  }
}
