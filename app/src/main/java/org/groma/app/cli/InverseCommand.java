package org.groma.app.cli;

import java.io.PrintWriter;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.GeodesicInverse;
import org.groma.geo.geodesic.Geodesics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
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

  @Mixin TwoPoints points;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Override
  public void run() {
    GeoPoint a = points.first();
    GeoPoint b = points.second();
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
