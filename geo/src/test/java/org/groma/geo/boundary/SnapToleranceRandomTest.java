package org.groma.geo.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

/**
 * The snapping decision against geodesic distances: random quadrilaterals whose shared side is an A edge
 * of 50 m to 20 km in any direction at latitudes up to 70°, and a B whose matching side lies a random
 * geodesic distance away. B's side must be shared exactly when that distance is within the tolerance.
 */
class SnapToleranceRandomTest {

  static final Geodesics G = Geodesics.WGS84;

  /** Cases this close to the tolerance are skipped: the decision there is within the stated 1e-6 relative. */
  static final double UNDECIDED_M = 1e-5;

  @Test
  void an_offset_side_is_shared_exactly_when_within_the_tolerance() {
    Random random = new Random(20261128);
    int checked = 0;
    for (int i = 0; i < 400; i++) {
      GeoPoint p = new GeoPoint(-70 + 140 * random.nextDouble(), -179 + 358 * random.nextDouble());
      double azimuth = 360 * random.nextDouble();
      double lengthM = 50 * Math.pow(400, random.nextDouble());
      double tolM = 0.1 * Math.pow(100, random.nextDouble());
      double offsetM = tolM * (0.5 + random.nextDouble());
      if (Math.abs(offsetM - tolM) < UNDECIDED_M) {
        continue;
      }
      GeoPoint q = G.direct(p, azimuth, lengthM).point();
      // A lies to the left of p→q; B to the right, its side shifted right by offsetM (perpendicular at
      // each end, so every point of B's side is offsetM from A's edge to first order).
      double right = azimuth + 90;
      GeoPoint p2 = G.direct(p, right, offsetM).point();
      GeoPoint q2 = G.direct(q, G.inverse(p, q).azimuth2Deg() + 90, offsetM).point();
      GeoPoint aFar = G.direct(p, azimuth - 90, lengthM).point();
      GeoPoint aFarQ = G.direct(q, G.inverse(p, q).azimuth2Deg() - 90, lengthM).point();
      GeoPoint bFar = G.direct(p2, right, lengthM).point();
      GeoPoint bFarQ = G.direct(q2, G.inverse(p, q).azimuth2Deg() + 90, lengthM).point();
      Territory a = new Territory("A", List.of(new GeoPolygon(ring(p, q, aFarQ, aFar))));
      Territory b = new Territory("B", List.of(new GeoPolygon(ring(q2, p2, bFar, bFarQ))));
      // The true largest distance from A's edge to B's side, measured geodesically at the ends and middle.
      double trueM = Math.max(G.closestPoint(List.of(p2, q2), p).distanceM(),
          G.closestPoint(List.of(p2, q2), q).distanceM());
      if (Math.abs(trueM - tolM) < UNDECIDED_M + 1e-6 * lengthM) {
        continue;
      }
      CommonBoundary cb = CommonBoundaryOp.extract(a, b, List.of(), tolM);
      assertThat(cb.isEmpty()).as("case %d: offset %s m, tolerance %s m, edge %s m", i, trueM, tolM, lengthM)
          .isEqualTo(trueM > tolM);
      checked++;
    }
    assertThat(checked).isGreaterThan(350);
  }

  /** A ring of the four corners in order (orientation is free; the extraction orients by itself). */
  private static GeoRing ring(GeoPoint... corners) {
    return new GeoRing(List.of(corners));
  }
}
