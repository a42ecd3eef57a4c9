package org.groma.geo.crs;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.groma.geo.GeoInputException;

/**
 * Converts coordinates from one CRS to another: the single entry point of this package.
 *
 * <pre>{@code
 * CoordinateTransform toWgs84 = CoordinateTransform.between(
 *     CrsRegistry.lookup("EPSG:28408"), GeographicCrs.WGS84, TransformationRegistry.lookup("EPSG:15865"));
 * Coordinate p = toWgs84.apply(Coordinate.ofEastingNorthing(toWgs84.source(), 8_512_345.678, 4_456_789.012));
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * Up to three steps, each skipped when not needed: unproject the source grid
 * ({@link TransverseMercator}), shift the datum ({@link DatumTransformation}: geocentric coordinates and a
 * linearised Helmert transformation, reversed as PROJ reverses it), project to the target grid. Axis order is
 * taken from each CRS.
 *
 * <p><b>Datum transformations are never chosen silently.</b> Between CRSs on different datums a transformation
 * must be given, or {@link #between} throws a {@link GeoInputException} listing the EPSG candidates; a
 * transformation that does not connect the two datums (or is given between CRSs on the same datum) is refused,
 * naming both CRSs.
 *
 * <h2>Accuracy</h2>
 * Against PROJ 9.1.1 {@code cs2cs} with the same transformation pinned (fixtures in
 * {@code src/test/resources/crs}): map projections within 4 nm both ways over whole zones and 6° beyond the
 * central meridian; Gauss–Krüger zone 8 → WGS 84 within 0.07 µm (the rounding of cs2cs's 12 printed decimals
 * of a degree) and WGS 84 → Gauss–Krüger zone 8 within 3 nm, for each of EPSG:1267, 15865, 1808 and 5044. The
 * datum transformation itself is only as good as its EPSG accuracy (2–10 m for Pulkovo 1942 → WGS 84).
 *
 * <h2>Limitations</h2>
 * Two-dimensional: a datum shift takes the source point at height 0 on its ellipsoid and
 * drops the height on the target, as PROJ does for 2D CRSs. Forward then reverse through a datum
 * transformation therefore does not close exactly, here as in PROJ: over the Caucasus by up to 0.24 mm for
 * EPSG:1254, 1267, 5044 and 15865, 15 mm for EPSG:1808 and 30 mm for EPSG:1809. Two causes: the dropped height
 * (tens of metres) moves the point along one ellipsoid's normal, which is tilted by the datum shift against the
 * other's; and PROJ reverses the linearised rotation with its transpose, which is not its exact inverse (an
 * error of |r|²·a, large for EPSG:1808 and 1809 with their 27″ and 35″ of rotation). Reversing exactly would
 * part from cs2cs by as much, so we match cs2cs. A transformation used outside its area of use is not refused;
 * check {@link AreaOfUse#contains} if that matters.
 *
 * <p><b>Input validation.</b> Non-finite numbers, latitudes and longitudes out of range, and grid points outside
 * the plausible extent of their zone ({@link ZoneExtent}) raise a {@link GeoInputException} naming the value.
 *
 * <h2>Thread safety</h2>
 * Immutable; {@link #apply} may be called concurrently.
 */
public final class CoordinateTransform {

  private static final double DEG = Math.PI / 180;

  private final Crs source;
  private final Crs target;
  private final Optional<DatumTransformation> datumTransformation;
  private final TransverseMercator sourceProjection;
  private final TransverseMercator targetProjection;
  private final HelmertShift shift;
  private final boolean shiftForward;

  private CoordinateTransform(Crs source, Crs target, Optional<DatumTransformation> datumTransformation, boolean shiftForward) {
    this.source = source;
    this.target = target;
    this.datumTransformation = datumTransformation;
    this.sourceProjection = projectionOf(source);
    this.targetProjection = projectionOf(target);
    this.shift = datumTransformation.map(HelmertShift::new).orElse(null);
    this.shiftForward = shiftForward;
  }

