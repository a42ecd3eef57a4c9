package org.groma.app.cli;

import org.groma.geo.GeoPoint;
import picocli.CommandLine.Parameters;

/** The LAT LON AZIMUTH_DEG DISTANCE_M arguments of the direct problems (a picocli mixin). */
final class StartAzimuthDistance {

  @Parameters(index = "0", paramLabel = "LAT", description = "Latitude of the start: decimal degrees or DMS.")
  String lat;

  @Parameters(index = "1", paramLabel = "LON", description = "Longitude of the start: decimal degrees or DMS.")
  String lon;

  @Parameters(index = "2", paramLabel = "AZIMUTH_DEG",
      description = "Azimuth at the start, degrees clockwise from north (decimal or DMS).")
  String azimuth;

  @Parameters(index = "3", paramLabel = "DISTANCE_M", description = "Length of the line, metres.")
  String distance;

  GeoPoint start() {
    return Angles.point(lat, lon, "LAT", "LON");
  }

  double azimuthDeg() {
    return Angles.angle(azimuth, "AZIMUTH_DEG");
  }

  double distanceM() {
    return Angles.number(distance, "DISTANCE_M");
  }
}
