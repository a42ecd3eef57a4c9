package org.groma.app.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a projection layer: its geometry and its attribute values by column name (a column left out,
 * or mapped to null, has no value). Checked against the layer's {@link FeatureLayerSpec} when written.
 */
public record Feature(LayerGeometry geometry, Map<String, Object> attributes) {

  public Feature {
    Objects.requireNonNull(geometry, "geometry");
    // Map.copyOf refuses null values, which stand for "no value" here.
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }
}
