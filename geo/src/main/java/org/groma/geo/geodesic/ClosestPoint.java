package org.groma.geo.geodesic;

import org.groma.geo.GeoPoint;

/**
 * The point of a geodesic polyline nearest to a given point.
 *
 * @param point the nearest point on the polyline
 * @param distanceM geodesic distance from the given point to {@code point}, metres
 * @param segmentIndex index of the segment holding it (segment i runs from vertex i to vertex i + 1)
 * @param alongSegmentM distance from the segment's first vertex to {@code point} along the segment, metres
 * @param alongLineM distance from the polyline's first vertex to {@code point} along the line, metres
 */
public record ClosestPoint(
    GeoPoint point, double distanceM, int segmentIndex, double alongSegmentM, double alongLineM) {}
