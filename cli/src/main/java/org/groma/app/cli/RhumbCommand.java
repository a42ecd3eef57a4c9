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
    customSynopsis = {
        "groma geo rhumb [-hV] [--json] LAT1 LON1 LAT2 LON2",
        "       groma geo rhumb --batch [--skip-bad] [--json] < PROBLEMS",
    },
    description = {
        "Length and constant azimuth of the rhumb line (loxodrome) between two points on the WGS84 ellipsoid.",
        "Some treaties define segments as rhumb lines; they are longer than the geodesic between the same points.",
        "JSON fields: distanceM (metres), azimuthDeg (degrees clockwise from north).",
        "--batch: one problem per line of standard input, one answer per line: distanceM azimuthDeg.",
    })
final class RhumbCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin TwoPoints points;

  @Mixin BatchOptions batch;

  @Option(names = "--json", description = "Print one JSON object for scripts (with --batch: one per line).")
  boolean json;

  @Override
  public void run() {
    if (batch.run(spec, json, TwoPoints.NAMES, points.given(), RhumbCommand::solve)) {
      return;
    }
    Output.fields(spec.commandLine().getOut(), json, solve(points.given()));
  }

  /** The answer to one problem, the same for the one-problem form and each line of --batch. */
  static Field[] solve(String[] v) {
    RhumbInverse r = Rhumb.WGS84.inverse(TwoPoints.first(v), TwoPoints.second(v));
    return new Field[] {
        Field.metres("distanceM", "distance", r.distanceM()),
        Field.degrees("azimuthDeg", "azimuth", r.azimuthDeg())};
  }
}
