package org.groma.geo.geodesic;

/**
 * The solution of the inverse geodesic problem between two points.
 *
 * @param distanceM geodesic distance, metres
 * @param azimuth1Deg azimuth of the geodesic at the first point, degrees clockwise from north, in [−180°, 180°]
 * @param azimuth2Deg forward azimuth at the second point, degrees, in [−180°, 180°]
 */
public record GeodesicInverse(double distanceM, double azimuth1Deg, double azimuth2Deg) {}
