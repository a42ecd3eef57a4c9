package org.groma.geo.compare;

import java.util.List;

/**
 * The result of comparing two lines (see {@link LineComparisonOp}).
 *
 * @param areas the disputed faces, each with whom each line gives it to and its geodesic area
 * @param areaM2AtoB total area that line 1 gives A and line 2 gives B, square metres
 * @param areaM2BtoA total area that line 1 gives B and line 2 gives A, square metres
 * @param offsets maximum, Hausdorff, mean and profile of the offsets
 * @param agreeStretches stretches of line 1 within the agreement tolerance of line 2 over their whole length
 * @param agreeLengthM their total length, metres
 * @param line1LengthM geodesic length of line 1 (all parts), metres
 * @param line2LengthM geodesic length of line 2 (all parts), metres
 * @param closedEnds connectors added to close unshared ends
 * @param openEnds ends left open: no partner within the maximum connector length
 * @param reversedParts1 parts of line 1 reversed to put A on the left (only with a reference point)
 * @param reversedParts2 parts of line 2 reversed likewise
 * @param facesNotBetween bounded faces dropped because both lines give them to the same party
 * @param labelConflicts edges that voted against the majority label of their face (0 unless a line crosses
 *     itself or doubles back)
 * @param options the options used
 * @param orientation how the parts were oriented and what ambiguity was accepted
 */
public record LineComparison(
    List<DisputedArea> areas, double areaM2AtoB, double areaM2BtoA, Offsets offsets,
    List<AgreeStretch> agreeStretches, double agreeLengthM, double line1LengthM, double line2LengthM,
    List<Connector> closedEnds, List<LineEnd> openEnds, List<Integer> reversedParts1, List<Integer> reversedParts2,
    int facesNotBetween, int labelConflicts, ComparisonOptions options, OrientationReport orientation) {

  public LineComparison {
    areas = List.copyOf(areas);
    agreeStretches = List.copyOf(agreeStretches);
    closedEnds = List.copyOf(closedEnds);
    openEnds = List.copyOf(openEnds);
    reversedParts1 = List.copyOf(reversedParts1);
    reversedParts2 = List.copyOf(reversedParts2);
  }
}
