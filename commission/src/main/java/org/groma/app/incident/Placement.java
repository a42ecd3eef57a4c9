package org.groma.app.incident;

import org.groma.geo.GeoPoint;
import org.groma.journal.entry.Party;

/**
 * Where a point lies relative to the agreed line (docs/incidents.md, "Where an incident lies").
 *
 * @param sectionId the section of the nearest point of the agreed line
 * @param decisionId the decision in force that agreed that section's line
 * @param segment the segment of that section holding the nearest point, numbered from 1 as the
 *     turning-point table numbers them (segment k runs from turning point k to k + 1)
 * @param side {@link Party#A} or {@link Party#B}: party A lies on the left of each line as drawn; null for a
 *     point on the line (within a micrometre of it)
 * @param signedDistanceM geodesic distance to the nearest point of the line, metres: positive on party A's
 *     side, negative on party B's
 * @param nearest the nearest point of the line
 */
public record Placement(String sectionId, String decisionId, int segment, Party side, double signedDistanceM,
    GeoPoint nearest) {

  /** The distance to the line without its sign, metres. */
  public double distanceM() {
    return Math.abs(signedDistanceM);
  }
}
