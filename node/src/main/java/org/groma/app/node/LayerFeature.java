package org.groma.app.node;

import java.util.Map;
import java.util.Objects;
import org.groma.app.store.Feature;
import org.groma.app.store.LayerGeometry;

/**
 * A feature of a projection layer with an id that stays the same while what it shows stays the same: the
 * section, proposal or decision id; for a segment {@code SECTION~N} on an agreed line and
 * {@code SECTION~PROPOSAL~N} on a proposal's line (ids never contain {@code ~}).
 */
public record LayerFeature(String id, Feature feature) {

  public LayerFeature {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(feature, "feature");
  }

  LayerFeature(String id, LayerGeometry geometry, Map<String, Object> attributes) {
    this(id, new Feature(geometry, attributes));
  }
}
