package org.groma.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed ring of a polygon: its distinct vertices in order, the closing edge from the last back to the
 * first implied.
 *
 * <p>GeoJSON and KML repeat the first position at the end; {@link #of(List)} accepts rings written either way
 * and drops the repeated closing vertex, so that a ring is never counted with a zero-length edge or twice.
 *
 * @param vertices at least three vertices, the first not repeated at the end
 */
public record GeoRing(List<GeoPoint> vertices) {

  public GeoRing {
    vertices = List.copyOf(vertices);
    if (vertices.size() < 3) {
      throw new GeoInputException("a ring needs at least 3 distinct vertices, got " + vertices.size());
    }
    if (vertices.getFirst().equals(vertices.getLast())) {
      throw new GeoInputException("ring vertices must not repeat the first vertex at the end; use GeoRing.of");
    }
  }

  /** A ring from positions that may or may not repeat the first vertex at the end. */
  public static GeoRing of(List<GeoPoint> positions) {
    List<GeoPoint> v = new ArrayList<>(positions);
    if (v.size() > 1 && v.getFirst().equals(v.getLast())) {
      v.removeLast();
    }
    return new GeoRing(v);
  }

  /** The vertices with the first repeated at the end, as a closed polyline (the GeoJSON ring form). */
  public List<GeoPoint> closed() {
    List<GeoPoint> l = new ArrayList<>(vertices.size() + 1);
    l.addAll(vertices);
    l.add(vertices.getFirst());
    return l;
  }
}
