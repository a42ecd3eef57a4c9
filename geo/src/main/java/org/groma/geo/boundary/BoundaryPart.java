package org.groma.geo.boundary;

import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * One maximal line of a common boundary, oriented so that party A lies on its left.
 *
 * @param vertices the line's vertices, each exactly an input vertex (party A's where both parties have one);
 *     a closed part repeats its first vertex at the end
 * @param lengthM geodesic length on WGS84, metres
 * @param closed whether the part is a ring (an enclave or exclave boundary)
 * @param encloses for a ring, whose territory it encloses; {@link Encloses#NOTHING} for an open line
 */
public record BoundaryPart(List<GeoPoint> vertices, double lengthM, boolean closed, Encloses encloses) {

  public BoundaryPart {
    vertices = List.copyOf(vertices);
    if (vertices.size() < 2) {
      throw new GeoInputException("a boundary part needs at least 2 vertices, got " + vertices.size());
    }
    if (!(lengthM >= 0)) {
      throw new GeoInputException("a boundary part's length must be a non-negative number, got " + lengthM);
    }
    boolean ring = vertices.getFirst().equals(vertices.getLast());
    if (closed != ring) {
      throw new GeoInputException("a boundary part is closed exactly when its last vertex repeats its first");
    }
    if (closed == (encloses == Encloses.NOTHING)) {
      throw new GeoInputException("a closed part encloses party A or B; an open part encloses nothing");
    }
  }

  public GeoPoint start() {
    return vertices.getFirst();
  }

  public GeoPoint end() {
    return vertices.getLast();
  }
}
