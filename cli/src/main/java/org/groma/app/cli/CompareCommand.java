package org.groma.app.cli;

import java.nio.charset.StandardCharsets;
import org.groma.app.AtomicFile;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groma.app.BadInputException;
import org.groma.app.delimitation.comparison.ComparisonSummary;
import org.groma.app.geojson.GeoJson;
import org.groma.app.delimitation.comparison.NearbySettlement;
import org.groma.app.delimitation.comparison.Settlement;
import org.groma.app.delimitation.comparison.SettlementImpact;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.FeatureImport;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.compare.ComparisonOptions;
import org.groma.geo.compare.DisputedArea;
import org.groma.geo.compare.LineComparison;
import org.groma.geo.compare.LineComparisonOp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Compares two lines for the same stretch of boundary: the areas between them and whom each line gives",
        "them to (geodesic areas), the offsets between the lines (maximum, Hausdorff, mean), the stretches where",
        "they agree, the ends closed with geodesic connectors, and the settlements inside each area and near",
        "either line. Party A lies on the left of each line as drawn, or give --a-point.",
        "JSON: {line1, line2, areaM2AtoB, areaM2BtoA, polygons: [{index, areaM2, line1Gives, line2Gives,",
        "settlements}], maxOffsetM, maxOffsetAt, meanOffsetM, agreeLengthM, closedEnds, openEnds, ...}.",
    })
