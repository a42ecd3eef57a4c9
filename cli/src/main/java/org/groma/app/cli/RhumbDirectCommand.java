package org.groma.app.cli;

import org.groma.app.cli.Output.Field;
import org.groma.geo.rhumb.Rhumb;
import org.groma.geo.rhumb.RhumbDirect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "rhumb-direct",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Where a rhumb line (constant azimuth) on the WGS84 ellipsoid ends, given its start, azimuth and length.",
        "A line that would pass a pole is refused. JSON fields: latDeg, lonDeg.",
    })
final class RhumbDirectCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin StartAzimuthDistance args;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Override
  public void run() {
    RhumbDirect d = Rhumb.WGS84.direct(args.start(), args.azimuthDeg(), args.distanceM());
    Output.fields(spec.commandLine().getOut(), json,
        Field.degrees("latDeg", "latitude", d.point().latDeg()),
        Field.degrees("lonDeg", "longitude", d.point().lonDeg()));
  }
}
