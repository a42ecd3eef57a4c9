package org.groma.geo.crs;

import java.util.Objects;
import org.groma.geo.GeoInputException;

/**
 * A projected CRS: a {@link GeographicCrs} mapped to a plane by a Transverse Mercator projection. Every UTM
 * and Gauss–Krüger zone is one.
 *
 * @param code authority and code, e.g. {@code "EPSG:28408"}
 * @param name name as in the EPSG dataset
 * @param baseCrs the geographic CRS that is projected
 * @param projection the projection's parameters
 * @param axisOrder {@link AxisOrder#EASTING_NORTHING} (UTM) or {@link AxisOrder#NORTHING_EASTING} (Gauss–Krüger)
 * @param extent where input points are accepted; see {@link ZoneExtent}
 */
public record ProjectedCrs(
    String code,
    String name,
    GeographicCrs baseCrs,
    TransverseMercatorParameters projection,
    AxisOrder axisOrder,
    ZoneExtent extent) implements Crs {

  public ProjectedCrs {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseCrs, "baseCrs");
    Objects.requireNonNull(projection, "projection");
    Objects.requireNonNull(extent, "extent");
    if (axisOrder == null || axisOrder.isGeographic()) {
      throw new GeoInputException("projected CRS " + code + " needs an easting/northing axis order, got " + axisOrder);
    }
  }

  @Override
  public GeodeticDatum datum() {
    return baseCrs.datum();
  }

  @Override
  public GeographicCrs geographicBase() {
    return baseCrs;
  }

  @Override
  public String toString() {
    return code + " (" + name + ")";
  }
}
