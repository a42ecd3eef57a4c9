package org.groma.geo.rhumb;

import java.util.List;
import java.util.Objects;
import net.sf.geographiclib.GeoMath;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.Pair;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * Rhumb lines (loxodromes, lines of constant azimuth) on an ellipsoid of revolution: the inverse and direct
 * problems, the length of a polyline of rhumb segments, and densification for drawing in the
 * longitude–latitude plane.
 *
 * <p>A boundary treaty may say that a segment between two turning points is a rhumb line; this class gives
 * its length and the points along it. {@code Rhumb.WGS84.inverse(a, b).distanceM()} is the usual entry point.
 *
 * <h2>Algorithm</h2>
 * Karney, "The accuracy of rhumb-line calculations" (2014), as in GeographicLib's C++ {@code Rhumb}. On the
 * Mercator projection a rhumb line is straight: with isometric latitude ψ and longitude λ (radians),
 * tan α = λ₁₂ / ψ₁₂; its length is s = √(λ₁₂² + ψ₁₂²) · (Δμ/Δψ) · R, with μ the rectifying latitude and R the
 * rectifying radius. The ratio Δμ/Δψ is evaluated as a product of divided differences (Δμ/Δχ by Clenshaw
 * summation of Krüger's series, Δχ/Δψ from the divided differences of atan and asinh of tan χ, χ the conformal
 * latitude), never as a quotient of two small differences, so that lines with lat1 ≈ lat2 stay accurate.
 * Longitudes are differenced with {@link GeoMath#AngDiff}, so the shorter way round is taken across the
 * antimeridian. When the two longitudes are exactly 180° apart, two lines are equally short: as in RhumbSolve,
 * the line goes east if lon₂ − lon₁ (as given) is +180° and west if it is −180°.
 *
 * <h2>Accuracy</h2>
 * Checked against GeographicLib 2.1.2's RhumbSolve (exact elliptic-integral method) and a 40-digit mpmath
 * computation, on the seeded fixtures in {@code geo/src/test/resources/rhumb}: inverse distances within
 * 19 nm of RhumbSolve (its printed resolution is 1 nm), azimuths within 2e-13° for lines of a kilometre or
 * more; direct end points within 8 nm of the 40-digit reference, 70 nm for ends metres from a pole, where μ
 * near π/2 carries the colatitude only to 2e-16 rad and a spiralling line's longitude is that sensitive.
 * Krüger's series to order n⁶ contribute below 1e-18 of the length for WGS84. The azimuth of a line shorter
 * than about a kilometre is limited by ψ₂ − ψ₁, a difference of rounded values: its error moves the far end
 * sideways by about a nanometre.
 *
 * <h2>Limitations</h2>
 * <ul>
 *   <li>A point at a pole is the pole itself: the shortest rhumb line to or from it is a meridian (azimuth 0°
 *       or 180°, length the meridian arc) whatever longitude the pole is given. RhumbSolve instead treats a
 *       pole as a point a tiny distance from it on the given meridian, which adds up to about 0.1% to the
 *       length (the line spirals through |λ₁₂|); the two agree for any latitude short of ±90°.</li>
 *   <li>The direct problem is refused ({@link GeoInputException}) when the line would go past a pole, or
 *       leaves a pole other than along a meridian: its longitude is undefined there (RhumbSolve gives NaN).</li>
 *   <li>Ellipsoids with flattening above {@value #MAX_FLATTENING} are refused: the series
 *       would lose accuracy.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * Immutable; one instance may be shared by any number of threads.
 */
public final class Rhumb {

  /**
   * Largest flattening accepted. The order-6 series lose accuracy as n⁷; at f = 0.01 the error is still a few
   * nanometres (GeographicLib states the same limit for its series, RhumbSolve -s). Every terrestrial ellipsoid
   * has f ≈ 0.0034. Raising this limit needs the exact (elliptic-integral) conversions instead.
   */
  public static final double MAX_FLATTENING = 0.01;

  /**
   * Most points one densification may return. A million points on one segment means a sag or spacing far
   * finer than survey work needs (1 mm sag on a 20 000 km line takes about 30 000), most likely a unit
   * mistake; refusing it is better than exhausting memory. Sags below about a nanometre cannot be measured
   * (double precision in degrees) and also end here.
   */
  public static final int MAX_DENSIFY_POINTS = 1_000_000;

  /** Rhumb lines on the WGS84 ellipsoid. */
  public static final Rhumb WGS84 = new Rhumb(Ellipsoid.WGS84);

  private final Ellipsoid ellipsoid;
  private final AuxiliaryLatitudes aux;
  private final RhumbDensifier densifier;

  /**
   * A calculator for rhumb lines on {@code ellipsoid}.
   *
   * @param ellipsoid the ellipsoid of the coordinates
   * @throws GeoInputException if the ellipsoid's flattening is above {@value #MAX_FLATTENING}
   */
  public Rhumb(Ellipsoid ellipsoid) {
    this.ellipsoid = Objects.requireNonNull(ellipsoid, "ellipsoid");
    this.aux = new AuxiliaryLatitudes(ellipsoid);
    this.densifier = new RhumbDensifier(this,
        new Geodesic(ellipsoid.equatorialRadiusM(), ellipsoid.flattening()));
  }

  /** @return the ellipsoid this calculator works on */
  public Ellipsoid ellipsoid() {
    return ellipsoid;
  }

  /**
   * The shortest rhumb line from {@code a} to {@code b}: its length and azimuth.
   *
   * @param a first point
   * @param b second point
   * @return length in metres and azimuth in degrees, (−180°, 180°]
   */
  public RhumbInverse inverse(GeoPoint a, GeoPoint b) {
    requirePoint(a, "first point");
    requirePoint(b, "second point");
    var diff = new Pair();
    GeoMath.AngDiff(diff, a.lonDeg(), b.lonDeg());
    double lam12 = Math.toRadians(diff.first);
    double tanChi1 = aux.conformalTan(AuxiliaryLatitudes.tanOfLatitude(a.latDeg()));
    double tanChi2 = aux.conformalTan(AuxiliaryLatitudes.tanOfLatitude(b.latDeg()));
    if (Double.isInfinite(tanChi1) || Double.isInfinite(tanChi2)) {
      return inverseWithPole(a, b, tanChi1, tanChi2);
    }
    double psi12 = DividedDifferences.asinh(tanChi2) - DividedDifferences.asinh(tanChi1);
    double azimuthDeg = GeoMath.atan2d(lam12, psi12);
    double chi1 = Math.atan(tanChi1);
    double chi2 = Math.atan(tanChi2);
    double muPerPsi = aux.rectifyingPerConformal(chi1, chi2)
        / AuxiliaryLatitudes.isometricPerConformal(tanChi1, tanChi2);
    double distanceM = Math.hypot(lam12, psi12) * muPerPsi * aux.rectifyingRadiusM();
    // (−180, 180]; and + 0.0 turns −0 (from lon12 = −0) into 0, so equal lines give equal records.
    return new RhumbInverse(distanceM, azimuthDeg == -180 ? 180 : azimuthDeg + 0.0);
  }

  /** A pole is the limit ψ → ±∞: the line is a meridian and its length the difference of μ. */
  private RhumbInverse inverseWithPole(GeoPoint a, GeoPoint b, double tanChi1, double tanChi2) {
    double mu1 = rectifyingLatitude(tanChi1);
    double mu2 = rectifyingLatitude(tanChi2);
    if (mu1 == mu2) {
      return new RhumbInverse(0, 0);
    }
    return new RhumbInverse(Math.abs(mu2 - mu1) * aux.rectifyingRadiusM(), mu2 > mu1 ? 0 : 180);
  }

  private double rectifyingLatitude(double tanChi) {
    return Double.isInfinite(tanChi)
        ? Math.copySign(Math.PI / 2, tanChi)
        : aux.rectifyingFromConformal(Math.atan(tanChi));
  }

  /**
   * The end of the rhumb line that leaves {@code start} at {@code azimuthDeg} and runs {@code distanceM}
   * (negative runs backwards).
   *
   * @param start first point of the line
   * @param azimuthDeg constant azimuth, degrees clockwise from north (any finite value)
   * @param distanceM length of the line, metres
   * @return the end point, longitude normalised to [−180°, 180°]
   * @throws GeoInputException if the azimuth or distance is not finite, if the line would go past a pole, or
   *     if it leaves a pole other than along a meridian
   */
  public RhumbDirect direct(GeoPoint start, double azimuthDeg, double distanceM) {
    requirePoint(start, "start");
    if (!Double.isFinite(azimuthDeg)) {
      throw new GeoInputException("azimuth is not a finite number of degrees: " + azimuthDeg);
    }
    if (!Double.isFinite(distanceM)) {
      throw new GeoInputException("distance is not a finite number of metres: " + distanceM);
    }
    return new RhumbDirect(line(start, azimuthDeg).point(distanceM));
  }

  /**
   * Length of a polyline whose segments are rhumb lines, metres, summed with error compensation (Neumaier)
   * so that many short segments add up without losing their millimetres.
   *
   * @param polyline the vertices in order, at least two
   * @return the total length, metres
   * @throws GeoInputException if the polyline has fewer than two points or a point is null
   */
  public double lengthM(List<GeoPoint> polyline) {
    Objects.requireNonNull(polyline, "polyline");
    if (polyline.size() < 2) {
      throw new GeoInputException("a polyline needs at least two points, got " + polyline.size());
    }
    double sum = 0;
    double compensation = 0;
    GeoPoint previous = requirePoint(polyline.get(0), "polyline point 0");
    for (int i = 1; i < polyline.size(); i++) {
      GeoPoint next = requirePoint(polyline.get(i), "polyline point " + i);
      double term = inverse(previous, next).distanceM();
      double t = sum + term;
      compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
      sum = t;
      previous = next;
    }
    return sum + compensation;
  }

  /**
   * Points along the rhumb line from {@code a} to {@code b}, both included exactly, such that between
   * consecutive points the rhumb line departs from the straight chord drawn in the longitude–latitude plane
   * (as a GeoJSON viewer or JTS draws it) by at most {@code maxSagM}.
   *
   * <p>Method: the sag of a piece is measured, conservatively, as the geodesic distance between the rhumb
   * line's midpoint (by distance) and the midpoint of the chord (mean latitude, mean longitude taken the
   * short way). Pieces are equal in length: their number n is first estimated from the whole line's sag
   * (sag grows as length², so n = ⌈√(sag / maxSag)⌉), then every piece is checked and n increased until all
   * pass. Three refinements keep the midpoint test honest:
   * <ul>
   *   <li>If the line crosses the equator, the crossing is always a vertex and each side is divided
   *       separately: in the longitude–latitude plane a rhumb line bends one way north of the equator and the
   *       other way south of it, so a piece centred on the equator would show no sag at its midpoint while
   *       straying from its chord elsewhere (by over 100 m for a line from 10°S to 10°N across 1° of
   *       longitude).</li>
   *   <li>A meridian (both ends on one meridian) gets no points but the equator crossing: its chord is the
   *       meridian itself. (The midpoint test would see the difference between the mean of the latitudes and
   *       the point halfway along, up to 16 km on a long meridian, and densify for nothing.)</li>
   *   <li>A line from or to a pole follows the other end's meridian; the pole is first joined to that
   *       meridian by a point at the pole with that longitude (a piece of no length on the ground, drawn
   *       along the map's edge), since a chord slanting from the pole's given longitude would stray in
   *       proportion to its length, not its square.</li>
   * </ul>
   * Sampling the pieces densely, the line stays within maxSag of its drawn chords (the test suite checks
   * this; the worst piece comes to 0.997 of maxSag). Consecutive longitudes are meant to be joined the
   * short way; a line that crosses the antimeridian must be cut there by whoever draws it (RFC 7946,
   * section 3.1.9).
   *
   * @param a first point
   * @param b last point
   * @param maxSagM largest allowed sag, metres; positive ({@code +∞} gives the ends and any equator crossing
   *     or pole step)
   * @return the points from {@code a} to {@code b}, at least two, unmodifiable
   * @throws GeoInputException if {@code maxSagM} is not positive, or if more than
   *     {@value #MAX_DENSIFY_POINTS} points would be needed
   */
  public List<GeoPoint> densify(GeoPoint a, GeoPoint b, double maxSagM) {
    requirePoint(a, "first point");
    requirePoint(b, "second point");
    if (!(maxSagM > 0)) {
      throw new GeoInputException("maximum sag must be a positive number of metres, got " + maxSagM);
    }
    return List.copyOf(densifier.bySag(a, b, maxSagM));
  }

  /**
   * Points along the rhumb line from {@code a} to {@code b}, both included exactly, equally spaced along it
   * and at most {@code maxSpacingM} apart (measured along the rhumb line).
   *
   * @param a first point
   * @param b last point
   * @param maxSpacingM largest allowed distance between consecutive points, metres; positive
   * @return the points from {@code a} to {@code b}, at least two, unmodifiable
   * @throws GeoInputException if {@code maxSpacingM} is not positive, or if more than
   *     {@value #MAX_DENSIFY_POINTS} points would be needed
   */
  public List<GeoPoint> densifyByDistance(GeoPoint a, GeoPoint b, double maxSpacingM) {
    requirePoint(a, "first point");
    requirePoint(b, "second point");
    if (!(maxSpacingM > 0)) {
      throw new GeoInputException("maximum spacing must be a positive number of metres, got " + maxSpacingM);
    }
    return List.copyOf(densifier.bySpacing(a, b, maxSpacingM));
  }

  RhumbLine line(GeoPoint start, double azimuthDeg) {
    return new RhumbLine(aux, start, azimuthDeg);
  }

  private static GeoPoint requirePoint(GeoPoint p, String what) {
    if (p == null) {
      throw new GeoInputException(what + " is missing (null)");
    }
    return p;
  }
}
