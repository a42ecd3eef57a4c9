package org.groma.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.GeodesicDirect;
import org.groma.geo.geodesic.Geodesics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "direct",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Where a geodesic on the WGS84 ellipsoid ends, given its start, azimuth and length.",
        "JSON fields: latDeg, lonDeg (the end point), azimuthDeg (forward azimuth there).",
    })
final class DirectCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LAT", description = "Latitude of the start: decimal degrees or DMS.")
  String lat;

  @Parameters(index = "1", paramLabel = "LON", description = "Longitude of the start: decimal degrees or DMS.")
  String lon;

  @Parameters(index = "2", paramLabel = "AZIMUTH_DEG", description = "Azimuth at the start, degrees clockwise from north (decimal or DMS).")
  String azimuth;

  @Parameters(index = "3", paramLabel = "DISTANCE_M", description = "Length of the geodesic, metres.")
  String distance;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Override
  public void run() {
    GeoPoint start = Angles.point(lat, lon, "LAT", "LON");
    double azimuthDeg = Angles.angle(azimuth, "AZIMUTH_DEG");
    double distanceM = Angles.number(distance, "DISTANCE_M");
    GeodesicDirect d = Geodesics.WGS84.direct(start, azimuthDeg, distanceM);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("latDeg", d.point().latDeg());
      o.put("lonDeg", d.point().lonDeg());
      o.put("azimuthDeg", d.azimuthDeg());
      Output.json(out, o);
    } else {
      out.println("latitude   " + Output.degrees(d.point().latDeg()));
      out.println("longitude  " + Output.degrees(d.point().lonDeg()));
      out.println("azimuth    " + Output.degrees(d.azimuthDeg()));
      out.flush();
    }
  }
}
