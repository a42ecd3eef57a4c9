package org.groma.app.server.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.CommissionState.Endorsement;
import org.groma.app.commission.CommissionState.Proposal;
import org.groma.app.commission.CommissionState.SectionRecord;
import org.groma.app.geojson.GeoJson;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.ShippedData;
import org.groma.app.node.LayerFeature;
import org.groma.app.delimitation.comparison.Settlement;
import org.groma.app.export.IncidentTable;
import org.groma.app.node.LayerFeatures;
import org.groma.app.store.Feature;
import org.groma.app.store.LayerGeometry;
import org.locationtech.jts.geom.Geometry;

/**
 * Every collection's features as of one entry of the journal, built once and served until the journal grows.
 * The journal collections are the store's GeoPackage layers ({@link LayerFeatures}) with two more
 * properties: {@code status_since}, the time of the entry that gave the feature its present status, and
 * {@code notice}, which says what the feature is worth.
 *
 * <h2>Thread safety</h2>
 * Immutable once built.
 */
record OgcSnapshot(long lastSeq, String commissionName, Map<OgcCollection, OgcLayer> layers) {

  static final String SETTLEMENTS_SOURCE = ShippedData.Extract.SETTLEMENTS.attribution();
  static final String SETTLEMENTS_NOTICE = "Reference data (GeoNames), not part of the commission's record.";

  private static final ObjectMapper JSON = new ObjectMapper();

  OgcLayer layer(OgcCollection c) {
    return layers.get(c);
  }

  /**
   * The snapshot of {@code state}.
   *
   * @param entryTime the time of a journal entry by its seq (for withdrawals, which the state keeps by seq)
   * @param settlements the settlements layer, which does not change with the journal
   */
  static OgcSnapshot of(CommissionState state, String commissionName, LongFunction<Instant> entryTime,
      OgcLayer settlements, List<Settlement> places) {
    Map<OgcCollection, OgcLayer> layers = new EnumMap<>(OgcCollection.class);
    for (OgcCollection c : OgcCollection.values()) {
      if (c.layer == null) {
        continue;
      }
      String notice = notice(c, commissionName);
      List<OgcItem> items = new ArrayList<>();
      for (LayerFeature f : LayerFeatures.of(c.layer, state)) {
        Instant since = statusSince(c, f, state, entryTime);
        ObjectNode properties = properties(f.feature());
        properties.put("status_since", since.toString());
        properties.put("notice", notice);
        items.add(item(f.id(), f.feature().geometry(), featureTime(c, f, state, since), properties));
      }
      layers.put(c, OgcLayer.of(c, items));
    }
    layers.put(OgcCollection.SETTLEMENTS, settlements);
    List<OgcItem> incidents = new ArrayList<>();
    String notice = notice(OgcCollection.INCIDENTS, commissionName);
    for (IncidentTable.Line l : IncidentTable.of(state, places)) {
      ObjectNode properties = JSON.valueToTree(l.properties());
      properties.put("notice", notice);
      incidents.add(item(l.record().incidentId(), new LayerGeometry.Point(l.location()),
          FeatureTime.instant(OgcIncidents.occurred(l.record().report().occurred())), properties));
    }
    layers.put(OgcCollection.INCIDENTS, OgcLayer.of(OgcCollection.INCIDENTS, incidents));
    return new OgcSnapshot(state.lastSeq(), commissionName, layers);
  }

  static String notice(OgcCollection c, String commissionName) {
    String record = "Working record of the " + commissionName;
    return switch (c) {
      case SECTIONS, SEGMENTS -> record + ": not an agreed boundary unless status is \"agreed\".";
      case PROPOSALS -> record + ": a line one party proposed, not an agreed boundary.";
      case DECISIONS -> record + ": not an agreed boundary unless status is \"in force\".";
      case PILLARS, INSPECTIONS -> PillarOgc.notice(c, record);
      case POSTS -> record + ": a post as the party that runs it recorded it, not a boundary mark.";
      case PATROLS -> record + ": a patrol's track as the patrolling party recorded it, not a boundary.";
      case SETTLEMENTS -> SETTLEMENTS_NOTICE;
      case INCIDENTS -> "Incident register of the " + commissionName + ": a report, not a finding unless its"
          + " status says it was verified and acknowledged.";
    };
  }

