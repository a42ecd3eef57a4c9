package org.groma.geo.median;

import java.time.LocalDate;
import org.groma.geo.GeoPoint;
import org.groma.geo.compare.LineComparison;

/**
 * How a river line moved between two surveys (see {@link SurveyComparisonOp}).
 *
 * @param earlierDate the earlier survey's date
 * @param laterDate the later survey's date
 * @param maxDisplacementM the geodesic Hausdorff distance between the two lines, metres
 * @param maxAt where it is reached (on the line it is measured from)
 * @param meanDisplacementM the distance from the later line to the earlier, averaged along the later line
 * @param areaM2ToLeft the area the later line gives to the party on its left that the earlier gave to the
 *     right, square metres (geodesic)
 * @param areaM2ToRight the reverse
 * @param earlierReversed whether the earlier line was turned to run the same way as the later
 * @param comparison the full line comparison (later = line 1, earlier = line 2)
 */
public record SurveyComparison(
    LocalDate earlierDate, LocalDate laterDate, double maxDisplacementM, GeoPoint maxAt,
    double meanDisplacementM, double areaM2ToLeft, double areaM2ToRight, boolean earlierReversed,
    LineComparison comparison) {}
