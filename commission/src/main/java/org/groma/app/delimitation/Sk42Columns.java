package org.groma.app.delimitation;

import java.util.Objects;
import java.util.OptionalInt;
import org.groma.app.BadInputException;
import org.groma.geo.crs.CrsRegistry;
import org.groma.geo.crs.DatumTransformation;
import org.groma.geo.crs.GeodeticDatum;

/**
 * Whether a turning-point table carries SK-42 (Pulkovo 1942) Gauss–Krüger coordinates, and how they are made.
 * There is no default: SK-42 coordinates depend on the datum transformation by metres (EPSG:1267 and 15865
 * land 2.8 m apart at Yerevan), so a table either names the transformation or leaves the columns out.
 */
public sealed interface Sk42Columns {

  /** No SK-42 columns. */
  record Omitted() implements Sk42Columns {}

  /**
   * SK-42 Gauss–Krüger 6° zone coordinates (EPSG:28404–28432, with the zone prefix on the easting).
   *
   * @param transformation the named Pulkovo 1942 ↔ WGS 84 transformation
   * @param fixedZone the 6° zone for every row; empty: each point's own zone, ⌊λ/6°⌋ + 1 of its Pulkovo 1942
   *     longitude
   */
  record Included(DatumTransformation transformation, OptionalInt fixedZone) implements Sk42Columns {

    public Included {
      Objects.requireNonNull(transformation, "transformation");
      Objects.requireNonNull(fixedZone, "fixedZone");
      if (!transformation.connects(GeodeticDatum.PULKOVO_1942, GeodeticDatum.WGS84)) {
        throw new BadInputException(transformation + " does not transform between Pulkovo 1942 and WGS 84");
      }
      if (fixedZone.isPresent()) {
        int z = fixedZone.getAsInt();
        if (z < CrsRegistry.GK6_FIRST_ZONE || z > CrsRegistry.GK6_LAST_ZONE) {
          throw new BadInputException("Gauss-Kruger zone " + z + " is outside " + CrsRegistry.GK6_FIRST_ZONE
              + " to " + CrsRegistry.GK6_LAST_ZONE + " (6-degree zones with an EPSG CRS)");
        }
      }
    }
  }
}
