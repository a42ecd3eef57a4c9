package org.groma.geo.compare;

import java.util.function.IntConsumer;

/**
 * The segments of a {@link PreparedLine} in a {@link BoxTree} built along the line, in the
 * {@link LocalPlane}: leaves of consecutive segments of one part, so that a search of a few tens of metres
 * meets only the boxes of the stretches it touches, whatever the line's shape.
 *
 * <h2>Thread safety</h2>
 * Immutable after construction; searches allocate nothing shared.
 */
final class ChainIndex {

  private final PreparedLine line;
  private final BoxTree tree;

  ChainIndex(PreparedLine line) {
    this.line = line;
    int segments = line.segmentCount();
    double[] x0 = new double[segments];
    double[] x1 = new double[segments];
    double[] y0 = new double[segments];
    double[] y1 = new double[segments];
    for (int k = 0; k < segments; k++) {
      PreparedLine.Part p = line.parts.get(line.segPart[k]);
      int v = line.segVertex[k];
      x0[k] = Math.min(p.x[v], p.x[v + 1]);
      x1[k] = Math.max(p.x[v], p.x[v + 1]);
      y0[k] = Math.min(p.y[v], p.y[v + 1]);
      y1[k] = Math.max(p.y[v], p.y[v + 1]);
    }
    tree = new BoxTree(x0, x1, y0, y1, line.segPart);
  }

  /** Visits every segment whose bounding box meets the box [x0, x1] × [y0, y1], in increasing order. */
  void query(double x0, double x1, double y0, double y1, IntConsumer visitor) {
    tree.query(x0, x1, y0, y1, visitor);
  }

  /** The segment nearest to (x, y) in the plane; of equally near segments, the first along the line. */
  int nearest(double x, double y) {
    return tree.nearest(x, y, k -> line.planarDistance(k, x, y));
  }
}
