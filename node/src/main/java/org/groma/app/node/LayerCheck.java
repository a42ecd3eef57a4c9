package org.groma.app.node;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.groma.app.commission.CommissionState;
import org.groma.app.store.CommissionStore;
import org.groma.app.store.Feature;
import org.groma.app.store.FeatureLayerSpec;
import org.groma.app.store.LayerColumn;

/**
 * Whether the projection layers a store holds are exactly what its verified journal gives: the lines a QGIS
 * user sees in a file that verified must be the agreed ones. Geometries are compared coordinate for
 * coordinate (the same doubles, as written), attributes by value (an integer read back as another integer
 * type is the same value; a missing value and null are the same).
 */
final class LayerCheck {

  private LayerCheck() {}

  /** One sentence per layer that differs from {@code state}'s; empty when every layer matches. */
  static List<String> differences(CommissionStore store, CommissionState state) {
    return LayerProjection.layers(state).entrySet().stream()
        .map(e -> difference(store, e.getKey(), e.getValue()))
        .flatMap(Optional::stream).toList();
  }

  private static Optional<String> difference(CommissionStore store, FeatureLayerSpec spec, List<Feature> expected) {
    List<Feature> stored;
    try {
      stored = store.readLayer(spec);
    } catch (RuntimeException e) {
      // A damaged layer is a finding about the file, not a failure of the verifier.
      return Optional.of("layer " + spec.tableName() + " of the file cannot be read (" + e.getMessage()
          + "); groma journal layers FILE rewrites it from the journal");
    }
    return difference(spec, expected, stored);
  }

  static Optional<String> difference(FeatureLayerSpec spec, List<Feature> expected, List<Feature> stored) {
    String layer = "layer " + spec.tableName() + " of the file does not show what the journal gives (changed"
        + " outside Groma, or left by an older version; groma journal layers FILE rewrites it)";
    if (expected.size() != stored.size()) {
      return Optional.of(layer + ": " + stored.size() + " features where the journal gives " + expected.size());
    }
    for (int i = 0; i < expected.size(); i++) {
      Feature want = expected.get(i);
      Feature got = stored.get(i);
      if (!want.geometry().equals(got.geometry())) {
        return Optional.of(layer + ": the geometry of feature " + (i + 1) + " differs");
      }
      for (LayerColumn c : spec.columns()) {
        if (!sameValue(want.attributes().get(c.name()), got.attributes().get(c.name()))) {
          return Optional.of(layer + ": feature " + (i + 1) + " has " + c.name() + " = "
              + got.attributes().get(c.name()) + " where the journal gives " + want.attributes().get(c.name()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean sameValue(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      try {
        return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
      } catch (NumberFormatException e) {
        return x.doubleValue() == y.doubleValue() || Double.isNaN(x.doubleValue()) && Double.isNaN(y.doubleValue());
      }
    }
    return Objects.equals(a, b);
  }
}
