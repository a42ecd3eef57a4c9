package org.groma.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.geodesic.ClosestPoint;
import org.groma.geo.geodesic.Geodesics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "closest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "The nearest point of each line and polygon boundary in a GeoJSON file to a given point.",
        "With the geodesic distance to it: how far a pillar, a settlement or an incident lies from a line.",
        "Segments are geodesics. JSON: {\"features\": [{index, id, latDeg, lonDeg, distanceM, part,",
        "segmentIndex, alongLineM}]}; features without lines have no entry.",
    })
final class ClosestCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin FeatureInput input;

  @Parameters(index = "1", paramLabel = "LAT", description = "Latitude of the point: decimal degrees or DMS.")
  String lat;

  @Parameters(index = "2", paramLabel = "LON", description = "Longitude of the point: decimal degrees or DMS.")
  String lon;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Override
  public void run() {
    GeoPoint p = Angles.point(lat, lon, "LAT", "LON");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (GeoFeature f : input.read()) {
      List<List<GeoPoint>> parts = lines(f.geometry());
      Map<String, Object> best = null;
      for (int i = 0; i < parts.size(); i++) {
        ClosestPoint c = Geodesics.WGS84.closestPoint(parts.get(i), p);
        if (best == null || c.distanceM() < (double) best.get("distanceM")) {
          best = new LinkedHashMap<>();
          best.put("index", f.index());
          best.put("id", f.id());
          best.put("latDeg", c.point().latDeg());
          best.put("lonDeg", c.point().lonDeg());
          best.put("distanceM", c.distanceM());
          best.put("part", i);
          best.put("segmentIndex", c.segmentIndex());
          best.put("alongLineM", c.alongLineM());
        }
      }
      if (best != null) {
        rows.add(best);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, Map.of("features", rows));
      return;
    }
    for (Map<String, Object> r : rows) {
      out.printf(Locale.ROOT, "feature %s%s  nearest %s, %s  distance %s  (part %s, segment %s, %s along)%n",
          r.get("index"), r.get("id") == null ? "" : " (" + r.get("id") + ")",
          Output.degrees((double) r.get("latDeg")), Output.degrees((double) r.get("lonDeg")),
          Output.metres((double) r.get("distanceM")), r.get("part"), r.get("segmentIndex"),
          Output.metres((double) r.get("alongLineM")));
    }
    out.flush();
  }

  /** The polylines of a geometry: line parts as they are, polygon rings closed back to their first vertex. */
  static List<List<GeoPoint>> lines(GeoGeometry g) {
    List<List<GeoPoint>> lines = new ArrayList<>();
    switch (g) {
      case GeoGeometry.Line l -> lines.addAll(l.parts());
      case GeoGeometry.Area a -> {
        for (GeoPolygon polygon : a.parts()) {
          lines.add(polygon.shell().closed());
          polygon.holes().forEach(h -> lines.add(h.closed()));
        }
      }
      default -> { }
    }
    return lines;
  }

}
