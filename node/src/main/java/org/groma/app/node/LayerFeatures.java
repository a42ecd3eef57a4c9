package org.groma.app.node;

import java.util.List;
import org.groma.app.commission.CommissionState;
import org.groma.app.store.FeatureLayerSpec;
import org.groma.app.store.PillarLayers;
import org.groma.app.store.PatrolLayers;
import org.groma.app.store.ProjectionLayers;

/**
 * The projection layers' features as the node writes them into the store's GeoPackage, with their ids, for
 * other readers of the same layers (the OGC API – Features of the server). See docs/node.md.
 */
public final class LayerFeatures {

  private LayerFeatures() {}

  /** The features of {@code layer} (one of {@link ProjectionLayers#ALL} or {@link PillarLayers#ALL}) in {@code state}, in layer order. */
  public static List<LayerFeature> of(FeatureLayerSpec layer, CommissionState state) {
    if (layer.equals(ProjectionLayers.SECTIONS)) {
      return LayerProjection.sections(state);
    }
    if (layer.equals(ProjectionLayers.SEGMENTS)) {
      return LayerProjection.segments(state);
    }
    if (layer.equals(ProjectionLayers.PROPOSALS)) {
      return LayerProjection.proposals(state);
    }
    if (layer.equals(ProjectionLayers.DECISIONS)) {
      return LayerProjection.decisions(state);
    }
    if (layer.equals(PillarLayers.PILLARS)) {
      return PillarLayerProjection.pillars(state);
    }
    if (layer.equals(PillarLayers.INSPECTIONS)) {
      return PillarLayerProjection.inspections(state);
    }
    if (layer.equals(PatrolLayers.POSTS)) {
      return PatrolLayerProjection.posts(state);
    }
    if (layer.equals(PatrolLayers.PATROLS)) {
      return PatrolLayerProjection.patrols(state);
    }
    throw new IllegalArgumentException("not a projection layer: " + layer.tableName());
  }
}
