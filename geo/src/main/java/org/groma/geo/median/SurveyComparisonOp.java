package org.groma.geo.median;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.compare.ComparisonOptions;
import org.groma.geo.compare.LineComparison;
import org.groma.geo.compare.LineComparisonOp;
import org.groma.geo.geodesic.Geodesics;

/**
 * Compares a later survey's river line with an earlier one: how far it moved and the areas that changed
 * sides.
 *
 * <h2>Algorithm</h2>
 * The earlier line is turned to run the same way as the later (the pairing of ends with the shorter total
 * distance), then both go to {@link LineComparisonOp} (later as line 1): geodesic offsets both ways
 * (Hausdorff, mean along the later line) and the faces between the lines with their geodesic areas, each
 * labelled by the side of each line it lies on. Unshared ends are closed with geodesic connectors.
 *
 * <h2>Accuracy</h2>
 * As {@link LineComparisonOp}: offsets bisected to 1 mm, areas of faces with geodesic edges densified to a
 * 1 mm sag.
 *
 * <h2>Limitations</h2>
 * The lines must describe the same reach; ends farther apart than the comparison's maximum connector
 * (10 km) stay open and the areas there are not counted.
 *
 * <h2>Thread safety</h2>
 * Stateless; safe from any thread.
 */
public final class SurveyComparisonOp {

  private SurveyComparisonOp() {}

  public static SurveyComparison compare(SurveyedLine earlier, SurveyedLine later) {
    if (!later.surveyDate().isAfter(earlier.surveyDate())) {
      throw new GeoInputException("the later survey (" + later.surveyDate() + ") is not after the earlier one ("
          + earlier.surveyDate() + ")");
    }
    List<GeoPoint> e = new ArrayList<>(earlier.line());
    List<GeoPoint> l = later.line();
    Geodesics g = Geodesics.WGS84;
    boolean reversed = g.distanceM(l.getFirst(), e.getLast()) + g.distanceM(l.getLast(), e.getFirst())
        < g.distanceM(l.getFirst(), e.getFirst()) + g.distanceM(l.getLast(), e.getLast());
    if (reversed) {
      Collections.reverse(e);
    }
    LineComparison c = LineComparisonOp.compare(List.of(l), List.of(e), ComparisonOptions.defaults());
    return new SurveyComparison(earlier.surveyDate(), later.surveyDate(), c.offsets().hausdorffM(),
        c.offsets().maxAt(), c.offsets().meanOffsetM(), c.areaM2AtoB(), c.areaM2BtoA(), reversed, c);
  }
}
