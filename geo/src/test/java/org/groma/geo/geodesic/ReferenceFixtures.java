package org.groma.geo.geodesic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the whitespace-separated fixture files under {@code src/test/resources/geodesic}. */
final class ReferenceFixtures {

  private ReferenceFixtures() {}

  /** The file's lines, blank lines kept, as text. */
  static List<String> lines(String name) {
    try (InputStream in = ReferenceFixtures.class.getResourceAsStream("/geodesic/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture /geodesic/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's non-blank lines as numbers. */
  static List<double[]> rows(String name) {
    List<double[]> rows = new ArrayList<>();
    for (String line : lines(name)) {
      if (!line.isBlank()) {
        rows.add(Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
      }
    }
    return rows;
  }
}
