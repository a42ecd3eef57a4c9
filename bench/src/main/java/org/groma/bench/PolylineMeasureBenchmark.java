package org.groma.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.Geodesics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Length of a 1-million-vertex geodesic polyline and area of a 100 000-vertex polygon: a boundary traced at
 * survey density. Run with {@code -prof gc} to see the allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PolylineMeasureBenchmark {

  List<GeoPoint> polyline;
  GeoPolygon polygon;

  @Setup
  public void setUp() {
    Random rnd = new Random(11);
    polyline = new ArrayList<>(1_000_000);
    double lat = 39.0;
    double lon = 44.0;
    for (int i = 0; i < 1_000_000; i++) {
      polyline.add(new GeoPoint(lat, lon));
      lat += (rnd.nextDouble() - 0.45) * 2e-5; // ~1 m steps, drifting north-east like a traced line
      lon += (rnd.nextDouble() - 0.40) * 2e-5;
    }
    List<GeoPoint> ring = new ArrayList<>(100_000);
    for (int i = 0; i < 100_000; i++) {
      double t = 2 * Math.PI * i / 100_000;
      double r = 0.5 * (1 + 0.05 * Math.sin(37 * t));
      ring.add(new GeoPoint(40.0 + r * Math.sin(t), 45.0 + r * Math.cos(t) / Math.cos(Math.toRadians(40))));
    }
    polygon = new GeoPolygon(new GeoRing(ring));
  }

  @Benchmark
  public double lengthOfMillionVertexPolyline() {
    return Geodesics.WGS84.lengthM(polyline);
  }

  @Benchmark
  public double areaOf100kVertexPolygon() {
    return Geodesics.WGS84.measure(polygon).areaM2();
  }
}
