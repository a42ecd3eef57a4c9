package org.groma.geo.crs;

import java.util.List;
import java.util.Objects;
import org.groma.geo.GeoInputException;

/**
 * How far candidate datum transformations land from each other at one point: what a commission looks at
 * before agreeing on one ({@code groma geo transformations --from CRS --to CRS --at LAT LON}).
 *
 * @param input the point that was transformed
 * @param results one result per candidate, in the order given
 * @param distances the geodesic distance on the target datum's ellipsoid between every pair of results
 */
public record CandidateComparison(Coordinate input, List<CandidateResult> results, List<Distance> distances) {

  /**
   * Distance between the results of two candidates.
   *
   * @param codeA code of one transformation
   * @param codeB code of the other
   * @param distanceM geodesic distance, metres
   */
  public record Distance(String codeA, String codeB, double distanceM) {}

  public CandidateComparison {
    Objects.requireNonNull(input, "input");
    results = List.copyOf(results);
    distances = List.copyOf(distances);
  }

  /** The largest distance between any two results, metres; 0 for fewer than two candidates. */
  public double maxDistanceM() {
    return distances.stream().mapToDouble(Distance::distanceM).max().orElse(0);
  }

  /** The distance between the results of two candidates, by code, in either order. */
  public double distanceM(String codeA, String codeB) {
    for (Distance d : distances) {
      if (d.codeA().equals(codeA) && d.codeB().equals(codeB) || d.codeA().equals(codeB) && d.codeB().equals(codeA)) {
        return d.distanceM();
      }
    }
    throw new GeoInputException("no distance between " + codeA + " and " + codeB + " in this comparison");
  }
}
