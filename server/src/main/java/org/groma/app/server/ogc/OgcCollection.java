package org.groma.app.server.ogc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.groma.app.store.FeatureLayerSpec;
import org.groma.app.store.PillarLayers;
import org.groma.app.store.PatrolLayers;
import org.groma.app.store.ProjectionLayers;

/**
 * The collections the node serves, with the properties of their features. The journal collections
 * carry the columns of the store's GeoPackage layer of the same name ({@link ProjectionLayers}), plus
 * {@code status_since} and {@code notice}; settlements come from the shipped GeoNames extract.
 */
enum OgcCollection {

  SECTIONS("sections", "Boundary sections",
      "One feature per section: the agreed line once a decision fixing it is in force, until then every line"
          + " proposed for it.", "MultiLineString", ProjectionLayers.SECTIONS, List.of(
      new Property("section_id", "string", "the section's id"),
      new Property("name", "string", "the section's name"),
      new Property("status", "string", "unresolved, proposed or agreed (a decision fixing its line is in force)"),
      new Property("decision_seq", "integer", "journal entry that put the decision in force, if agreed"),
      new Property("length_m", "number", "length of the agreed line on the WGS 84 ellipsoid, metres"))),

  SEGMENTS("segments", "Segments between turning points",
      "The agreed line's segments for an agreed section, else the segments of each proposal not withdrawn.",
      "LineString", ProjectionLayers.SEGMENTS, List.of(
      new Property("section_id", "string", "the section the segment belongs to"),
      new Property("segment_no", "integer", "position of the segment along its line, from 1"),
      new Property("from_point", "string", "label of the turning point it starts at"),
      new Property("to_point", "string", "label of the turning point it ends at"),
      new Property("line_type", "string", "geodesic, rhumb or follows-feature"),
      new Property("status", "string", "agreed (on a line in force) or proposed"),
      new Property("length_m", "number", "length on the WGS 84 ellipsoid by its line type, metres"))),

  PROPOSALS("proposals", "Proposed lines",
      "Every line a party has proposed for a section, tabled or withdrawn.", "MultiLineString",
      ProjectionLayers.PROPOSALS, List.of(
      new Property("proposal_id", "string", "the proposal's id"),
      new Property("section_id", "string", "the section it is proposed for"),
      new Property("party", "string", "code of the proposing party"),
      new Property("status", "string", "tabled or withdrawn"),
      new Property("proposed_seq", "integer", "journal entry that tabled it"))),

  DECISIONS("decisions", "Decisions",
      "Every decision with the line it adopts: drafted, endorsed by one party, or in force once both"
          + " co-chairs have endorsed it.", "MultiLineString", ProjectionLayers.DECISIONS, List.of(
      new Property("decision_id", "string", "the decision's id"),
      new Property("section_id", "string", "the section it fixes"),
      new Property("status", "string", "drafted, endorsed by PARTY, or in force"),
      new Property("drafted_seq", "integer", "journal entry that drafted it"),
      new Property("in_force_seq", "integer", "journal entry that put it in force, if in force"))),

  PILLARS("pillars", "Boundary pillars",
      "Every surveyed pillar at the position of its protocol in force (else of its newest survey), with its"
          + " status: surveyed, in-force (both parties signed its protocol), damaged or replaced.", "Point",
      PillarLayers.PILLARS, PillarOgc.PILLAR_PROPERTIES),

  INSPECTIONS("inspections", "Pillar inspections",
      "What each joint inspection found at each pillar, at the position measured (else the pillar's), with the"
          + " distance from the catalogue position and whether both parties signed the inspection act.", "Point",
      PillarLayers.INSPECTIONS, PillarOgc.INSPECTION_PROPERTIES),

  SETTLEMENTS("settlements", "Settlements (GeoNames)",
      "Populated places of Armenia and Azerbaijan with 1 000 or more inhabitants, from GeoNames (CC BY 4.0):"
          + " reference data shipped with Groma, not part of the commission's record.", "Point", null, List.of(
      new Property("geonameid", "integer", "GeoNames id"),
      new Property("name", "string", "name as GeoNames gives it"),
      new Property("country", "string", "ISO 3166-1 alpha-2 country code"),
      new Property("feature_code", "string", "GeoNames feature code (PPL, PPLA, PPLC, ...)"),
      new Property("population", "integer", "population as GeoNames gives it"),
      new Property("source", "string", "where the feature comes from, with its licence"))),

