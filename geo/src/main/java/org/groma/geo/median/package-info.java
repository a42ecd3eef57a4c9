/**
 * Median (equidistance) lines on the ellipsoid: the median line between two parties' sides (river banks,
 * lake shores, coasts or basepoint sets), its weighted (equiratio) variant, tripoints equidistant from three
 * sides, the basepoint catalogue of every vertex, the thalweg from soundings, and the comparison of a later
 * survey's line with an earlier one. Entry points: {@link org.groma.geo.median.MedianLineOp},
 * {@link org.groma.geo.median.TripointOp}, {@link org.groma.geo.median.ThalwegOp},
 * {@link org.groma.geo.median.SurveyComparisonOp}. See docs/median.md.
 *
 * <p>Units: metres and degrees; distances are GeographicLib geodesic distances on WGS84; segments are
 * geodesics.
 */
package org.groma.geo.median;
