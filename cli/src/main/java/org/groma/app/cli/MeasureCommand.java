package org.groma.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.delimitation.LineType;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.geodesic.PolygonMeasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "measure",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Geodesic length of each line, and area and perimeter of each polygon, in a GeoJSON file.",
        "GeoJSON is RFC 7946: WGS84, longitude then latitude. Edges are geodesics (lines may be rhumb lines);",
        "holes are subtracted; multi-geometries summed; invalid polygons are refused.",
        "JSON: {\"features\": [{index, id, geometry, lengthM | areaM2 and perimeterM}]}.",
    })
final class MeasureCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin FeatureInput input;

  @Option(names = "--line-type", paramLabel = "geodesic|rhumb", defaultValue = "geodesic",
      converter = MeasuredLineType.class,
      description = "How line segments run: geodesic (default) or rhumb (loxodrome). Polygon edges are geodesic.")
  LineType.Kind lineType;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Override
  public void run() {
    org.groma.app.io.ImportResult read = input.readResult();
    List<GeoFeature> features = read.features();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (GeoFeature f : features) {
      rows.add(measure(f));
    }
    PrintWriter out = spec.commandLine().getOut();
    // --repair changes the shapes measured: say what changed, per polygon (kind, parts, rings, area before/after).
    List<Map<String, Object>> repairs = read.repairs().stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("featureIndex", r.featureIndex());
      m.put("problem", r.problem());
      m.put("partsBefore", r.partsBefore());
      m.put("partsAfter", r.partsAfter());
      m.put("ringsBefore", r.ringsBefore());
      m.put("ringsAfter", r.ringsAfter());
      m.put("areaM2Before", r.areaM2Before());
      m.put("areaM2After", r.areaM2After());
      return m;
    }).toList();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("features", rows);
      if (!repairs.isEmpty()) {
        doc.put("repairs", repairs);
      }
      Output.json(out, doc);
      return;
    }
    read.repairs().forEach(r -> out.println("repair: " + r));
    for (Map<String, Object> row : rows) {
      StringBuilder line = new StringBuilder("feature " + row.get("index"));
      if (row.get("id") != null) {
        line.append(" (").append(row.get("id")).append(')');
      }
      line.append("  ").append(row.get("geometry"));
      if (row.containsKey("lengthM")) {
        line.append("  length ").append(Output.metres((double) row.get("lengthM")));
      }
      if (row.containsKey("areaM2")) {
        line.append("  area ").append(Output.squareMetres((double) row.get("areaM2")))
            .append("  perimeter ").append(Output.metres((double) row.get("perimeterM")));
      }
      out.println(line);
    }
    out.flush();
  }

  private Map<String, Object> measure(GeoFeature f) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("index", f.index());
    row.put("id", f.id());
    Geodesics wgs84 = Geodesics.WGS84;
    switch (f.geometry()) {
      case GeoGeometry.None n -> row.put("geometry", null);
      case GeoGeometry.Point p -> row.put("geometry", "Point");
      case GeoGeometry.MultiPoint p -> row.put("geometry", "MultiPoint");
      case GeoGeometry.Line line -> {
        row.put("geometry", line.parts().size() == 1 ? "LineString" : "MultiLineString");
        row.put("lengthM", line.parts().stream().mapToDouble(lineType::lengthM).sum());
      }
      case GeoGeometry.Area area -> {
        row.put("geometry", area.parts().size() == 1 ? "Polygon" : "MultiPolygon");
        PolygonMeasure m = wgs84.measure(area.parts());
        row.put("areaM2", m.areaM2());
        row.put("perimeterM", m.perimeterM());
      }
    }
    return row;
  }
}
