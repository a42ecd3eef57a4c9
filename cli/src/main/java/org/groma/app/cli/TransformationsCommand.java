package org.groma.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groma.geo.GeoInputException;
import org.groma.geo.crs.CandidateComparison;
import org.groma.geo.crs.CandidateResult;
import org.groma.geo.crs.Coordinate;
import org.groma.geo.crs.CoordinateTransform;
import org.groma.geo.crs.Crs;
import org.groma.geo.crs.CrsRegistry;
import org.groma.geo.crs.DatumTransformation;
import org.groma.geo.crs.TransformationRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "transformations",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Lists the datum transformations between two CRSs and how far their results lie apart at a point.",
        "A commission must agree one; this shows what the choice means on the ground. Candidates are those",
        "whose EPSG area of use contains the point (--all: every one that connects the two datums).",
        "JSON: {from, to, at, candidates: [{code, name, method, accuracyM, areaOfUse, supersededBy, axisOrder,",
        "first, second, latDeg, lonDeg}], distances: [{codeA, codeB, distanceM}], maxDistanceM}.",
    })
final class TransformationsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "CRS", description = "Source CRS, e.g. EPSG:28408.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "CRS", description = "Target CRS, e.g. EPSG:4326.")
  String to;

  @Option(names = "--at", required = true, arity = "2", paramLabel = "LAT LON",
      description = "The point: latitude and longitude in degrees on the source CRS's datum (any DMS notation).")
  List<String> at;

  @Option(names = "--all", description = "Include transformations whose area of use does not contain the point.")
  boolean all;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Override
  public void run() {
    if (at.size() != 2) {
      throw new ParameterException(spec.commandLine(), "--at takes one LAT LON pair, got " + at.size() + " values");
    }
    Crs source = CrsRegistry.lookup(from);
    Crs target = CrsRegistry.lookup(to);
    double lat = Angles.latitude(at.get(0), "--at LAT");
    double lon = Angles.longitude(at.get(1), "--at LON");
    Coordinate geographic = Coordinate.ofLatLon(source.geographicBase(), lat, lon);
    Coordinate point = CoordinateTransform.between(source.geographicBase(), source).apply(geographic);
    List<DatumTransformation> candidates = all
        ? TransformationRegistry.candidates(source, target)
        : TransformationRegistry.candidatesAt(point, target);
    if (TransformationRegistry.candidates(source, target).isEmpty()) {
      throw new GeoInputException(source.code() + " and " + target.code() + " are on the same datum ("
          + source.datum() + "): no datum transformation applies");
    }
    CandidateComparison comparison = TransformationRegistry.compare(point, target, candidates);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, report(source, target, lat, lon, comparison));
      return;
    }
    out.printf(Locale.ROOT, "From %s (%s) to %s (%s) at %s, %s%n", source.code(), source.name(), target.code(),
        target.name(), Output.degrees(lat), Output.degrees(lon));
    if (comparison.results().isEmpty()) {
      out.println("No transformation's area of use contains this point; --all lists every candidate.");
      out.flush();
      return;
    }
    for (CandidateResult r : comparison.results()) {
      DatumTransformation t = r.transformation();
      out.printf(Locale.ROOT, "  %-11s %-32s %-46s accuracy %s%s%n", t.code(), t.name(), t.method().epsgName(),
          t.accuracyM().isPresent() ? t.accuracyM().getAsDouble() + " m" : "not stated",
          t.supersededBy().map(s -> ", superseded by " + s).orElse(""));
      out.printf(Locale.ROOT, "              result %s = %s, %s = %s%n", target.axisOrder().firstAxisName(),
          number(target, r.result().first()), target.axisOrder().secondAxisName(), number(target, r.result().second()));
    }
    if (comparison.distances().isEmpty()) {
      out.println("Only one candidate applies here.");
    } else {
      out.println("Distances between the results:");
      for (CandidateComparison.Distance d : comparison.distances()) {
        out.printf(Locale.ROOT, "  %-11s to %-11s %s%n", d.codeA(), d.codeB(), Output.metres(d.distanceM()));
      }
      out.println("Largest: " + Output.metres(comparison.maxDistanceM()));
    }
    out.flush();
  }

  private static String number(Crs crs, double v) {
    return crs.axisOrder().isGeographic() ? Output.degrees(v) : Output.metres(v);
  }

  private static Map<String, Object> report(Crs source, Crs target, double lat, double lon, CandidateComparison c) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("from", source.code());
    o.put("to", target.code());
    Map<String, Object> point = new LinkedHashMap<>();
    point.put("latDeg", lat);
    point.put("lonDeg", lon);
    o.put("at", point);
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (CandidateResult r : c.results()) {
      DatumTransformation t = r.transformation();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", t.code());
      m.put("name", t.name());
      m.put("method", t.method().name());
      m.put("accuracyM", t.accuracyM().isPresent() ? t.accuracyM().getAsDouble() : null);
      m.put("areaOfUse", t.areaOfUse().description());
      m.put("supersededBy", t.supersededBy().orElse(null));
      m.put("axisOrder", target.axisOrder().name());
      m.put("first", r.result().first());
      m.put("second", r.result().second());
      m.put("latDeg", r.position().latDeg());
      m.put("lonDeg", r.position().lonDeg());
      candidates.add(m);
    }
    o.put("candidates", candidates);
    o.put("distances", c.distances());
    o.put("maxDistanceM", c.distances().isEmpty() ? 0.0 : c.maxDistanceM());
    return o;
  }
}
