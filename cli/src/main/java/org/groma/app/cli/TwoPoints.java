package org.groma.app.cli;

import org.groma.geo.GeoPoint;
import picocli.CommandLine.Parameters;

/** The LAT1 LON1 LAT2 LON2 arguments shared by the two-point commands (a picocli mixin). */
final class TwoPoints {

  @Parameters(index = "0", paramLabel = "LAT1", description = "Latitude of the first point: decimal degrees or DMS, e.g. 40°30′15″N.")
  String lat1;

  @Parameters(index = "1", paramLabel = "LON1", description = "Longitude of the first point: decimal degrees or DMS.")
  String lon1;

  @Parameters(index = "2", paramLabel = "LAT2", description = "Latitude of the second point: decimal degrees or DMS.")
  String lat2;

  @Parameters(index = "3", paramLabel = "LON2", description = "Longitude of the second point: decimal degrees or DMS.")
  String lon2;

  GeoPoint first() {
    return Angles.point(lat1, lon1, "LAT1", "LON1");
  }

  GeoPoint second() {
    return Angles.point(lat2, lon2, "LAT2", "LON2");
  }
}
