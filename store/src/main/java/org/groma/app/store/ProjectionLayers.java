package org.groma.app.store;

import java.util.List;

/**
 * The projection layers a commission store holds, rebuilt from the journal by the node. Column names are
 * what QGIS shows; {@code *_seq} columns name the journal entry a feature comes from, so a user can go from
 * the map to the signed record.
 */
public final class ProjectionLayers {

  /** Boundary sections (named stretches), one feature per section, with its current status. */
  public static final FeatureLayerSpec SECTIONS = FeatureLayerSpec.wgs84("sections", GeometryType.MULTILINESTRING,
      "Boundary sections, rebuilt from the Groma journal",
      List.of(
          new LayerColumn("section_id", ColumnType.TEXT),
          new LayerColumn("name", ColumnType.TEXT),
          new LayerColumn("status", ColumnType.TEXT),
          new LayerColumn("decision_seq", ColumnType.INTEGER),
          new LayerColumn("length_m", ColumnType.REAL)));

  /** Segments between turning points, with their status (proposed, agreed, ...). */
  public static final FeatureLayerSpec SEGMENTS = FeatureLayerSpec.wgs84("segments", GeometryType.LINESTRING,
      "Segments between turning points with their status, rebuilt from the Groma journal",
      List.of(
          new LayerColumn("section_id", ColumnType.TEXT),
          new LayerColumn("segment_no", ColumnType.INTEGER),
          new LayerColumn("from_point", ColumnType.TEXT),
          new LayerColumn("to_point", ColumnType.TEXT),
          new LayerColumn("line_type", ColumnType.TEXT),
          new LayerColumn("status", ColumnType.TEXT),
          new LayerColumn("length_m", ColumnType.REAL)));

  /** Lines proposed by a party for a section. */
  public static final FeatureLayerSpec PROPOSALS = FeatureLayerSpec.wgs84("proposals", GeometryType.MULTILINESTRING,
      "Lines proposed by a party for a section, rebuilt from the Groma journal",
      List.of(
          new LayerColumn("proposal_id", ColumnType.TEXT),
          new LayerColumn("section_id", ColumnType.TEXT),
          new LayerColumn("party", ColumnType.TEXT),
          new LayerColumn("status", ColumnType.TEXT),
          new LayerColumn("proposed_seq", ColumnType.INTEGER)));

  /** Draft and endorsed decisions with the line each fixes. */
  public static final FeatureLayerSpec DECISIONS = FeatureLayerSpec.wgs84("decisions", GeometryType.MULTILINESTRING,
      "Decisions (drafted, endorsed, in force) with the line each fixes, rebuilt from the Groma journal",
      List.of(
          new LayerColumn("decision_id", ColumnType.TEXT),
          new LayerColumn("section_id", ColumnType.TEXT),
          new LayerColumn("status", ColumnType.TEXT),
          new LayerColumn("drafted_seq", ColumnType.INTEGER),
          new LayerColumn("in_force_seq", ColumnType.INTEGER)));

  /** All, in the order a node rebuilds them: these four, then posts and patrols ({@link PatrolLayers}). */
  public static final List<FeatureLayerSpec> ALL = List.of(SECTIONS, SEGMENTS, PROPOSALS, DECISIONS,
      PatrolLayers.POSTS, PatrolLayers.PATROLS);

  private ProjectionLayers() {}
}
