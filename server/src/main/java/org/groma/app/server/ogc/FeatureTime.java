package org.groma.app.server.ogc;

import java.time.Instant;
import java.util.Objects;

/**
 * A feature's time, what {@code datetime} selects on (17-069r4, 7.15.4): an instant (a status change, an
 * incident's occurrence), or an interval (a patrol from its first fix to its last, a post from its
 * establishment to its closing). An interval whose end is null is still open (a post not yet closed).
 *
 * @param start the instant, or the interval's first instant
 * @param end the interval's last instant (equal to {@code start} for an instant), or null while open
 */
record FeatureTime(Instant start, Instant end) {

  FeatureTime {
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("a feature's time ends (" + end + ") before it starts (" + start + ")");
    }
  }

  static FeatureTime instant(Instant t) {
    return new FeatureTime(t, t);
  }

  /** From {@code start} to {@code end}, or still open when {@code end} is null. */
  static FeatureTime interval(Instant start, Instant end) {
    return new FeatureTime(start, end);
  }

  boolean open() {
    return end == null;
  }
}
