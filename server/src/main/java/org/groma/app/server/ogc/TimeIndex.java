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
 * <p>When the collection's own order is by start time and no feature's time is open (the patrols), a filter's
 * features are a run of the collection, less a few at its start (those that began before the filter and
 * ended before it too): {@link #select} then counts them and finds a page by binary search, without looking
 * at the features in between.
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
  /** Whether byStart is the layer order itself (every item timed, none open, starts non-decreasing). */
  private final boolean inLayerOrder;
  private final List<OgcItem> items;

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
    boolean ordered = open.length == 0 && byStart.length == items.size();
    for (int k = 0; ordered && k < byStart.length; k++) {
      ordered = byStart[k] == k;
    }
    inLayerOrder = ordered;
    this.items = items;
  }

  /** The items a filter selects, in layer order: how many, and the positions of a page of them. */
  interface Selection {
    long count();

    /** Positions in the layer of the selected items {@code offset} to {@code offset + limit - 1}. */
    int[] page(long offset, int limit);
  }

  /** The items whose time meets {@code filter} ({@link TimeFilter#intersects}), in layer order. */
  Selection select(TimeFilter filter) {
    if (!inLayerOrder) {
      int[] matching = java.util.Arrays.stream(candidates(filter))
          .filter(i -> filter.intersects(items.get(i).time())).toArray();
      return new Selection() {
        public long count() {
          return matching.length;
        }

        public int[] page(long offset, int limit) {
          int from = (int) Math.min(offset, matching.length);
          return java.util.Arrays.copyOfRange(matching, from, (int) Math.min(matching.length, from + (long) limit));
        }
      };
    }
    // A run [started, hi) of items starting within the filter, after those that began before it and still
    // reach it (a few, within the longest interval before its start).
    int lo = filter.from() == null ? 0 : firstStartingAtOrAfter(earliest(filter.from()));
    int started = filter.from() == null ? 0 : firstStartingAtOrAfter(filter.from());
    int hi = filter.to() == null || filter.to().equals(Instant.MAX) ? byStart.length
        : firstStartingAtOrAfter(filter.to().plusNanos(1));
    int[] reaching = java.util.stream.IntStream.range(lo, started)
        .filter(i -> filter.intersects(items.get(i).time())).toArray();
    int run = Math.max(0, hi - started);
    return new Selection() {
      public long count() {
        return reaching.length + (long) run;
      }

      public int[] page(long offset, int limit) {
        int n = (int) Math.max(0, Math.min(limit, count() - offset));
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
          long i = offset + k;
          out[k] = i < reaching.length ? reaching[(int) i] : started + (int) (i - reaching.length);
        }
        return out;
      }
    };
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
