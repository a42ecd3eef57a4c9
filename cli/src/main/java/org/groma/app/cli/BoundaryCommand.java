package org.groma.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.groma.app.BadInputException;
import org.groma.app.geojson.GeoJson;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.FeatureImport;
import org.groma.app.io.ImportResult;
import org.groma.app.io.ShippedData;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.boundary.BoundaryPart;
import org.groma.geo.boundary.CommonBoundary;
import org.groma.geo.boundary.CommonBoundaryOp;
import org.groma.geo.boundary.Discrepancy;
import org.groma.geo.boundary.Territory;
import org.groma.geo.boundary.Tripoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "boundary",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Boundaries between two parties' territories.",
    subcommands = {BoundaryCommand.Extract.class, HelpCommand.class})
final class BoundaryCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
          "The common boundary of two parties' territories (Polygon or MultiPolygon features), as lines.",
          "Parts are maximal lines oriented with party A on the left, longest first; rings of enclaves and",
          "exclaves are closed parts. Vertices are input vertices (A's where both have one). Lengths geodesic.",
          "Also: tripoints with third parties, ends meeting none, and the overlaps and gaps between A and B.",
          "Third parties: the features of --third, or else the other features of the A and B files.",
          "JSON: {partyA, partyB, snapM, totalLengthM, parts, tripoints, openEnds, overlapAreaM2, gapAreaM2,",
          "snappedAreaM2, discrepancies, sources}.",
      })
  static final class Extract implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "File (any import format) holding party A's territory.")
    Path fileA;

    @Parameters(index = "1", paramLabel = "B", description = "File (any import format) holding party B's territory "
        + "(may be the same file as A, with another filter).")
    Path fileB;

    @Option(names = "--a-filter", paramLabel = "KEY=VALUE",
        description = "Party A is the features whose property KEY equals VALUE (default: every polygon feature).")
    String aFilter;

    @Option(names = "--b-filter", paramLabel = "KEY=VALUE", description = "Likewise for party B.")
    String bFilter;

    @Option(names = "--third", paramLabel = "FILE",
        description = "File of third parties' territories (default: the other features of the A and B files).")
    Path thirdFile;

    @Option(names = "--third-filter", paramLabel = "KEY=VALUE",
        description = "Only the features of --third whose property KEY equals VALUE.")
    String thirdFilter;

    @Option(names = "--snap-m", paramLabel = "METRES", defaultValue = "1",
        description = "Snapping tolerance for hairline gaps and slivers, geodesic metres (default 1, at most 1000).")
    String snap;

    @Mixin ReadOptions readOptions;

    @Option(names = "--out", paramLabel = "FILE",
        description = "Also write the parts as a GeoJSON FeatureCollection of LineStrings.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object for scripts.")
    boolean json;

    @Mixin QuietOption quiet;

    private final List<String> repairs = new ArrayList<>();

    @Override
    public void run() {
      double snapM = Numbers.decimal(snap, "--snap-m");
      List<GeoFeature> featuresA = read(fileA);
      List<GeoFeature> featuresB = fileB.equals(fileA) ? featuresA : read(fileB);
      Filter fa = Filter.parse(aFilter, "--a-filter");
      Filter fb = Filter.parse(bFilter, "--b-filter");
      List<GeoFeature> selectedA = select(featuresA, fa, fileA, "--a-filter");
      List<GeoFeature> selectedB = select(featuresB, fb, fileB, "--b-filter");
      Territory a = territory(fa, fileA, selectedA);
      Territory b = territory(fb, fileB, selectedB);
      if (fileB.equals(fileA) && selectedA.stream().anyMatch(selectedB::contains)) {
        throw new BadInputException("--a-filter and --b-filter select the same feature of " + fileA
            + "; give two different territories");
      }
      String nameKey = fa != null ? fa.key() : fb != null ? fb.key() : null;
      List<Territory> thirds = new ArrayList<>();
      if (thirdFile != null) {
        Filter ft = Filter.parse(thirdFilter, "--third-filter");
        for (GeoFeature f : select(read(thirdFile), ft, thirdFile, "--third-filter")) {
          thirds.add(new Territory(featureName(f, nameKey), ((GeoGeometry.Area) f.geometry()).parts()));
        }
      } else {
        List<GeoFeature> others = new ArrayList<>(featuresA);
        if (featuresB != featuresA) {
          others.addAll(featuresB);
        }
        for (GeoFeature f : others) {
          if (f.geometry() instanceof GeoGeometry.Area area && !selectedA.contains(f) && !selectedB.contains(f)) {
            thirds.add(new Territory(featureName(f, nameKey), area.parts()));
          }
        }
      }

      CommonBoundary cb;
      try (Progress progress = quiet.ticking("boundary extract")) {
        progress.phase("extracting the common boundary of " + a.name() + " and " + b.name());
        cb = CommonBoundaryOp.extract(a, b, thirds, snapM);
      }
      if (cb.isEmpty()) {
        throw new BadInputException(String.format(Locale.ROOT,
            "%s and %s share no boundary within the snapping tolerance of %s m: their closest approach is %.3f m "
                + "(raise --snap-m only if that is a gap in the data, not a real separation)",
            a.name(), b.name(), snap, cb.separationM()));
      }
      // Source ids are the file names (what `table` and `describe` accept as ids: no ';'); the credit each
      // licence asks for travels beside them.
      List<String> sources = new ArrayList<>();
      List<String> sourceIds = new ArrayList<>();
      List<String> credits = new ArrayList<>();
      for (Path p : new TreeSet<>(List.of(fileA, fileB, thirdFile == null ? fileA : thirdFile))) {
        String credit = ShippedData.Extract.byFileName(String.valueOf(p.getFileName()))
            .map(ShippedData.Extract::attribution).orElse("source as supplied; no licence known to Groma");
        sources.add(p + ": " + credit);
        sourceIds.add(p.toString());
        credits.add(credit);
      }
      if (out != null) {
        write(cb, sourceIds, credits);
      }
      PrintWriter o = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> summary = summary(cb, sources);
        summary.put("repairs", repairs);
        Output.json(o, summary);
      } else {
        print(o, cb, sources);
        repairs.forEach(r -> o.println("repair: " + r));
        o.flush();
      }
    }

    /** Reads a territory file in any import format; polygons repaired on --repair are reported in the output. */
    private List<GeoFeature> read(Path file) {
      try {
        ImportResult r = FeatureImport.read(file, readOptions.options());
        r.repairs().forEach(rep -> repairs.add(file + ": " + rep));
        return r.features();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** {@code KEY=VALUE}: features whose property KEY has the text VALUE. */
    record Filter(String key, String value) {
      static Filter parse(String text, String option) {
        if (text == null) {
          return null;
        }
        int eq = text.indexOf('=');
        if (eq <= 0) {
          throw new BadInputException(option + " \"" + text + "\" must be KEY=VALUE, e.g. A3=ARM");
        }
        return new Filter(text.substring(0, eq), text.substring(eq + 1));
      }

      boolean matches(GeoFeature f) {
        JsonNode v = f.properties().get(key);
        return v != null && !v.isContainerNode() && v.asText().equals(value);
      }
    }

    static List<GeoFeature> select(List<GeoFeature> features, Filter filter, Path file, String option) {
      List<GeoFeature> polygons = features.stream().filter(f -> f.geometry() instanceof GeoGeometry.Area).toList();
      if (polygons.isEmpty()) {
        throw new BadInputException(file + ": no Polygon or MultiPolygon feature; a territory must be an area");
      }
      if (filter == null) {
        return polygons;
      }
      List<GeoFeature> matched = polygons.stream().filter(filter::matches).toList();
      if (matched.isEmpty()) {
        TreeSet<String> present = new TreeSet<>();
        polygons.forEach(f -> {
          JsonNode v = f.properties().get(filter.key());
          if (v != null && !v.isContainerNode()) {
            present.add(v.asText());
          }
        });
        throw new BadInputException(option + " " + filter.key() + "=" + filter.value() + " matches no polygon "
            + "feature of " + file + "; " + (present.isEmpty() ? "no polygon feature has the property "
            + filter.key() : "values of " + filter.key() + " there: " + String.join(", ", present)));
      }
      return matched;
    }

    private static Territory territory(Filter filter, Path file, List<GeoFeature> features) {
      List<GeoPolygon> polygons = new ArrayList<>();
      features.forEach(f -> polygons.addAll(((GeoGeometry.Area) f.geometry()).parts()));
      String name = filter != null ? filter.value() : String.valueOf(file.getFileName());
      return new Territory(name, polygons);
    }

    private static String featureName(GeoFeature f, String key) {
      if (key != null && f.properties().get(key) != null && !f.properties().get(key).isContainerNode()) {
        return f.properties().get(key).asText();
      }
      return f.id() != null ? f.id() : "feature " + f.index();
    }

    private Map<String, Object> summary(CommonBoundary cb, List<String> sources) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("partyA", cb.partyA());
      m.put("partyB", cb.partyB());
      m.put("snapM", cb.snapM());
      m.put("totalLengthM", cb.totalLengthM());
      List<Map<String, Object>> parts = new ArrayList<>();
      for (int i = 0; i < cb.parts().size(); i++) {
        BoundaryPart p = cb.parts().get(i);
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("index", i);
        pm.put("lengthM", p.lengthM());
        pm.put("closed", p.closed());
        pm.put("encloses", encloses(cb, p));
        pm.put("vertexCount", p.vertices().size());
        pm.put("start", latLon(p.start()));
        pm.put("end", latLon(p.end()));
        parts.add(pm);
      }
      m.put("parts", parts);
      List<Map<String, Object>> tripoints = new ArrayList<>();
      for (Tripoint t : cb.tripoints()) {
        Map<String, Object> tm = new LinkedHashMap<>();
        tm.put("latDeg", t.point().latDeg());
        tm.put("lonDeg", t.point().lonDeg());
        tm.put("thirdParty", t.thirdParty());
        tm.put("distanceM", t.distanceM());
        tm.put("part", t.partIndex());
        tm.put("atEnd", t.atEnd());
        tripoints.add(tm);
      }
      m.put("tripoints", tripoints);
      m.put("openEnds", cb.openEnds().stream().map(Extract::latLon).toList());
      m.put("overlapAreaM2", cb.overlapAreaM2());
      m.put("gapAreaM2", cb.gapAreaM2());
      m.put("snappedAreaM2", cb.snappedAreaM2());
      List<Map<String, Object>> ds = new ArrayList<>();
      for (Discrepancy d : cb.discrepancies()) {
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
        dm.put("areaM2", d.areaM2());
        dm.put("widthM", d.widthM());
        dm.put("withinSnap", d.withinSnap());
        dm.put("latDeg", d.point().latDeg());
        dm.put("lonDeg", d.point().lonDeg());
        ds.add(dm);
      }
      m.put("discrepancies", ds);
      m.put("sources", sources);
      return m;
    }

    private static String encloses(CommonBoundary cb, BoundaryPart p) {
      return switch (p.encloses()) {
        case NOTHING -> null;
        case PARTY_A -> cb.partyA();
        case PARTY_B -> cb.partyB();
      };
    }

    private static List<Double> latLon(GeoPoint p) {
      return List.of(p.latDeg(), p.lonDeg());
    }

    private static void print(PrintWriter o, CommonBoundary cb, List<String> sources) {
      o.printf(Locale.ROOT, "common boundary %s–%s (%s on the left), snapping tolerance %s m%n", cb.partyA(),
          cb.partyB(), cb.partyA(), cb.snapM());
      o.printf(Locale.ROOT, "total length  %s in %d parts%n", Output.metres(cb.totalLengthM()), cb.parts().size());
      for (int i = 0; i < cb.parts().size(); i++) {
        BoundaryPart p = cb.parts().get(i);
        o.printf(Locale.ROOT, "part %d  %s  %d vertices  %s%n", i, Output.metres(p.lengthM()), p.vertices().size(),
            p.closed() ? "closed ring enclosing " + encloses(cb, p)
                : String.format(Locale.ROOT, "from %.9f, %.9f to %.9f, %.9f", p.start().latDeg(),
                    p.start().lonDeg(), p.end().latDeg(), p.end().lonDeg()));
      }
      for (Tripoint t : cb.tripoints()) {
        o.printf(Locale.ROOT, "tripoint with %s at %.9f, %.9f (part %d%s, %s from %s)%n", t.thirdParty(),
            t.point().latDeg(), t.point().lonDeg(), t.partIndex(), t.atEnd() ? " end" : "",
            Output.metres(t.distanceM()), t.thirdParty());
      }
      for (GeoPoint e : cb.openEnds()) {
        o.printf(Locale.ROOT, "open end (no third party within the tolerance) at %.9f, %.9f%n", e.latDeg(), e.lonDeg());
      }
      o.printf(Locale.ROOT, "overlaps (in both territories)  %s%n", Output.squareMetres(cb.overlapAreaM2()));
      o.printf(Locale.ROOT, "gaps (in neither, enclosed)     %s%n", Output.squareMetres(cb.gapAreaM2()));
      o.printf(Locale.ROOT, "slivers within the tolerance    %s%n", Output.squareMetres(cb.snappedAreaM2()));
      for (Discrepancy d : cb.discrepancies()) {
        o.printf(Locale.ROOT, "  %s %s, width %s, near %.6f, %.6f%s%n", d.kind().name().toLowerCase(Locale.ROOT),
            Output.squareMetres(d.areaM2()), Output.metres(d.widthM()), d.point().latDeg(), d.point().lonDeg(),
            d.withinSnap() ? " (within the tolerance)" : "");
      }
      sources.forEach(s -> o.println("source " + s));
      o.flush();
    }

    private void write(CommonBoundary cb, List<String> sourceIds, List<String> credits) {
      List<GeoJson.Feature> features = new ArrayList<>();
      for (int i = 0; i < cb.parts().size(); i++) {
        BoundaryPart p = cb.parts().get(i);
        ObjectNode props = JSON.createObjectNode();
        props.put("part", i);
        props.put("lengthM", p.lengthM());
        props.put("closed", p.closed());
        props.put("encloses", encloses(cb, p));
        props.put("partyA", cb.partyA());
        props.put("partyB", cb.partyB());
        props.put("leftSide", cb.partyA());
        props.put("snapM", cb.snapM());
        ArrayNode src = props.putArray("sources");
        sourceIds.forEach(src::add);
        ArrayNode credit = props.putArray("sourceCredits");
        credits.forEach(credit::add);
        features.add(new GeoJson.Feature(props, new GeoJson.LineString(p.vertices())));
      }
      try {
        Files.writeString(out, GeoJson.text(new GeoJson.FeatureCollection(features)) + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
