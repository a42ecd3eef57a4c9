package org.groma.app.server.ogc;

import java.time.Instant;
import java.util.List;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.PillarNumber;
import org.groma.app.commission.PillarRegister.Inspection;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.app.commission.PillarRegister.Signature;
import org.groma.app.server.ogc.OgcCollection.Property;

/**
 * The pillar register's collections in the OGC API (docs/ogc.md, "Pillars and inspections"): their
 * properties (the columns of the store's {@code pillars} and {@code inspections} layers), their notice and
 * when each feature got its present status.
 */
final class PillarOgc {

  static final List<Property> PILLAR_PROPERTIES = List.of(
      new Property("pillar", "string", "the pillar's number: 12, 12A (auxiliary), 12/1 (river pair)"),
      new Property("section_id", "string", "the section it marks"),
      new Property("pillar_type", "string", "main, intermediate, river, tri-point, ... (the commission's types)"),
      new Property("name", "string", "its name (a tri-point's), if any"),
      new Property("status", "string", "proposed, surveyed, in-force, damaged or replaced"),
      new Property("condition", "string", "damaged, destroyed or missing while a damage report is open"),
      new Property("version", "integer", "the protocol version shown (1 for the first survey)"),
      new Property("in_force", "integer", "1 when both parties signed that version, else 0"),
      new Property("ellipsoidal_height_m", "number", "height above the WGS 84 ellipsoid, metres"),
      new Property("orthometric_height_m", "number", "orthometric height in height_system, metres"),
      new Property("height_system", "string", "the height system named by the survey"),
      new Property("method", "string", "gnss-static, rtk, total-station or cartometric"),
      new Property("rms_mm", "integer", "the survey's RMS error, millimetres"),
      new Property("observed_on", "string", "date of the observation"),
      new Property("last_inspected", "string", "date of the last inspection in force that found it"),
      new Property("proposed_seq", "integer", "journal entry that proposed it"),
      new Property("surveyed_seq", "integer", "journal entry of the survey shown (what its protocol quotes)"));

  static final List<Property> INSPECTION_PROPERTIES = List.of(
      new Property("inspection_id", "string", "the inspection's id"),
      new Property("pillar", "string", "the pillar found"),
      new Property("section_id", "string", "the section inspected"),
      new Property("date", "string", "date of the inspection"),
      new Property("condition", "string", "good, damaged, destroyed or missing"),
      new Property("delta_m", "number", "distance of the position measured from the catalogue's, metres"),
      new Property("delta_flag", "string", "above tolerance or within tolerance (the commission's inspection"
          + " tolerance)"),
      new Property("cleared_strip_m", "number", "width of the cleared strip at the pillar, metres"),
      new Property("actions", "string", "what the team did or asks for"),
      new Property("act_status", "string", "recorded, signed by PARTY, or in force (both parties signed)"),
      new Property("recorded_seq", "integer", "journal entry that recorded the inspection"));

  private PillarOgc() {}

  static String notice(OgcCollection c, String record) {
    return c == OgcCollection.PILLARS
        ? record + ": not an agreed pillar position unless status is \"in-force\"."
        : record + ": not an agreed finding unless act_status is \"in force\".";
  }

  /** When the pillar's status last changed, or when the inspection was recorded or last signed. */
  static Instant statusSince(OgcCollection c, String featureId, CommissionState state) {
    if (c == OgcCollection.PILLARS) {
      Pillar p = state.pillars().pillar(PillarNumber.parse(featureId)).orElseThrow();
      return p.history().getLast().time();
    }
    // Inspection features are INSPECTION~PILLAR (node.PillarLayerProjection).
    Inspection i = state.pillars().inspection(featureId.substring(0, featureId.indexOf('~'))).orElseThrow();
    return i.signed().signatures().values().stream().map(Signature::time).max(Instant::compareTo)
        .orElse(i.signed().time());
  }
}
