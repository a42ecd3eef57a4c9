package org.groma.geo.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The union of two territories, taking out of one of its holes what the union holds inside it: the result of
 * {@code OverlayNGRobust.overlay(hole, union, DIFFERENCE)}, computed from the union's rings near the hole only.
 *
 * <p><b>Why the result is the same.</b> OverlayNG clips a difference to the first input's envelope, grown
 * by JTS's "safe" margin and then to the full extent of every segment of either input that meets it
 * ({@code RobustClipEnvelopeComputer}); a ring whose envelope misses that clipping box gives no edge at all.
 * The stand-in keeps the union's polygons in order, each with its shell and every hole whose envelope meets
 * a box at least as large as the clipping box, so OverlayNG computes the same clipping box from it, and nodes
 * and labels the very same edges in the same order. Points are located in the union only inside the clipping
 * box, where a ring lying wholly outside it changes no count of ray crossings (a closed ring crosses a ray an
 * even number of times). What differs is the union's area, used by OverlayNG's check of the result's area:
 * that check is made again here with the whole union's area, and whenever the stand-in cannot be formed,
 * its overlay fails or that check fails, the whole union is used, exactly as before.
 *
 * <h2>Thread safety</h2>
 * Not thread-safe (caches ring boxes); one per extraction task.
 */
final class UnionHoles {

  /** OverlayNG's tolerance in its check of a result's area ({@code OverlayUtil.AREA_HEURISTIC_TOLERANCE}). */
  private static final double AREA_TOLERANCE = 0.1;

  private final Geometry union;
  private final double area;
  private final List<Polygon> polygons = new ArrayList<>();
  private final STRtree rings = new STRtree();
  private final Map<Integer, CommonBoundaryOp.RingBoxes> boxes = new HashMap<>();

  /** A ring of the union: polygon index, ring index (−1 for the shell). */
  private record RingRef(int polygon, int ring) {}

  UnionHoles(Geometry union) {
    this.union = union;
    this.area = union.getArea();
    for (int i = 0; i < union.getNumGeometries(); i++) {
      if (union.getGeometryN(i) instanceof Polygon p) {
        int index = polygons.size();
        polygons.add(p);
        for (int r = -1; r < p.getNumInteriorRing(); r++) {
          rings.insert(ring(p, r).getEnvelopeInternal(), new RingRef(index, r));
        }
      }
    }
    rings.build();
  }

  private static LinearRing ring(Polygon p, int r) {
    return r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r);
  }

  /** The hole polygon {@code hole} without the parts of the union inside it, as OverlayNG gives it. */
  Geometry difference(Polygon hole) {
    Geometry local = standIn(hole);
    if (local != null) {
      try {
        Geometry r = OverlayNG.overlay(hole, local, OverlayNG.DIFFERENCE);
        // OverlayNG's own check, with the whole union's area (it made it with the stand-in's)
        if (r.getArea() >= (hole.getArea() - area) * (1 - AREA_TOLERANCE)) {
          return r;
        }
      } catch (RuntimeException e) {
        // fall through to the whole union
      }
    }
    return OverlayNGRobust.overlay(hole, union, OverlayNG.DIFFERENCE);
  }

  /** The union's polygons near {@code hole} with the rings OverlayNG would not clip away, or null. */
  private Geometry standIn(Polygon hole) {
    Envelope target = safe(hole.getEnvelopeInternal());
    Envelope clip = target.copy();
    @SuppressWarnings("unchecked")
    List<RingRef> near = rings.query(target);
    for (RingRef ref : near) {
      CommonBoundaryOp.RingBoxes rb = boxes.computeIfAbsent(ref.polygon() * 1_000_003 + ref.ring() + 1,
          k -> CommonBoundaryOp.RingBoxes.of(ring(polygons.get(ref.polygon()), ref.ring()).getCoordinates()));
      Coordinate[] cs = rb.cs();
      int n = cs.length - 1;
      for (int c = 0; c < rb.boxes().length; c++) {
        if (rb.boxes()[c].intersects(target)) {
          for (int k = c * CommonBoundaryOp.CHUNK; k < Math.min(n, (c + 1) * CommonBoundaryOp.CHUNK); k++) {
            if (target.intersects(cs[k], cs[k + 1])) {
              clip.expandToInclude(cs[k]);
              clip.expandToInclude(cs[k + 1]);
            }
          }
        }
      }
    }
    // A larger box than OverlayNG's only keeps rings it then skips itself, so grow it a little more.
    Envelope keepBox = safe(clip);
    keepBox.expandBy(Math.max(keepBox.getWidth(), keepBox.getHeight()) * 1e-6);
    @SuppressWarnings("unchecked")
    List<RingRef> keep = new ArrayList<>(rings.query(keepBox));
    keep.sort(Comparator.comparingInt(RingRef::polygon).thenComparingInt(RingRef::ring));
    List<Polygon> parts = new ArrayList<>();
    int i = 0;
    while (i < keep.size()) {
      int polygon = keep.get(i).polygon();
      if (keep.get(i).ring() != -1) {
        return null; // a hole without its shell: cannot be expressed, use the whole union
      }
      Polygon p = polygons.get(polygon);
      List<LinearRing> holes = new ArrayList<>();
      i++;
      while (i < keep.size() && keep.get(i).polygon() == polygon) {
        holes.add(p.getInteriorRingN(keep.get(i).ring()));
        i++;
      }
      parts.add(holes.size() == p.getNumInteriorRing() ? p
          : TerritoryGeometry.FACTORY.createPolygon(p.getExteriorRing(), holes.toArray(LinearRing[]::new)));
    }
    if (parts.isEmpty()) {
      return null;
    }
    return TerritoryGeometry.FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
  }

  /** OverlayNG's "safe" envelope for floating precision: grown by a tenth of its smaller side. */
  private static Envelope safe(Envelope env) {
    double minSize = Math.min(env.getHeight(), env.getWidth());
    if (minSize <= 0.0) {
      minSize = Math.max(env.getHeight(), env.getWidth());
    }
    Envelope out = env.copy();
    out.expandBy(0.1 * minSize);
    return out;
  }
}