  /**
   * A transform between two CRSs on the same datum.
   *
   * @throws GeoInputException if the datums differ; the message lists the candidate transformations
   */
  public static CoordinateTransform between(Crs from, Crs to) {
    return between(from, to, Optional.empty());
  }

  /**
   * A transform between CRSs on different datums, through the given transformation (in either direction).
   *
   * @throws GeoInputException if the transformation does not connect the two CRSs' datums
   */
  public static CoordinateTransform between(Crs from, Crs to, DatumTransformation transformation) {
    return between(from, to, Optional.of(transformation));
  }

  /** As the two overloads: a transformation is required exactly when the datums differ. */
  public static CoordinateTransform between(Crs from, Crs to, Optional<DatumTransformation> transformation) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(transformation, "transformation");
    boolean sameDatum = from.datum().sameAs(to.datum());
    if (transformation.isEmpty()) {
      if (!sameDatum) {
        List<DatumTransformation> candidates = TransformationRegistry.candidates(from, to);
        throw new GeoInputException(from + " is on " + from.datum() + " and " + to + " on " + to.datum()
            + ": a datum transformation must be stated, none is chosen silently; "
            + (candidates.isEmpty() ? "Groma knows none between these datums, give custom parameters"
                : "candidates: " + candidates.stream().map(DatumTransformation::code).collect(Collectors.joining(", "))));
      }
      return new CoordinateTransform(from, to, transformation, true);
    }
    DatumTransformation t = transformation.get();
    if (sameDatum) {
      throw new GeoInputException(t + " does not apply to " + from + " -> " + to + ": both are on " + from.datum()
          + ", no datum transformation is needed");
    }
    if (t.source().sameAs(from.datum()) && t.target().sameAs(to.datum())) {
      return new CoordinateTransform(from, to, transformation, true);
    }
    if (t.target().sameAs(from.datum()) && t.source().sameAs(to.datum())) {
      return new CoordinateTransform(from, to, transformation, false);
    }
    throw new GeoInputException(t + " transforms " + t.source() + " <-> " + t.target() + " and does not apply to "
        + from + " on " + from.datum() + " -> " + to + " on " + to.datum());
  }

  public Crs source() {
    return source;
  }

  public Crs target() {
    return target;
  }

  /** The datum transformation used, empty if both CRSs are on the same datum. */
  public Optional<DatumTransformation> datumTransformation() {
    return datumTransformation;
  }

  /** The transform from {@link #target()} back to {@link #source()} through the same datum transformation. */
  public CoordinateTransform inverse() {
    return new CoordinateTransform(target, source, datumTransformation, !shiftForward);
  }

  /**
   * Transforms one coordinate.
   *
   * @throws GeoInputException if the coordinate is not in {@link #source()}, or is outside the zone's extent
   */
  public Coordinate apply(Coordinate c) {
    if (!c.crs().equals(source)) {
      throw new GeoInputException("coordinate is in " + c.crs() + " but this transform starts from " + source);
    }
    double[] buf = new double[3];
    transform(c.first(), c.second(), buf);
    return new Coordinate(target, buf[0], buf[1]);
  }

  /**
   * Transforms many coordinates, given as parallel arrays in the source CRS's axis order, into the output
   * arrays in the target CRS's axis order. Allocation-free apart from one small buffer per call. The inputs are
   * never modified; the output arrays may be the input arrays.
   *
   * @throws GeoInputException naming the index and value of the first bad point; outputs are then partly written
   */
  public void apply(double[] first, double[] second, double[] outFirst, double[] outSecond) {
    int n = first.length;
    if (second.length != n || outFirst.length < n || outSecond.length < n) {
      throw new IllegalArgumentException("array lengths differ: " + n + ", " + second.length + " -> "
          + outFirst.length + ", " + outSecond.length);
    }
    double[] buf = new double[3];
    for (int i = 0; i < n; i++) {
      try {
        transform(first[i], second[i], buf);
      } catch (GeoInputException e) {
        throw e.at("point " + i);
      }
      outFirst[i] = buf[0];
      outSecond[i] = buf[1];
    }
  }

  /** The hot path: source axis values in, target axis values out in buf[0], buf[1]. */
  private void transform(double a, double b, double[] buf) {
    AxisOrder in = source.axisOrder();
    double phi, lambda;
    if (sourceProjection == null) {
      double lat = in.isNorthFirst() ? a : b, lon = in.isNorthFirst() ? b : a;
      if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
        throw new GeoInputException(source.code() + ": latitude " + lat + "°, longitude " + lon
            + "° is not a point (latitude in [-90°, 90°], longitude in [-180°, 180°])");
      }
      phi = lat * DEG;
      lambda = lon * DEG;
    } else {
      double northing = in.isNorthFirst() ? a : b, easting = in.isNorthFirst() ? b : a;
      if (!Double.isFinite(northing) || !Double.isFinite(easting)) {
        throw new GeoInputException(source.code() + ": easting " + easting + " m, northing " + northing + " m is not a point");
      }
      sourceProjection.reverseRad(easting, northing, buf);
      if (!inZone((ProjectedCrs) source, buf[0], buf[1])) {
        throw outsideZone((ProjectedCrs) source, buf[0], buf[1],
            "easting " + easting + " m, northing " + northing + " m");
      }
      phi = buf[0];
      lambda = TransverseMercator.normalizeRad(buf[1] + sourceProjection.parameters().centralMeridianDeg() * DEG);
    }
    if (shift != null) {
      if (shiftForward) {
        shift.forward(phi, lambda, buf);
      } else {
        shift.reverse(phi, lambda, buf);
      }
      phi = buf[0];
      lambda = buf[1];
    }
    AxisOrder out = target.axisOrder();
    if (targetProjection == null) {
      double lat = phi / DEG, lon = lambda / DEG;
      buf[0] = out.isNorthFirst() ? lat : lon;
      buf[1] = out.isNorthFirst() ? lon : lat;
    } else {
      double dLambda = TransverseMercator.normalizeRad(lambda - targetProjection.parameters().centralMeridianDeg() * DEG);
      if (!inZone((ProjectedCrs) target, phi, dLambda)) {
        throw outsideZone((ProjectedCrs) target, phi, dLambda,
            "latitude " + phi / DEG + "°, longitude " + lambda / DEG + "° (on " + target.datum().name() + ")");
      }
      targetProjection.forwardRad(phi, dLambda, buf);
      double easting = buf[0], northing = buf[1];
      buf[0] = out.isNorthFirst() ? northing : easting;
      buf[1] = out.isNorthFirst() ? easting : northing;
    }
  }

  private static boolean inZone(ProjectedCrs crs, double phi, double dLambda) {
    return crs.extent().contains(phi / DEG, dLambda / DEG);
  }

  /** The error for a point outside its zone; the text is built only then (on the hot path it cost a third). */
  private static GeoInputException outsideZone(ProjectedCrs crs, double phi, double dLambda, String point) {
    double latDeg = phi / DEG, dLonDeg = dLambda / DEG;
    ZoneExtent extent = crs.extent();
    return new GeoInputException(String.format(Locale.ROOT, "%s is outside the zone of %s: it lies %.3f° from the "
        + "central meridian %s° (limit ±%s°) at latitude %.3f° (limits %s° to %s°); wrong zone, zone prefix or axis order?",
        point, crs, dLonDeg, crs.projection().centralMeridianDeg(), extent.maxLonOffsetDeg(), latDeg,
        extent.southDeg(), extent.northDeg()));
  }

  private static TransverseMercator projectionOf(Crs crs) {
    return crs instanceof ProjectedCrs p ? new TransverseMercator(p.datum().ellipsoid(), p.projection()) : null;
  }

  @Override
  public String toString() {
    return "CoordinateTransform[" + source + " -> " + target
        + datumTransformation.map(t -> " via " + t + (shiftForward ? "" : " reversed")).orElse("") + "]";
  }
}
