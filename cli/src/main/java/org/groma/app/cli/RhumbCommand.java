package org.groma.app.cli;

import org.groma.app.cli.Output.Field;
import org.groma.geo.rhumb.Rhumb;
import org.groma.geo.rhumb.RhumbInverse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "rhumb",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Length and constant azimuth of the rhumb line (loxodrome) between two points on the WGS84 ellipsoid.",
        "Some treaties define segments as rhumb lines; they are longer than the geodesic between the same points.",
        "JSON fields: distanceM (metres), azimuthDeg (degrees clockwise from north).",
    })
final class RhumbCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin TwoPoints points;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Override
  public void run() {
    RhumbInverse r = Rhumb.WGS84.inverse(points.first(), points.second());
    Output.fields(spec.commandLine().getOut(), json,
        Field.metres("distanceM", "distance", r.distanceM()),
        Field.degrees("azimuthDeg", "azimuth", r.azimuthDeg()));
  }
}
