package org.groma.app.delimitation.comparison;

import java.util.Objects;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;

/**
 * A populated place (for instance a GeoNames record).
 *
 * @param name its name as the source writes it
 * @param country ISO 3166 alpha-2 code of the country the source puts it in (may be empty)
 * @param featureCode the source's feature code (GeoNames: PPL, PPLA, …; may be empty)
 * @param population inhabitants, 0 when unknown
 * @param location WGS84
 */
public record Settlement(String name, String country, String featureCode, long population, GeoPoint location) {
  public Settlement {
    Objects.requireNonNull(location, "location");
    name = name == null ? "" : name;
    country = country == null ? "" : country;
    featureCode = featureCode == null ? "" : featureCode;
    if (population < 0) {
      throw new BadInputException("settlement " + name + ": population must not be negative, got " + population);
    }
  }
}
