package org.groma.geo.geodesic;

/**
 * Area and perimeter of a polygon (or multipolygon) with geodesic edges.
 *
 * @param areaM2 area in square metres: outer rings minus holes
 * @param perimeterM total length of all rings, holes included, metres
 */
public record PolygonMeasure(double areaM2, double perimeterM) {}
