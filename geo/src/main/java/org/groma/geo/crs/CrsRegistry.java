package org.groma.geo.crs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groma.geo.GeoInputException;

/**
 * The CRSs Groma knows, by code. Definitions follow the EPSG dataset (v10.076, as shipped with PROJ 9.1.1):
 * <ul>
 *   <li>EPSG:4326 WGS 84 (lat, lon), OGC:CRS84 (lon, lat), EPSG:4284 Pulkovo 1942 (lat, lon);</li>
 *   <li>WGS 84 / UTM zone 1N–60N and 1S–60S, EPSG:32601–32660 and EPSG:32701–32760 (easting, northing);</li>
 *   <li>Pulkovo 1942 / Gauss-Kruger zone 4–32, EPSG:28404–28432: 6° zones, central meridian 6z − 3,
 *       false easting z·10⁶ + 500 000 m;</li>
 *   <li>Pulkovo 1942 / Gauss-Kruger CM 21E–171W, EPSG:2494–2522: the same 6° zones without the zone prefix;</li>
 *   <li>Pulkovo 1942 / 3-degree Gauss-Kruger zone 7–64, EPSG:2523–2549, 2551–2576, 3389 (zone 60), 2578–2581:
 *       central meridian 3z, false easting z·10⁶ + 500 000 m;</li>
 *   <li>Pulkovo 1942 / 3-degree Gauss-Kruger CM 21E–168W, EPSG:2582–2599 and 2601–2640, without the prefix.</li>
 * </ul>
 * All Gauss–Krüger grids have scale factor 1 and axes northing (X), easting (Y). The Transverse Mercator
 * definitions are checked against {@code projinfo} for every code in {@code CrsRegistryTest}.
 *
 * <h2>Thread safety</h2>
 * An immutable table built once; safe for concurrent use.
 */
public final class CrsRegistry {

  /** Gauss–Krüger 6° zone numbers with a non-deprecated EPSG CRS (zones 2 and 3 are deprecated). */
  public static final int GK6_FIRST_ZONE = 4, GK6_LAST_ZONE = 32;

  /** Gauss–Krüger 3° zone numbers with a non-deprecated EPSG CRS (zone 6 is deprecated). */
  public static final int GK3_FIRST_ZONE = 7, GK3_LAST_ZONE = 64;

  private static final Map<String, Crs> BY_CODE = build();

  private CrsRegistry() {}

  /**
   * The CRS for a code. Accepts {@code "EPSG:28408"} (any case, spaces trimmed), a bare number
   * ({@code "28408"}, meaning EPSG), {@code "OGC:CRS84"} or {@code "CRS84"}, and the OGC URN and URI forms
   * ({@code "urn:ogc:def:crs:EPSG::4326"}, {@code "http://www.opengis.net/def/crs/EPSG/0/4326"},
   * {@code "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}).
   *
   * @throws GeoInputException naming the code if it is not one Groma knows
   */
  public static Crs lookup(String code) {
    if (code == null) {
      throw new GeoInputException("CRS code is missing (null)");
    }
    Crs crs = BY_CODE.get(normalize(code));
    if (crs == null) {
      throw new GeoInputException("unknown CRS code \"" + code + "\"; Groma knows EPSG:4326, OGC:CRS84, EPSG:4284, "
          + "WGS 84 / UTM (EPSG:32601-32660, 32701-32760) and the Pulkovo 1942 Gauss-Kruger grids "
          + "(EPSG:28404-28432, 2494-2522, 2523-2640, 3389)");
    }
    return crs;
  }

  /** Every known CRS, in code order within each family. */
  public static List<Crs> all() {
    return List.copyOf(BY_CODE.values());
  }

  /** Pulkovo 1942 / Gauss-Kruger zone {@code zone} (6°, EPSG:28400 + zone). */
  public static ProjectedCrs gaussKrueger6Degree(int zone) {
    if (zone < GK6_FIRST_ZONE || zone > GK6_LAST_ZONE) {
      throw new GeoInputException("Gauss-Kruger 6-degree zone " + zone + " is outside " + GK6_FIRST_ZONE + " to " + GK6_LAST_ZONE);
    }
    return (ProjectedCrs) lookup("EPSG:" + (28400 + zone));
  }

  /** Pulkovo 1942 / 3-degree Gauss-Kruger zone {@code zone} (central meridian 3·zone). */
  public static ProjectedCrs gaussKrueger3Degree(int zone) {
    if (zone < GK3_FIRST_ZONE || zone > GK3_LAST_ZONE) {
      throw new GeoInputException("Gauss-Kruger 3-degree zone " + zone + " is outside " + GK3_FIRST_ZONE + " to " + GK3_LAST_ZONE);
    }
    return (ProjectedCrs) lookup("EPSG:" + gk3ZoneCode(zone));
  }

  /** WGS 84 / UTM zone {@code number} in the given hemisphere. */
  public static ProjectedCrs utm(int number, UtmZone.Hemisphere hemisphere) {
    return new UtmZone(number, hemisphere).crs();
  }

