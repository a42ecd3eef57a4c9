/**
 * Coordinate reference systems (CRS) and datum transformations: WGS 84 geographic and UTM, Pulkovo 1942
 * (SK-42) geographic and its Gauss–Krüger zones, and the named Pulkovo 1942 → WGS 84 transformations.
 *
 * <p>Semantics:
 * <ul>
 *   <li>Every {@link org.groma.geo.crs.Coordinate} carries its {@link org.groma.geo.crs.Crs}; its two numbers
 *       are in that CRS's {@link org.groma.geo.crs.AxisOrder}, which is the EPSG order: EPSG:4326 and EPSG:4284
 *       are (latitude, longitude), OGC:CRS84 is (longitude, latitude), UTM is (easting, northing) and the
 *       Gauss–Krüger grids are (northing X, easting Y), as Soviet coordinate catalogues write them.</li>
 *   <li>{@link org.groma.geo.crs.CoordinateTransform} is the single entry point. Between CRSs on different
 *       datums it requires a {@link org.groma.geo.crs.DatumTransformation}; none is ever chosen silently,
 *       because the candidates disagree by metres.</li>
 *   <li>The map projection is our own Transverse Mercator (Karney 2011, Krüger series to n⁶), the datum shifts
 *       are the EPSG linearised Helmert formulas; both agree with PROJ 9 {@code cs2cs} to far below a
 *       millimetre (see the fixtures in {@code src/test/resources/crs}).</li>
 *   <li>Heights are not carried: a datum shift converts a point at height 0 on the source ellipsoid and drops
 *       the height on the target, as PROJ does for 2D CRSs.</li>
 * </ul>
 */
package org.groma.geo.crs;
