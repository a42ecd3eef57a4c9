package org.groma.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
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
