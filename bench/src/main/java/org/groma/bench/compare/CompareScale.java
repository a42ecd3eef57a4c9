package org.groma.bench.compare;

import java.util.Locale;
import org.groma.geo.GeoPoint;
import org.groma.geo.compare.AgreeStretch;
import org.groma.geo.compare.DisputedArea;
import org.groma.geo.compare.LineComparison;
import org.groma.geo.compare.OffsetSample;
import org.groma.geo.compare.Offsets;

/**
 * The "two noisy 100 000-vertex lines under 3 s in 512 MB, JVM included": builds the seeded lines of
 * {@link LineComparisonBenchmark.Synthetic100k} and times {@code runs} comparisons in this fresh JVM (the
 * first includes JIT warm-up), printing a digest of each result so that two builds can be checked to give
 * the same answer. Run with
 * {@code java -Xmx512m -cp bench/target/benchmarks.jar org.groma.bench.compare.CompareScale noisy 3}.
 */
public final class CompareScale {
  private CompareScale() {
  }

  public static void main(String[] args) {
    long start = System.nanoTime();
    LineComparisonBenchmark.Synthetic100k lines = new LineComparisonBenchmark.Synthetic100k();
    lines.kind = args.length > 0 ? args[0] : "noisy";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    lines.setUp();
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      LineComparison c = lines.compare100k();
      long t1 = System.nanoTime();
      System.out.printf(Locale.ROOT, "%s run %d: %.0f ms%n", lines.kind, r + 1, (t1 - t0) / 1e6);
      if (r == 0) {
        System.out.println(digest(c));
        if (args.length > 2) {
          dump(c, java.nio.file.Path.of(args[2]));
        }
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "JVM start to end of last run %.0f ms (plus JVM start-up before main); max heap %d MB%n",
        (System.nanoTime() - start) / 1e6, rt.maxMemory() >> 20);
  }

  /** Writes every face (parties, area, rings) on a line of its own, for a diff between two builds. */
  static void dump(LineComparison c, java.nio.file.Path file) {
    try (var out = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(file))) {
      for (DisputedArea a : c.areas()) {
        out.println(face(a));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A face in words: the parties, the area to a micro-square-metre, and each ring from its smallest vertex
   * (the comparison's own canonical form; the digest keeps the rotation so it can read builds from before it).
   */
  static String face(DisputedArea a) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s %s %.6f", a.line1Gives(), a.line2Gives(),
        a.areaM2()));
    ring(b, a.polygon().shell().vertices());
    for (var h : a.polygon().holes()) {
      ring(b, h.vertices());
    }
    return b.toString();
  }

  private static void ring(StringBuilder b, java.util.List<GeoPoint> v) {
    int start = 0;
    for (int i = 1; i < v.size(); i++) {
      GeoPoint p = v.get(i);
      GeoPoint s = v.get(start);
      if (p.lonDeg() < s.lonDeg() || (p.lonDeg() == s.lonDeg() && p.latDeg() < s.latDeg())) {
        start = i;
      }
    }
    b.append(" |");
    for (int i = 0; i < v.size(); i++) {
      GeoPoint p = v.get((start + i) % v.size());
      b.append(' ').append(p.latDeg()).append(',').append(p.lonDeg());
    }
  }

  /**
   * Every figure of the result that a change of algorithm must leave as it was: the totals in words, and an
   * hash over every face ({@link #face}), every profile sample and every agree stretch.
   */
  static String digest(LineComparison c) {
    long faces = 17;
    for (DisputedArea a : c.areas()) {
      faces = faces * 31 + face(a).hashCode();
    }
    Offsets o = c.offsets();
    long profile = 17;
    for (OffsetSample s : o.profile()) {
      profile = profile * 31 + Double.doubleToLongBits(s.alongM()) * 7 + Double.doubleToLongBits(s.offsetM());
    }
    long agree = 17;
    for (AgreeStretch s : c.agreeStretches()) {
      agree = agree * 31 + Double.doubleToLongBits(s.startAlongM()) * 7 + Double.doubleToLongBits(s.endAlongM())
          + s.points().hashCode();
    }
    return String.format(Locale.ROOT,
        "faces %d, A->B %.6f m2, B->A %.6f m2, not between %d, conflicts %d, face hash %x%n"
            + "max 1->2 %.9f m at %s, 2->1 %.9f m at %s, mean %.9f m, profile %d samples, hash %x%n"
            + "agree %d stretches, %.6f m, hash %x",
        c.areas().size(), c.areaM2AtoB(), c.areaM2BtoA(), c.facesNotBetween(), c.labelConflicts(), faces,
        o.max1to2M(), o.max1to2At(), o.max2to1M(), o.max2to1At(), o.meanOffsetM(), o.profile().size(), profile,
        c.agreeStretches().size(), c.agreeLengthM(), agree);
  }
}