  /** The time of the entry that gave the feature its present status. */
  private static Instant statusSince(OgcCollection c, LayerFeature f, CommissionState state,
      LongFunction<Instant> entryTime) {
    return switch (c) {
      case SECTIONS -> sectionSince(state, f.id(), entryTime);
      case SEGMENTS -> {
        // Segment ids are SECTION~N on an agreed line and SECTION~PROPOSAL~N on a proposal (LayerFeature).
        String[] parts = f.id().split("~");
        yield parts.length == 3
            ? state.proposal(parts[1]).orElseThrow().time()
            : agreedSince(state, parts[0]);
      }
      case PROPOSALS -> proposalSince(state.proposal(f.id()).orElseThrow(), entryTime);
      case DECISIONS -> decisionSince(state.decision(f.id()).orElseThrow());
      case PILLARS, INSPECTIONS -> PillarOgc.statusSince(c, f.id(), state);
      case POSTS -> state.patrols().post(f.id()).orElseThrow().statusTime();
      case PATROLS -> state.patrols().patrol(f.id()).orElseThrow().time();
      case SETTLEMENTS, INCIDENTS -> throw new IllegalArgumentException(c.id + " are no layer of the store");
    };
  }

  /**
   * What datetime selects on ({@link OgcCollection#timeRule()}): the time a feature was valid, where the
   * record knows it (a post while established, a patrol while walked), else when it took its status. A new
   * time-stamped collection (an incident register) adds its case here: e.g. the instant an incident occurred.
   */
  private static FeatureTime featureTime(OgcCollection c, LayerFeature f, CommissionState state, Instant since) {
    return switch (c) {
      case POSTS -> {
        var post = state.patrols().post(f.id()).orElseThrow();
        yield FeatureTime.interval(post.time(), post.closedTime());
      }
      case PATROLS -> {
        var patrol = state.patrols().patrol(f.id()).orElseThrow().patrol();
        yield FeatureTime.interval(patrol.start(), patrol.end());
      }
      default -> FeatureTime.instant(since);
    };
  }

  private static Instant sectionSince(CommissionState state, String sectionId, LongFunction<Instant> entryTime) {
    SectionRecord section = state.sections().stream().filter(s -> s.sectionId().equals(sectionId)).findFirst()
        .orElseThrow();
    if (section.agreedBy() != null) {
      return agreedSince(state, sectionId);
    }
    return state.proposalsFor(sectionId).stream().map(p -> proposalSince(p, entryTime)).max(Instant::compareTo)
        .orElseThrow();
  }

  private static Instant agreedSince(CommissionState state, String sectionId) {
    SectionRecord section = state.sections().stream().filter(s -> s.sectionId().equals(sectionId)).findFirst()
        .orElseThrow();
    return state.decision(section.agreedBy()).orElseThrow().inForceTime();
  }

  private static Instant proposalSince(Proposal p, LongFunction<Instant> entryTime) {
    return p.withdrawn() ? entryTime.apply(p.withdrawnSeq()) : p.time();
  }

  private static Instant decisionSince(DecisionRecord d) {
    if (d.inForce()) {
      return d.inForceTime();
    }
    return d.endorsements().values().stream().map(Endorsement::time).max(Instant::compareTo)
        .orElse(d.draftTime());
  }

  private static ObjectNode properties(Feature f) {
    ObjectNode out = JSON.createObjectNode();
    f.attributes().forEach((name, value) -> {
      switch (value) {
        case null -> out.putNull(name);
        case String s -> out.put(name, s);
        case Long n -> out.put(name, n);
        case Integer n -> out.put(name, n);
        case Double d -> out.put(name, d);
        default -> throw new IllegalStateException("attribute " + name + " is a " + value.getClass().getName());
      }
    });
    return out;
  }

  private static OgcItem item(String id, LayerGeometry geometry, FeatureTime time, ObjectNode properties) {
    ObjectNode json = JSON.valueToTree(new GeoJson.Feature(id, properties, geometry.toGeoJson()));
    Geometry jts = LonLatGeometry.jts(geometry);
    return new OgcItem(id, jts, jts.getEnvelopeInternal(), time, json,
        json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The settlements of the shipped extract, with their GeoNames id as feature id. */
  static OgcLayer settlements(ShippedData data) {
    List<OgcItem> items = new ArrayList<>();
    for (GeoFeature f : data.features(ShippedData.Extract.SETTLEMENTS)) {
      var p = f.properties();
      ObjectNode properties = JSON.createObjectNode();
      properties.put("geonameid", p.path("geonameid").asLong());
      properties.put("name", p.path("name").asText());
      properties.put("country", p.path("country").asText());
      properties.put("feature_code", p.path("featureCode").asText());
      properties.put("population", p.path("population").asLong());
      properties.put("source", SETTLEMENTS_SOURCE);
      properties.put("notice", SETTLEMENTS_NOTICE);
      GeoGeometry.Point point = (GeoGeometry.Point) f.geometry();
      items.add(item(Long.toString(p.path("geonameid").asLong()), new LayerGeometry.Point(point.point()), null,
          properties));
    }
    return OgcLayer.of(OgcCollection.SETTLEMENTS, items);
  }
}