  private static String normalize(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    for (String prefix : List.of("URN:OGC:DEF:CRS:", "HTTP://WWW.OPENGIS.NET/DEF/CRS/", "HTTPS://WWW.OPENGIS.NET/DEF/CRS/")) {
      if (c.startsWith(prefix)) {
        // urn:ogc:def:crs:EPSG::4326, urn:ogc:def:crs:OGC:1.3:CRS84, .../crs/EPSG/0/4326, .../crs/OGC/1.3/CRS84
        String[] parts = c.substring(prefix.length()).split("[:/]");
        c = parts[0] + ":" + parts[parts.length - 1];
      }
    }
    if (c.equals("CRS84")) {
      return "OGC:CRS84";
    }
    if (!c.isEmpty() && c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return "EPSG:" + c;
    }
    return c;
  }

  private static int gk3ZoneCode(int zone) {
    if (zone == 60) {
      return 3389; // 2577 (zone 60) is deprecated; EPSG re-issued it as 3389
    }
    return zone <= 33 ? 2516 + zone : 2517 + zone; // EPSG:2550 is another CRS, so the run skips it
  }

  private static Map<String, Crs> build() {
    List<Crs> list = new ArrayList<>();
    list.add(GeographicCrs.WGS84);
    list.add(GeographicCrs.CRS84);
    list.add(GeographicCrs.PULKOVO_1942);
    for (UtmZone.Hemisphere h : UtmZone.Hemisphere.values()) {
      boolean north = h == UtmZone.Hemisphere.NORTH;
      // Latitudes per ZoneExtent.UTM_LATITUDE_OVERLAP_DEG.
      double south = north ? -ZoneExtent.UTM_LATITUDE_OVERLAP_DEG : UtmZone.SOUTH_LIMIT_DEG - ZoneExtent.UTM_LATITUDE_OVERLAP_DEG;
      double northLimit = north ? UtmZone.NORTH_LIMIT_DEG + ZoneExtent.UTM_LATITUDE_OVERLAP_DEG : ZoneExtent.UTM_LATITUDE_OVERLAP_DEG;
      for (int zone = 1; zone <= 60; zone++) {
        UtmZone utm = new UtmZone(zone, h);
        list.add(new ProjectedCrs(utm.code(), "WGS 84 / UTM zone " + utm, GeographicCrs.WGS84,
            new TransverseMercatorParameters(utm.centralMeridianDeg(), 0.9996, 500_000, north ? 0 : 10_000_000),
            AxisOrder.EASTING_NORTHING, ZoneExtent.ofZoneWidth(6, south, northLimit)));
      }
    }
    for (int zone = GK6_FIRST_ZONE; zone <= GK6_LAST_ZONE; zone++) {
      list.add(gaussKrueger("EPSG:" + (28400 + zone), "Gauss-Kruger zone " + zone, 6, 6 * zone - 3, zone));
    }
    for (int cm = 21, code = 2494; cm <= 189; cm += 6, code++) {
      list.add(gaussKrueger("EPSG:" + code, "Gauss-Kruger CM " + meridianLabel(cm), 6, cm, 0));
    }
    for (int zone = GK3_FIRST_ZONE; zone <= GK3_LAST_ZONE; zone++) {
      list.add(gaussKrueger("EPSG:" + gk3ZoneCode(zone), "3-degree Gauss-Kruger zone " + zone, 3, 3 * zone, zone));
    }
    for (int cm = 21, code = 2582; cm <= 192; cm += 3, code++) {
      if (code == 2600) {
        code++; // EPSG:2600 is another CRS (Lietuvos Koordinatiu Sistema 1994)
      }
      list.add(gaussKrueger("EPSG:" + code, "3-degree Gauss-Kruger CM " + meridianLabel(cm), 3, cm, 0));
    }
    Map<String, Crs> map = new LinkedHashMap<>();
    for (Crs crs : list) {
      if (map.put(crs.code(), crs) != null) {
        throw new IllegalStateException("duplicate CRS code " + crs.code());
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * A Pulkovo 1942 Gauss–Krüger grid. {@code zonePrefix} is the zone number written before the easting
   * (0 for the "CM" variants, whose false easting is 500 000 m). Latitudes: the whole northern hemisphere,
   * where Pulkovo 1942 is used.
   */
  private static ProjectedCrs gaussKrueger(String code, String name, int widthDeg, int centralMeridianDeg, int zonePrefix) {
    double cm = centralMeridianDeg > 180 ? centralMeridianDeg - 360 : centralMeridianDeg;
    return new ProjectedCrs(code, "Pulkovo 1942 / " + name, GeographicCrs.PULKOVO_1942,
        new TransverseMercatorParameters(cm, 1, zonePrefix * 1_000_000.0 + 500_000, 0),
        AxisOrder.NORTHING_EASTING, ZoneExtent.ofZoneWidth(widthDeg, 0, 90));
  }

  private static String meridianLabel(int cm) {
    return cm <= 180 ? cm + "E" : (360 - cm) + "W";
  }
}
