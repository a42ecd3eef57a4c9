/**
 * Common boundaries of two parties' territories: {@link org.groma.geo.boundary.CommonBoundaryOp} extracts
 * the lines along which two (Multi)Polygon territories meet, enclave and exclave rings included, with a
 * snapping tolerance in metres, the tripoints with third parties, and the overlaps and gaps between the two
 * datasets.
 *
 * <p>Conventions: WGS84, edges geodesic; every part is oriented with party A on its left (what line
 * comparison expects); every vertex of a result is an input vertex, party A's where both have one; lengths
 * and areas are geodesic (metres, square metres).
 */
package org.groma.geo.boundary;
