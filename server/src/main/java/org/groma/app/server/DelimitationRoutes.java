package org.groma.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommissionState.Proposal;
import org.groma.app.commission.CommissionState.SectionRecord;
import org.groma.app.commission.SectionLine;
import org.groma.app.delimitation.BoundaryDescriber;
import org.groma.app.delimitation.DescriptionLanguage;
import org.groma.app.delimitation.LinePiece;
import org.groma.app.delimitation.SectionAssembler;
import org.groma.app.delimitation.Sk42Columns;
import org.groma.app.delimitation.TurningPointTable;
import org.groma.app.io.ShippedData;
import org.groma.app.geojson.GeoJson;
import org.groma.app.delimitation.comparison.ComparisonSummary;
import org.groma.app.delimitation.comparison.SettlementImpact;
import org.groma.app.export.SourceFile;
import org.groma.app.export.TurningPointTableWriter;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.GeoJsonReader;
import org.groma.app.server.http.ProblemException;
import org.groma.app.server.http.RequestJson;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoBox;
import org.groma.geo.GeoPoint;
import org.groma.geo.compare.ComparisonOptions;
import org.groma.geo.compare.LineComparison;
import org.groma.geo.compare.LineComparisonOp;
import org.groma.geo.crs.TransformationRegistry;

/**
 * The delimitation reads of the web map, over the state as of now or {@code ?at=}/{@code ?atTime=}:
 * comparison of two lines ({@code /api/compare}), a section's turning-point table and its verbal description.
 * They call the same library code as {@code groma compare}, {@code groma table} and {@code groma describe}.
 */
final class DelimitationRoutes {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Settlements reported near the lines by default (5 km, as {@code groma compare}). */
  static final double DEFAULT_WITHIN_M = 5_000;

  /** The farthest asked for: 50 km covers any border district and keeps the answer short. */
  static final double MAX_WITHIN_M = 50_000;

  /**
   * A source line compared for a section keeps its vertices within this distance (a box on the ellipsoid,
   * {@link GeoBox}) of the section's lines: 5 km holds both sources' versions of any stretch (they lie at most
   * 5.2 km apart, data/README.md).
   */
  static final double SECTION_MARGIN_M = 5_000;

  private final ServerContext s;
  private final ShippedData data;

  private DelimitationRoutes(ServerContext s, ShippedData data) {
    this.s = s;
    this.data = data;
  }

  static void install(RoutesConfig r, ServerContext s, ShippedData data) {
    DelimitationRoutes d = new DelimitationRoutes(s, data);
    r.get("/api/compare", d::compareGet);
    r.post("/api/compare", d::comparePost);
    r.get("/api/sections/{id}/table", d::table);
    r.get("/api/sections/{id}/description", d::description);
  }

  /** A line to compare: what it is, its parts, and the credit its source asks for. */
  record NamedLine(String ref, String label, List<List<GeoPoint>> parts, String credit) {}

  // ---- comparison ----

  private void compareGet(Context ctx) {
    CommissionState state = ApiRoutes.stateAsOf(ctx, s);
    String ref1 = required(ctx, "line1");
    String ref2 = required(ctx, "line2");
    String sectionId = ctx.queryParam("section");
    Optional<SectionRecord> section = Optional.empty();
    if (sectionId != null) {
      section = Optional.of(section(state, sectionId));
    }
    NamedLine l1 = resolve(state, ref1, "line1", section);
    NamedLine l2 = resolve(state, ref2, "line2", section);
    String reverse = Optional.ofNullable(ctx.queryParam("reverse2")).orElse("no");
    if (reverse.equals("yes")) {
      l2 = reversed(l2);
    } else if (!reverse.equals("no")) {
      throw ProblemException.badRequest("reverse2 must be yes (line 2 is read from its last point to its first) or no");
    }
    ctx.json(compare(ctx, state, l1, l2));
  }

