package org.groma.app.node;

import java.util.List;
import org.groma.app.commission.CommissionState;
import org.groma.app.store.Feature;

/**
 * The projection layers of any state (now, or as of an entry or date) without a store: the same features
 * {@link CommissionNode#rebuildLayers()} writes to the GeoPackage, for adapters that draw them elsewhere (the
 * web map, the OGC API).
 */
public final class StateLayers {

  private StateLayers() {}

  /** One feature per section: its agreed line, or every proposal's line; {@code status}, {@code length_m}. */
  public static List<Feature> sections(CommissionState state) {
    return LayerProjection.sections(state);
  }

  /** The agreed line's segments, or each live proposal's, with line type, status and length. */
  public static List<Feature> segments(CommissionState state) {
    return LayerProjection.segments(state);
  }

  /** Every proposal, tabled or withdrawn, with its party. */
  public static List<Feature> proposals(CommissionState state) {
    return LayerProjection.proposals(state);
  }

  /** Every decision with the line it adopts and its status (drafted, endorsed by …, in force). */
  public static List<Feature> decisions(CommissionState state) {
    return LayerProjection.decisions(state);
  }
}
