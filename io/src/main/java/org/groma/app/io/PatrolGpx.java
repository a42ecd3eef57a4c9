package org.groma.app.io;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.groma.app.BadInputException;
import org.groma.app.commission.PatrolEvent.TrackPart;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoInputException;

/**
 * A patrol's track read from a GPX 1.1 file, strictly: every {@code trkpt} of every {@code trk}/{@code trkseg}
 * becomes a fix with its exact coordinates (decimal text to nanodegrees, never through a binary double; more
 * than nine decimals is refused, not rounded) and its {@code <time>}. A point without a time, a time without
 * a UTC offset (which would have to be guessed), a time before the fix before it, a latitude or longitude out
 * of range or not a number, and a segment with fewer than two fixes are refused, naming the line and column
 * of the {@code trkpt}, its segment and point number, and the field. Elevations are not part of the record
 * (the coverage is on the ellipsoid); the GPX file's hash keeps them.
 *
 * <p>Waypoints and routes are not track: they are counted ({@link #waypoints()}, {@link #routes()}) so the
 * caller can say they were not imported, never silently.
 *
 * @param sha256 SHA-256 of the exact bytes read, 64 lower-case hex digits
 * @param parts one per {@code trkseg}, in file order (several {@code trk} are joined in order)
 * @param name the first {@code trk}'s name, or null
 */
public record PatrolGpx(String sha256, List<TrackPart> parts, String name, int waypoints, int routes,
    int elevations) {

  /**
   * Reads {@code bytes}, a GPX file named {@code sourceName} in messages.
   *
   * @throws BadInputException naming the file, line, column, element and field of the first problem
   */
  public static PatrolGpx read(byte[] bytes, String sourceName) {
    Reader reader = new Reader(sourceName);
    XMLStreamReader r = SafeXml.open(new ByteArrayInputStream(bytes), sourceName);
    try {
      String root = SafeXml.root(r, sourceName);
      if (!root.equals("gpx")) {
        throw new BadInputException(sourceName + ": the root element is <" + root + ">, not <gpx>: not a GPX"
            + " document");
      }
      reader.document(r);
      r.close();
    } catch (XMLStreamException e) {
      throw SafeXml.error(e, sourceName);
    }
    if (reader.parts.isEmpty()) {
      throw new BadInputException(sourceName + ": no <trkseg> with fixes: a patrol is recorded from a track"
          + " (GPX <trk>), and this file has " + reader.waypoints + " waypoints and " + reader.routes + " routes");
    }
    return new PatrolGpx(Sha256.hex(bytes), List.copyOf(reader.parts), reader.name, reader.waypoints, reader.routes,
        reader.elevations);
  }

  /** Number of fixes in all parts. */
  public int fixes() {
    return parts.stream().mapToInt(p -> p.points().size()).sum();
  }

  private static final class Reader {
    private final String sourceName;
    private final List<TrackPart> parts = new ArrayList<>();
    private String name;
    private int waypoints;
    private int routes;
    private int elevations;
    private int trk;
    private Instant lastTime;
    private String lastWhere;

    Reader(String sourceName) {
      this.sourceName = sourceName;
    }

    void document(XMLStreamReader r) throws XMLStreamException {
      for (String child; (child = SafeXml.nextChild(r, sourceName, "gpx")) != null; ) {
        switch (child) {
          case "trk" -> track(r);
          case "wpt" -> {
            waypoints++;
            SafeXml.skip(r, sourceName);
          }
          case "rte" -> {
            routes++;
            SafeXml.skip(r, sourceName);
          }
          default -> SafeXml.skip(r, sourceName);
        }
      }
    }

    private void track(XMLStreamReader r) throws XMLStreamException {
      int t = trk++;
      int segment = 0;
      for (String child; (child = SafeXml.nextChild(r, sourceName, "trk")) != null; ) {
        switch (child) {
          case "name" -> {
            String n = SafeXml.text(r, sourceName).strip();
            if (name == null && !n.isEmpty()) {
              name = n;
            }
          }
          case "trkseg" -> segment(r, "trk " + t + ", trkseg " + segment++);
          default -> SafeXml.skip(r, sourceName);
        }
      }
    }

    private void segment(XMLStreamReader r, String where) throws XMLStreamException {
      String at = SafeXml.at(r);
      List<CanonicalPoint> points = new ArrayList<>();
      List<Instant> times = new ArrayList<>();
      for (String child; (child = SafeXml.nextChild(r, sourceName, "trkseg")) != null; ) {
        if (!child.equals("trkpt")) {
          SafeXml.skip(r, sourceName);
          continue;
        }
        String point = sourceName + ": " + SafeXml.at(r) + ": <trkpt> " + points.size() + " of " + where;
        points.add(position(r, point));
        Instant time = fixTime(r, point);
        if (lastTime != null && time.isBefore(lastTime)) {
          throw new BadInputException(point + ": time " + time + " is before the fix before it (" + lastWhere
              + ", " + lastTime + "); a track's fixes follow one another in time");
        }
        lastTime = time;
        lastWhere = "<trkpt> " + points.size() + " of " + where;
        times.add(time);
      }
      if (points.size() < 2) {
        throw new BadInputException(sourceName + ": " + at + ": <trkseg> (" + where + ") has " + points.size()
            + " <trkpt>; a track segment needs at least 2 fixes (delete the segment if it is empty)");
      }
      parts.add(new TrackPart(points, times));
    }

    /** The trkpt's lat and lon attributes, exactly. */
    private CanonicalPoint position(XMLStreamReader r, String where) {
      long lat = degrees(r, where, "lat", 90);
      long lon = degrees(r, where, "lon", 180);
      return new CanonicalPoint(lon, lat);
    }

    private long degrees(XMLStreamReader r, String where, String field, int limit) {
      String text = r.getAttributeValue(null, field);
      if (text == null) {
        throw new BadInputException(where + ": field " + field + ": missing (a <trkpt> has lat and lon attributes,"
            + " decimal degrees WGS 84)");
      }
      long nano;
      try {
        nano = CanonicalPoint.parseNanodeg(text);
      } catch (GeoInputException e) {
        throw new BadInputException(where + ": field " + field + ": " + e.getMessage());
      }
      if (Math.abs(nano) > limit * CanonicalPoint.NANODEG_PER_DEG) {
        throw new BadInputException(where + ": field " + field + ": " + text.strip() + " is outside [-" + limit
            + ", " + limit + "] degrees");
      }
      return nano;
    }

    /** The trkpt's {@code <time>}, read through its end; refuses a missing one. */
    private Instant fixTime(XMLStreamReader r, String where) throws XMLStreamException {
      Instant time = null;
      for (String child; (child = SafeXml.nextChild(r, sourceName, "trkpt")) != null; ) {
        switch (child) {
          case "time" -> time = time(SafeXml.text(r, sourceName).strip(), where);
          case "ele" -> {
            elevations++;
            SafeXml.skip(r, sourceName);
          }
          default -> SafeXml.skip(r, sourceName);
        }
      }
      if (time == null) {
        throw new BadInputException(where + ": field time: missing; a patrol's track needs the time of every fix"
            + " (record with time stamps on, or export the track with its times)");
      }
      return time;
    }

    private static Instant time(String text, String where) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        boolean noOffset = text.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+");
        throw new BadInputException(where + ": field time: \"" + text + "\" is not "
            + (noOffset ? "a time with its UTC offset: add Z (UTC) or +hh:mm, the zone is never guessed"
                : "an XML Schema dateTime such as 2025-06-02T07:15:30Z"));
      }
    }
  }
}