  /** {@code {"line1": GeoJSON, "line2": GeoJSON}}: each a LineString or MultiLineString geometry, Feature or collection. */
  private void comparePost(Context ctx) throws IOException {
    JsonNode body = RequestJson.read(ctx.bodyAsBytes());
    if (body == null || !body.isObject() || !body.has("line1") || !body.has("line2")) {
      throw ProblemException.badRequest("post {\"line1\": GeoJSON, \"line2\": GeoJSON}, each a LineString or "
          + "MultiLineString (a geometry, a Feature or a FeatureCollection), WGS 84 longitude, latitude");
    }
    CommissionState state = ApiRoutes.stateAsOf(ctx, s);
    ctx.json(compare(ctx, state, posted(body.get("line1"), "line1"), posted(body.get("line2"), "line2")));
  }

  private Map<String, Object> compare(Context ctx, CommissionState state, NamedLine l1, NamedLine l2) {
    ComparisonOptions options = ComparisonOptions.defaults();
    String a = ctx.queryParam("aPoint");
    String t1 = ctx.queryParam("aTerritory");
    String t2 = ctx.queryParam("aTerritory2");
    if (a != null && t1 != null) {
      throw ProblemException.badRequest("aPoint and aTerritory both orient the lines; give one of them");
    }
    if (t2 != null && t1 == null) {
      throw ProblemException.badRequest("aTerritory2 (A's territory in line 2's own source) needs aTerritory");
    }
    if (a != null) {
      options = options.withAPoint(point(a, "aPoint"));
    }
    Genesis genesis = state.genesis().orElse(null);
    ShippedData.SourceTerritory territory1 = t1 == null ? null : territory(t1, "aTerritory", genesis);
    ShippedData.SourceTerritory territory2 = t2 == null ? null : territory(t2, "aTerritory2", genesis);
    if (territory1 != null) {
      options = options.withATerritory(territory1.polygons());
    }
    if (territory2 != null) {
      options = options.withATerritory2(territory2.polygons());
    }
    String accept = Optional.ofNullable(ctx.queryParam("acceptAmbiguousOrientation")).orElse("no");
    if (!accept.equals("yes") && !accept.equals("no")) {
      throw ProblemException.badRequest("acceptAmbiguousOrientation must be yes (leave the parts whose orientation "
          + "is ambiguous as drawn, and say so) or no");
    }
    options = options.withAcceptAmbiguousOrientation(accept.equals("yes"));
    double withinM = ctx.queryParam("withinM") == null ? DEFAULT_WITHIN_M : number(ctx.queryParam("withinM"), "withinM");
    if (!(withinM >= 0 && withinM <= MAX_WITHIN_M)) {
      throw ProblemException.badRequest("withinM must be between 0 and " + (long) MAX_WITHIN_M + " metres");
    }
    LineComparison c;
    try {
      c = LineComparisonOp.compare(l1.parts(), l2.parts(), options);
    } catch (GeoInputException e) {
      if (e.getMessage().contains("orientation")) {
        // as `groma compare` exits 3: an orientation that may be wrong is refused, never answered
        throw new ProblemException(422, "Orientation refused", e.getMessage());
      }
      throw e;
    }
    SettlementImpact.Result impact = new SettlementImpact(c, l1.parts(), l2.parts(), withinM)
        .assess(data.settlements());
    ComparisonSummary summary = new ComparisonSummary(l1.label(), l2.label(), c, impact, withinM);
    Map<String, Object> out = new LinkedHashMap<>(summary.toMap(false));
    out.put("line1Ref", l1.ref());
    out.put("line2Ref", l2.ref());
    Genesis g = state.genesis().orElse(null);
    out.put("partyA", g == null ? "A" : g.partyA().name());
    out.put("aTerritory", territory1 == null ? null : territoryLabel(territory1));
    out.put("aTerritory2", territory2 == null ? null : territoryLabel(territory2));
    out.put("partyB", g == null ? "B" : g.partyB().name());
    List<String> credits = new ArrayList<>();
    for (NamedLine l : List.of(l1, l2)) {
      if (l.credit() != null && !credits.contains(l.credit())) {
        credits.add(l.credit());
      }
    }
    credits.add("Settlements: " + ShippedData.Extract.SETTLEMENTS.credit());
    out.put("credits", credits);
    out.put("areas", summary.toGeoJson());
    Map<String, Object> lines = new LinkedHashMap<>();
    lines.put("line1", new GeoJson.MultiLineString(l1.parts()));
    lines.put("line2", new GeoJson.MultiLineString(l2.parts()));
    out.put("lines", lines);
    return out;
  }

