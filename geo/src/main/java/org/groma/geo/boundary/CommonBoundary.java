package org.groma.geo.boundary;

import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * The common boundary of two parties' territories, as extracted by {@link CommonBoundaryOp}.
 *
 * @param partyA name of party A's territory (which lies on the left of every part)
 * @param partyB name of party B's territory
 * @param snapM the snapping tolerance used, metres
 * @param parts maximal lines, longest first
 * @param totalLengthM sum of the parts' geodesic lengths, metres
 * @param tripoints where the boundary meets third parties' territories, in the order of the parts
 * @param openEnds ends of open parts that meet no third party (a coast, the edge of the data, or where the
 *     two datasets part by more than the tolerance)
 * @param discrepancies overlaps and gaps between the two territories, largest first
 * @param separationM when there are no parts: the closest approach of the two territories, metres (measured
 *     geodesically between the points nearest in the longitude–latitude plane); 0 when parts were found
 * @param repairs what was repaired in invalid input, when repair was asked for; empty otherwise
 */
public record CommonBoundary(
    String partyA,
    String partyB,
    double snapM,
    List<BoundaryPart> parts,
    double totalLengthM,
    List<Tripoint> tripoints,
    List<GeoPoint> openEnds,
    List<Discrepancy> discrepancies,
    double separationM,
    List<String> repairs) {

  public CommonBoundary {
    parts = List.copyOf(parts);
    tripoints = List.copyOf(tripoints);
    openEnds = List.copyOf(openEnds);
    discrepancies = List.copyOf(discrepancies);
    repairs = List.copyOf(repairs);
    if (!(totalLengthM >= 0) || !(separationM >= 0)) {
      throw new GeoInputException("lengths must be non-negative numbers");
    }
  }

  /** Whether the two territories share no boundary within the tolerance. */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** Total area claimed by both parties (overlaps wider than the tolerance), square metres. */
  public double overlapAreaM2() {
    return area(Discrepancy.Kind.OVERLAP, false);
  }

  /** Total area between the parties that neither has (gaps wider than the tolerance), square metres. */
  public double gapAreaM2() {
    return area(Discrepancy.Kind.GAP, false);
  }

  /** Total area of overlaps and gaps narrower than the tolerance, absorbed by snapping, square metres. */
  public double snappedAreaM2() {
    return area(Discrepancy.Kind.OVERLAP, true) + area(Discrepancy.Kind.GAP, true);
  }

  private double area(Discrepancy.Kind kind, boolean withinSnap) {
    return discrepancies.stream().filter(d -> d.kind() == kind && d.withinSnap() == withinSnap)
        .mapToDouble(Discrepancy::areaM2).sum();
  }
}
