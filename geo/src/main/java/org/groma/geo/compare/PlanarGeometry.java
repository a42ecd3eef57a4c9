package org.groma.geo.compare;

/** Small planar helpers of line comparison (no allocation). */
final class PlanarGeometry {

  private PlanarGeometry() {}

  /** Euclidean distance from (px, py) to the segment (ax, ay)–(bx, by). */
  static double pointSegmentDistance(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
    t = Math.clamp(t, 0, 1);
    double qx = ax + t * dx - px;
    double qy = ay + t * dy - py;
    return Math.sqrt(qx * qx + qy * qy);
  }

  /** Parameter in [0, 1] of the point of the segment nearest to (px, py). */
  static double projectionParameter(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    return len2 == 0 ? 0 : Math.clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0, 1);
  }

  /** Twice the signed area of (a, b, p): positive when p lies left of a→b. */
  static double cross(double ax, double ay, double bx, double by, double px, double py) {
    return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  }
}
