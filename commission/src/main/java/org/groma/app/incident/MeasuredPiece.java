package org.groma.app.incident;

import org.groma.geo.geodesic.GeodesicSegment;
import org.locationtech.jts.geom.Envelope;

/**
 * One geodesic piece of an agreed line, as {@link LinePlacer} measures it: a whole geodesic segment, or one
 * of the geodesic chords a rhumb segment is densified into.
 *
 * @param segment the segment's number in its section, 1 for the one from turning point 1 to 2 (as the
 *     turning-point table numbers them)
 * @param envelope longitudes and latitudes the geodesic passes through, including the latitude of its vertex
 *     when it has one between its ends
 */
record MeasuredPiece(String sectionId, String decisionId, int segment, GeodesicSegment geodesic,
    Envelope envelope) {}
