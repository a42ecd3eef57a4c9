package org.groma.app.demo;

import java.util.Map;
import org.groma.app.io.ShippedData;
import org.groma.geo.boundary.Territory;

/**
 * One of the boundary extracts shipped in {@code data/} (data/README.md), as the demo uses it: its file name,
 * the SHA-256 of its bytes (what a source registration records) and its territories. The files themselves are
 * known and read by {@link ShippedData}.
 */
final class ShippedExtract {

  static final ShippedData.Extract OSM = ShippedData.Extract.OSM;
  static final ShippedData.Extract NATURAL_EARTH = ShippedData.Extract.NATURAL_EARTH;

  private static final ShippedData DATA = new ShippedData();

  private final ShippedData.Extract extract;

  private ShippedExtract(ShippedData.Extract extract) {
    this.extract = extract;
  }

  String fileName() {
    return extract.fileName();
  }

  /** Reads a shipped extract; a build without the data is a broken build, not bad input. */
  static ShippedExtract load(ShippedData.Extract extract) {
    DATA.bytes(extract);
    return new ShippedExtract(extract);
  }

  /** SHA-256 of the file, 64 lower-case hex digits: the same as {@code sha256sum data/FILE}. */
  String sha256Hex() {
    return DATA.sha256Hex(extract);
  }

  /** The polygon features as territories keyed by the text of {@code property} (A3 or name), in file order. */
  Map<String, Territory> territories(String property) {
    if (!property.equals(extract.countryProperty())) {
      throw new IllegalArgumentException(extract.fileName() + " names its countries by " + extract.countryProperty()
          + ", not " + property);
    }
    return DATA.territories(extract);
  }
}
