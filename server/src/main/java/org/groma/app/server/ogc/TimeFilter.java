package org.groma.app.server.ogc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.groma.app.server.http.ProblemException;

/**
 * The {@code datetime} parameter of OGC API – Features (17-069r4, 7.15.4): an instant, or an interval
 * {@code start/end} whose open end is {@code ..} or empty. Each value is an RFC 3339 date-time
 * ({@code 2024-05-14T10:00:00Z}, any offset) or a full date, which stands for that whole UTC day. A feature
 * is selected when its time ({@link FeatureTime}: an instant, or an interval that may still be open)
 * intersects the filter, ends included: "features that have a temporal geometry that intersects the value of
 * datetime are selected" (7.15.4).
 *
 * @param from first instant selected, or null for an open start
 * @param to last instant selected, or null for an open end
 */
record TimeFilter(Instant from, Instant to) {

  static TimeFilter parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length == 1) {
      if (open(parts[0])) {
        throw bad(text, "an instant cannot be open; give a date-time, or an interval such as 2024-05-01/..");
      }
      return new TimeFilter(start(text, parts[0]), end(text, parts[0]));
    }
    if (parts.length != 2) {
      throw bad(text, "an interval has one \"/\"");
    }
    Instant from = open(parts[0]) ? null : start(text, parts[0]);
    Instant to = open(parts[1]) ? null : end(text, parts[1]);
    if (from != null && to != null && from.isAfter(to)) {
      throw bad(text, "its start " + from + " is after its end " + to);
    }
    return new TimeFilter(from, to);
  }

  /** Whether {@code t} meets this filter; a feature without time (null) never does. */
  boolean intersects(FeatureTime t) {
    return t != null && (to == null || !t.start().isAfter(to))
        && (from == null || t.end() == null || !t.end().isBefore(from));
  }

  private static boolean open(String part) {
    return part.isEmpty() || part.equals("..");
  }

  private static Instant start(String text, String part) {
    if (isDate(part)) {
      return date(text, part).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    return dateTime(text, part);
  }

  private static Instant end(String text, String part) {
    if (isDate(part)) {
      return date(text, part).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
    }
    return dateTime(text, part);
  }

  private static boolean isDate(String part) {
    return part.length() == 10 && part.charAt(4) == '-' && part.charAt(7) == '-';
  }

  private static LocalDate date(String text, String part) {
    try {
      return LocalDate.parse(part);
    } catch (DateTimeParseException e) {
      throw bad(text, "\"" + part + "\" is not a date (YYYY-MM-DD)");
    }
  }

  private static Instant dateTime(String text, String part) {
    try {
      return OffsetDateTime.parse(part).toInstant();
    } catch (DateTimeParseException e) {
      throw bad(text, "\"" + part + "\" is not an RFC 3339 date-time such as 2024-05-14T10:00:00Z");
    }
  }

  private static ProblemException bad(String text, String why) {
    return new ProblemException(400, "Bad datetime", "datetime \"" + text + "\" is not an instant or"
        + " interval: " + why);
  }
}
