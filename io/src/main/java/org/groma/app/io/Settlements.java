package org.groma.app.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.delimitation.comparison.Settlement;

/**
 * Settlements from GeoJSON points with GeoNames-style properties ({@code name}, {@code country},
 * {@code featureCode}, {@code population}): the one reader of them, for the command line and the shipped
 * extract alike. A missing name, country or feature code reads as empty and a missing population as 0
 * (GeoNames leaves them out); anything present but malformed is refused, naming the feature.
 */
public final class Settlements {

  private Settlements() {}

  /**
   * @param where names the source in messages (a file name)
   * @throws BadInputException for a feature that is not a point or whose population is not a whole number
   */
  public static List<Settlement> of(List<GeoFeature> features, String where) {
    List<Settlement> out = new ArrayList<>(features.size());
    for (GeoFeature f : features) {
      if (!(f.geometry() instanceof GeoGeometry.Point p)) {
        throw new BadInputException(where + ": feature " + f.index() + " is not a Point; settlements are points");
      }
      JsonNode props = f.properties();
      JsonNode pop = props.path("population");
      if (!pop.isMissingNode() && !pop.isNull() && !pop.canConvertToLong()) {
        throw new BadInputException(where + ": feature " + f.index() + ": population is not a whole number: "
            + pop);
      }
      try {
        out.add(new Settlement(props.path("name").asText(""), props.path("country").asText(""),
            props.path("featureCode").asText(""), pop.asLong(0), p.point()));
      } catch (BadInputException e) {
        throw new BadInputException(where + ": feature " + f.index() + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }
}
