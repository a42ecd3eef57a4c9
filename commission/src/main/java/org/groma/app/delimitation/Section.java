package org.groma.app.delimitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;

/**
 * A named stretch of a boundary ("S-3", "Northern section"): its turning points in order and the segments
 * between consecutive ones.
 *
 * @param id short identifier, unique in its boundary, e.g. {@code "S-3"}
 * @param name the name the commission uses, e.g. {@code "Northern section"}
 * @param turningPoints at least two, numbered consecutively
 * @param segments one fewer than the turning points; segment i runs from turning point i to i + 1
 */
public record Section(String id, String name, List<TurningPoint> turningPoints, List<Segment> segments) {

  public Section {
    if (id == null || id.isBlank()) {
      throw new BadInputException("a section needs an id such as \"S-3\"");
    }
    Objects.requireNonNull(name, "name");
    turningPoints = List.copyOf(turningPoints);
    segments = List.copyOf(segments);
    if (turningPoints.size() < 2) {
      throw new BadInputException("section " + id + ": needs at least 2 turning points, got " + turningPoints.size());
    }
    if (segments.size() != turningPoints.size() - 1) {
      throw new BadInputException("section " + id + ": " + turningPoints.size() + " turning points need "
          + (turningPoints.size() - 1) + " segments, got " + segments.size());
    }
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (!s.from().equals(turningPoints.get(i)) || !s.to().equals(turningPoints.get(i + 1))) {
        throw new BadInputException("section " + id + ": segment " + i + " runs from turning point "
            + s.from().number() + " to " + s.to().number() + ", not between turning points "
            + turningPoints.get(i).number() + " and " + turningPoints.get(i + 1).number());
      }
    }
  }

  /**
   * A section whose turning points are the vertices of {@code line}, numbered from {@code startNumber}, and
   * whose segments all have the given line type (geodesic or rhumb), status unresolved and no sources.
   */
  public static Section ofLine(String id, String name, List<GeoPoint> line, int startNumber, LineType lineType) {
    if (lineType instanceof LineType.FollowsFeature) {
      throw new BadInputException("section " + id + ": a line of turning points cannot be follows-feature; "
          + "build a follows-feature segment with its course instead");
    }
    List<TurningPoint> tps = new ArrayList<>();
    for (int i = 0; i < line.size(); i++) {
      tps.add(TurningPoint.of(startNumber + i, line.get(i)));
    }
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i + 1 < tps.size(); i++) {
      try {
        segments.add(Segment.of(tps.get(i), tps.get(i + 1), lineType));
      } catch (BadInputException e) {
        throw new BadInputException("section " + id + ", vertices " + i + " and " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new Section(id, name, tps, segments);
  }

  /** The first turning point. */
  public TurningPoint first() {
    return turningPoints.getFirst();
  }

  /** The last turning point. */
  public TurningPoint last() {
    return turningPoints.getLast();
  }

  /** Length along all segments, each by its line type, metres. */
  public double lengthM() {
    double sum = 0;
    for (Segment s : segments) {
      sum += s.measure().lengthM();
    }
    return sum;
  }
}
