package org.groma.app.store;

import java.util.List;

/**
 * The demarcation layers of a commission store (docs/demarcation.md), rebuilt from the journal with the other
 * projection layers: the pillars at their surveyed positions with their status, and what each inspection found
 * at each pillar. {@code *_seq} columns name the journal entry a value comes from.
 */
public final class PillarLayers {

  /** One point per surveyed pillar, at the protocol in force or else the newest survey. */
  public static final FeatureLayerSpec PILLARS = FeatureLayerSpec.wgs84("pillars", GeometryType.POINT,
      "Boundary pillars at their surveyed positions with their status, rebuilt from the Groma journal",
      List.of(
          new LayerColumn("pillar", ColumnType.TEXT),
          new LayerColumn("section_id", ColumnType.TEXT),
          new LayerColumn("pillar_type", ColumnType.TEXT),
          new LayerColumn("name", ColumnType.TEXT),
          new LayerColumn("status", ColumnType.TEXT),
          new LayerColumn("condition", ColumnType.TEXT),
          new LayerColumn("version", ColumnType.INTEGER),
          new LayerColumn("in_force", ColumnType.INTEGER),
          new LayerColumn("ellipsoidal_height_m", ColumnType.REAL),
          new LayerColumn("orthometric_height_m", ColumnType.REAL),
          new LayerColumn("height_system", ColumnType.TEXT),
          new LayerColumn("method", ColumnType.TEXT),
          new LayerColumn("rms_mm", ColumnType.INTEGER),
          new LayerColumn("observed_on", ColumnType.TEXT),
          new LayerColumn("last_inspected", ColumnType.TEXT),
          new LayerColumn("proposed_seq", ColumnType.INTEGER),
          new LayerColumn("surveyed_seq", ColumnType.INTEGER)));

  /** One point per pillar an inspection found, at the position measured (else the pillar's). */
  public static final FeatureLayerSpec INSPECTIONS = FeatureLayerSpec.wgs84("inspections", GeometryType.POINT,
      "What each joint inspection found at each pillar, rebuilt from the Groma journal",
      List.of(
          new LayerColumn("inspection_id", ColumnType.TEXT),
          new LayerColumn("pillar", ColumnType.TEXT),
          new LayerColumn("section_id", ColumnType.TEXT),
          new LayerColumn("date", ColumnType.TEXT),
          new LayerColumn("condition", ColumnType.TEXT),
          new LayerColumn("delta_m", ColumnType.REAL),
          new LayerColumn("delta_flag", ColumnType.TEXT),
          new LayerColumn("cleared_strip_m", ColumnType.REAL),
          new LayerColumn("actions", ColumnType.TEXT),
          new LayerColumn("act_status", ColumnType.TEXT),
          new LayerColumn("recorded_seq", ColumnType.INTEGER)));

  /** Both, in the order a node rebuilds them (after {@link ProjectionLayers#ALL}). */
  public static final List<FeatureLayerSpec> ALL = List.of(PILLARS, INSPECTIONS);

  private PillarLayers() {}
}
