package org.groma.geo.compare;

import java.util.List;
import java.util.Optional;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;

/**
 * Options of a {@link LineComparisonOp}.
 *
 * @param agreeToleranceM the lines agree along a stretch of line 1 whose every point lies within this
 *     geodesic distance of line 2, metres
 * @param maxSagM geodesic edges are densified so that no piece strays more than this from its straight
 *     chord in the longitude–latitude plane, metres (see {@code Geodesics.densify})
 * @param maxConnectorM longest geodesic connector that may close a pair of unshared line ends, and the
 *     largest distance between the lines the comparison accepts, metres
 * @param aPoints points inside party A's territory; when present, each part of each line is oriented so
 *     that A lies on its left, and parts that are not are reversed (and reported): an open part so that the
 *     first point lies on its left; a closed ring counter-clockwise (A inside) when it contains one of the
 *     points, clockwise (an enclave of B) otherwise. One point cannot tell an exclave of A inside B from an
 *     enclave of B inside A, so give one more point inside each exclave of A. Each part is oriented by the
 *     nearest point that decides it ({@code ReferencePointOrienter}); a part none decides is ambiguous
 * @param aTerritory party A's territory (polygons); when present, each part is oriented by the way A's own
 *     boundary runs beside it ({@code TerritoryOrienter}), and reference points are not allowed. It orients
 *     line 1, and line 2 too unless {@code aTerritory2} is given
 * @param aTerritory2 party A's territory in line 2's own source, when that differs from line 1's (each line
 *     is best oriented from the territory it was drawn from)
 * @param acceptAmbiguousOrientation accept parts whose orientation is ambiguous (left as drawn) and faces
 *     with conflicting labels, instead of refusing them; what was accepted is reported
 */
public record ComparisonOptions(
    double agreeToleranceM, double maxSagM, double maxConnectorM, List<GeoPoint> aPoints,
    List<GeoPolygon> aTerritory, List<GeoPolygon> aTerritory2, boolean acceptAmbiguousOrientation) {

  /**
   * Default agreement tolerance, metres: 5 m is the order of the positional accuracy of a 1:10 000 map
   * sheet (0.5 mm at scale) and of hand-held GNSS, the sources commissions compare; below it two lines
   * cannot be told apart by their sources.
   */
  public static final double DEFAULT_AGREE_TOLERANCE_M = 5.0;

  /**
   * Default densification sag, metres: 1 mm keeps the planar noding within the 0.1 mm–1 mm at which the
   * journal stores coordinates and far below any survey tolerance, while adding only a few vertices per
   * kilometre of line at the latitudes of the Caucasus.
   */
  public static final double DEFAULT_MAX_SAG_M = 0.001;

  /**
   * Default longest connector, metres: 10 km. Two maps of the same boundary at 1:10 000 to 1:1 000 000 end
   * within a few kilometres of each other; ends farther apart than this are not the same end, and lines
   * farther apart than this are not two versions of the same line.
   */
  public static final double DEFAULT_MAX_CONNECTOR_M = 10_000.0;

  public ComparisonOptions {
    requirePositive("agreement tolerance", agreeToleranceM);
    requirePositive("densification sag", maxSagM);
    requirePositive("maximum connector length", maxConnectorM);
    if (maxSagM < org.groma.geo.geodesic.Geodesics.MIN_SAG_M) {
      throw new GeoInputException("densification sag must be at least "
          + org.groma.geo.geodesic.Geodesics.MIN_SAG_M + " m, got " + maxSagM + " m");
    }
    aPoints = aPoints == null ? List.of() : List.copyOf(aPoints);
    aTerritory = aTerritory == null ? List.of() : List.copyOf(aTerritory);
    aTerritory2 = aTerritory2 == null ? List.of() : List.copyOf(aTerritory2);
    if (!aTerritory2.isEmpty() && aTerritory.isEmpty()) {
      throw new GeoInputException("A's territory for line 2 needs A's territory for line 1 as well");
    }
    if (!aPoints.isEmpty() && !aTerritory.isEmpty()) {
      throw new GeoInputException("orient the lines either from A's territory or from reference points "
          + "inside A, not both");
    }
  }

  /** The defaults: 5 m agreement, 1 mm sag, 10 km connectors, lines oriented by the caller. */
  public static ComparisonOptions defaults() {
    return new ComparisonOptions(
        DEFAULT_AGREE_TOLERANCE_M, DEFAULT_MAX_SAG_M, DEFAULT_MAX_CONNECTOR_M, List.of(), List.of(), List.of(), false);
  }

  public ComparisonOptions withAgreeToleranceM(double m) {
    return new ComparisonOptions(m, maxSagM, maxConnectorM, aPoints, aTerritory, aTerritory2, acceptAmbiguousOrientation);
  }

  public ComparisonOptions withMaxSagM(double m) {
    return new ComparisonOptions(agreeToleranceM, m, maxConnectorM, aPoints, aTerritory, aTerritory2, acceptAmbiguousOrientation);
  }

  public ComparisonOptions withMaxConnectorM(double m) {
    return new ComparisonOptions(agreeToleranceM, maxSagM, m, aPoints, aTerritory, aTerritory2, acceptAmbiguousOrientation);
  }

  /** These options with {@code p} as the (only) reference point inside A. */
  public ComparisonOptions withAPoint(GeoPoint p) {
    return new ComparisonOptions(agreeToleranceM, maxSagM, maxConnectorM, List.of(p), aTerritory, aTerritory2,
        acceptAmbiguousOrientation);
  }

  /** These options with reference points inside A; each part is oriented by the nearest that decides it. */
  public ComparisonOptions withAPoints(List<GeoPoint> points) {
    return new ComparisonOptions(agreeToleranceM, maxSagM, maxConnectorM, points, aTerritory, aTerritory2,
        acceptAmbiguousOrientation);
  }

  /** These options with party A's territory, from which every part is oriented. */
  public ComparisonOptions withATerritory(List<GeoPolygon> territory) {
    return new ComparisonOptions(agreeToleranceM, maxSagM, maxConnectorM, aPoints, territory, aTerritory2,
        acceptAmbiguousOrientation);
  }

  /** These options with party A's territory in line 2's own source, from which line 2 is oriented. */
  public ComparisonOptions withATerritory2(List<GeoPolygon> territory) {
    return new ComparisonOptions(agreeToleranceM, maxSagM, maxConnectorM, aPoints, aTerritory, territory,
        acceptAmbiguousOrientation);
  }

  /** These options accepting (and reporting) ambiguous orientation and label conflicts, or not. */
  public ComparisonOptions withAcceptAmbiguousOrientation(boolean accept) {
    return new ComparisonOptions(agreeToleranceM, maxSagM, maxConnectorM, aPoints, aTerritory, aTerritory2, accept);
  }

  /** The reference point for open parts, if any. */
  public Optional<GeoPoint> aPoint() {
    return aPoints.isEmpty() ? Optional.empty() : Optional.of(aPoints.getFirst());
  }

  private static void requirePositive(String what, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new GeoInputException(what + " must be a positive number of metres, got " + v);
    }
  }
}
