package org.groma.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groma.app.geojson.GeoJson;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.median.Basepoint;
import org.groma.geo.median.MedianLine;
import org.groma.geo.median.MedianLineOp;
import org.groma.geo.median.MedianOptions;
import org.groma.geo.median.MedianVertex;
import org.groma.geo.median.Side;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "median",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "The median (equidistance) line between two sides on the WGS84 ellipsoid: river banks, lake shores,",
        "coasts (lines) or basepoints (points); with --weight W the equiratio line d_A = W·d_B.",
        "Every vertex equidistant to 1 mm (geodesic distances to each side's nearest point); no point of the",
        "line between vertices farther than --tolerance-m from true equidistance (proven by sampling).",
        "JSON: {type, sideA, sideB, weight, toleranceM, maxDeviationM, maxMissM, maxResidualM, lengthM,",
        "surveyDate, vertices: [{vertex, latDeg, lonDeg, distanceAM, distanceBM, residualM, basepointsA,",
        "basepointsB}]}. See docs/median.md.",
    },
    subcommands = {MedianTripointCommand.class, MedianCompareCommand.class, HelpCommand.class})
final class MedianCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SIDE_A",
      description = "Side A (any import format): its lines are bank lines, its points basepoints.")
  Path sideA;

  @Parameters(index = "1", arity = "0..1", paramLabel = "SIDE_B", description = "Side B, likewise.")
  Path sideB;

  @Option(names = "--tolerance-m", paramLabel = "METRES", required = false,
      description = "Largest distance of any point of the line from true equidistance (at least 0.001 m).")
  Double toleranceM;

  @Option(names = "--weight", paramLabel = "W", defaultValue = "1",
      description = "Distance ratio d_A = W·d_B (default ${DEFAULT-VALUE}: the median line; 0.01 to 100).")
  double weight;

  @Option(names = "--survey-date", paramLabel = "YYYY-MM-DD",
      description = "Date of the survey the sides come from (river banks move); written with the line.")
  String surveyDate;

  @Option(names = "--out", paramLabel = "FILE.geojson",
      description = "Write the line and one point per vertex with its catalogue row as GeoJSON.")
  Path out;

  @Option(names = "--catalogue", paramLabel = "FILE.csv",
      description = "Write the basepoint catalogue as CSV (RFC 4180, one row per vertex).")
  Path catalogue;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Mixin ReadOptions readOptions;

  @Override
  public void run() {
    if (sideA == null || sideB == null) {
      throw new ParameterException(spec.commandLine(), "give both sides: SIDE_A SIDE_B (a river has two banks)");
    }
    if (toleranceM == null) {
      throw new ParameterException(spec.commandLine(), "missing --tolerance-m");
    }
    LocalDate date = surveyDate == null ? null : RiverFiles.date(surveyDate, "--survey-date");
    MedianOptions options = new MedianOptions(toleranceM, weight);
    Side a = RiverFiles.side("side A", sideA, readOptions.options());
    Side b = RiverFiles.side("side B", sideB, readOptions.options());
    MedianLine m = MedianLineOp.compute(a, b, options);
    Map<String, Object> summary = summary(m, date);
    Map<Path, String> files = new LinkedHashMap<>();
    if (out != null) {
      files.put(out, RiverFiles.json(geoJson(m, summary)));
    }
    if (catalogue != null) {
      files.put(catalogue, csv(m));
    }
    RiverFiles.writeAll(files);
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> all = new LinkedHashMap<>(summary);
      all.put("vertices", m.vertices().stream().map(MedianCommand::row).toList());
      Output.json(w, all);
      return;
    }
    w.printf(Locale.ROOT, "%s line: %d vertices, %.3f m long%n", weight == 1 ? "median" : "equiratio (w = " + weight + ")",
        m.vertices().size(), (double) summary.get("lengthM"));
    w.printf(Locale.ROOT, "tolerance %s m: proven bound %.6f m (%d points checked); true line to this line %.6f m at"
        + " middle stations%n", toleranceM, m.maxDeviationM(), m.checkedPoints(), m.maxMissM());
    w.printf(Locale.ROOT, "vertices equidistant to %.6f m (largest |d_A - w d_B| / max(1, w))%n", m.maxResidualM());
    if (m.sideBReversed()) {
      w.println("side B runs against side A and was paired in reverse");
    }
    w.flush();
  }

  private Map<String, Object> summary(MedianLine m, LocalDate date) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", weight == 1 ? "groma-median-line" : "groma-equiratio-line");
    s.put("sideA", sideA.toString());
    s.put("sideB", sideB.toString());
    s.put("weight", weight);
    s.put("toleranceM", toleranceM);
    s.put("maxDeviationM", m.maxDeviationM());
    s.put("maxMissM", m.maxMissM());
    s.put("checkedPoints", m.checkedPoints());
    s.put("maxResidualM", m.maxResidualM());
    s.put("sideBReversed", m.sideBReversed());
    s.put("lengthM", Geodesics.WGS84.lengthM(m.points()));
    s.put("vertexCount", m.vertices().size());
    s.put("surveyDate", date == null ? null : date.toString());
    return s;
  }

  static Map<String, Object> row(MedianVertex v) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("vertex", v.number());
    r.put("latDeg", v.point().latDeg());
    r.put("lonDeg", v.point().lonDeg());
    r.put("distanceAM", v.distanceAM());
    r.put("distanceBM", v.distanceBM());
    r.put("residualM", v.residualM());
    r.put("basepointsA", basepoints(v.basepointsA()));
    r.put("basepointsB", basepoints(v.basepointsB()));
    return r;
  }

  static List<Map<String, Object>> basepoints(List<Basepoint> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Basepoint b : list) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("part", b.part());
      m.put("vertex", b.isVertex() ? b.vertex() : null);
      m.put("segment", b.isVertex() ? null : b.segment());
      m.put("latDeg", b.point().latDeg());
      m.put("lonDeg", b.point().lonDeg());
      m.put("distanceM", b.distanceM());
      out.add(m);
    }
    return out;
  }

  private static GeoJson.FeatureCollection geoJson(MedianLine m, Map<String, Object> summary) {
    List<GeoJson.Feature> features = new ArrayList<>();
    features.add(new GeoJson.Feature(summary, new GeoJson.LineString(m.points())));
    for (MedianVertex v : m.vertices()) {
      features.add(new GeoJson.Feature(row(v), new GeoJson.Point(v.point())));
    }
    return new GeoJson.FeatureCollection(features);
  }

  /** The catalogue: coordinates to 1e-9°, distances to the millimetre, residuals to the micrometre. */
  static String csv(MedianLine m) {
    StringBuilder s = new StringBuilder(
        "vertex,lat_deg,lon_deg,distance_a_m,distance_b_m,residual_m,basepoints_a,basepoints_b\r\n");
    for (MedianVertex v : m.vertices()) {
      s.append(String.format(Locale.ROOT, "%d,%.9f,%.9f,%.3f,%.3f,%.6f,%s,%s\r\n", v.number(), v.point().latDeg(),
          v.point().lonDeg(), v.distanceAM(), v.distanceBM(), v.residualM(), cell(v.basepointsA()),
          cell(v.basepointsB())));
    }
    return s.toString();
  }

  private static String cell(List<Basepoint> list) {
    List<String> parts = new ArrayList<>();
    for (Basepoint b : list) {
      parts.add(String.format(Locale.ROOT, "%s (%.9f %.9f)", b.label(), b.point().latDeg(), b.point().lonDeg()));
    }
    return "\"" + String.join("; ", parts) + "\"";
  }
}
