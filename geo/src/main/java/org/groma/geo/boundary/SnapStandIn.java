package org.groma.geo.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.overlay.snap.GeometrySnapper;

/**
 * A local stand-in for a whole territory ring in JTS's snapping line overlay ({@code SnapOverlayOp}) with a
 * gap's outline: the runs of the ring near the outline, plus the segments at the ring's four extreme
 * vertices.
 *
 * <p><b>Why the overlay is the same.</b> {@code SnapOverlayOp} takes its snapping tolerance from both
 * geometries' envelopes and removes the bits common to all their coordinates, which depend only on the
 * smallest and largest value of each ordinate: the extreme segments give the stand-in the ring's envelope, so
 * both are unchanged. It then snaps the outline's vertices to ring vertices within the tolerance and the ring
 * to the snapped outline; all of that happens within a few tolerances of the outline, where the runs hold
 * every segment of the ring (the runs are taken with a margin of four tolerances and end outside it). Two
 * cases would snap differently and are refused (null, so the caller uses the whole ring): two runs within
 * four tolerances of each other (the whole ring puts a snap point into its nearest segment only, runs each
 * take it), and a run through the ring's first vertex (there the ring orders its segments differently, which
 * decides ties).
 */
final class SnapStandIn {

  private SnapStandIn() {}

  static Geometry of(Geometry outline, LineString ring, CommonBoundaryOp.RingBoxes rb) {
    if (rb == null) {
      return null;
    }
    double tol = GeometrySnapper.computeOverlaySnapTolerance(outline, ring);
    Envelope box = outline.getEnvelopeInternal().copy();
    box.expandBy(Math.max(CommonBoundaryOp.TOUCH_DEG, 4 * tol));
    Coordinate[] cs = rb.cs();
    int n = cs.length - 1;
    if (box.intersects(cs[n - 1], cs[n]) && box.intersects(cs[0], cs[1])) {
      return null;
    }
    List<LineString> runs = CommonBoundaryOp.runList(rb, box);
    if (runs == null || (runs.size() == 1 && runs.getFirst().getNumPoints() == cs.length)) {
      return null;
    }
    for (int i = 0; i < runs.size(); i++) {
      for (int j = i + 1; j < runs.size(); j++) {
        if (runs.get(i).isWithinDistance(runs.get(j), 4 * tol)) {
          return null;
        }
      }
    }
    List<LineString> parts = new ArrayList<>(runs);
    for (int k : rb.extremes()) {
      if (!box.intersects(cs[k], cs[k + 1])) { // else segment k is in a run
        parts.add(TerritoryGeometry.FACTORY.createLineString(new Coordinate[] {cs[k], cs[k + 1]}));
      }
    }
    Geometry g = TerritoryGeometry.FACTORY.createMultiLineString(parts.toArray(LineString[]::new));
    return g.getEnvelopeInternal().equals(ring.getEnvelopeInternal()) ? g : null;
  }

  /** Indices of the first vertices with the smallest and largest x and y. */
  static Set<Integer> extremes(Coordinate[] cs) {
    int minX = 0;
    int maxX = 0;
    int minY = 0;
    int maxY = 0;
    for (int k = 1; k < cs.length - 1; k++) {
      if (cs[k].x < cs[minX].x) {
        minX = k;
      }
      if (cs[k].x > cs[maxX].x) {
        maxX = k;
      }
      if (cs[k].y < cs[minY].y) {
        minY = k;
      }
      if (cs[k].y > cs[maxY].y) {
        maxY = k;
      }
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(minX, maxX, minY, maxY)));
  }
}
