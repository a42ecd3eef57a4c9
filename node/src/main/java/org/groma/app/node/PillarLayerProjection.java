package org.groma.app.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.PillarEvent.Finding;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarRegister.Inspection;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.app.commission.PillarRegister.Signed;
import org.groma.app.commission.PillarRegister.Version;
import org.groma.app.store.Feature;
import org.groma.app.store.FeatureLayerSpec;
import org.groma.app.store.LayerGeometry;
import org.groma.app.store.PillarLayers;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.groma.journal.entry.Party;

/**
 * The pillar register drawn as the store's demarcation layers ({@link PillarLayers}): a pillar at the position
 * of its protocol in force, else of its newest survey (a pillar only proposed has no position and no
 * feature); an inspection's finding at the position measured, else at the pillar's, with the geodesic
 * distance between the two ({@code delta_m}).
 */
final class PillarLayerProjection {

  private PillarLayerProjection() {}

  static Map<FeatureLayerSpec, List<Feature>> layers(CommissionState state) {
    Map<FeatureLayerSpec, List<Feature>> out = new LinkedHashMap<>();
    out.put(PillarLayers.PILLARS, pillars(state).stream().map(LayerFeature::feature).toList());
    out.put(PillarLayers.INSPECTIONS, inspections(state).stream().map(LayerFeature::feature).toList());
    return out;
  }

  /** The surveyed version a map shows for {@code p}: the protocol in force, else the newest survey. */
  static Optional<Version> shown(Pillar p) {
    return p.protocolInForce().or(p::latest);
  }

  static List<LayerFeature> pillars(CommissionState state) {
    List<LayerFeature> out = new ArrayList<>();
    for (Pillar p : state.pillars().pillars()) {
      Optional<Version> v = shown(p);
      if (v.isEmpty()) {
        continue;
      }
      PillarSurveyed s = v.get().survey();
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("pillar", p.number().label());
      a.put("section_id", p.proposal().sectionId());
      a.put("pillar_type", p.proposal().pillarType());
      a.put("name", p.proposal().name());
      a.put("status", p.status().code());
      a.put("condition", p.condition() == null ? null : p.condition().code());
      a.put("version", (long) (p.versions().indexOf(v.get()) + 1));
      a.put("in_force", p.protocolInForce().isPresent() ? 1L : 0L);
      a.put("ellipsoidal_height_m", s.ellipsoidalHeightMm() / 1000.0);
      a.put("orthometric_height_m", s.orthometricHeightMm() == null ? null : s.orthometricHeightMm() / 1000.0);
      a.put("height_system", s.heightSystem());
      a.put("method", s.method().code());
      a.put("rms_mm", s.rmsMm());
      a.put("observed_on", s.observedOn());
      a.put("last_inspected", p.lastInspected());
      a.put("proposed_seq", p.proposed().seq());
      a.put("surveyed_seq", v.get().signed().seq());
      out.add(new LayerFeature(p.number().label(), new LayerGeometry.Point(s.position().toGeoPoint()), a));
    }
    return out;
  }

  static List<LayerFeature> inspections(CommissionState state) {
    List<LayerFeature> out = new ArrayList<>();
    for (Inspection i : state.pillars().inspections()) {
      for (Finding f : i.record().findings()) {
        Optional<Version> v = state.pillars().pillar(f.number()).flatMap(PillarLayerProjection::shown);
        GeoPoint catalogue = v.map(x -> x.survey().position().toGeoPoint()).orElse(null);
        GeoPoint at = f.measured() != null ? f.measured().toGeoPoint() : catalogue;
        if (at == null) {
          continue; // a pillar never surveyed has nowhere to be drawn
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("inspection_id", i.record().inspectionId());
        a.put("pillar", f.number().label());
        a.put("section_id", i.record().sectionId());
        a.put("date", i.record().date());
        a.put("condition", f.condition().code());
        Double delta = f.measured() == null || catalogue == null ? null
            : Geodesics.WGS84.distanceM(catalogue, f.measured().toGeoPoint());
        a.put("delta_m", delta);
        // Δ against the catalogue, flagged above the commission's inspection tolerance
        a.put("delta_flag", delta == null ? null : delta > state.pillars().tolerances().get("inspectionToleranceM")
            .doubleValue() ? "above tolerance" : "within tolerance");
        a.put("cleared_strip_m", f.clearedStripM() == null ? null : f.clearedStripM().doubleValue());
        a.put("actions", f.actions());
        a.put("act_status", actStatus(i.signed()));
        a.put("recorded_seq", i.signed().seq());
        out.add(new LayerFeature(i.record().inspectionId() + "~" + f.number().label(), new LayerGeometry.Point(at),
            a));
      }
    }
    return out;
  }

  /** {@code in force}, {@code signed by A}, or {@code recorded}. */
  static String actStatus(Signed s) {
    if (s.inForce()) {
      return "in force";
    }
    return s.signatures().isEmpty() ? "recorded"
        : "signed by " + String.join(", ", s.signatures().keySet().stream().map(Party::code).toList());
  }
}
