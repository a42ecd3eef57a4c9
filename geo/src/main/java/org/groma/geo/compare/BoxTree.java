package org.groma.geo.compare;

import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;

/**
 * Bounding boxes of a sequence of items (segments of a line, monotone chains of linework) in a hierarchy
 * built along the sequence: each leaf holds up to {@link #LEAF_SIZE} consecutive items of one group (a part,
 * a segment string), each higher node {@link #FANOUT} consecutive nodes of the level below.
 *
 * <h2>Why along the sequence</h2>
 * Consecutive items of a line lie next to each other, so a box of consecutive items stays as small as the
 * stretch it covers whatever the line's shape. JTS's STR packing sorts items into vertical slices and packs
 * each slice by y, and its Hilbert R-tree packs them along a Hilbert curve of the extent normalised to a
 * square; for a long line running east–west both give leaves that are slivers kilometres wide, and a search
 * box of a few tens of metres meets nearly every leaf of its slice (a quarter of the time of the 100 000-vertex
 * comparison went into such searches, and most of the noding time).
 *
 * <h2>Thread safety</h2>
 * Immutable after construction; searches allocate nothing shared.
 */
final class BoxTree {

  /** Items per leaf: a few, so a leaf's box is hardly larger than its items. */
  static final int LEAF_SIZE = 8;

  /** Children per node above the leaves. */
  static final int FANOUT = 8;

  private final double[] itemMinX;
  private final double[] itemMaxX;
  private final double[] itemMinY;
  private final double[] itemMaxY;
  private final double[] minX;
  private final double[] maxX;
  private final double[] minY;
  private final double[] maxY;
  /** A leaf's first item, or a node's first child. */
  private final int[] first;
  /** A leaf's number of items, or a node's number of children. */
  private final int[] count;
  private final int leaves;
  private final int root;

  /**
   * The tree over items 0..n−1 with boxes [x0, x1] × [y0, y1]; {@code group[k]} (or null: one group) keeps
   * items of different groups out of one leaf. The arrays are kept, not copied.
   */
  BoxTree(double[] x0, double[] x1, double[] y0, double[] y1, int[] group) {
    itemMinX = x0;
    itemMaxX = x1;
    itemMinY = y0;
    itemMaxY = y1;
    int items = x0.length;
    int leafCount = 0;
    for (int k = 0; k < items; k = leafEnd(k, group)) {
      leafCount++;
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
    for (int k = 0; k < items; ) {
      int end = leafEnd(k, group);
      first[n] = k;
      count[n] = end - k;
      box(n, x0, x1, y0, y1, k, end);
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
        box(n, minX, maxX, minY, maxY, first[n], first[n] + count[n]);
        n++;
      }
      levelStart = next;
      levelSize = n - next;
    }
    root = n - 1;
  }

  /** End (exclusive) of the leaf starting at item k: at most LEAF_SIZE items, all of k's group. */
  private int leafEnd(int k, int[] group) {
    int end = k + 1;
    while (end < itemMinX.length && end - k < LEAF_SIZE && (group == null || group[end] == group[k])) {
      end++;
    }
    return end;
  }

  private void box(int n, double[] x0, double[] x1, double[] y0, double[] y1, int from, int to) {
    double ax = Double.POSITIVE_INFINITY;
    double bx = Double.NEGATIVE_INFINITY;
    double ay = Double.POSITIVE_INFINITY;
    double by = Double.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) {
      ax = Math.min(ax, x0[i]);
      bx = Math.max(bx, x1[i]);
      ay = Math.min(ay, y0[i]);
      by = Math.max(by, y1[i]);
    }
    minX[n] = ax;
    maxX[n] = bx;
    minY[n] = ay;
    maxY[n] = by;
  }

  /** Visits, in increasing order, every item whose box meets the box [x0, x1] × [y0, y1]. */
  void query(double x0, double x1, double y0, double y1, IntConsumer visitor) {
    if (root >= 0) {
      query(root, x0, x1, y0, y1, visitor);
    }
  }

  private void query(int n, double x0, double x1, double y0, double y1, IntConsumer visitor) {
    if (minX[n] > x1 || maxX[n] < x0 || minY[n] > y1 || maxY[n] < y0) {
      return;
    }
    if (n < leaves) {
      for (int k = first[n]; k < first[n] + count[n]; k++) {
        if (itemMinX[k] <= x1 && itemMaxX[k] >= x0 && itemMinY[k] <= y1 && itemMaxY[k] >= y0) {
          visitor.accept(k);
        }
      }
      return;
    }
    for (int c = first[n]; c < first[n] + count[n]; c++) {
      query(c, x0, x1, y0, y1, visitor);
    }
  }

  /**
   * The item nearest to (x, y) by {@code distance}, which must be at least the distance to the item's box;
   * of equally near items, the first. −1 when there are none.
   */
  int nearest(double x, double y, IntToDoubleFunction distance) {
    int[] best = {-1};
    double[] bestD = {Double.POSITIVE_INFINITY};
    if (root >= 0) {
      nearest(root, x, y, distance, best, bestD);
    }
    return best[0];
  }

  private void nearest(int n, double x, double y, IntToDoubleFunction distance, int[] best, double[] bestD) {
    if (n < leaves) {
      for (int k = first[n]; k < first[n] + count[n]; k++) {
        double d = distance.applyAsDouble(k);
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
      nearest(order[i], x, y, distance, best, bestD);
    }
  }

  private double boxDistance(int n, double x, double y) {
    double dx = Math.max(0, Math.max(minX[n] - x, x - maxX[n]));
    double dy = Math.max(0, Math.max(minY[n] - y, y - maxY[n]));
    return Math.sqrt(dx * dx + dy * dy);
  }
}
