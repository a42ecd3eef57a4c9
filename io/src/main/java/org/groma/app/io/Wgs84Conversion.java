package org.groma.app.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.crs.Crs;
import org.groma.geo.crs.CoordinateTransform;
import org.groma.geo.crs.DatumTransformation;
import org.groma.geo.crs.GeodeticDatum;
import org.groma.geo.crs.GeographicCrs;
import org.groma.geo.crs.TransformationRegistry;

/**
 * Converts coordinates of a file's CRS to WGS 84 points, through the datum transformation the user named.
 *
 * <p>A CRS on another datum (Pulkovo 1942 and its Gauss–Krüger grids) without a named transformation is
 * refused with the candidates listed: EPSG's transformations from Pulkovo 1942 to WGS 84 land metres apart
 * (6.26 m at Yerevan between EPSG:15865 and 1808), so the choice is the commission's, never Groma's.
 *
 * <h2>Thread safety</h2>
 * Not thread-safe (one small buffer is reused); use one instance per file.
 */
final class Wgs84Conversion {

  private final Crs crs;
  private final Optional<DatumTransformation> transformation;
  private final CoordinateTransform transform;
  private final double[] first = new double[1];
  private final double[] second = new double[1];
  private final double[] outLon = new double[1];
  private final double[] outLat = new double[1];

  private Wgs84Conversion(Crs crs, Optional<DatumTransformation> transformation, CoordinateTransform transform) {
    this.crs = crs;
    this.transformation = transformation;
    this.transform = transform;
  }

  /**
   * The conversion from {@code crs} to WGS 84.
   *
   * <p>A transformation named for data already on WGS 84 is checked (it must exist) but not applied, and the
   * result reports none used: commands that also write SK-42 take the commission's one agreed transformation
   * through the same option.
   *
   * @throws GeoInputException if the datum is not WGS 84 and no transformation is given (listing the
   *     candidates), or the transformation does not connect the datums
   */
  static Wgs84Conversion of(Crs crs, Optional<String> transformationCode) {
    Optional<DatumTransformation> named = transformationCode.map(TransformationRegistry::lookup);
    boolean onWgs84 = crs.datum().sameAs(GeodeticDatum.WGS84);
    Optional<DatumTransformation> t = onWgs84 ? Optional.empty() : named;
    if (t.isEmpty() && !onWgs84) {
      List<DatumTransformation> candidates = TransformationRegistry.candidates(crs, GeographicCrs.WGS84);
      throw new GeoInputException(crs + " is on " + crs.datum() + ", not WGS 84: state the datum transformation "
          + "to use (--transformation EPSG:n); none is chosen silently, because the candidates land metres apart. "
          + (candidates.isEmpty() ? "Groma knows no transformation from this datum."
              : "Candidates: " + candidates.stream().map(Wgs84Conversion::describe).collect(Collectors.joining("; "))
              + ". 'groma geo transformations --from " + crs.geographicBase().code()
              + " --to EPSG:4326 --at LAT LON' compares them at a point."));
    }
    CoordinateTransform transform = CoordinateTransform.between(crs, GeographicCrs.CRS84, t);
    return new Wgs84Conversion(crs, t, transform);
  }

  private static String describe(DatumTransformation t) {
    return t.code() + " " + t.name()
        + (t.accuracyM().isPresent() ? String.format(Locale.ROOT, ", accuracy %s m", t.accuracyM().getAsDouble()) : "")
        + ", " + t.areaOfUse().description()
        + t.supersededBy().map(s -> ", superseded by " + s).orElse("");
  }

  Crs crs() {
    return crs;
  }

  Optional<DatumTransformation> transformation() {
    return transformation;
  }

  /** True if the coordinates are WGS 84 longitude and latitude already (nothing to transform). */
  boolean isIdentity() {
    return crs.datum().sameAs(GeodeticDatum.WGS84) && crs.axisOrder().isGeographic();
  }

  /**
   * The WGS 84 point of {@code x} (easting or longitude) and {@code y} (northing or latitude).
   *
   * @throws GeoInputException naming the value if it is not a point of the CRS (out of range or zone)
   */
  GeoPoint point(double x, double y) {
    if (isIdentity()) {
      return GeoPoint.ofLonLat(x, y);
    }
    boolean northFirst = crs.axisOrder().isNorthFirst();
    first[0] = northFirst ? y : x;
    second[0] = northFirst ? x : y;
    try {
      transform.apply(first, second, outLon, outLat);
    } catch (GeoInputException e) {
      // apply() prefixes "point 0", meaningless here; the bare reason is its cause
      throw e.getCause() instanceof GeoInputException bare ? new GeoInputException(bare.getMessage()) : e;
    }
    return GeoPoint.ofLonLat(outLon[0], outLat[0]);
  }
}
