/**
 * Comparison of two boundary lines for the same stretch: the areas between them and whom each line gives
 * them to, the offsets between the lines (maximum, Hausdorff, mean, along the line) and the stretches where
 * they agree. Entry point: {@link org.groma.geo.compare.LineComparisonOp#compare}.
 *
 * <p>Semantics: each line is oriented so that party A lies on its left (or is oriented from a reference point
 * inside A). A face of the plane cut by both lines (plus geodesic connectors closing unshared ends) is
 * <em>disputed</em> when the two lines give it to different parties. Areas are geodesic (GeographicLib) on
 * the WGS84 ellipsoid; distances are geodesic; planar work (noding, polygonizing, labelling, spatial
 * indexes) runs in a {@link org.groma.geo.compare.LocalPlane} after densifying every geodesic edge to a
 * stated sag. Units: metres, square metres, degrees.
 */
package org.groma.geo.compare;
