package org.groma.app.server.ogc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The items of a collection that have a time, sorted by start, so that a {@code datetime} query looks at the
 * items that can meet it rather than at every item: those starting from (the filter's start − the longest
 * closed interval) to the filter's end, found by binary search, plus the items still open. A month of a
 * 100 000-feature collection is then a few thousand comparisons, whatever the collection's size.
 *
 * <h2>Thread safety</h2>
 * Immutable once built.
 */
final class TimeIndex {

  /** Item positions in the layer, sorted by start time (closed items only). */
  private final int[] byStart;
  private final long[] startSeconds;
  private final int[] startNanos;
  /** Positions of items whose interval is still open: checked on every query. */
  private final int[] open;
  private final Duration longest;

  TimeIndex(List<OgcItem> items) {
    List<Integer> closed = new ArrayList<>();
    List<Integer> openItems = new ArrayList<>();
    Duration longestClosed = Duration.ZERO;
    for (int i = 0; i < items.size(); i++) {
      FeatureTime t = items.get(i).time();
      if (t == null) {
        continue;
      }
      if (t.open()) {
        openItems.add(i);
      } else {
        closed.add(i);
        Duration d = Duration.between(t.start(), t.end());
        longestClosed = d.compareTo(longestClosed) > 0 ? d : longestClosed;
      }
    }
    closed.sort(Comparator.comparing((Integer i) -> items.get(i).time().start()).thenComparing(i -> i));
    byStart = closed.stream().mapToInt(Integer::intValue).toArray();
    startSeconds = new long[byStart.length];
    startNanos = new int[byStart.length];
    for (int k = 0; k < byStart.length; k++) {
      Instant s = items.get(byStart[k]).time().start();
      startSeconds[k] = s.getEpochSecond();
      startNanos[k] = s.getNano();
    }
    open = openItems.stream().mapToInt(Integer::intValue).toArray();
    longest = longestClosed;
  }

  /**
   * Positions (in layer order) of the items whose time may meet {@code filter}: a superset of those that do,
   * which the caller tests with {@link TimeFilter#intersects}.
   */
  int[] candidates(TimeFilter filter) {
    int lo = filter.from() == null ? 0 : firstStartingAtOrAfter(earliest(filter.from()));
    int hi = filter.to() == null || filter.to().equals(Instant.MAX) ? byStart.length
        : firstStartingAtOrAfter(filter.to().plusNanos(1));
    int n = Math.max(0, hi - lo);
    int[] out = new int[n + open.length];
    System.arraycopy(byStart, lo, out, 0, n);
    System.arraycopy(open, 0, out, n, open.length);
    Arrays.sort(out); // back to layer order, so pages follow the collection's order
    return out;
  }

  /** {@code from} less the longest interval: no closed item starting before it reaches {@code from}. */
  private Instant earliest(Instant from) {
    return from.isBefore(Instant.MIN.plus(longest)) ? Instant.MIN : from.minus(longest);
  }

  private int firstStartingAtOrAfter(Instant t) {
    long sec = t.getEpochSecond();
    int nano = t.getNano();
    int lo = 0;
    int hi = byStart.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (startSeconds[mid] < sec || (startSeconds[mid] == sec && startNanos[mid] < nano)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