  /**
   * Party A's territory named by a shipped source ({@code source:osm}, {@code source:ne}): a node orients
   * from territories it holds, never from a path or a file the client names.
   */
  private ShippedData.SourceTerritory territory(String ref, String param, Genesis roster) {
    return data.territoryOfA(ref, roster).orElseThrow(() -> ProblemException.badRequest(param + " \"" + ref
        + "\" is no shipped territory; use one of " + String.join(", ", ShippedData.lineRefs())
        + " (party A's country as that source draws it)"));
  }

  private static String territoryLabel(ShippedData.SourceTerritory t) {
    return t.ref() + " (" + t.country() + ")";
  }

  private NamedLine resolve(CommissionState state, String ref, String param, Optional<SectionRecord> section) {
    if (ShippedData.isSourceRef(ref)) {
      Genesis g = state.genesis().orElse(null);
      ShippedData.SourceLine line = data.sourceLine(ref, g)
          .orElseThrow(() -> ProblemException.badRequest(param + " \"" + ref + "\" is no shipped source; use one of "
              + String.join(", ", ShippedData.lineRefs()) + " or a proposal id"));
      List<List<GeoPoint>> parts = line.parts();
      String label = ref + " (" + line.title() + "; A = " + line.sideA() + ")";
      if (section.isPresent()) {
        parts = near(parts, sectionLines(state, section.get()));
        if (parts.isEmpty()) {
          throw ProblemException.badRequest(ref + " has no stretch within " + (long) SECTION_MARGIN_M
              + " m of section " + section.get().sectionId() + "'s lines");
        }
        label += ", near section " + section.get().sectionId();
      }
      return new NamedLine(ref, label, parts, line.credit());
    }
    Proposal p = state.proposal(ref).orElseThrow(() -> ProblemException.notFound(param + ": no proposal \"" + ref
        + "\" in the journal" + asOf(state) + "; name a proposal id or one of " + String.join(", ",
        ShippedData.lineRefs())));
    if (section.isPresent() && !p.proposal().sectionId().equals(section.get().sectionId())) {
      throw ProblemException.badRequest(param + ": proposal " + ref + " is for section " + p.proposal().sectionId()
          + ", not " + section.get().sectionId());
    }
    return new NamedLine(ref, "proposal " + ref + " (party " + p.party().code() + ", section "
        + p.proposal().sectionId() + (p.withdrawn() ? ", withdrawn" : "") + ")", List.of(points(p.proposal())), null);
  }

  /** {@code line} read the other way: its parts in reverse order, each from its last point to its first. */
  static NamedLine reversed(NamedLine line) {
    List<List<GeoPoint>> parts = new ArrayList<>();
    for (List<GeoPoint> part : line.parts().reversed()) {
      parts.add(part.reversed());
    }
    return new NamedLine(line.ref(), line.label() + ", reversed", parts, line.credit());
  }

  private static String asOf(CommissionState state) {
    return state.lastTime().map(t -> " as of " + t).orElse("");
  }

  /** The parts of {@code parts} whose vertices lie in the box around {@code lines}, widened by the margin. */
  static List<List<GeoPoint>> near(List<List<GeoPoint>> parts, List<List<GeoPoint>> lines) {
    GeoBox box = GeoBox.of(lines.stream().flatMap(List::stream).toList())
        .grownBy(SECTION_MARGIN_M, org.groma.geo.Ellipsoid.WGS84);
    List<List<GeoPoint>> out = new ArrayList<>();
    for (List<GeoPoint> part : parts) {
      List<GeoPoint> run = new ArrayList<>();
      for (GeoPoint p : part) {
        boolean inside = box.contains(p);
        if (inside) {
          run.add(p);
        } else {
          if (run.size() >= 2) {
            out.add(run);
          }
          run = new ArrayList<>();
        }
      }
      if (run.size() >= 2) {
        out.add(run);
      }
    }
    return out;
  }

