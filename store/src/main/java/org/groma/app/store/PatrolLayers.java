package org.groma.app.store;

import java.util.List;

/**
 * The projection layers of posts and patrols (docs/patrols.md). Times are RFC 3339 UTC text
 * ({@code 2025-06-02T07:15:30Z}), which QGIS reads as date-times for its temporal controller; a post still
 * open has no {@code closed_at}.
 */
public final class PatrolLayers {

  /** Observation posts and checkpoints with their present status. */
  public static final FeatureLayerSpec POSTS = FeatureLayerSpec.wgs84("posts", GeometryType.POINT,
      "Observation posts and checkpoints with their status, rebuilt from the Groma journal",
      List.of(
          new LayerColumn("post_id", ColumnType.TEXT),
          new LayerColumn("kind", ColumnType.TEXT),
          new LayerColumn("name", ColumnType.TEXT),
          new LayerColumn("party", ColumnType.TEXT),
          new LayerColumn("section_id", ColumnType.TEXT),
          new LayerColumn("sector", ColumnType.TEXT),
          new LayerColumn("status", ColumnType.TEXT),
          new LayerColumn("established_at", ColumnType.TEXT),
          new LayerColumn("closed_at", ColumnType.TEXT),
          new LayerColumn("established_seq", ColumnType.INTEGER),
          new LayerColumn("status_seq", ColumnType.INTEGER)));

  /** Patrol tracks, one part per GPX track segment, with the time of their first and last fix. */
  public static final FeatureLayerSpec PATROLS = FeatureLayerSpec.wgs84("patrols", GeometryType.MULTILINESTRING,
      "Patrol tracks (GPX, with time), rebuilt from the Groma journal",
      List.of(
          new LayerColumn("patrol_id", ColumnType.TEXT),
          new LayerColumn("party", ColumnType.TEXT),
          new LayerColumn("section_id", ColumnType.TEXT),
          new LayerColumn("start_time", ColumnType.TEXT),
          new LayerColumn("end_time", ColumnType.TEXT),
          new LayerColumn("fixes", ColumnType.INTEGER),
          new LayerColumn("gpx_sha256", ColumnType.TEXT),
          new LayerColumn("recorded_seq", ColumnType.INTEGER)));

  /** Both, in the order a node rebuilds them (after {@link ProjectionLayers}' own). */
  public static final List<FeatureLayerSpec> ALL = List.of(POSTS, PATROLS);

  private PatrolLayers() {}
}
