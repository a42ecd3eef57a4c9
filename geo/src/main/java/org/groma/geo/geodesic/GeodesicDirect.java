package org.groma.geo.geodesic;

import org.groma.geo.GeoPoint;

/**
 * The solution of the direct geodesic problem: where a geodesic of given start, azimuth and length ends.
 *
 * @param point the end point, longitude normalised to [−180°, 180°]
 * @param azimuthDeg forward azimuth at the end point, degrees
 */
public record GeodesicDirect(GeoPoint point, double azimuthDeg) {}
