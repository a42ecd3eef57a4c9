/**
 * Simplification of lines for display with a guaranteed largest geodesic deviation:
 * {@link org.groma.geo.simplify.SimplifyOp}. Densification for printing lives in
 * {@link org.groma.geo.geodesic.Geodesics#densify} and {@link org.groma.geo.geodesic.Geodesics#densifyByDistance}.
 *
 * <p>Every vertex of a result is an input vertex; distances are geodesic metres on WGS84.
 */
package org.groma.geo.simplify;
