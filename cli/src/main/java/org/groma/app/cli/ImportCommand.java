package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groma.app.io.FeatureImport;
import org.groma.app.geojson.GeoJson;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.ImportResult;
import org.groma.app.io.PolygonRepair;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Reads lines, points and polygons from GeoJSON, KML, KMZ, GPX, CSV or a GeoPackage layer into WGS 84,",
        "converting other CRSs with the datum transformation you name (never a guessed one), and prints a summary.",
        "--out writes the features as RFC 7946 GeoJSON. Invalid polygons are refused unless --repair is given.",
        "JSON: {file, format, crs, transformation, features, geometryTypes, vertices, bboxDeg, warnings, repairs, out}.",
    })
final class ImportCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
  Path file;

  @Option(names = "--list-layers", description = "List the feature layers of a GeoPackage and stop.")
  boolean listLayers;

  @Mixin ReadOptions read;

  @Option(names = "--out", paramLabel = "OUT.geojson", description = "Write the features as RFC 7946 GeoJSON.")
  Path out;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Mixin QuietOption quiet;

  @Override
  public void run() {
    PrintWriter o = spec.commandLine().getOut();
    try {
      if (listLayers) {
        listLayers(o);
        return;
      }
      ImportResult r;
      try (Progress progress = quiet.ticking("import")) {
        progress.phase("reading " + file.getFileName());
        r = FeatureImport.read(file, read.options());
        if (out != null) {
          progress.phase("writing " + out.getFileName());
          GeoJson.write(r.features().stream().map(GeoFeature::toGeoJson).toList(), out);
        }
      }
      print(o, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void listLayers(PrintWriter o) throws IOException {
    List<FeatureImport.LayerInfo> layers = FeatureImport.listLayers(file);
    if (json) {
      Output.json(o, Map.of("layers", layers));
      return;
    }
    for (FeatureImport.LayerInfo l : layers) {
      o.printf(Locale.ROOT, "%s  %s  %s  %d features%n", l.name(), l.geometryType(), l.srs(), l.featureCount());
    }
    o.flush();
  }

  private void print(PrintWriter o, ImportResult r) {
    Map<String, Integer> types = new LinkedHashMap<>();
    double[] bbox = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.NEGATIVE_INFINITY};
    for (GeoFeature f : r.features()) {
      types.merge(typeName(f.geometry()), 1, Integer::sum);
      extend(bbox, f.geometry());
    }
    boolean empty = bbox[0] > bbox[2];
    if (json) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("file", file.toString());
      j.put("format", r.format().id());
      j.put("crs", r.crs().code());
      j.put("transformation", r.transformation().map(t -> t.code()).orElse(null));
      j.put("features", r.features().size());
      j.put("geometryTypes", types);
      j.put("vertices", r.vertexCount());
      j.put("bboxDeg", empty ? null : bbox);
      j.put("warnings", r.warnings());
      List<Map<String, Object>> repairs = new ArrayList<>();
      for (PolygonRepair.Report p : r.repairs()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("featureIndex", p.featureIndex());
        m.put("problem", p.problem());
        m.put("partsBefore", p.partsBefore());
        m.put("partsAfter", p.partsAfter());
        m.put("ringsBefore", p.ringsBefore());
        m.put("ringsAfter", p.ringsAfter());
        m.put("areaM2Before", p.areaM2Before());
        m.put("areaM2After", p.areaM2After());
        repairs.add(m);
      }
      j.put("repairs", repairs);
      j.put("out", out == null ? null : out.toString());
      Output.json(o, j);
      return;
    }
    o.println("file            " + file);
    o.println("format          " + r.format().id());
    o.println("crs             " + r.crs().code() + " (" + r.crs().name() + ")");
    o.println("transformation  " + r.transformation().map(Object::toString).orElse("none"));
    StringBuilder t = new StringBuilder();
    types.forEach((k, v) -> t.append(t.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
    o.println("features        " + r.features().size() + (types.isEmpty() ? "" : " (" + t + ")"));
    o.println("vertices        " + r.vertexCount());
    o.println("bbox            " + (empty ? "none" : String.format(Locale.ROOT,
        "%.9f,%.9f,%.9f,%.9f (W,S,E,N degrees)", bbox[0], bbox[1], bbox[2], bbox[3])));
    if (out != null) {
      o.println("written         " + out);
    }
    for (String w : r.warnings()) {
      o.println("warning: " + w);
    }
    o.flush();
  }

  static String typeName(GeoGeometry g) {
    return switch (g) {
      case GeoGeometry.None n -> "null";
      case GeoGeometry.Point p -> "Point";
      case GeoGeometry.MultiPoint m -> "MultiPoint";
      case GeoGeometry.Line l -> l.parts().size() == 1 ? "LineString" : "MultiLineString";
      case GeoGeometry.Area a -> a.parts().size() == 1 ? "Polygon" : "MultiPolygon";
    };
  }

  private static void extend(double[] bbox, GeoGeometry g) {
    switch (g) {
      case GeoGeometry.None n -> { }
      case GeoGeometry.Point p -> extend(bbox, p.point());
      case GeoGeometry.MultiPoint m -> m.points().forEach(p -> extend(bbox, p));
      case GeoGeometry.Line l -> l.parts().forEach(part -> part.forEach(p -> extend(bbox, p)));
      case GeoGeometry.Area a -> {
        for (GeoPolygon poly : a.parts()) {
          poly.shell().vertices().forEach(p -> extend(bbox, p));
        }
      }
    }
  }

  private static void extend(double[] bbox, GeoPoint p) {
    bbox[0] = Math.min(bbox[0], p.lonDeg());
    bbox[1] = Math.min(bbox[1], p.latDeg());
    bbox[2] = Math.max(bbox[2], p.lonDeg());
    bbox[3] = Math.max(bbox[3], p.latDeg());
  }
}
