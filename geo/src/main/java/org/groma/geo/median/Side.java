package org.groma.geo.median;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * One party's side of a median line: the bank lines of a river or lake, a coast, or a set of basepoints.
 *
 * <p>A side is a list of parts. A part of two or more vertices is a polyline of geodesic segments; a part
 * of one vertex is a basepoint. The distance from a point to the side is the geodesic distance to the
 * nearest point of any part. The parts joined in order also form the side's <em>course</em>, along which
 * {@link MedianLineOp} pairs this side with the other: give the parts in order along the shore.
 *
 * <p>Validated on construction: a name, at least one part, no empty part, and no line part whose vertices
 * are all the same point (a degenerate bank).
 *
 * <h2>Thread safety</h2>
 * Immutable.
 *
 * @param name the party or bank, used in messages ("bank A")
 * @param parts polylines (two or more vertices) and basepoints (one vertex)
 */
public record Side(String name, List<List<GeoPoint>> parts) {

  public Side {
    if (name == null || name.isBlank()) {
      throw new GeoInputException("a side needs a name");
    }
    if (parts == null || parts.isEmpty()) {
      throw new GeoInputException(name + " is empty: it has no line and no basepoint");
    }
    List<List<GeoPoint>> copy = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      List<GeoPoint> part = parts.get(i);
      if (part == null || part.isEmpty()) {
        throw new GeoInputException(name + ", part " + i + ": no vertex");
      }
      if (part.size() >= 2 && part.stream().distinct().count() == 1) {
        throw new GeoInputException(name + ", part " + i + ": degenerate line: all " + part.size()
            + " vertices are the same point " + part.getFirst());
      }
      copy.add(List.copyOf(part));
    }
    parts = List.copyOf(copy);
  }

  /** A side made of bank lines (each of at least two vertices). */
  public static Side ofLines(String name, List<List<GeoPoint>> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).size() < 2) {
        throw new GeoInputException(name + ", line " + i + ": a bank line needs at least 2 vertices, got "
            + lines.get(i).size());
      }
    }
    return new Side(name, lines);
  }

  /** A side made of basepoints only. */
  public static Side ofBasepoints(String name, List<GeoPoint> points) {
    return new Side(name, points.stream().map(List::of).toList());
  }

  /** The parts joined in order, consecutive repeats dropped: the path the side is paired along. */
  public List<GeoPoint> course() {
    List<GeoPoint> course = new ArrayList<>();
    for (List<GeoPoint> part : parts) {
      for (GeoPoint p : part) {
        if (course.isEmpty() || !course.getLast().equals(p)) {
          course.add(p);
        }
      }
    }
    return course;
  }

  /** True when every part is a line (no basepoint). */
  public boolean isLines() {
    return parts.stream().allMatch(p -> p.size() >= 2);
  }
}
