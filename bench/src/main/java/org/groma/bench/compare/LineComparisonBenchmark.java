package org.groma.bench.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.groma.app.delimitation.comparison.Settlement;
import org.groma.app.delimitation.comparison.SettlementImpact;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.GeoJsonReader;
import org.groma.geo.GeoPoint;
import org.groma.geo.compare.ComparisonOptions;
import org.groma.geo.compare.LineComparison;
import org.groma.geo.compare.LineComparisonOp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The OpenStreetMap-derived against the Natural Earth ARM–AZE line with the 485 GeoNames settlements (the
 * issue's "under 0.5 s warm"). Reads the fixtures from {@code root} (the repository, default the working
 * folder). Run from the repository root, or by {@code bench/compare-vs-postgis.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class LineComparisonBenchmark {

  @Param(".")
  public String root;

  List<List<GeoPoint>> osm;
  List<List<GeoPoint>> ne;
  List<Settlement> settlements;
  ComparisonOptions options;

  @Setup
  public void setUp() throws IOException {
    Path r = Path.of(root);
    osm = line(r.resolve("geo/src/test/resources/compare/osm_arm_aze.geojson"));
    ne = line(r.resolve("geo/src/test/resources/compare/ne_arm_aze.geojson"));
    settlements = settlements(r.resolve("data/settlements_am_az.geojson"));
    options = ComparisonOptions.defaults()
        .withAPoints(List.of(new GeoPoint(40.1811, 44.5136), new GeoPoint(40.64, 45.50)))
        .withAcceptAmbiguousOrientation(true) /* the same work; these points leave parts ambiguous */;
  }

  static List<List<GeoPoint>> line(Path file) throws IOException {
    List<List<GeoPoint>> parts = new ArrayList<>();
    for (GeoFeature f : new GeoJsonReader().read(file)) {
      parts.addAll(((GeoGeometry.Line) f.geometry()).parts());
    }
    return parts;
  }

  static List<Settlement> settlements(Path file) throws IOException {
    return org.groma.app.io.Settlements.of(new GeoJsonReader().read(file), file.toString());
  }

  /** Comparison (faces, areas, offsets, agree stretches) and settlement impact within 5 km. */
  @Benchmark
  public SettlementImpact.Result armAzeWithSettlements() {
    LineComparison c = LineComparisonOp.compare(osm, ne, options);
    return new SettlementImpact(c, osm, ne, 5000).assess(settlements);
  }

  /** The comparison alone. */
  @Benchmark
  public LineComparison armAzeComparisonOnly() {
    return LineComparisonOp.compare(osm, ne, options);
  }

  /**
   * Two seeded 100 000-vertex lines (5 m steps over 500 km) in a 512 MB heap. {@code wavy}: line 2 is line 1
   * (metre noise) moved by a 50 m wave of 5 km wavelength plus its own noise, as two digitisations of one
   * boundary differ: 200 crossings. {@code noisy}: independent noise of ±2 m and ±11 m around the same
   * parallel, so the lines cross at almost every vertex (tens of thousands of faces): the worst case.
   */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  @Fork(value = 1, jvmArgsAppend = "-Xmx512m")
  public static class Synthetic100k {
    @Param({"wavy", "noisy"})
    public String kind;

    List<List<GeoPoint>> line1;
    List<List<GeoPoint>> line2;

    @Setup
    public void setUp() {
      Random rnd = new Random(100_000);
      List<GeoPoint> a = new ArrayList<>(100_000);
      List<GeoPoint> b = new ArrayList<>(100_000);
      double stepDeg = 5.0 / 85_000; // about 5 m of longitude at 40° N
      for (int i = 0; i < 100_000; i++) {
        double lon = 43.0 + i * stepDeg;
        double noise1 = (rnd.nextDouble() - 0.5) * 4e-5;
        a.add(new GeoPoint(40.0 + noise1, lon));
        if (kind.equals("wavy")) {
          double wave = 50.0 / 111_000 * Math.sin(2 * Math.PI * i / 1000.0);
          b.add(new GeoPoint(40.0 + noise1 + wave + (rnd.nextDouble() - 0.5) * 2e-5, lon));
        } else {
          b.add(new GeoPoint(40.0 + (rnd.nextDouble() - 0.5) * 2e-4, lon + (rnd.nextDouble() - 0.5) * stepDeg * 0.5));
        }
      }
      line1 = List.of(a);
      line2 = List.of(b);
    }

    @Benchmark
    public LineComparison compare100k() {
      return LineComparisonOp.compare(line1, line2, ComparisonOptions.defaults());
    }
  }
}
