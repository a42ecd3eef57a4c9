package org.groma.geo.compare;

/**
 * A geodesic that closes two unshared ends so the area between the lines is bounded. A connector between
 * two ends of the same line that continue each other (end of one part to start of the next) bridges a gap
 * in that line and counts as that line when faces are labelled; any other connector belongs to neither.
 *
 * @param from one end
 * @param to the other end
 * @param lengthM geodesic length, metres
 */
public record Connector(LineEnd from, LineEnd to, double lengthM) {}
