package org.groma.geo.median;

import java.util.List;
import java.util.Locale;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.LonLatJts;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Refuses two sides that cross or overlap: their median line would not separate them.
 *
 * <h2>Algorithm</h2>
 * Each part pair is intersected with JTS in the longitude–latitude plane. Sides may touch only where a line
 * of each ends on the same point (two coasts meeting at the head of a bay, a land boundary reaching a
 * river); any other common point is refused with its position.
 *
 * <h2>Limitations</h2>
 * The test uses straight chords in the longitude–latitude plane, not geodesics: two sides that come within
 * the chord–geodesic sag of each other (about 1 mm for 1 km segments at mid latitudes, growing with the
 * square of the length) without touching in that plane are not refused, and their median line is then
 * computed as for sides that do not cross.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class SideChecks {

  private SideChecks() {}

  static void requireApart(Side a, Side b) {
    for (int i = 0; i < a.parts().size(); i++) {
      Geometry ga = jts(a.parts().get(i));
      for (int j = 0; j < b.parts().size(); j++) {
        Geometry gb = jts(b.parts().get(j));
        if (!ga.intersects(gb)) {
          continue;
        }
        Geometry common = ga.intersection(gb);
        if (common.getDimension() > 0) {
          Coordinate c = common.getCoordinate();
          throw new GeoInputException(a.name() + " part " + i + " and " + b.name() + " part " + j
              + " overlap along a stretch, e.g. at " + at(c) + ": the sides must not share a line");
        }
        for (Coordinate c : common.getCoordinates()) {
          if (!(isEnd(a.parts().get(i), c) && isEnd(b.parts().get(j), c))) {
            throw new GeoInputException(a.name() + " part " + i + " and " + b.name() + " part " + j
                + " cross or touch at " + at(c) + ": the sides must not cross (they may only meet where a line"
                + " of each ends)");
          }
        }
      }
    }
  }

  private static boolean isEnd(List<GeoPoint> part, Coordinate c) {
    if (part.size() < 2) {
      return false;
    }
    return same(part.getFirst(), c) || same(part.getLast(), c);
  }

  private static boolean same(GeoPoint p, Coordinate c) {
    return p.lonDeg() == c.x && p.latDeg() == c.y;
  }

  private static String at(Coordinate c) {
    return String.format(Locale.ROOT, "lat %.9f, lon %.9f", c.y, c.x);
  }

  private static Geometry jts(List<GeoPoint> part) {
    Coordinate[] cs = part.stream().map(p -> new Coordinate(p.lonDeg(), p.latDeg())).toArray(Coordinate[]::new);
    return cs.length == 1 ? LonLatJts.FACTORY.createPoint(cs[0]) : LonLatJts.FACTORY.createLineString(cs);
  }
}