  private static List<List<GeoPoint>> sectionLines(CommissionState state, SectionRecord section) {
    List<List<GeoPoint>> lines = new ArrayList<>();
    state.proposalsFor(section.sectionId()).forEach(p -> lines.add(points(p.proposal())));
    if (lines.isEmpty()) {
      throw ProblemException.badRequest("section " + section.sectionId() + " has no line yet to compare a source "
          + "against");
    }
    return lines;
  }

  private static NamedLine posted(JsonNode geojson, String name) throws IOException {
    if (!geojson.isObject()) {
      throw ProblemException.badRequest(name + " must be a GeoJSON object (geometry, Feature or FeatureCollection)");
    }
    List<GeoFeature> features;
    try {
      features = new GeoJsonReader().read(new ByteArrayInputStream(JSON.writeValueAsBytes(geojson)), name);
    } catch (GeoInputException e) {
      throw e.at(name);
    }
    List<List<GeoPoint>> parts = new ArrayList<>();
    for (GeoFeature f : features) {
      if (f.geometry() instanceof GeoGeometry.Line l) {
        parts.addAll(l.parts());
      } else if (!(f.geometry() instanceof GeoGeometry.None)) {
        throw new BadInputException(name + ": feature " + f.index() + " is not a LineString or MultiLineString");
      }
    }
    if (parts.isEmpty()) {
      throw new BadInputException(name + ": no LineString or MultiLineString: nothing to compare");
    }
    return new NamedLine(name, name + " (posted)", parts, null);
  }

  // ---- turning-point table and description ----

  private void table(Context ctx) {
    CommissionState state = ApiRoutes.stateAsOf(ctx, s);
    SectionRecord section = section(state, ctx.pathParam("id"));
    TurningPointTableWriter.Format format = format(ctx.queryParam("format"));
    Line line = line(ctx, state, section);
    Sk42Columns sk42 = new Sk42Columns.Omitted();
    String sk42Param = Optional.ofNullable(ctx.queryParam("sk42")).orElse("yes");
    if (sk42Param.equals("yes")) {
      String named = state.genesis().map(Genesis::datumTransformation).orElse(null);
      try {
        sk42 = new Sk42Columns.Included(TransformationRegistry.lookup(named), OptionalInt.empty());
      } catch (GeoInputException | BadInputException e) {
        throw new ProblemException(422, "No SK-42 transformation", "the commission's genesis names the datum "
            + "transformation \"" + named + "\", which Groma cannot apply (" + e.getMessage() + "); ask with "
            + "sk42=no for a table without SK-42 columns");
      }
    } else if (!sk42Param.equals("no")) {
      throw ProblemException.badRequest("sk42 must be yes (the default: SK-42 Gauss-Kruger columns by the "
          + "genesis's transformation) or no");
    }
    TurningPointTable table = TurningPointTable.builder().sk42(sk42).build(SectionAssembler.assemble(line.pieces(), 1));
    String text = new TurningPointTableWriter(line.source()).write(table, format);
    // CSV (RFC 4180) has no place for a note: the notice travels in a header and in the file's name.
    boolean demo = WebRoutes.isDemo(state.genesis().orElse(null));
    ctx.header("Groma-Notice", (WebRoutes.banner(state.genesis().orElse(null)) + " " + line.status())
        .replace('—', '-').replaceAll("[^\\x20-\\x7e]", "?"));
    ctx.header("Content-Disposition", "inline; filename=\"" + (demo ? "DEMO-DATA-not-agreed-" : "")
        + section.sectionId() + "-turning-points." + format.name().toLowerCase(Locale.ROOT) + "\"");
    ctx.contentType(switch (format) {
      case CSV -> "text/csv; charset=utf-8";
      case JSON -> "application/json";
      case MD -> "text/markdown; charset=utf-8";
    }).result(text);
  }

