package org.groma.geo.compare;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;

/**
 * One line of a comparison after orientation and densification: per part the densified vertices, their
 * plane coordinates and the distance along the line; all segments in a {@link ChainIndex} of the plane.
 * Package-private working state of {@link LineComparisonOp}.
 */
final class PreparedLine {

  final int lineNumber;
  final List<Part> parts = new ArrayList<>();
  final List<Integer> reversedParts = new ArrayList<>();
  /** Segment k runs from vertex segVertex[k] to segVertex[k] + 1 of part segPart[k]. */
  int[] segPart;
  int[] segVertex;
  ChainIndex index;
  double lengthM;

  /** One part: original index, densified vertices, plane coordinates, cumulative length. */
  static final class Part {
    final int originalIndex;
    final GeoPoint[] points;
    final double[] x;
    final double[] y;
    /** Geodesic distance from the start of the line's first part to each vertex. */
    final double[] along;
    final boolean closed;
    /** Number of vertices as given, before densification. */
    int originalSize;

    Part(int originalIndex, GeoPoint[] points, double[] x, double[] y, double[] along) {
      this.originalIndex = originalIndex;
      this.points = points;
      this.x = x;
      this.y = y;
      this.along = along;
      this.closed = points.length > 2 && points[0].equals(points[points.length - 1]);
    }

    int size() {
      return points.length;
    }
  }

  PreparedLine(int lineNumber) {
    this.lineNumber = lineNumber;
  }

  /** Checks the raw parts: at least two vertices each, no vertex repeating its predecessor. */
  static void validate(int lineNumber, List<List<GeoPoint>> parts) {
    if (parts == null || parts.isEmpty()) {
      throw new GeoInputException("line " + lineNumber + " has no parts");
    }
    for (int i = 0; i < parts.size(); i++) {
      List<GeoPoint> p = parts.get(i);
      if (p == null || p.size() < 2) {
        throw new GeoInputException("line " + lineNumber + ", part " + i + ": a line part needs at least 2 vertices, got "
            + (p == null ? 0 : p.size()));
      }
      for (int v = 1; v < p.size(); v++) {
        if (p.get(v).equals(p.get(v - 1))) {
          throw new GeoInputException("line " + lineNumber + ", part " + i + ", vertex " + v
              + ": repeats the previous vertex " + p.get(v) + " (a zero-length segment has no direction)");
        }
      }
      if (p.size() < 4 && p.getFirst().equals(p.getLast())) {
        throw new GeoInputException("line " + lineNumber + ", part " + i + ": a closed ring needs at least 4 positions");
      }
    }
  }

  /** Densifies each (already oriented) part and builds the plane coordinates and the segment index. */
  static PreparedLine build(int lineNumber, List<List<GeoPoint>> oriented, List<Integer> originalIndex,
      List<Integer> reversed, LocalPlane plane, double maxSagM) {
    PreparedLine line = new PreparedLine(lineNumber);
    line.reversedParts.addAll(reversed);
    double along = 0;
    int segments = 0;
    for (int i = 0; i < oriented.size(); i++) {
      List<GeoPoint> raw = oriented.get(i);
      List<GeoPoint> dense = new ArrayList<>(raw.size() * 2);
      dense.add(raw.getFirst());
      for (int v = 1; v < raw.size(); v++) {
        List<GeoPoint> piece = Geodesics.WGS84.densify(raw.get(v - 1), raw.get(v), maxSagM);
        dense.addAll(piece.subList(1, piece.size()));
      }
      int n = dense.size();
      GeoPoint[] pts = dense.toArray(new GeoPoint[0]);
      double[] x = new double[n];
      double[] y = new double[n];
      double[] a = new double[n];
      for (int v = 0; v < n; v++) {
        x[v] = plane.x(pts[v]);
        y[v] = plane.y(pts[v]);
        if (v > 0) {
          along += Geodesic.WGS84.Inverse(pts[v - 1].latDeg(), pts[v - 1].lonDeg(), pts[v].latDeg(),
              pts[v].lonDeg(), GeodesicMask.DISTANCE).s12;
        }
        a[v] = along;
      }
      Part part = new Part(originalIndex.get(i), pts, x, y, a);
      part.originalSize = raw.size();
      line.parts.add(part);
      segments += n - 1;
    }
    line.lengthM = along;
    line.segPart = new int[segments];
    line.segVertex = new int[segments];
    int k = 0;
    for (int p = 0; p < line.parts.size(); p++) {
      Part part = line.parts.get(p);
      for (int v = 0; v + 1 < part.size(); v++) {
        line.segPart[k] = p;
        line.segVertex[k] = v;
        k++;
      }
    }
    line.index = new ChainIndex(line);
    return line;
  }

  /** Densified vertices of all parts. */
  long vertexCount() {
    return segPart.length + parts.size();
  }

  int segmentCount() {
    return segPart.length;
  }

  /** Planar distance from (px, py) to segment k. */
  double planarDistance(int k, double px, double py) {
    Part p = parts.get(segPart[k]);
    int v = segVertex[k];
    return PlanarGeometry.pointSegmentDistance(px, py, p.x[v], p.y[v], p.x[v + 1], p.y[v + 1]);
  }
}
