package org.groma.geo.crs;

import java.util.Objects;
import org.groma.geo.GeoInputException;

/**
 * A two-dimensional geographic CRS: geodetic latitude and longitude in degrees on a datum's ellipsoid,
 * Greenwich prime meridian.
 *
 * @param code authority and code, e.g. {@code "EPSG:4326"}
 * @param name name as in the EPSG dataset
 * @param datum the geodetic datum
 * @param axisOrder {@link AxisOrder#LAT_LON} or {@link AxisOrder#LON_LAT}
 */
public record GeographicCrs(String code, String name, GeodeticDatum datum, AxisOrder axisOrder)
    implements Crs {

  /** WGS 84 (EPSG:4326), latitude then longitude as EPSG defines it. */
  public static final GeographicCrs WGS84 =
      new GeographicCrs("EPSG:4326", "WGS 84", GeodeticDatum.WGS84, AxisOrder.LAT_LON);

  /** WGS 84 with longitude first (OGC:CRS84), the order of GeoJSON and of the journal. */
  public static final GeographicCrs CRS84 =
      new GeographicCrs("OGC:CRS84", "WGS 84 (CRS84)", GeodeticDatum.WGS84, AxisOrder.LON_LAT);

  /** Pulkovo 1942, SK-42 (EPSG:4284), latitude then longitude. */
  public static final GeographicCrs PULKOVO_1942 =
      new GeographicCrs("EPSG:4284", "Pulkovo 1942", GeodeticDatum.PULKOVO_1942, AxisOrder.LAT_LON);

  public GeographicCrs {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(datum, "datum");
    if (axisOrder == null || !axisOrder.isGeographic()) {
      throw new GeoInputException("geographic CRS " + code + " needs a latitude/longitude axis order, got " + axisOrder);
    }
  }

  @Override
  public GeographicCrs geographicBase() {
    return this;
  }

  @Override
  public String toString() {
    return code + " (" + name + ")";
  }
}
