package org.groma.app.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.Witness;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.CommissionState.Proposal;
import org.groma.app.geojson.GeoJson;
import org.groma.app.io.ShippedData;
import org.groma.app.node.DecisionProgress;
import org.groma.app.node.LayerFeature;
import org.groma.app.node.LayerFeatures;
import org.groma.app.server.http.ProblemException;
import org.groma.app.store.Feature;
import org.groma.app.store.FeatureLayerSpec;
import org.groma.app.store.PillarLayers;
import org.groma.app.store.ProjectionLayers;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.note.Checkpoint;

/**
 * The web map: its static files at {@code /} (from the jar, OpenLayers from its webjar under
 * {@code /webjars/ol/}; nothing from the internet), and the reads it needs besides {@link ApiRoutes}: the
 * state's layers as GeoJSON, the shipped backdrop and settlements, what the commission is, and inclusion
 * proofs against a checkpoint's tree size. The delimitation reads are {@link DelimitationRoutes}. The
 * Content-Security-Policy its pages load under is {@link SecurityHeaders}'s, set on every answer.
 */
final class WebRoutes {

  /** Classpath folder of the web map's files (server/src/main/resources/org/groma/app/web). */
  static final String WEB_DIR = "/org/groma/app/web";

  private final ServerContext s;

  private WebRoutes(ServerContext s) {
    this.s = s;
  }

  /** Installs the web map's static files and its routes (and the delimitation reads) on {@code config}. */
  static void install(JavalinConfig config, ServerContext s) {
    config.staticFiles.add(sf -> {
      sf.hostedPath = "/";
      sf.directory = WEB_DIR;
      sf.location = Location.CLASSPATH;
    });
    config.staticFiles.enableWebjars();
    ShippedData data = new ShippedData();
    WebRoutes w = new WebRoutes(s);
    config.routes.get("/api/commission", w::commission);
    config.routes.get("/api/whoami", w::whoami);
    config.routes.get("/api/layers", w::layers);
    config.routes.get("/api/proofs", w::proofs);
    config.routes.get("/api/timeline", w::timeline);
    config.routes.get("/api/backdrop", ctx -> ctx.contentType("application/geo+json").result(data.bytes(ShippedData.Extract.NATURAL_EARTH)));
    config.routes.get("/api/settlements", ctx -> ctx.contentType("application/geo+json")
        .result(data.bytes(ShippedData.Extract.SETTLEMENTS)));
    DelimitationRoutes.install(config.routes, s, data);
  }

  // ---- who is signed in ----

  /**
   * Who this browser is signed in as, always with 200 (unlike {@code GET /api/session}): the page asks on every
   * load, and a signed-out reader is not an error. An expired session says so.
   */
  private void whoami(Context ctx) {
    Map<String, Object> m = new LinkedHashMap<>();
    try {
      s.sessions().current(ctx).ifPresentOrElse(a -> {
        m.put("signedIn", true);
        m.put("user", a.user());
        m.put("party", a.party().code());
        m.put("member", a.member());
        m.put("roles", a.roles().stream().map(r -> r.code()).toList());
      }, () -> m.put("signedIn", false));
    } catch (ProblemException expired) {
      m.put("signedIn", false);
      m.put("expired", true);
    }
    ctx.json(m);
  }

  // ---- the commission ----

  private void commission(Context ctx) {
    ctx.json(commission(s.node().state()));
  }

