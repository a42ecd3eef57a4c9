/**
 * Groma's geodesy library: the values every number a commission signs is computed from.
 *
 * <p>This package holds the shared value types: {@link org.groma.geo.GeoPoint} (WGS84 latitude and
 * longitude, validated), {@link org.groma.geo.CanonicalPoint} (the journal's integer nanodegrees),
 * {@link org.groma.geo.GeoRing} and {@link org.groma.geo.GeoPolygon}, {@link org.groma.geo.Ellipsoid},
 * and {@link org.groma.geo.GeoInputException}, thrown for any input that cannot be a valid value. The
 * algorithms live in sub-packages: {@code geodesic}, {@code rhumb}, {@code crs}, {@code angle}.
 *
 * <p>Nothing here reads files, the environment or a clock; every method is a function of its arguments.
 */
package org.groma.geo;
