package org.groma.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.groma.geo.crs.CoordinateTransform;
import org.groma.geo.crs.CrsRegistry;
import org.groma.geo.crs.GeographicCrs;
import org.groma.geo.crs.TransformationRegistry;
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
 * One million SK-42 Gauss–Krüger zone 8 points (EPSG:28408) to WGS 84 (EPSG:4326) through the bulk API, one
 * thread: inverse Transverse Mercator, geodetic to geocentric, Helmert shift, geocentric to geodetic. The
 * score is points per second per core. {@code bench/transform-vs-cs2cs.sh} times cs2cs on the same points.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class GaussKruegerToWgs84Benchmark {

  static final int POINTS = 1_000_000;

  @Param({"EPSG:15865", "EPSG:1808"})
  public String transformation;

  double[] northing = new double[POINTS];
  double[] easting = new double[POINTS];
  double[] lat = new double[POINTS];
  double[] lon = new double[POINTS];
  CoordinateTransform transform;

  @Setup
  public void setUp() {
    Random rnd = new Random(28408);
    for (int i = 0; i < POINTS; i++) {
      northing[i] = 4_200_000 + rnd.nextDouble() * 500_000; // about 38°N to 42.5°N
      easting[i] = 8_250_000 + rnd.nextDouble() * 500_000; // ±250 km of the central meridian 45°E
    }
    transform = CoordinateTransform.between(CrsRegistry.lookup("EPSG:28408"), GeographicCrs.WGS84,
        TransformationRegistry.lookup(transformation));
  }

  @Benchmark
  @OperationsPerInvocation(POINTS)
  public double[] millionPoints() {
    transform.apply(northing, easting, lat, lon);
    return lat;
  }
}
