package org.groma.bench.boundary;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.groma.app.io.ShippedData;
import org.groma.geo.boundary.BoundaryPart;
import org.groma.geo.boundary.CommonBoundary;
import org.groma.geo.boundary.CommonBoundaryOp;
import org.groma.geo.boundary.Territory;
import org.groma.geo.simplify.SimplifiedLine;
import org.groma.geo.simplify.SimplifyOp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Common-boundary extraction on the shipped OpenStreetMap-derived extract (ARM 5 360 and AZE 9 929 vertices,
 * Georgia, Iran, Turkey as third parties, ~30k vertices in all) and on Natural Earth, and simplification of
 * the longest OSM part, the extracts read from the jar by {@code ShippedData}:
 * {@code java -jar bench/target/benchmarks.jar BoundaryBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BoundaryBenchmark {

  Territory osmA;
  Territory osmB;
  List<Territory> osmThirds;
  Territory neA;
  Territory neB;
  List<Territory> neThirds;
  List<org.groma.geo.GeoPoint> mainLine;

  @Setup
  public void load() throws Exception {
    ShippedData data = new ShippedData();
    Map<String, Territory> osm = data.territories(ShippedData.Extract.OSM);
    osmA = osm.get("ARM");
    osmB = osm.get("AZE");
    osmThirds = List.of(osm.get("GEO"), osm.get("IRN"), osm.get("TUR"));
    Map<String, Territory> ne = data.territories(ShippedData.Extract.NATURAL_EARTH);
    neA = ne.get("Armenia");
    neB = ne.get("Azerbaijan");
    neThirds = List.of(ne.get("Georgia"), ne.get("Iran"), ne.get("Turkey"));
    CommonBoundary cb = CommonBoundaryOp.extract(osmA, osmB, osmThirds, CommonBoundaryOp.DEFAULT_SNAP_M);
    mainLine = cb.parts().stream().map(BoundaryPart::vertices).filter(v -> v.size() == 463).findFirst().orElseThrow();
  }

  @Benchmark
  public CommonBoundary extractOsmArmAze() {
    return CommonBoundaryOp.extract(osmA, osmB, osmThirds, CommonBoundaryOp.DEFAULT_SNAP_M);
  }

  @Benchmark
  public CommonBoundary extractNaturalEarthArmAze() {
    return CommonBoundaryOp.extract(neA, neB, neThirds, CommonBoundaryOp.DEFAULT_SNAP_M);
  }

  @Benchmark
  public SimplifiedLine simplifyOsmMainLine10m() {
    return SimplifyOp.simplify(mainLine, 10, Set.of());
  }
}
