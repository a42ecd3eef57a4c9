package org.groma.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.median.MedianTripoint;
import org.groma.geo.median.TripointOp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "tripoint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "The point equidistant from three sides (where their median lines meet), solved on the ellipsoid",
        "by Newton's method with GeographicLib distances; published on the nanodegree grid with residuals.",
        "JSON: {latDeg, lonDeg, distancesM: [A, B, C], maxResidualM, iterations, basepoints: {A, B, C}}.",
    })
final class MedianTripointCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SIDE_A", description = "Side A: lines or points.")
  Path a;

  @Parameters(index = "1", paramLabel = "SIDE_B", description = "Side B.")
  Path b;

  @Parameters(index = "2", paramLabel = "SIDE_C", description = "Side C.")
  Path c;

  @Option(names = "--near", paramLabel = "LAT,LON",
      description = "Start the search here (default: the mean of the three sides' centroids).")
  String near;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Mixin ReadOptions readOptions;

  @Override
  public void run() {
    GeoPoint start = null;
    if (near != null) {
      String[] ll = near.split(",", -1);
      if (ll.length != 2) {
        throw new BadInputException("--near: expected LAT,LON, got \"" + near + "\"");
      }
      start = Angles.point(ll[0].trim(), ll[1].trim(), "--near latitude", "--near longitude");
    }
    MedianTripoint t = TripointOp.compute(RiverFiles.side("side A", a, readOptions.options()),
        RiverFiles.side("side B", b, readOptions.options()), RiverFiles.side("side C", c, readOptions.options()),
        start);
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("latDeg", t.point().latDeg());
      o.put("lonDeg", t.point().lonDeg());
      o.put("distancesM", t.distancesM());
      o.put("maxResidualM", t.maxResidualM());
      o.put("iterations", t.iterations());
      Map<String, Object> bp = new LinkedHashMap<>();
      bp.put("A", MedianCommand.basepoints(t.basepoints().get(0)));
      bp.put("B", MedianCommand.basepoints(t.basepoints().get(1)));
      bp.put("C", MedianCommand.basepoints(t.basepoints().get(2)));
      o.put("basepoints", bp);
      Output.json(w, o);
      return;
    }
    w.printf(Locale.ROOT, "tripoint %s, %s%n", Output.degrees(t.point().latDeg()), Output.degrees(t.point().lonDeg()));
    String[] names = {"A", "B", "C"};
    for (int i = 0; i < 3; i++) {
      w.printf(Locale.ROOT, "  to side %s  %s  (%s)%n", names[i], Output.metres(t.distancesM().get(i)),
          t.basepoints().get(i).getFirst().label());
    }
    w.printf(Locale.ROOT, "largest difference of the three distances: %s (%d Newton steps)%n",
        Output.metres(t.maxResidualM()), t.iterations());
    w.flush();
  }
}
