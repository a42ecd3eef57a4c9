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
    customSynopsis = {
        "groma geo inverse [-hV] [--json] LAT1 LON1 LAT2 LON2",
        "       groma geo inverse --batch [--skip-bad] [--json] < PROBLEMS",
    },
    description = {
        "Geodesic distance and azimuths between two points on the WGS84 ellipsoid (Karney's algorithm).",
        "JSON fields: distanceM (metres), azimuth1Deg, azimuth2Deg (degrees clockwise from north).",
        "--batch: one problem per line of standard input, one answer per line: distanceM azimuth1Deg azimuth2Deg.",
    })
final class InverseCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin TwoPoints points;

  @Mixin BatchOptions batch;

  @Option(names = "--json", description = "Print one JSON object for scripts (with --batch: one per line).")
  boolean json;

  @Override
  public void run() {
    if (batch.run(spec, json, TwoPoints.NAMES, points.given(), InverseCommand::solve)) {
      return;
    }
    Output.fields(spec.commandLine().getOut(), json, solve(points.given()));
  }

  /** The answer to one problem, the same for the one-problem form and each line of --batch. */
  static Field[] solve(String[] v) {
    GeodesicInverse g = Geodesics.WGS84.inverse(TwoPoints.first(v), TwoPoints.second(v));
    return new Field[] {
        Field.metres("distanceM", "distance", g.distanceM()),
        Field.degrees("azimuth1Deg", "azimuth 1", g.azimuth1Deg()),
        Field.degrees("azimuth2Deg", "azimuth 2", g.azimuth2Deg())};
  }
}
