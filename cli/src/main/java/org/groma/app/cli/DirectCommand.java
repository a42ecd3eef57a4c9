package org.groma.app.cli;

import org.groma.app.cli.Output.Field;
import org.groma.geo.geodesic.GeodesicDirect;
import org.groma.geo.geodesic.Geodesics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
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

  @Mixin StartAzimuthDistance args;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Override
  public void run() {
    GeodesicDirect d = Geodesics.WGS84.direct(args.start(), args.azimuthDeg(), args.distanceM());
    Output.fields(spec.commandLine().getOut(), json,
        Field.degrees("latDeg", "latitude", d.point().latDeg()),
        Field.degrees("lonDeg", "longitude", d.point().lonDeg()),
        Field.degrees("azimuthDeg", "azimuth", d.azimuthDeg()));
  }
}
