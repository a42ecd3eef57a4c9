package org.groma.app.cli;

import java.util.List;
import org.groma.geo.GeoPoint;
import picocli.CommandLine.Parameters;

/**
 * The LAT LON AZIMUTH_DEG DISTANCE_M arguments of the direct problems (a picocli mixin); optional to picocli
 * because {@code --batch} reads them from standard input instead ({@link BatchOptions#run}).
 */
final class StartAzimuthDistance {

  static final List<String> NAMES = List.of("LAT", "LON", "AZIMUTH_DEG", "DISTANCE_M");

  @Parameters(index = "0", arity = "0..1", paramLabel = "LAT", description = "Latitude of the start: decimal degrees or DMS.")
  String lat;

  @Parameters(index = "1", arity = "0..1", paramLabel = "LON", description = "Longitude of the start: decimal degrees or DMS.")
  String lon;

  @Parameters(index = "2", arity = "0..1", paramLabel = "AZIMUTH_DEG",
      description = "Azimuth at the start, degrees clockwise from north (decimal or DMS).")
  String azimuth;

  @Parameters(index = "3", arity = "0..1", paramLabel = "DISTANCE_M", description = "Length of the line, metres.")
  String distance;

  /** The arguments given, in the order of {@link #NAMES}; null where absent. */
  String[] given() {
    return new String[] {lat, lon, azimuth, distance};
  }

  /** The start of values in the order of {@link #NAMES}. */
  static GeoPoint start(String[] v) {
    return Angles.point(v[0], v[1], "LAT", "LON");
  }

  static double azimuthDeg(String[] v) {
    return Angles.angle(v[2], "AZIMUTH_DEG");
  }

  static double distanceM(String[] v) {
    return Angles.number(v[3], "DISTANCE_M");
  }
}
