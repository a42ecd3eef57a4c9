package org.groma.geo.rhumb;

/**
 * The solution of the inverse rhumb-line problem: the shortest rhumb line from a first point to a second.
 *
 * @param distanceM length of the rhumb line, metres, ≥ 0
 * @param azimuthDeg constant azimuth of the line, degrees clockwise from north, in (−180°, 180°]; 0 when the
 *     two points coincide (as RhumbSolve's azi12)
 */
public record RhumbInverse(double distanceM, double azimuthDeg) {}
