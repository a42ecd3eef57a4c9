package org.groma.app.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.GeoJsonReader;
import org.groma.geo.boundary.Territory;

/**
 * One of the extracts shipped in {@code data/} (data/README.md), read from the classpath, where the build puts
 * them ({@code org/groma/app/data/}): its bytes, their SHA-256 (what a source registration records) and its
 * features, read by the checked GeoJSON reader.
 */
final class ShippedExtract {

  private static final String RESOURCE_DIR = "/org/groma/app/data/";

  static final String OSM = "osm_caucasus.geojson";
  static final String NATURAL_EARTH = "ne10m_caucasus.geojson";

  private final String fileName;
  private final byte[] bytes;

  private ShippedExtract(String fileName, byte[] bytes) {
    this.fileName = fileName;
    this.bytes = bytes;
  }

  String fileName() {
    return fileName;
  }

  /** Reads a shipped extract; a build without the data is a broken build, not bad input. */
  static ShippedExtract load(String fileName) {
    try (InputStream in = ShippedExtract.class.getResourceAsStream(RESOURCE_DIR + fileName)) {
      if (in == null) {
        throw new IllegalStateException("the shipped extract " + fileName + " is not on the classpath ("
            + RESOURCE_DIR + "); the jar was built without data/");
      }
      return new ShippedExtract(fileName, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SHA-256 of the file, 64 lower-case hex digits: the same as {@code sha256sum data/FILE}. */
  String sha256Hex() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** The polygon features as territories keyed by the text of {@code property} (A3 or name), in file order. */
  Map<String, Territory> territories(String property) {
    List<GeoFeature> features;
    try {
      features = new GeoJsonReader().read(new ByteArrayInputStream(bytes), "data/" + fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Territory> out = new LinkedHashMap<>();
    for (GeoFeature f : features) {
      if (f.geometry() instanceof GeoGeometry.Area area) {
        String name = f.properties().path(property).asText();
        out.put(name, new Territory(name, area.parts()));
      }
    }
    return out;
  }
}
