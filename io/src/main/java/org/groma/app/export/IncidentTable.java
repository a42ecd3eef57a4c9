package org.groma.app.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.IncidentEvent.IncidentReported;
import org.groma.app.commission.IncidentRegister.IncidentRecord;
import org.groma.app.commission.IncidentRegister.PartyPosition;
import org.groma.app.delimitation.comparison.Settlement;
import org.groma.app.geojson.GeoJson;
import org.groma.app.incident.AgreedSection;
import org.groma.app.incident.LinePlacer;
import org.groma.app.incident.NearestSettlement;
import org.groma.app.incident.Placement;
import org.groma.geo.GeoPoint;
import org.groma.journal.entry.Party;

/**
 * The incident register as a table: each incident with what the journal records and what is computed from it
 * (nearest section and segment, side, signed distance to the agreed line, nearest settlement), as CSV,
 * GeoJSON or JSON properties (docs/incidents.md, "Listing and export"). Distances are given in metres to the
 * millimetre.
 *
 * <p>{@code nearest_pillar} is always null: the pillar register is not part of this build; when it is, the
 * nearest pillar is computed here from it (docs/incidents.md, "Nearest pillar").
 */
public final class IncidentTable {

  /** One incident and where it lies ({@code placement} null when no agreed line exists). */
  public record Line(IncidentRecord record, Placement placement, String near) {

    /** The columns, in order; values are strings, numbers or null. */
    public Map<String, Object> properties() {
      IncidentReported r = record.report();
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("incident_id", r.incidentId());
      p.put("occurred", r.occurred());
      p.put("occurred_precision", r.occurredPrecision());
      p.put("reported", r.reported());
      p.put("reported_precision", r.reportedPrecision());
      p.put("location_precision", r.locationPrecision());
      p.put("event_type", r.eventType());
      p.put("sub_type", r.subType());
      p.put("status", record.status().code());
      p.put("reporter", record.reporter().code());
      p.put("reported_by", record.reportedBy().member());
      p.put("reported_seq", record.seq());
      p.put("report_hash", record.entryHash());
      p.put("verified_by", record.verification() == null ? null : record.verification().monitor().member());
      p.put("party_a_position", position(record.positions().get(Party.A)));
      p.put("party_b_position", position(record.positions().get(Party.B)));
      p.put("investigated_on", record.investigation() == null ? null : record.investigation().record().heldOn());
      p.put("section_id", placement == null ? null : placement.sectionId());
      p.put("segment_no", placement == null ? null : placement.segment());
      p.put("side", placement == null ? null : placement.side() == null ? "on the line" : placement.side().code());
      p.put("signed_distance_m", placement == null ? null : millimetres(placement.signedDistanceM()));
      p.put("near", near);
      p.put("nearest_pillar", null);
      p.put("fatalities", r.fatalities());
      p.put("injured", r.injured());
      p.put("actors", String.join("; ", r.actors()));
      p.put("sources", String.join("; ", r.sources().stream().map(s -> s.name() + " (" + s.confidence().code()
          + ")").toList()));
      p.put("narrative", r.narrative());
      p.put("attachments", String.join("; ", r.attachments().stream().map(a -> a.name() + "=" + a.sha256())
          .toList()));
      p.put("commitment_ids", String.join("; ", r.commitmentIds()));
      p.put("pillar_ids", String.join("; ", r.pillarIds()));
      return p;
    }

    public GeoPoint location() {
      return record.report().location().toGeoPoint();
    }
  }

  private IncidentTable() {}

  /** Every incident of {@code state}, placed against its agreed lines, with the nearest of {@code settlements}. */
  public static List<Line> of(CommissionState state, List<Settlement> settlements) {
    LinePlacer placer = new LinePlacer(AgreedSection.of(state));
    NearestSettlement near = new NearestSettlement(settlements);
    List<Line> out = new ArrayList<>();
    for (IncidentRecord r : state.incidents().incidents()) {
      GeoPoint p = r.report().location().toGeoPoint();
      out.add(new Line(r, placer.pieces() == 0 ? null : placer.place(p),
          near.of(p).map(NearestSettlement.Bearing::text).orElse(null)));
    }
    return out;
  }

  static BigDecimal millimetres(double metres) {
    return new BigDecimal(metres).setScale(3, RoundingMode.HALF_EVEN);
  }

  private static String position(PartyPosition p) {
    return p == null ? null : p.position().code();
  }

  /** The table as CSV (RFC 4180, a header row, longitude and latitude last). */
  public static void writeCsv(List<Line> lines, Writer out) throws IOException {
    List<String> header = null;
    for (Line l : lines) {
      Map<String, Object> p = l.properties();
      if (header == null) {
        header = new ArrayList<>(p.keySet());
        header.add("lon");
        header.add("lat");
        out.write(String.join(",", header) + "\r\n");
      }
      List<String> cells = new ArrayList<>();
      p.values().forEach(v -> cells.add(csv(v)));
      cells.add(l.record().report().location().toGeoPoint().lonDeg() + "");
      cells.add(l.record().report().location().toGeoPoint().latDeg() + "");
      out.write(String.join(",", cells) + "\r\n");
    }
    if (header == null) {
      out.write("incident_id\r\n");
    }
  }

  private static String csv(Object v) {
    if (v == null) {
      return "";
    }
    String s = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    return s.matches("[^,\"\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /** The table as GeoJSON points. */
  public static GeoJson.FeatureCollection geoJson(List<Line> lines) {
    return new GeoJson.FeatureCollection(lines.stream().map(l -> new GeoJson.Feature(l.record().incidentId(),
        l.properties(), new GeoJson.Point(l.location()))).toList());
  }
}