  POSTS("posts", "Observation posts and checkpoints",
      "Every post a party or the monitoring mission established, with its present status; its time runs from"
          + " established_at to closed_at (still open while the post is not closed).", "Point",
      PatrolLayers.POSTS, List.of(
      new Property("post_id", "string", "the post's id"),
      new Property("kind", "string", "observation-post or checkpoint"),
      new Property("name", "string", "the post's name"),
      new Property("party", "string", "code of the party that runs it (M: the monitoring mission)"),
      new Property("section_id", "string", "the section of the line it watches"),
      new Property("sector", "string", "the stretch or area it is responsible for"),
      new Property("status", "string", "active, suspended or closed"),
      new Property("established_at", "string", "time (RFC 3339) of the act that established it"),
      new Property("closed_at", "string", "time (RFC 3339) of the act that closed it, or null while open"),
      new Property("established_seq", "integer", "journal entry that established it"),
      new Property("status_seq", "integer", "journal entry that set its present status"))),

  PATROLS("patrols", "Patrol tracks",
      "Every patrol recorded from a GPX track, one line per track segment; its time runs from its first fix"
          + " (start_time) to its last (end_time).", "MultiLineString", PatrolLayers.PATROLS, List.of(
      new Property("patrol_id", "string", "the patrol's id"),
      new Property("party", "string", "code of the patrolling party (M: the monitoring mission)"),
      new Property("section_id", "string", "the section patrolled, or null"),
      new Property("start_time", "string", "time (RFC 3339) of the first fix"),
      new Property("end_time", "string", "time (RFC 3339) of the last fix"),
      new Property("fixes", "integer", "number of fixes in the track"),
      new Property("gpx_sha256", "string", "SHA-256 of the GPX file the track was read from"),
      new Property("recorded_seq", "integer", "journal entry that recorded it"))),

  INCIDENTS("incidents", "Incidents",
      "The incident register: each incident reported to the commission with its status, the parties' positions"
          + " and where it lies relative to the agreed line (computed from the journal, never typed); datetime"
          + " selects on when it occurred (docs/incidents.md).", "Point", null, OgcIncidents.PROPERTIES);

  /** A property of the collection's features; {@code type} is a JSON Schema type. */
  record Property(String name, String type, String description) {

    /** Properties the features carry besides their collection's own (status_since: journal ones only). */
    static final Property STATUS_SINCE = new Property("status_since", "string",
        "time (RFC 3339) of the journal entry that gave the feature its present status; what datetime selects on");
    static final Property NOTICE = new Property("notice", "string",
        "what the feature is: the commission's working record, not an agreed boundary unless its status says so");
  }

  final String id;
  final String title;
  final String description;
  final String geometryType;
  /** The GeoPackage layer with the same features, or null for reference data. */
  final FeatureLayerSpec layer;
  final List<Property> properties;

  OgcCollection(String id, String title, String description, String geometryType, FeatureLayerSpec layer,
      List<Property> own) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.geometryType = geometryType;
    this.layer = layer;
    this.properties = layer == null
        ? concat(own, List.of(Property.NOTICE))
        : concat(own, List.of(Property.STATUS_SINCE, Property.NOTICE));
  }

  private static List<Property> concat(List<Property> a, List<Property> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  /**
   * Whether features of this collection have a time that datetime can select on: {@code status_since} for the
   * journal's layers, when it occurred for an incident.
   */
  boolean temporal() {
    return layer != null || this == INCIDENTS;
  }

  /** What datetime selects on in this collection, for the docs and the API definition. */
  String timeRule() {
    return switch (this) {
      case POSTS -> "the interval from established_at to closed_at (open while the post is not closed)";
      case PATROLS -> "the interval from start_time to end_time";
      case SETTLEMENTS -> "nothing: settlements have no time";
      default -> "status_since";
    };
  }

  static Optional<OgcCollection> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  static List<String> ids() {
    return Arrays.stream(values()).map(c -> c.id).toList();
  }
}
