package org.groma.bench.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.groma.app.delimitation.comparison.Settlement;
import org.groma.app.delimitation.comparison.SettlementImpact;
import org.groma.geo.GeoPoint;
import org.groma.geo.compare.ComparisonOptions;
import org.groma.geo.compare.LineComparison;
import org.groma.geo.compare.LineComparisonOp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Settlement impact throughput: 100 000 seeded points spread over the box of the ARM–AZE disputed areas
 * (lon 44.7–46.7, lat 38.8–41.4), each placed in the disputed faces and checked against both lines at 5 km.
 * The score is points per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SettlementImpactBenchmark {

  static final int POINTS = 100_000;

  @Param(".")
  public String root;

  SettlementImpact impact;
  List<Settlement> points;

  @Setup
  public void setUp() throws IOException {
    Path r = Path.of(root);
    List<List<GeoPoint>> osm = LineComparisonBenchmark.line(r.resolve("geo/src/test/resources/compare/osm_arm_aze.geojson"));
    List<List<GeoPoint>> ne = LineComparisonBenchmark.line(r.resolve("geo/src/test/resources/compare/ne_arm_aze.geojson"));
    LineComparison c = LineComparisonOp.compare(osm, ne, ComparisonOptions.defaults()
        .withAPoints(List.of(new GeoPoint(40.1811, 44.5136), new GeoPoint(40.64, 45.50)))
        .withAcceptAmbiguousOrientation(true) /* the same work; these points leave parts ambiguous */);
    impact = new SettlementImpact(c, osm, ne, 5000);
    Random rnd = new Random(250_000);
    points = new ArrayList<>(POINTS);
    for (int i = 0; i < POINTS; i++) {
      points.add(new Settlement("p" + i, "", "", 0,
          new GeoPoint(38.8 + rnd.nextDouble() * 2.6, 44.7 + rnd.nextDouble() * 2.0)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(POINTS)
  public SettlementImpact.Result assess() {
    return impact.assess(points);
  }
}
