package org.groma.app.cli;

import java.util.List;
import org.groma.geo.GeoPoint;
import picocli.CommandLine.Parameters;

/**
 * The LAT1 LON1 LAT2 LON2 arguments shared by the two-point commands (a picocli mixin). They are optional to
 * picocli because {@code --batch} reads them from standard input instead; {@link BatchOptions#run} requires
 * them otherwise.
 */
final class TwoPoints {

  static final List<String> NAMES = List.of("LAT1", "LON1", "LAT2", "LON2");

  @Parameters(index = "0", arity = "0..1", paramLabel = "LAT1", description = "Latitude of the first point: decimal degrees or DMS, e.g. 40°30′15″N.")
  String lat1;

  @Parameters(index = "1", arity = "0..1", paramLabel = "LON1", description = "Longitude of the first point: decimal degrees or DMS.")
  String lon1;

  @Parameters(index = "2", arity = "0..1", paramLabel = "LAT2", description = "Latitude of the second point: decimal degrees or DMS.")
  String lat2;

  @Parameters(index = "3", arity = "0..1", paramLabel = "LON2", description = "Longitude of the second point: decimal degrees or DMS.")
  String lon2;

  /** The arguments given, in the order of {@link #NAMES}; null where absent. */
  String[] given() {
    return new String[] {lat1, lon1, lat2, lon2};
  }

  /** The first point of values in the order of {@link #NAMES}. */
  static GeoPoint first(String[] v) {
    return Angles.point(v[0], v[1], "LAT1", "LON1");
  }

  static GeoPoint second(String[] v) {
    return Angles.point(v[2], v[3], "LAT2", "LON2");
  }
}
