package org.groma.app.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.CommissionState.Proposal;
import org.groma.app.commission.CommissionState.SectionRecord;
import org.groma.app.commission.CommissionState;
import org.groma.app.store.CommissionStore;
import org.groma.app.store.Feature;
import org.groma.app.store.FeatureLayerSpec;
import org.groma.app.store.LayerGeometry;
import org.groma.app.store.PatrolLayers;
import org.groma.app.store.ProjectionLayers;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;
import org.groma.journal.entry.Party;

/**
 * The commission's state drawn as the store's GeoPackage layers, for QGIS and GDAL. A section's line is the
 * line of the proposal its decision in force adopted; until then a section shows every proposal for it.
 * Lengths are on the WGS 84 ellipsoid by each segment's line type; a segment that follows a feature (a
 * river's median line) is measured along the geodesic between its turning points, since the journal holds
 * only those points.
 */
final class LayerProjection {

  private LayerProjection() {}

  static void write(CommissionStore store, CommissionState state) {
    layers(state).forEach(store::writeLayer);
  }

  /** Every layer's features for {@code state}, in the store's layer order. */
  static Map<FeatureLayerSpec, List<Feature>> layers(CommissionState state) {
    Map<FeatureLayerSpec, List<Feature>> out = new LinkedHashMap<>();
    out.put(ProjectionLayers.SECTIONS, features(sections(state)));
    out.put(ProjectionLayers.SEGMENTS, features(segments(state)));
    out.put(ProjectionLayers.PROPOSALS, features(proposals(state)));
    out.put(ProjectionLayers.DECISIONS, features(decisions(state)));
    out.putAll(PillarLayerProjection.layers(state));
    out.put(PatrolLayers.POSTS, features(PatrolLayerProjection.posts(state)));
    out.put(PatrolLayers.PATROLS, features(PatrolLayerProjection.patrols(state)));
    return out;
  }

  private static List<Feature> features(List<LayerFeature> identified) {
    return identified.stream().map(LayerFeature::feature).toList();
  }

  static List<LayerFeature> sections(CommissionState state) {
    List<LayerFeature> out = new ArrayList<>();
    for (SectionRecord section : state.sections()) {
      Optional<DecisionRecord> agreed = state.agreedDecision(section.sectionId());
      List<List<GeoPoint>> lines = new ArrayList<>();
      Double length = null;
      if (agreed.isPresent()) {
        LineProposed line = state.adoptedLine(agreed.get());
        lines.add(points(line));
        length = length(line);
      } else {
        state.proposalsFor(section.sectionId()).forEach(p -> lines.add(points(p.proposal())));
      }
      out.add(new LayerFeature(section.sectionId(), new LayerGeometry.MultiLineString(lines), attributes(
          "section_id", section.sectionId(), "name", section.sectionId(),
          "status", section.status().name().toLowerCase(java.util.Locale.ROOT),
          "decision_seq", agreed.map(DecisionRecord::inForceSeq).orElse(null), "length_m", length)));
    }
    return out;
  }

  static List<LayerFeature> segments(CommissionState state) {
    List<LayerFeature> out = new ArrayList<>();
    for (SectionRecord section : state.sections()) {
      Optional<DecisionRecord> agreed = state.agreedDecision(section.sectionId());
      if (agreed.isPresent()) {
        addSegments(out, section.sectionId(), state.adoptedLine(agreed.get()), "agreed", "TP ",
            section.sectionId() + "~");
      } else {
        for (Proposal p : state.proposalsFor(section.sectionId())) {
          if (!p.withdrawn()) {
            addSegments(out, section.sectionId(), p.proposal(), "proposed", p.proposalId() + " TP ",
                section.sectionId() + "~" + p.proposalId() + "~");
          }
        }
      }
    }
    return out;
  }

  static List<LayerFeature> proposals(CommissionState state) {
    List<LayerFeature> out = new ArrayList<>();
    for (Proposal p : state.proposals()) {
      var geometry = new LayerGeometry.MultiLineString(List.of(points(p.proposal())));
      out.add(new LayerFeature(p.proposalId(), geometry, attributes(
          "proposal_id", p.proposalId(), "section_id", p.proposal().sectionId(), "party", p.party().code(),
          "status", p.withdrawn() ? "withdrawn" : "tabled", "proposed_seq", p.seq())));
    }
    return out;
  }

  static List<LayerFeature> decisions(CommissionState state) {
    List<LayerFeature> out = new ArrayList<>();
    for (DecisionRecord d : state.decisions()) {
      var geometry = new LayerGeometry.MultiLineString(List.of(points(state.adoptedLine(d))));
      out.add(new LayerFeature(d.decisionId(), geometry, attributes(
          "decision_id", d.decisionId(), "section_id", d.draft().sectionId(), "status", status(d),
          "drafted_seq", d.draftSeq(), "in_force_seq", d.inForceSeq())));
    }
    return out;
  }

  private static String status(DecisionRecord d) {
    if (d.inForce()) {
      return "in force";
    }
    if (d.endorsements().isEmpty()) {
      return "drafted";
    }
    return "endorsed by " + String.join(", ", d.endorsements().keySet().stream().map(Party::code).toList());
  }

  private static void addSegments(List<LayerFeature> out, String sectionId, LineProposed line, String status,
      String pointLabel, String idPrefix) {
    List<GeoPoint> pts = points(line);
    for (int i = 0; i < line.segments().size(); i++) {
      ProposedSegment seg = line.segments().get(i);
      var geometry = new LayerGeometry.LineString(List.of(pts.get(i), pts.get(i + 1)));
      out.add(new LayerFeature(idPrefix + (i + 1), geometry, attributes(
          "section_id", sectionId, "segment_no", (long) (i + 1), "from_point", pointLabel + (i + 1),
          "to_point", pointLabel + (i + 2), "line_type", seg.lineType().code(), "status", status,
          "length_m", seg.lineType().distanceM(pts.get(i), pts.get(i + 1)))));
    }
  }

  private static double length(LineProposed line) {
    List<GeoPoint> pts = points(line);
    double sum = 0;
    for (int i = 0; i < line.segments().size(); i++) {
      sum += line.segments().get(i).lineType().distanceM(pts.get(i), pts.get(i + 1));
    }
    return sum;
  }

  private static List<GeoPoint> points(LineProposed line) {
    return line.line().stream().map(CanonicalPoint::toGeoPoint).toList();
  }

  private static Map<String, Object> attributes(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
