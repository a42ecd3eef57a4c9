package org.groma.geo.median;

import java.time.LocalDate;
import java.util.List;
import org.groma.geo.GeoPoint;

/**
 * The thalweg of a river survey, as traced by {@link ThalwegOp}.
 *
 * @param deepest the deepest sounding of each cross-section, in order along the river: the raw path
 * @param line the generalised thalweg; every vertex is one of the deepest soundings
 * @param smoothM the largest deviation allowed between {@code line} and the raw path, metres
 * @param maxDeviationM the deviation measured (geodesic Hausdorff distance, sampled), at most {@code smoothM}
 * @param grouping how soundings were grouped into cross-sections: {@code "section column"} or
 *     {@code "stations every N m along the median line"}
 * @param surveyDate the survey date, or null when not given
 */
public record Thalweg(
    List<Sounding> deepest, List<GeoPoint> line, double smoothM, double maxDeviationM, String grouping,
    LocalDate surveyDate) {

  public Thalweg {
    deepest = List.copyOf(deepest);
    line = List.copyOf(line);
  }
}
