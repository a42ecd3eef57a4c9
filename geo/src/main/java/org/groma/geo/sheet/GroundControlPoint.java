package org.groma.geo.sheet;

/**
 * One ground control point of a sheet scan: where it is on the ground, in the sheet's Pulkovo 1942
 * Gauss–Krüger 6° zone (easting with the zone prefix, as printed on the sheet), and where it is on the scan.
 *
 * @param id {@code NW}, {@code NE}, {@code SE}, {@code SW} for frame corners, {@code X4480Y8512} (northing and
 *     easting in km) for kilometre-grid intersections
 * @param eastingM Gauss–Krüger easting Y, metres, with the zone prefix
 * @param northingM Gauss–Krüger northing X, metres
 * @param pixel scan column, pixels from the left edge
 * @param line scan row, pixels from the top edge
 */
public record GroundControlPoint(String id, double eastingM, double northingM, double pixel, double line) {}
