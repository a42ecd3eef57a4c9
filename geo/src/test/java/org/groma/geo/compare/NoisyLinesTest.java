package org.groma.geo.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * Two seeded "noisy" lines of 4 000 vertices (the benchmark's worst case, where the lines cross at almost
 * every vertex) give exactly what the comparison gave before its noding searched {@link BoxTree}s, the
 * faces and offsets ran side by side ({@link IndependentTasks}) and a piece's bound reused its samples'
 * distances: the figures below were printed by commit 84fdd3f with the same seed, to 1e-9 m² and 1e-12 m.
 */
class NoisyLinesTest {

  @Test
  void the_faster_comparison_gives_what_the_one_before_it_gave() {
    Random rnd = new Random(2026);
    List<GeoPoint> l1 = new ArrayList<>();
    List<GeoPoint> l2 = new ArrayList<>();
    double step = 5.0 / 85_000;
    for (int i = 0; i < 4000; i++) {
      double lon = 43.0 + i * step;
      l1.add(new GeoPoint(40.0 + (rnd.nextDouble() - 0.5) * 4e-5, lon));
      l2.add(new GeoPoint(40.0 + (rnd.nextDouble() - 0.5) * 2e-4, lon + (rnd.nextDouble() - 0.5) * step * 0.5));
    }
    List<Long> progress = new ArrayList<>();
    LineComparison c = LineComparisonOp.compare(List.of(l1), List.of(l2), ComparisonOptions.defaults(),
        new org.groma.geo.ProgressListener() {
          @Override
          public void total(long units) {
            progress.add(-units);
          }

          @Override
          public synchronized void advanced(long units) {
            progress.add(units);
          }
        });
    Offsets o = c.offsets();
    double sum = 0; // summed in order, as the figure below was
    for (OffsetSample s : o.profile()) {
      sum += s.offsetM();
    }
    assertThat(String.format(Locale.ROOT, "faces %d aToB %.9f bToA %.9f max12 %.12f max21 %.12f mean %.12f "
            + "profile %d sum %.9f agree %d len %.9f", c.areas().size(), c.areaM2AtoB(), c.areaM2BtoA(),
        o.max1to2M(), o.max2to1M(), o.meanOffsetM(), o.profile().size(), sum, c.agreeStretches().size(),
        c.agreeLengthM()))
        .isEqualTo("faces 1984 aToB 44898.441089019 bToA 44529.606114080 max12 10.413480911909 "
            + "max21 12.863223385206 mean 2.788791045496 profile 21510 sum 96854.898868117 agree 561 "
            + "len 19058.225705090");
    assertThat(o.max1to2At()).isEqualTo(new GeoPoint(40.00001457172059, 43.16028606100646));
    assertThat(o.max1to2Nearest()).isEqualTo(new GeoPoint(39.99997744089888, 43.16039804312694));
    assertThat(o.max2to1At()).isEqualTo(new GeoPoint(40.000099780333706, 43.1255871898208));
    // Progress: the total first (twice the vertices of both lines), then reports adding up to it.
    assertThat(progress.getFirst()).isEqualTo(-2L * (4000 + 4000));
    assertThat(progress.stream().skip(1).mapToLong(Long::longValue).sum()).isEqualTo(2L * (4000 + 4000));
  }
}
