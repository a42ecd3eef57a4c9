package org.groma.app.server.ogc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.groma.app.server.ogc.OgcCollection.Property;

/**
 * The incidents collection's properties (those of {@code export.IncidentTable}, whose rows the features are)
 * and the time datetime selects an incident on.
 */
final class OgcIncidents {

  static final List<Property> PROPERTIES = List.of(
      new Property("incident_id", "string", "the incident's id"),
      new Property("occurred", "string", "when it occurred: YYYY-MM-DD, or with the time of day in UTC"),
      new Property("occurred_precision", "integer", "ACLED's time precision: 1 day, 2 week, 3 month"),
      new Property("reported", "string", "when the reporter learnt of it"),
      new Property("reported_precision", "integer", "as occurred_precision"),
      new Property("location_precision", "integer", "ACLED's geo precision: 1 the place, 2 near it, 3 a region"),
      new Property("event_type", "string", "code of the taxonomy (docs/incidents.md)"),
      new Property("sub_type", "string", "sub-type code, or null"),
      new Property("status", "string", "reported, verified, acknowledged or disputed"),
      new Property("reporter", "string", "party-a, party-b, monitor or mediator"),
      new Property("reported_by", "string", "the member who signed the report"),
      new Property("reported_seq", "integer", "journal entry of the report"),
      new Property("report_hash", "string", "entry hash of the report, which later acts quote"),
      new Property("verified_by", "string", "the monitor who verified it, or null"),
      new Property("party_a_position", "string", "acknowledged, disputed or null"),
      new Property("party_b_position", "string", "acknowledged, disputed or null"),
      new Property("investigated_on", "string", "date of the joint investigation, or null"),
      new Property("section_id", "string", "section of the agreed line nearest to it (null: no agreed line)"),
      new Property("segment_no", "integer", "segment of that section nearest to it, from 1"),
      new Property("side", "string", "A or B (party A lies left of each line as drawn), or on the line"),
      new Property("signed_distance_m", "number", "geodesic distance to the agreed line, metres to the mm:"
          + " positive on party A's side"),
      new Property("near", "string", "distance and direction from the nearest GeoNames settlement"),
      new Property("nearest_pillar", "string", "null: pillars are not part of this build"),
      new Property("fatalities", "integer", "persons killed, or null when unknown"),
      new Property("injured", "integer", "persons injured, or null when unknown"),
      new Property("actors", "string", "actors, separated by ;"),
      new Property("sources", "string", "sources with their confidence, separated by ;"),
      new Property("narrative", "string", "what happened"),
      new Property("attachments", "string", "name=sha256 of each attached file, separated by ;"),
      new Property("commitment_ids", "string", "commitments it breaches, separated by ;"),
      new Property("pillar_ids", "string", "pillars it damaged, separated by ;"));

  private OgcIncidents() {}

  /** When an incident occurred, as an instant: a date alone is its first moment (UTC). */
  static Instant occurred(String occurred) {
    return occurred.length() == 10 ? LocalDate.parse(occurred).atStartOfDay(ZoneOffset.UTC).toInstant()
        : Instant.parse(occurred);
  }
}
