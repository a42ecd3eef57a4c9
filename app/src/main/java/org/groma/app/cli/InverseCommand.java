package org.groma.app.cli;

import java.io.PrintWriter;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.GeodesicInverse;
import org.groma.geo.geodesic.Geodesics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "inverse",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Geodesic distance and azimuths between two points on the WGS84 ellipsoid (Karney's algorithm).",
        "JSON fields: distanceM (metres), azimuth1Deg, azimuth2Deg (degrees clockwise from north).",
    })
final class InverseCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LAT1", description = "Latitude of the first point: decimal degrees or DMS, e.g. 40°30′15″N.")
  String lat1;

  @Parameters(index = "1", paramLabel = "LON1", description = "Longitude of the first point: decimal degrees or DMS.")
  String lon1;

  @Parameters(index = "2", paramLabel = "LAT2", description = "Latitude of the second point: decimal degrees or DMS.")
  String lat2;

  @Parameters(index = "3", paramLabel = "LON2", description = "Longitude of the second point: decimal degrees or DMS.")
  String lon2;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Override
  public void run() {
    GeoPoint a = Angles.point(lat1, lon1, "LAT1", "LON1");
    GeoPoint b = Angles.point(lat2, lon2, "LAT2", "LON2");
    GeodesicInverse g = Geodesics.WGS84.inverse(a, b);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, g);
    } else {
      out.println("distance   " + Output.metres(g.distanceM()));
      out.println("azimuth 1  " + Output.degrees(g.azimuth1Deg()));
      out.println("azimuth 2  " + Output.degrees(g.azimuth2Deg()));
      out.flush();
    }
  }
}
