package org.groma.app.delimitation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.GeoJsonReader;
import org.groma.geo.GeoPoint;

/** Reads the fixtures of src/test/resources/delimitation (see its README for the commands that made them). */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/delimitation/" + name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  /** The whitespace-separated numbers of each line of a reference file. */
  static List<double[]> rows(String name) throws IOException {
    try (InputStream in = Fixtures.class.getResourceAsStream("/delimitation/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      List<double[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          rows.add(Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
        }
      }
      return rows;
    }
  }

  /** The vertices of the single LineString of a fixture file. */
  static List<GeoPoint> line(String name) throws IOException {
    List<GeoFeature> features = new GeoJsonReader().read(path(name));
    GeoGeometry.Line line = (GeoGeometry.Line) features.getFirst().geometry();
    return line.parts().getFirst();
  }
}
