/**
 * Geodesics on the ellipsoid: the inverse and direct problems, polyline lengths, polygon areas with holes,
 * the closest point of a polyline, and densification to a stated sag. Entry point: {@link
 * org.groma.geo.geodesic.Geodesics#WGS84}.
 *
 * <p>Units: metres, square metres and degrees (azimuths clockwise from north). Segments between vertices
 * are geodesics.
 */
package org.groma.geo.geodesic;