  private void description(Context ctx) {
    CommissionState state = ApiRoutes.stateAsOf(ctx, s);
    SectionRecord section = section(state, ctx.pathParam("id"));
    String lang = Optional.ofNullable(ctx.queryParam("lang")).orElse("en");
    DescriptionLanguage language = switch (lang) {
      case "en" -> DescriptionLanguage.EN;
      case "ru" -> DescriptionLanguage.RU;
      default -> throw ProblemException.badRequest("lang \"" + lang + "\" is not offered: use en or ru");
    };
    Line line = line(ctx, state, section);
    ctx.contentType("text/plain; charset=utf-8").result(WebRoutes.banner(state.genesis().orElse(null)) + "\n"
        + line.status() + "\n\n" + new BoundaryDescriber(language).describe(SectionAssembler.assemble(line.pieces(), 1)));
  }

  /**
   * The line a table or description is made of: its pieces, the journal entry it comes from (named in every
   * export with the commission's banner, so a demo's table says DEMO DATA), and what it is.
   */
  private record Line(List<LinePiece> pieces, SourceFile source, String status) {}

  /** {@code ?proposal=ID}, else the line of the decision in force for the section (the domain says which). */
  private Line line(Context ctx, CommissionState state, SectionRecord section) {
    String proposalId = ctx.queryParam("proposal");
    SectionLine line;
    if (proposalId != null) {
      Proposal p = state.proposal(proposalId).orElseThrow(() -> ProblemException.notFound("no proposal \""
          + proposalId + "\" in the journal" + asOf(state)));
      if (!p.proposal().sectionId().equals(section.sectionId())) {
        throw ProblemException.badRequest("proposal " + proposalId + " is for section " + p.proposal().sectionId()
            + ", not " + section.sectionId());
      }
      line = SectionLine.of(state, p);
    } else {
      line = SectionLine.agreed(state, section.sectionId()).orElseThrow(() -> ProblemException.notFound("section "
          + section.sectionId() + " has no agreed line" + asOf(state) + "; ask for a proposal's line with ?proposal="
          + String.join(" or ?proposal=", state.proposalsFor(section.sectionId()).stream()
          .map(Proposal::proposalId).toList())));
    }
    Proposal p = line.proposal();
    LineProposed lp = p.proposal();
    List<LinePiece> pieces = line.pieces();
    String what = line.agreed()
        ? "Line of proposal " + lp.proposalId() + ", adopted by decision " + section.agreedBy() + " in force."
        : "Line of proposal " + lp.proposalId() + " (party " + p.party().code() + "): proposed, not agreed.";
    String name = WebRoutes.banner(state.genesis().orElse(null)) + " " + what + " From journal "
        + s.node().origin() + " entry " + p.seq() + " (SHA-256 is the entry's leaf hash)";
    String hash = s.node().entry(p.seq()).orElseThrow().hash().hex();
    return new Line(pieces, new SourceFile(name, hash), what);
  }

  private static TurningPointTableWriter.Format format(String f) {
    if (f == null) {
      return TurningPointTableWriter.Format.JSON;
    }
    try {
      return TurningPointTableWriter.Format.valueOf(f.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("format \"" + f + "\" is not offered: use json, csv or md");
    }
  }

  // ---- helpers ----

  static SectionRecord section(CommissionState state, String id) {
    return state.sections().stream().filter(x -> x.sectionId().equals(id)).findFirst()
        .orElseThrow(() -> ProblemException.notFound("no section \"" + id + "\" in the journal"
            + asOf(state) + (state.sections().isEmpty() ? "" : "; sections: " + String.join(", ",
            state.sections().stream().map(SectionRecord::sectionId).toList()))));
  }

  private static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      throw ProblemException.badRequest("give " + name + ": a proposal id, or one of " + String.join(", ",
          ShippedData.lineRefs()));
    }
    return v;
  }

  private static double number(String v, String name) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest(name + " \"" + v + "\" is not a number");
    }
  }

  private static GeoPoint point(String latLon, String name) {
    String[] c = latLon.split(",", -1);
    if (c.length != 2) {
      throw ProblemException.badRequest(name + " \"" + latLon + "\" must be LAT,LON in decimal degrees");
    }
    try {
      return new GeoPoint(number(c[0].trim(), name + " latitude"), number(c[1].trim(), name + " longitude"));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(name + " \"" + latLon + "\": " + e.getMessage());
    }
  }

  static List<GeoPoint> points(LineProposed line) {
    return line.line().stream().map(CanonicalPoint::toGeoPoint).toList();
  }
}
