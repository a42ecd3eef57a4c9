package org.groma.geo.median;

import java.util.List;
import org.groma.geo.GeoPoint;

/**
 * A median (or equiratio) line with its basepoint catalogue, as computed by {@link MedianLineOp}.
 *
 * @param vertices the catalogue: one row per vertex, in order along the line
 * @param options the tolerance and weight asked for
 * @param maxDeviationM the proven bound, metres, on the distance from any point of the line to a point of
 *     true equidistance: over all pieces, T/2 plus half the spacing of the checked points; at most the
 *     tolerance T
 * @param maxMissM the largest distance measured from a checked point of true equidistance between two
 *     stations to the line; at most the tolerance
 * @param checkedPoints how many points along the pieces were checked
 * @param maxResidualM the largest |residual| ({@link MedianVertex#residualM}) over the published
 *     vertices, metres
 * @param sideBReversed whether side B's course was paired with A's in reverse (the sides were drawn in
 *     opposite directions)
 */
public record MedianLine(
    List<MedianVertex> vertices, MedianOptions options, double maxDeviationM, double maxMissM,
    int checkedPoints, double maxResidualM, boolean sideBReversed) {

  public MedianLine {
    vertices = List.copyOf(vertices);
  }

  /** The vertices as points, in order. */
  public List<GeoPoint> points() {
    return vertices.stream().map(MedianVertex::point).toList();
  }
}
