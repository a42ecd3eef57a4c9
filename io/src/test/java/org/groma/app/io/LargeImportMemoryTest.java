package org.groma.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bound: a million vertices import within a 512 MB heap. Each file is imported by
 * {@link ImportProbe} in a child JVM started with {@code -Xmx512m}; an OutOfMemoryError there fails the test.
 * No time is asserted (speed is measured in docs/benchmarks.md).
 */
class LargeImportMemoryTest {

  static final int VERTICES = 1_000_000;

  /** The heap the issue allows for a million-vertex import. */
  static final String HEAP = "-Xmx512m";

  @TempDir Path dir;

  /** A seeded random walk in the Caucasus, steps of about 10 m. */
  static double[][] walk(long seed, int n) {
    Random random = new Random(seed);
    double[][] p = new double[n][2];
    double lon = 44.5;
    double lat = 40.2;
    for (int i = 0; i < n; i++) {
      lon += (random.nextDouble() - 0.5) * 2e-4;
      lat += (random.nextDouble() - 0.5) * 2e-4;
      p[i][0] = lon;
      p[i][1] = lat;
    }
    return p;
  }

  static void writeGeoJson(Path file, long seed) throws Exception {
    double[][] p = walk(seed, VERTICES);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {}, "
          + "\"geometry\": {\"type\": \"LineString\", \"coordinates\": [");
      for (int i = 0; i < p.length; i++) {
        w.write(String.format(Locale.ROOT, "%s[%.9f, %.9f]", i == 0 ? "" : ",", p[i][0], p[i][1]));
      }
      w.write("]}}]}\n");
    }
  }

  /** Ten lines of 100 000 vertices, columns lon, lat, part, seq, rows in file order. */
  static void writeCsv(Path file, long seed) throws Exception {
    double[][] p = walk(seed, VERTICES);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("lon,lat,part,seq\n");
      for (int i = 0; i < p.length; i++) {
        w.write(String.format(Locale.ROOT, "%.9f,%.9f,L%d,%d%n", p[i][0], p[i][1], i / 100_000, i % 100_000));
      }
    }
  }

  static List<String> importInChildJvm(Path file, String... extra) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
        ImportProbe.class.getName(), file.toString()));
    command.addAll(List.of(extra));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output.lines().toList();
  }

  @Test
  void a_million_vertex_geojson_line_imports_within_512_mb() throws Exception {
    Path file = dir.resolve("walk.geojson");
    writeGeoJson(file, 20240515L);
    List<String> out = importInChildJvm(file);
    assertThat(out).contains("vertices 1000000", "features 1");
  }

  @Test
  void a_million_row_csv_imports_within_512_mb() throws Exception {
    Path file = dir.resolve("walk.csv");
    writeCsv(file, 20240516L);
    List<String> out = importInChildJvm(file, "csv");
    assertThat(out).contains("vertices 1000000", "features 10");
  }
}
