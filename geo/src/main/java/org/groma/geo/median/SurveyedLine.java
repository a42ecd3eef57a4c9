package org.groma.geo.median;

import java.time.LocalDate;
import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * A river line (median line or thalweg) with the date of the survey it was drawn from: accretion and
 * erosion move rivers, so a river line without its date is not evidence.
 *
 * @param line the line, at least two vertices
 * @param surveyDate the survey date
 */
public record SurveyedLine(List<GeoPoint> line, LocalDate surveyDate) {

  public SurveyedLine {
    if (surveyDate == null) {
      throw new GeoInputException("a river line needs its survey date");
    }
    if (line.size() < 2) {
      throw new GeoInputException("a river line needs at least 2 vertices, got " + line.size());
    }
    line = List.copyOf(line);
  }
}
