package org.groma.app.server.ogc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.groma.app.server.http.ProblemException;

/**
 * The query of an items request: {@code bbox}, {@code datetime}, {@code limit} and {@code offset}.
 *
 * <p>{@code limit} defaults to {@value #DEFAULT_LIMIT} and is capped at {@value #MAX_LIMIT}, the default and
 * maximum of 17-069r4; a larger value is served as the maximum, not refused (Permission 6: a server may
 * return fewer features than asked, and the {@code next} link brings the rest). A limit below 1 or not an
 * integer is a 400, as is a negative {@code offset}.
 */
record ItemsQuery(Optional<Bbox> bbox, Optional<TimeFilter> datetime, int limit, long offset) {

  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 10_000;

  static ItemsQuery parse(Map<String, List<String>> params) {
    return new ItemsQuery(one(params, "bbox").map(Bbox::parse), one(params, "datetime").map(TimeFilter::parse),
        one(params, "limit").map(ItemsQuery::limit).orElse(DEFAULT_LIMIT),
        one(params, "offset").map(ItemsQuery::offset).orElse(0L));
  }

  /** Whether any feature could be left out by bbox or datetime (numberMatched is then counted). */
  boolean filters() {
    return bbox.isPresent() || datetime.isPresent();
  }

  static Optional<String> one(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw new ProblemException(400, "Bad request", "the parameter " + name + " is given " + values.size()
          + " times; give it once");
    }
    return Optional.of(values.get(0));
  }

  private static int limit(String text) {
    long n = integer("limit", text);
    if (n < 1) {
      throw new ProblemException(400, "Bad limit", "limit " + n + " is below 1; give 1 to " + MAX_LIMIT
          + " features per page (default " + DEFAULT_LIMIT + ")");
    }
    return (int) Math.min(n, MAX_LIMIT);
  }

  private static long offset(String text) {
    long n = integer("offset", text);
    if (n < 0) {
      throw new ProblemException(400, "Bad offset", "offset " + n + " is negative; it counts the features to"
          + " skip, from 0");
    }
    return n;
  }

  private static long integer(String name, String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      if (text.strip().matches("[0-9]+")) {
        return Long.MAX_VALUE; // more digits than a long holds: as large as can be
      }
      throw new ProblemException(400, "Bad " + name, name + " \"" + text + "\" is not an integer");
    }
  }
}