  /** Who the commission is, and the banner every screen shows. */
  private Map<String, Object> commission(CommissionState state) {
    Map<String, Object> m = new LinkedHashMap<>();
    Genesis g = state.genesis().orElse(null);
    boolean demo = isDemo(g);
    m.put("origin", s.node().origin());
    m.put("commissionId", g == null ? null : g.commissionId());
    m.put("commissionName", g == null ? null : g.commissionName());
    m.put("demo", demo);
    m.put("banner", banner(g));
    Map<String, Object> parties = new LinkedHashMap<>();
    if (g != null) {
      parties.put("A", Map.of("code", g.partyA().code(), "name", g.partyA().name()));
      parties.put("B", Map.of("code", g.partyB().code(), "name", g.partyB().name()));
      parties.put("M", Map.of("code", g.mediator().code(), "name", g.mediator().name()));
    }
    m.put("parties", parties);
    List<Map<String, String>> witnesses = new ArrayList<>();
    if (g != null) {
      for (Witness w : g.witnesses()) {
        witnesses.add(Map.of("party", w.party().code(), "name", w.name()));
      }
    }
    m.put("witnesses", witnesses);
    m.put("logOperator", g == null ? null : g.logOperator().name());
    m.put("datumTransformation", g == null ? null : g.datumTransformation());
    m.put("firstTime", s.node().size() == 0 ? null : s.node().act(0).time().toString());
    m.put("lastTime", s.node().state().lastTime().map(Object::toString).orElse(null));
    m.put("size", s.node().size());
    m.put("checkpointSize", s.node().checkpoints().stream()
        .mapToLong(n -> Checkpoint.parseBody(n.text()).size()).max().stream().boxed().findFirst().orElse(null));
    return m;
  }

  /**
   * A demo commission: any id or name starting with "demo" (the demo builders, and the tests' scripted
   * history, name theirs so). Its screens say DEMO DATA.
   */
  static boolean isDemo(Genesis g) {
    return org.groma.app.documents.PageFrame.isDemo(g);
  }

  static String banner(Genesis g) {
    if (isDemo(g)) {
      return "DEMO DATA — a demonstration, not an agreed boundary: nothing here has legal force.";
    }
    String who = g == null ? "this commission" : g.commissionName();
    return "Working record of " + who + " — not an agreed boundary: a line is agreed only by a decision in"
        + " force, endorsed by both co-chairs.";
  }

  // ---- layers ----

  /** The state's layers as GeoJSON FeatureCollections, as of now, {@code ?at=SEQ} or {@code ?atTime=ISO}. */
  private void layers(Context ctx) {
    CommissionState state = ApiRoutes.stateAsOf(ctx, s);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("commission", commission(state));
    out.put("asOfSeq", state.founded() ? state.lastSeq() : -1);
    out.put("asOfTime", state.lastTime().map(Object::toString).orElse(null));
    // One read of the stored checkpoints gives who cosigned what, the final size and the largest size.
    List<DecisionProgress.Cosigned> cosigners = s.node().checkpointCosigners();
    Long finalSize = s.node().finalSizeOf(cosigners);
    Long largestSize = cosigners.stream().map(DecisionProgress.Cosigned::size).max(Long::compare).orElse(null);
    out.put("sections", collection(features(ProjectionLayers.SECTIONS, state), f -> sectionExtras(state, f, finalSize)));
    out.put("segments", collection(features(ProjectionLayers.SEGMENTS, state), f -> finality(state,
        (String) f.attributes().get("section_id"), finalSize)));
    out.put("proposals", collection(features(ProjectionLayers.PROPOSALS, state), f -> proposalExtras(state,
        (String) f.attributes().get("proposal_id"))));
    out.put("decisions", collection(features(ProjectionLayers.DECISIONS, state), f -> decisionExtras(state,
        (String) f.attributes().get("decision_id"), finalSize, largestSize, cosigners)));
    // The pillar register's pillars, drawn coloured by status (docs/demarcation.md)
    out.put("pillars", collection(features(PillarLayers.PILLARS, state), f -> Map.of()));
    ctx.json(out);
  }

  /**
   * {@code final}: whether the decision in force that agreed the section is final (the map draws in force and
   * final differently); nothing for a section not agreed.
   */
  private static Map<String, Object> finality(CommissionState state, String sectionId, Long finalSize) {
    return state.agreedDecision(sectionId).<Map<String, Object>>map(d -> Map.of("final", d.finalUnder(finalSize)))
        .orElse(Map.of());
  }

