package org.groma.bench.boundary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.GeoJsonReader;
import org.groma.geo.boundary.Territory;

/** The shipped GeoJSON extracts as territories, read by the app's checked GeoJSON reader. */
final class ShippedTerritories {

  private ShippedTerritories() {}

  /** The shipped data folder, from the repository root (override with {@code -Dgroma.data=DIR}). */
  static Path data(String file) {
    return Path.of(System.getProperty("groma.data", "data"), file);
  }

  /** Territories of a FeatureCollection keyed by the value of {@code property}. */
  static Map<String, Territory> territories(Path file, String property) throws IOException {
    Map<String, Territory> out = new LinkedHashMap<>();
    for (GeoFeature f : new GeoJsonReader().read(file)) {
      if (f.geometry() instanceof GeoGeometry.Area area) {
        String name = f.properties().path(property).asText();
        out.put(name, new Territory(name, area.parts()));
      }
    }
    return out;
  }
}
