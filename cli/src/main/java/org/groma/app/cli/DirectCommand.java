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
    customSynopsis = {
        "groma geo direct [-hV] [--json] LAT LON AZIMUTH_DEG DISTANCE_M",
        "       groma geo direct --batch [--skip-bad] [--json] < PROBLEMS",
    },
    description = {
        "Where a geodesic on the WGS84 ellipsoid ends, given its start, azimuth and length.",
        "JSON fields: latDeg, lonDeg (the end point), azimuthDeg (forward azimuth there).",
        "--batch: one problem per line of standard input, one answer per line: latDeg lonDeg azimuthDeg.",
    })
final class DirectCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin StartAzimuthDistance args;

  @Mixin BatchOptions batch;

  @Option(names = "--json", description = "Print one JSON object for scripts (with --batch: one per line).")
  boolean json;

  @Override
  public void run() {
    if (batch.run(spec, json, StartAzimuthDistance.NAMES, args.given(), DirectCommand::solve)) {
      return;
    }
    Output.fields(spec.commandLine().getOut(), json, solve(args.given()));
  }

  /** The answer to one problem, the same for the one-problem form and each line of --batch. */
  static Field[] solve(String[] v) {
    GeodesicDirect d = Geodesics.WGS84.direct(StartAzimuthDistance.start(v), StartAzimuthDistance.azimuthDeg(v),
        StartAzimuthDistance.distanceM(v));
    return new Field[] {
        Field.degrees("latDeg", "latitude", d.point().latDeg()),
        Field.degrees("lonDeg", "longitude", d.point().lonDeg()),
        Field.degrees("azimuthDeg", "azimuth", d.azimuthDeg())};
  }
}
