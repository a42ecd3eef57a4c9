package org.groma.geo.compare;

import java.util.List;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * The plane in which line comparison does its planar work: longitude and latitude scaled to metres at the
 * centre of the data (an equirectangular projection), x = (λ − λ₀)·N(φ₀)·cos φ₀, y = (φ − φ₀)·M(φ₀), with
 * λ, φ in radians and N, M the prime-vertical and meridional radii of curvature of the ellipsoid.
 *
 * <h2>Why this plane</h2>
 * It is an affine image of the longitude–latitude plane, so a straight chord here is exactly the straight
 * chord in longitude–latitude: the chord {@code Geodesics.densify} bounds (every piece within the stated sag
 * of its geodesic) and the chord GEOS/PostGIS and GIS viewers node and draw. Planar intersections are
 * therefore where PostGIS puts them, and the planar result errs from the geodesic one by at most the sag.
 * Areas and distances are never taken from this plane: they are geodesic, on the original coordinates.
 *
 * <h2>Accuracy</h2>
 * Used only for topology and as a prefilter for geodesic distances. Planar distance over true distance lies
 * between {@link #minScale()} and {@link #maxScale()}, computed from the latitude extent (the scale along
 * parallels is N(φ₀)cos φ₀ / (N(φ)cos φ), along meridians M(φ₀)/M(φ)); every prefilter widens its
 * threshold by these factors and {@link #SCALE_MARGIN}, so no candidate is lost.
 *
 * <h2>Limitations</h2>
 * The data must span less than {@link #MAX_LON_SPAN_DEG} of longitude (no antimeridian crossing) and stay
 * within {@link #MAX_ABS_LAT_DEG} of latitude, where the scale factors stay finite and moderate.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class LocalPlane {

  /** Widest longitude span accepted, degrees: no antimeridian crossing, scale along parallels stays sane. */
  public static final double MAX_LON_SPAN_DEG = 20.0;

  /** Farthest latitude accepted, degrees: beyond it cos φ makes the scale along parallels degenerate. */
  public static final double MAX_ABS_LAT_DEG = 80.0;

  /**
   * Relative margin added to the scale bounds: the bounds hold for infinitesimal distances; over distances
   * up to the 10 km connectors the second-order change of scale is below 1e-3 at these latitudes, so 1 %
   * keeps every prefilter conservative.
   */
  public static final double SCALE_MARGIN = 0.01;

  private final double lon0Deg;
  private final double lat0Deg;
  private final double mPerDegX;
  private final double mPerDegY;
  private final double minScale;
  private final double maxScale;

  private final double a;
  private final double e2;
  private final double n0CosLat0;
  private final double m0;

  private LocalPlane(double lon0Deg, double lat0Deg, double minLat, double maxLat, Ellipsoid e) {
    this.lon0Deg = lon0Deg;
    this.lat0Deg = lat0Deg;
    a = e.equatorialRadiusM();
    e2 = e.eccentricitySquared();
    double s0 = Math.sin(Math.toRadians(lat0Deg));
    double w0 = Math.sqrt(1 - e2 * s0 * s0);
    double n0 = a / w0;
    m0 = a * (1 - e2) / (w0 * w0 * w0);
    n0CosLat0 = n0 * Math.cos(Math.toRadians(lat0Deg));
    mPerDegX = n0 * Math.cos(Math.toRadians(lat0Deg)) * Math.PI / 180;
    mPerDegY = m0 * Math.PI / 180;
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (double lat : new double[] {minLat, maxLat, lat0Deg}) {
      double s = Math.sin(Math.toRadians(lat));
      double w = Math.sqrt(1 - e2 * s * s);
      double n = a / w;
      double m = a * (1 - e2) / (w * w * w);
      double kx = n0 * Math.cos(Math.toRadians(lat0Deg)) / (n * Math.cos(Math.toRadians(lat)));
      double ky = m0 / m;
      lo = Math.min(lo, Math.min(kx, ky));
      hi = Math.max(hi, Math.max(kx, ky));
    }
    minScale = lo / (1 + SCALE_MARGIN);
    maxScale = hi * (1 + SCALE_MARGIN);
  }

  /** The plane centred on the extent of all the given points. */
  public static LocalPlane around(List<List<GeoPoint>> parts) {
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    for (List<GeoPoint> part : parts) {
      for (GeoPoint p : part) {
        minLon = Math.min(minLon, p.lonDeg());
        maxLon = Math.max(maxLon, p.lonDeg());
        minLat = Math.min(minLat, p.latDeg());
        maxLat = Math.max(maxLat, p.latDeg());
      }
    }
    if (minLon > maxLon) {
      throw new GeoInputException("no vertices to compare");
    }
    if (maxLon - minLon > MAX_LON_SPAN_DEG) {
      throw new GeoInputException("the lines span " + (maxLon - minLon) + "° of longitude (" + minLon + "° to "
          + maxLon + "°); line comparison works on stretches narrower than " + MAX_LON_SPAN_DEG
          + "° and not across the antimeridian");
    }
    if (Math.max(Math.abs(minLat), Math.abs(maxLat)) > MAX_ABS_LAT_DEG) {
      throw new GeoInputException("the lines reach latitude " + (Math.abs(minLat) > Math.abs(maxLat) ? minLat : maxLat)
          + "°; line comparison works within " + MAX_ABS_LAT_DEG + "° of the equator");
    }
    return new LocalPlane((minLon + maxLon) / 2, (minLat + maxLat) / 2, minLat, maxLat, Ellipsoid.WGS84);
  }

  public double x(GeoPoint p) {
    return (p.lonDeg() - lon0Deg) * mPerDegX;
  }

  public double y(GeoPoint p) {
    return (p.latDeg() - lat0Deg) * mPerDegY;
  }

  /** The point at plane coordinates (x, y); exact up to the rounding of two divisions. */
  public GeoPoint point(double x, double y) {
    return new GeoPoint(Math.clamp(y / mPerDegY + lat0Deg, -90, 90), Math.clamp(x / mPerDegX + lon0Deg, -180, 180));
  }

  /**
   * Largest ratio of planar to geodesic distance for any geodesic of length at most {@code radiusM} from a
   * point at {@code latDeg}: such a geodesic stays within that latitude band, its image in the plane is at
   * most this factor longer, and the straight planar distance is no longer than the image. The scale is
   * monotonic in latitude along each axis, so the band's ends and centre bound it. Much tighter than
   * {@link #maxScale()} near the point, which lets searches skip candidates without a geodesic solution.
   */
  public double maxScaleWithin(double latDeg, double radiusM) {
    // A degree of latitude is at least 110 km; 1e5 m per degree over-covers the band.
    double band = radiusM / 1e5;
    double hi = 0;
    for (double lat : new double[] {latDeg - band, latDeg, latDeg + band}) {
      double l = Math.clamp(lat, -MAX_ABS_LAT_DEG - 1, MAX_ABS_LAT_DEG + 1);
      hi = Math.max(hi, Math.max(parallelScale(l), meridianScale(l)));
    }
    // Rounding of the scale and of plane coordinates: far below 1e-12 relative.
    return hi * (1 + 1e-12);
  }

  /** Plane metres per metre along the parallel at {@code latDeg}: N(φ₀)cos φ₀ / (N(φ)cos φ). */
  double parallelScale(double latDeg) {
    double s = Math.sin(Math.toRadians(latDeg));
    double w = Math.sqrt(1 - e2 * s * s);
    return n0CosLat0 / (a / w * Math.cos(Math.toRadians(latDeg)));
  }

  /** Plane metres per metre along the meridian at {@code latDeg}: M(φ₀) / M(φ). */
  double meridianScale(double latDeg) {
    double s = Math.sin(Math.toRadians(latDeg));
    double w = Math.sqrt(1 - e2 * s * s);
    return m0 / (a * (1 - e2) / (w * w * w));
  }

  /** Smallest ratio of planar to geodesic distance within the extent (with {@link #SCALE_MARGIN}). */
  public double minScale() {
    return minScale;
  }

  /** Largest ratio of planar to geodesic distance within the extent (with {@link #SCALE_MARGIN}). */
  public double maxScale() {
    return maxScale;
  }

  public double centreLonDeg() {
    return lon0Deg;
  }

  public double centreLatDeg() {
    return lat0Deg;
  }
}
