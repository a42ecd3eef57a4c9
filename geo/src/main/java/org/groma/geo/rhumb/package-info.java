/**
 * Rhumb lines (loxodromes) on the ellipsoid: lines of constant azimuth, straight on the Mercator projection.
 *
 * <p>{@link org.groma.geo.rhumb.Rhumb} solves the inverse and direct problems after Karney, "The accuracy of
 * rhumb-line calculations" (2014), with results within nanometres of GeographicLib's RhumbSolve, sums
 * polylines of rhumb segments, and densifies a rhumb segment for drawing in the longitude–latitude plane.
 * A rhumb line is the path between turning points only where a commission's decision says so; the default
 * is the geodesic.
 */
package org.groma.geo.rhumb;
