package org.groma.app.cli;

import org.groma.app.cli.Output.Field;
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
    GeodesicInverse g = Geodesics.WGS84.inverse(points.first(), points.second());
    Output.fields(spec.commandLine().getOut(), json,
        Field.metres("distanceM", "distance", g.distanceM()),
        Field.degrees("azimuth1Deg", "azimuth 1", g.azimuth1Deg()),
        Field.degrees("azimuth2Deg", "azimuth 2", g.azimuth2Deg()));
  }
}
