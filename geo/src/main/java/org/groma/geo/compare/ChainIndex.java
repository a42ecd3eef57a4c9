package org.groma.geo.compare;

import java.util.function.IntConsumer;

/**
 * The segments of a {@link PreparedLine} in a hierarchy of bounding boxes built along the line, in the
 * {@link LocalPlane}: each leaf holds up to {@link #LEAF_SIZE} consecutive segments of one part, each higher
 * node {@link #FANOUT} consecutive nodes of the level below.
 *
 * <h2>Why along the line</h2>
 * Consecutive segments of a line lie next to each other, so a box of consecutive segments stays as small as
 * the stretch it covers whatever the line's shape. JTS's STR packing sorts segments into vertical slices and
 * packs each slice by y; for a long line running east–west its leaves become slivers kilometres wide, and a
 * search box of a few tens of metres meets nearly every leaf of its slice (a quarter of the time of the
 * 100 000-vertex benchmark went there).
 *
 * <h2>Thread safety</h2>
 * Immutable after construction; searches allocate nothing shared.
 */
final class ChainIndex {

  /** Segments per leaf: a few, so a leaf's box is hardly larger than its segments. */
  static final int LEAF_SIZE = 8;

  /** Children per node above the leaves. */
  static final int FANOUT = 8;

  private final PreparedLine line;
  private final double[] minX;
  private final double[] maxX;
  private final double[] minY;
  private final double[] maxY;
  /** A leaf's first segment, or a node's first child. */
  private final int[] first;
  /** A leaf's number of segments, or a node's number of children. */
  private final int[] count;
  private final int leaves;
  private final int root;

  ChainIndex(PreparedLine line) {
    this.line = line;
    int segments = line.segmentCount();
    int leafCount = 0;
    for (int k = 0; k < segments; ) {
      int end = leafEnd(k);
      leafCount++;
      k = end;
    }
    int nodes = leafCount;
    for (int level = leafCount; level > 1; level = (level + FANOUT - 1) / FANOUT) {
      nodes += (level + FANOUT - 1) / FANOUT;
    }
    minX = new double[nodes];
    maxX = new double[nodes];
    minY = new double[nodes];
    maxY = new double[nodes];
    first = new int[nodes];
    count = new int[nodes];
    leaves = leafCount;
    int n = 0;
    for (int k = 0; k < segments; ) {
      int end = leafEnd(k);
      first[n] = k;
      count[n] = end - k;
      minX[n] = Double.POSITIVE_INFINITY;
      maxX[n] = Double.NEGATIVE_INFINITY;
      minY[n] = Double.POSITIVE_INFINITY;
      maxY[n] = Double.NEGATIVE_INFINITY;
      PreparedLine.Part part = line.parts.get(line.segPart[k]);
      for (int v = line.segVertex[k]; v <= line.segVertex[end - 1] + 1; v++) {
        include(n, part.x[v], part.x[v], part.y[v], part.y[v]);
      }
      n++;
      k = end;
    }
    int levelStart = 0;
    int levelSize = leafCount;
    while (levelSize > 1) {
      int next = n;
      for (int c = 0; c < levelSize; c += FANOUT) {
        first[n] = levelStart + c;
        count[n] = Math.min(FANOUT, levelSize - c);
        minX[n] = Double.POSITIVE_INFINITY;
        maxX[n] = Double.NEGATIVE_INFINITY;
        minY[n] = Double.POSITIVE_INFINITY;
        maxY[n] = Double.NEGATIVE_INFINITY;
        for (int i = first[n]; i < first[n] + count[n]; i++) {
          include(n, minX[i], maxX[i], minY[i], maxY[i]);
        }
        n++;
      }
      levelStart = next;
      levelSize = n - next;
    }
    root = n - 1;
  }

  /** End (exclusive) of the leaf starting at segment k: at most LEAF_SIZE segments, all of k's part. */
  private int leafEnd(int k) {
    int end = k + 1;
    while (end < line.segmentCount() && end - k < LEAF_SIZE && line.segPart[end] == line.segPart[k]) {
      end++;
    }
    return end;
  }

  private void include(int n, double x0, double x1, double y0, double y1) {
    minX[n] = Math.min(minX[n], x0);
    maxX[n] = Math.max(maxX[n], x1);
    minY[n] = Math.min(minY[n], y0);
    maxY[n] = Math.max(maxY[n], y1);
  }

  /** Visits every segment whose bounding box meets the box [x0, x1] × [y0, y1]. */
  void query(double x0, double x1, double y0, double y1, IntConsumer visitor) {
    query(root, x0, x1, y0, y1, visitor);
  }

  private void query(int n, double x0, double x1, double y0, double y1, IntConsumer visitor) {
    if (minX[n] > x1 || maxX[n] < x0 || minY[n] > y1 || maxY[n] < y0) {
      return;
    }
    if (n < leaves) {
      for (int k = first[n]; k < first[n] + count[n]; k++) {
        PreparedLine.Part p = line.parts.get(line.segPart[k]);
        int v = line.segVertex[k];
        if (Math.min(p.x[v], p.x[v + 1]) <= x1 && Math.max(p.x[v], p.x[v + 1]) >= x0
            && Math.min(p.y[v], p.y[v + 1]) <= y1 && Math.max(p.y[v], p.y[v + 1]) >= y0) {
          visitor.accept(k);
        }
      }
      return;
    }
    for (int c = first[n]; c < first[n] + count[n]; c++) {
      query(c, x0, x1, y0, y1, visitor);
    }
  }

  /** The segment nearest to (x, y) in the plane; of equally near segments, the first along the line. */
  int nearest(double x, double y) {
    int[] best = {-1};
    double[] bestD = {Double.POSITIVE_INFINITY};
    nearest(root, x, y, best, bestD);
    return best[0];
  }

  private void nearest(int n, double x, double y, int[] best, double[] bestD) {
    if (n < leaves) {
      for (int k = first[n]; k < first[n] + count[n]; k++) {
        double d = line.planarDistance(k, x, y);
        if (d < bestD[0] || (d == bestD[0] && k < best[0])) {
          bestD[0] = d;
          best[0] = k;
        }
      }
      return;
    }
    // Children nearest first, so the bound tightens early; a child no nearer than the best is skipped.
    int m = count[n];
    int[] order = new int[m];
    double[] dist = new double[m];
    for (int i = 0; i < m; i++) {
      int c = first[n] + i;
      double d = boxDistance(c, x, y);
      int j = i;
      while (j > 0 && dist[j - 1] > d) {
        dist[j] = dist[j - 1];
        order[j] = order[j - 1];
        j--;
      }
      dist[j] = d;
      order[j] = c;
    }
    for (int i = 0; i < m; i++) {
      if (dist[i] > bestD[0]) {
        return;
      }
      nearest(order[i], x, y, best, bestD);
    }
  }

  private double boxDistance(int n, double x, double y) {
    double dx = Math.max(0, Math.max(minX[n] - x, x - maxX[n]));
    double dy = Math.max(0, Math.max(minY[n] - y, y - maxY[n]));
    return Math.sqrt(dx * dx + dy * dy);
  }
}
