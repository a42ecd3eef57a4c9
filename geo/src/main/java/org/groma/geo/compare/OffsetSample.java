package org.groma.geo.compare;

/**
 * The offset of line 1 from line 2 at one point of line 1.
 *
 * @param part part of line 1
 * @param alongM geodesic distance along line 1 from the start of its first part (parts counted in order)
 * @param offsetM geodesic distance to the nearest point of line 2, metres
 */
public record OffsetSample(int part, double alongM, double offsetM) {}