  private Map<String, Object> sectionExtras(CommissionState state, Feature f, Long finalSize) {
    String sectionId = (String) f.attributes().get("section_id");
    Map<String, Object> m = new LinkedHashMap<>(finality(state, sectionId, finalSize));
    List<String> proposals = new ArrayList<>();
    List<Map<String, Object>> sources = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Proposal p : state.proposalsFor(sectionId)) {
      proposals.add(p.proposalId() + (p.withdrawn() ? " (withdrawn)" : ""));
      for (String id : p.proposal().sourceIds()) {
        if (!seen.contains(id)) {
          seen.add(id);
          sources.add(source(state, id));
        }
      }
    }
    m.put("proposals", proposals);
    m.put("sources", sources);
    state.sections().stream().filter(x -> x.sectionId().equals(sectionId)).findFirst()
        .map(CommissionState.SectionRecord::agreedBy).ifPresent(d -> m.put("agreed_by", d));
    return m;
  }

  private Map<String, Object> proposalExtras(CommissionState state, String proposalId) {
    Map<String, Object> m = new LinkedHashMap<>();
    state.proposal(proposalId).ifPresent(p -> {
      m.put("proposed_by", p.proposedBy().member());
      m.put("proposed_time", p.time().toString());
      m.put("sitting_id", p.proposal().sittingId());
      m.put("sources", p.proposal().sourceIds().stream().map(id -> source(state, id)).toList());
      m.put("segment_types", p.proposal().segments().stream().map(seg -> seg.feature() == null
          ? seg.lineType().code() : seg.lineType().code() + ": " + seg.feature()).toList());
      if (p.withdrawn()) {
        m.put("withdrawal_reason", p.withdrawalReason());
      }
    });
    return m;
  }

  private Map<String, Object> decisionExtras(CommissionState state, String decisionId, Long finalSize,
      Long largestSize, List<DecisionProgress.Cosigned> cosigners) {
    Map<String, Object> m = new LinkedHashMap<>();
    state.decision(decisionId).ifPresent(d -> {
      m.put("text", d.draft().text());
      m.put("proposal_id", d.draft().proposalId());
      m.put("sitting_id", d.draft().sittingId());
      m.put("drafted_by", d.draftedBy().member());
      m.put("draft_hash", d.draftHash());
      m.put("geometry_hash", state.geometryHash(d));
      m.put("endorsements", endorsements(d));
      m.put("in_force_time", d.inForceTime() == null ? null : d.inForceTime().toString());
      // Finality is the node's answer (the domain's rule over the checkpoints it verified), not the page's.
      m.put("final", d.finalUnder(finalSize));
      m.put("final_under_size", d.finalUnder(finalSize) ? finalSize : null);
      state.genesis().ifPresent(g -> {
        DecisionProgress progress = DecisionProgress.of(d, g, cosigners, finalSize);
        m.put("stage", progress.stage().code());
        m.put("next", progress.next().stream().map(WebRoutes::nextStep).toList());
      });
      m.put("replaces", state.replacedBy(d).map(r -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("proposal_id", r.proposal().proposalId());
        x.put("party", r.proposal().party().code());
        x.put("agreed_by", r.agreedBy());
        return x;
      }).orElse(null));
      // and why not yet: the largest checkpoint includes it but lacks a witness's cosignature, or none does yet
      m.put("included_under_size", d.includedIn(largestSize) ? largestSize : null);
    });
    return m;
  }

  private static Map<String, Object> nextStep(DecisionProgress.NextStep n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("act", n.act());
    m.put("party", n.party() == null ? null : n.party().code());
    m.put("who", n.who());
    m.put("checkpoint_size", n.checkpointSize());
    m.put("entry_seq", n.entrySeq());
    return m;
  }

  private static List<Map<String, Object>> endorsements(DecisionRecord d) {
    List<Map<String, Object>> out = new ArrayList<>();
    d.endorsements().values().forEach(e -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("party", e.party().code());
      m.put("member", e.member());
      m.put("seq", e.seq());
      m.put("time", e.time().toString());
      out.add(m);
    });
    return out;
  }

  private static Map<String, Object> source(CommissionState state, String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sourceId", id);
    state.source(id).ifPresent(src -> {
      m.put("title", src.source().title());
      m.put("date", src.source().date());
      m.put("scaleDenominator", src.source().scaleDenominator());
      m.put("crs", src.source().crs());
      m.put("sha256", src.source().sha256());
      m.put("seq", src.seq());
      if (src.mapSheet() != null) {
        var p = src.mapSheet().provenance();
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("sheet", p.sheet());
        sheet.put("editionYear", p.editionYear());
        sheet.put("surveyYear", p.surveyYear());
        sheet.put("issuer", p.issuer());
        sheet.put("scanDpi", p.scanDpi());
        sheet.put("suppliedBy", p.suppliedBy().code());
        m.put("mapSheet", sheet);
      }
    });
    return m;
  }

  private static GeoJson.FeatureCollection collection(List<Feature> features,
      java.util.function.Function<Feature, Map<String, Object>> extras) {
    List<GeoJson.Feature> out = new ArrayList<>();
    for (Feature f : features) {
      Map<String, Object> props = new LinkedHashMap<>(f.attributes());
      props.putAll(extras.apply(f));
      out.add(new GeoJson.Feature(props, f.geometry().toGeoJson()));
    }
    return new GeoJson.FeatureCollection(out);
  }

  // ---- timeline ----

  /**
   * The days (UTC) on which entries were made, oldest first, each with its last entry and how many: the steps
   * of the page's "as of" slider, so a history that ends today is not squeezed between empty days.
   */
  private void timeline(Context ctx) {
    List<Map<String, Object>> days = new ArrayList<>();
    String day = null;
    Map<String, Object> current = null;
    for (long seq = 0; seq < s.node().size(); seq++) {
      String d = s.node().act(seq).time().toString().substring(0, 10);
      if (!d.equals(day)) {
        day = d;
        current = new LinkedHashMap<>();
        current.put("day", d);
        current.put("firstSeq", seq);
        current.put("entries", 0L);
        days.add(current);
      }
      current.put("lastSeq", seq);
      current.put("entries", (Long) current.get("entries") + 1);
    }
    ctx.json(Map.of("days", days));
  }

  // ---- proofs ----

  /**
   * {@code ?treeSize=N&from=&limit=}: the inclusion proof of each entry below N in the tree of the first N
   * entries, so a browser can check entries against a checkpoint of size N rather than the journal as it is now.
   */
  private void proofs(Context ctx) {
    long size = s.node().size();
    String t = ctx.queryParam("treeSize");
    if (t == null) {
      throw ProblemException.badRequest("give treeSize: the size of the checkpoint to prove against");
    }
    long treeSize = ApiRoutes.longParam("treeSize", t);
    long from = ctx.queryParam("from") == null ? 0 : ApiRoutes.longParam("from", ctx.queryParam("from"));
    long limit = ctx.queryParam("limit") == null ? 100 : ApiRoutes.longParam("limit", ctx.queryParam("limit"));
    if (treeSize < 1 || treeSize > size) {
      throw ProblemException.badRequest("treeSize must be between 1 and the journal's size, " + size);
    }
    if (from < 0 || limit < 1 || limit > ApiRoutes.MAX_ENTRIES_PAGE) {
      throw ProblemException.badRequest("from must be ≥ 0 and limit between 1 and " + ApiRoutes.MAX_ENTRIES_PAGE);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (long seq = from; seq < Math.min(treeSize, from + limit); seq++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("seq", seq);
      m.put("proof", s.node().inclusionProof(seq, treeSize).stream().map(MerkleHash::hex).toList());
      out.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("treeSize", treeSize);
    body.put("proofs", out);
    ctx.json(body);
  }

  private static List<Feature> features(FeatureLayerSpec layer, CommissionState state) {
    return LayerFeatures.of(layer, state).stream().map(LayerFeature::feature).toList();
  }
}
