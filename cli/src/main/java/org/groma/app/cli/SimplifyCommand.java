package org.groma.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.groma.app.BadInputException;
import org.groma.app.geojson.GeoJson;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.simplify.SimplifiedLine;
import org.groma.geo.simplify.SimplifyOp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "simplify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Simplifies the lines of a GeoJSON file for display, with a guaranteed largest geodesic deviation.",
        "Every kept vertex is an input vertex; ends, closed rings and --keep points stay. After simplifying, the",
        "Hausdorff distance between each line and its simplification is measured geodesically and printed.",
        "JSON: {maxDeviationM, lines: [{feature, part, inputVertices, keptVertices, hausdorffM}]}.",
    })
final class SimplifyCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin FeatureInput input;

  @Option(names = "--max-deviation-m", required = true, paramLabel = "METRES",
      description = "Largest geodesic distance allowed between a line and its simplification, metres (≥ 0.001).")
  String maxDeviation;

  @Option(names = "--keep", paramLabel = "LAT,LON",
      description = "A vertex to keep (turning point, tripoint), exactly as written in the file; repeatable.")
  List<String> keep = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE", description = "Write the simplified lines as GeoJSON.")
  Path out;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Override
  public void run() {
    double maxDeviationM = Numbers.decimal(maxDeviation, "--max-deviation-m");
    List<GeoPoint> pins = new ArrayList<>();
    for (String k : keep) {
      String[] s = k.split(",");
      if (s.length != 2) {
        throw new BadInputException("--keep \"" + k + "\" must be LAT,LON in decimal degrees");
      }
      pins.add(Angles.point(s[0].trim(), s[1].trim(), "--keep latitude", "--keep longitude"));
    }
    List<GeoFeature> features = input.read();
    Set<GeoPoint> pinsFound = new HashSet<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<GeoJson.Feature> outFeatures = new ArrayList<>();
    for (GeoFeature f : features) {
      if (!(f.geometry() instanceof GeoGeometry.Line line)) {
        continue;
      }
      ObjectNode props = f.properties().deepCopy();
      props.put("simplifiedMaxDeviationM", maxDeviationM);
      List<List<GeoPoint>> kept = new ArrayList<>();
      double lengthM = 0;
      for (int p = 0; p < line.parts().size(); p++) {
        List<GeoPoint> part = line.parts().get(p);
        Set<GeoPoint> partPins = new HashSet<>(part);
        partPins.retainAll(pins);
        pinsFound.addAll(partPins);
        SimplifiedLine s;
        try {
          s = SimplifyOp.simplify(part, maxDeviationM, partPins);
        } catch (GeoInputException e) {
          throw e.at("feature " + f.index() + ", part " + p);
        }
        kept.add(s.vertices());
        lengthM += Geodesics.WGS84.lengthM(s.vertices());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("feature", f.index());
        row.put("part", p);
        row.put("inputVertices", s.inputVertexCount());
        row.put("keptVertices", s.vertices().size());
        row.put("hausdorffM", s.hausdorffM());
        rows.add(row);
      }
      // Derived properties describe the line written, not the one read: the shortened line's length.
      if (props.has("lengthM")) {
        props.put("lengthM", lengthM);
      }
      if (props.has("vertexCount")) {
        props.remove("vertexCount");
      }
      outFeatures.add(new GeoJson.Feature(f.id(), props, GeoJson.line(kept)));
    }
    if (rows.isEmpty()) {
      throw new BadInputException(input.file + ": no LineString or MultiLineString feature to simplify");
    }
    for (GeoPoint pin : pins) {
      if (!pinsFound.contains(pin)) {
        throw new BadInputException(String.format(Locale.ROOT,
            "--keep %.9f,%.9f is not a vertex of any line (nearest vertex %.3f m away); give a vertex exactly "
                + "as written in the file", pin.latDeg(), pin.lonDeg(), nearestVertexM(features, pin)));
      }
    }
    if (out != null) {
      try {
        Files.writeString(out, GeoJson.text(new GeoJson.FeatureCollection(outFeatures)) + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    PrintWriter o = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("maxDeviationM", maxDeviationM);
      m.put("lines", rows);
      Output.json(o, m);
      return;
    }
    for (Map<String, Object> r : rows) {
      o.printf(Locale.ROOT, "feature %s part %s  %s → %s vertices  Hausdorff %s (bound %s)%n", r.get("feature"),
          r.get("part"), r.get("inputVertices"), r.get("keptVertices"), Output.metres((double) r.get("hausdorffM")),
          Output.metres(maxDeviationM));
    }
    o.flush();
  }

  private static double nearestVertexM(List<GeoFeature> features, GeoPoint p) {
    double best = Double.POSITIVE_INFINITY;
    for (GeoFeature f : features) {
      if (f.geometry() instanceof GeoGeometry.Line line) {
        for (List<GeoPoint> part : line.parts()) {
          for (GeoPoint v : part) {
            best = Math.min(best, Geodesics.WGS84.distanceM(v, p));
          }
        }
      }
    }
    return best;
  }
}