final class CompareCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LINE1",
      description = "File of line 1 (any import format): all its LineString and MultiLineString features form the line.")
  Path line1File;

  @Parameters(index = "1", paramLabel = "LINE2", description = "File of line 2, likewise.")
  Path line2File;

  @Option(names = "--a-point", paramLabel = "LAT,LON",
      description = "A point inside party A: each part of each line is turned so that A lies on its left. "
          + "Repeat it with a point inside each exclave of A (a ring holding one encloses A).")
  List<String> aPoints = new ArrayList<>();

  @Option(names = "--a-territory", paramLabel = "FILE",
      description = "Party A's territory (polygons, any import format): every part of each line is oriented by "
          + "the way A's own boundary runs beside it. Instead of --a-point.")
  Path aTerritory;

  @Option(names = "--a-filter", paramLabel = "KEY=VALUE",
      description = "With --a-territory: A is the polygon features whose property KEY equals VALUE.")
  String aFilter;

  @Option(names = "--a-territory2", paramLabel = "FILE",
      description = "A's territory in line 2's own source, when it differs from line 1's (default: --a-territory).")
  Path aTerritory2;

  @Option(names = "--a-filter2", paramLabel = "KEY=VALUE", description = "Likewise for --a-territory2.")
  String aFilter2;

  @Option(names = "--accept-ambiguous-orientation",
      description = "Compare even when a part's orientation is ambiguous (it is left as drawn) or, with --a-point, "
          + "faces have conflicting labels; what was accepted is reported. Refused (exit 3) otherwise.")
  boolean acceptAmbiguous;

  @Option(names = "--settlements", paramLabel = "FILE",
      description = "GeoJSON points with properties name, country, featureCode, population (GeoNames style).")
  Path settlementsFile;

  @Option(names = "--tolerance-m", paramLabel = "METRES", defaultValue = "5",
      description = "The lines agree where they are within this distance (default ${DEFAULT-VALUE} m).")
  double toleranceM;

  @Option(names = "--within-m", paramLabel = "METRES", defaultValue = "5000",
      description = "Report settlements within this distance of either line (default ${DEFAULT-VALUE} m).")
  double withinM;

  @Option(names = "--max-connector-m", paramLabel = "METRES", defaultValue = "10000",
      description = "Longest connector closing unshared ends, and the farthest apart the lines may be "
          + "(default ${DEFAULT-VALUE} m).")
  double maxConnectorM;

  @Mixin ReadOptions readOptions;

  @Mixin QuietOption quiet;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Option(names = "--profile", description = "With --json, include the offset profile along line 1 "
      + "([part, alongM, offsetM] per sample).")
  boolean profile;

  @Option(names = "--out", paramLabel = "FILE.geojson",
      description = "Write the disputed areas, the maximum offset, agree stretches and connectors as GeoJSON.")
  Path out;

  @Override
  public void run() {
    List<GeoPoint> refs = new ArrayList<>();
    for (String a : aPoints) {
      String[] c = a.split(",", -1);
      if (c.length != 2) {
        throw new BadInputException("--a-point: expected LAT,LON, got \"" + a + "\"");
      }
      refs.add(Angles.point(c[0].trim(), c[1].trim(), "--a-point latitude", "--a-point longitude"));
    }
    List<GeoFeature> features1 = read(line1File);
    List<GeoFeature> features2 = read(line2File);
    List<List<GeoPoint>> line1 = lineOf(line1File, features1);
    List<List<GeoPoint>> line2 = lineOf(line2File, features2);
    List<Settlement> settlements = settlementsFile == null ? null : readSettlements(settlementsFile);
    if (aTerritory != null && !refs.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--a-territory and --a-point both orient the lines; give one of them");
    }
    if ((aFilter != null && aTerritory == null) || (aTerritory2 != null && aTerritory == null)
        || (aFilter2 != null && aTerritory2 == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--a-filter needs --a-territory, and --a-territory2 (with --a-filter2) needs --a-territory");
    }
    ComparisonOptions options = ComparisonOptions.defaults().withAgreeToleranceM(toleranceM)
        .withMaxConnectorM(maxConnectorM).withAPoints(refs).withAcceptAmbiguousOrientation(acceptAmbiguous);
    if (aTerritory != null) {
      options = options.withATerritory(territory(aTerritory, aFilter, "--a-filter"));
      if (aTerritory2 != null) {
        options = options.withATerritory2(territory(aTerritory2, aFilter2, "--a-filter2"));
      }
    }
    LineComparison c;
    try (Progress progress = quiet.counting("compare", "vertices", -1)) {
      c = LineComparisonOp.compare(line1, line2, options, progress.listener());
    }
    SettlementImpact.Result impact = settlements == null ? null
        : new SettlementImpact(c, line1, line2, withinM).assess(settlements);
    ComparisonSummary summary = new ComparisonSummary(label(line1File, features1), label(line2File, features2), c, impact, withinM);
    if (out != null) {
      writeAtomically(out, summary.toGeoJson());
    }
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      Output.json(w, summary.toMap(profile));
      return;
    }
    printTable(w, c, impact);
  }

  private void printTable(PrintWriter w, LineComparison c, SettlementImpact.Result impact) {
    w.printf(Locale.ROOT, "line 1: %s (%.3f km)%nline 2: %s (%.3f km)%n", line1File, c.line1LengthM() / 1e3,
        line2File, c.line2LengthM() / 1e3);
    w.printf(Locale.ROOT, "area line 1 gives A, line 2 gives B: %,.1f m² (%.3f km²)%n", c.areaM2AtoB(), c.areaM2AtoB() / 1e6);
    w.printf(Locale.ROOT, "area line 1 gives B, line 2 gives A: %,.1f m² (%.3f km²)%n", c.areaM2BtoA(), c.areaM2BtoA() / 1e6);
    w.printf(Locale.ROOT, "max offset (Hausdorff): %.3f m at %.9f, %.9f%n", c.offsets().hausdorffM(),
        c.offsets().maxAt().latDeg(), c.offsets().maxAt().lonDeg());
    w.printf(Locale.ROOT, "max offset line 1 -> 2: %.3f m; line 2 -> 1: %.3f m; mean (along line 1): %.3f m%n",
        c.offsets().max1to2M(), c.offsets().max2to1M(), c.offsets().meanOffsetM());
    w.printf(Locale.ROOT, "agree within %.3f m: %.3f m in %d stretches%n", c.options().agreeToleranceM(),
        c.agreeLengthM(), c.agreeStretches().size());
    w.printf(Locale.ROOT, "closed ends: %d connectors (%s); open ends: %d%n", c.closedEnds().size(),
        String.join(", ", c.closedEnds().stream().map(k -> String.format(Locale.ROOT, "%.1f m", k.lengthM())).toList()),
        c.openEnds().size());
    w.printf("orientation: %s%n", switch (c.orientation().method()) {
      case "territory" -> "from A's territory";
      case "reference-points" -> "from the reference points inside A";
      default -> "as drawn (A on the left of each line)";
    });
    c.orientation().accepted().forEach(a -> w.printf("ACCEPTED AMBIGUITY: %s%n", a));
    if (!c.reversedParts1().isEmpty() || !c.reversedParts2().isEmpty()) {
      w.printf("reversed to put A on the left: line 1 parts %s, line 2 parts %s%n", c.reversedParts1(), c.reversedParts2());
    }
    w.println();
    w.println("  #  line1  line2          area m²  settlements (population)");
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < c.areas().size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(c.areas().get(b).areaM2(), c.areas().get(a).areaM2()));
    for (int i : order) {
      DisputedArea a = c.areas().get(i);
      String names = impact == null ? "" : String.join(", ", impact.inAreas().get(i).stream()
          .map(s -> s.name() + " (" + s.population() + ")").toList());
      w.printf(Locale.ROOT, "%3d  %-5s  %-5s  %15.1f  %s%n", i, a.line1Gives(), a.line2Gives(), a.areaM2(), names);
    }
    if (impact != null) {
      w.printf(Locale.ROOT, "%nsettlements within %.0f m of either line: %d%n", withinM, impact.nearLines().size());
      for (NearbySettlement n : impact.nearLines()) {
        w.printf(Locale.ROOT, "  %s (%s, %d): %.1f m%n", n.settlement().name(), n.settlement().country(),
            n.settlement().population(), n.distanceM());
      }
    }
    w.flush();
  }

  /** The polygons of the features of {@code file} that the filter selects (all polygon features without one). */
  private List<org.groma.geo.GeoPolygon> territory(Path file, String filter, String option) {
    List<org.groma.geo.GeoPolygon> polygons = new ArrayList<>();
    for (GeoFeature f : BoundaryCommand.Extract.select(read(file), BoundaryCommand.Extract.Filter.parse(filter, option),
        file, option)) {
      polygons.addAll(((GeoGeometry.Area) f.geometry()).parts());
    }
    return polygons;
  }

  /** The file name, and the first feature's "label" or "name" property when it has one. */
  private static String label(Path file, List<GeoFeature> features) {
    for (GeoFeature f : features) {
      String l = f.properties().path("label").asText(f.properties().path("name").asText(""));
      if (!l.isEmpty()) {
        return file + " (" + l + ")";
      }
    }
    return file.toString();
  }

  private static List<List<GeoPoint>> lineOf(Path file, List<GeoFeature> features) {
    List<List<GeoPoint>> parts = new ArrayList<>();
    for (GeoFeature f : features) {
      switch (f.geometry()) {
        case GeoGeometry.Line l -> parts.addAll(l.parts());
        case GeoGeometry.Area a -> throw new BadInputException(file + ": feature " + f.index()
            + " is a polygon, not a line; to compare territories, extract their common boundary first with "
            + "`groma boundary extract`");
        default -> { }
      }
    }
    if (parts.isEmpty()) {
      throw new BadInputException(file + ": no LineString or MultiLineString feature: nothing to compare");
    }
    return parts;
  }

  private List<Settlement> readSettlements(Path file) {
    return org.groma.app.io.Settlements.of(read(file), file.toString());
  }

  private List<GeoFeature> read(Path file) {
    try {
      return FeatureImport.read(file, readOptions.options()).features();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeoInputException e) {
      throw e.at(file.toString());
    }
  }

  /** Writes the GeoJSON next to its target and moves it into place, so a failure leaves no half file. */
  private static void writeAtomically(Path target, GeoJson.FeatureCollection geojson) {
    AtomicFile.write(target, false, out -> {
      PrintWriter pw = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
      Output.json(pw, geojson);
      pw.flush();
    });
  }
}
