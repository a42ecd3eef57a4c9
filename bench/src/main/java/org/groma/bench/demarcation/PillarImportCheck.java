package org.groma.bench.demarcation;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.groma.app.commission.Command;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.DemoCommission;
import org.groma.app.commission.InMemoryCommission;
import org.groma.app.commission.PillarEvent.PillarProposed;
import org.groma.app.commission.PillarNumber;
import org.groma.app.demarcation.AcceptanceCheck;
import org.groma.app.io.PillarSurveyImport;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.GeodesicInverse;
import org.groma.geo.geodesic.Geodesics;

/**
 * Import and check N surveyed pillars (default 10 000): the demo commission's agreed section S-1 (three turning
 * points, about 120 km) gets main pillars on its turning points and intermediate pillars evenly between them;
 * a CSV survey of every pillar, each a few centimetres off, is read into acts ({@link PillarSurveyImport}) and
 * checked ({@link AcceptanceCheck}). Prints the time of import plus check, best of the runs after a warm-up.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.groma.bench.demarcation.PillarImportCheck 10000}
 */
public final class PillarImportCheck {

  private PillarImportCheck() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    InMemoryCommission c = DemoCommission.inMemory();
    CommissionState s = c.state();
    List<GeoPoint> line = s.adoptedLine(s.agreedDecision("S-1").orElseThrow()).line().stream()
        .map(CanonicalPoint::toGeoPoint).toList();
    // pillars: main on each turning point, the rest spread evenly over the segments as intermediates
    int perSegment = (n - line.size()) / (line.size() - 1);
    List<PillarProposed> proposals = new ArrayList<>();
    List<GeoPoint> positions = new ArrayList<>();
    int number = 1;
    Geodesics g = Geodesics.WGS84;
    for (int i = 0; i < line.size(); i++) {
      proposals.add(new PillarProposed(new PillarNumber(number++, null, null), "S-1", "main", null, i, null));
      positions.add(line.get(i));
      if (i + 1 < line.size()) {
        GeodesicInverse inv = g.inverse(line.get(i), line.get(i + 1));
        int count = i + 2 == line.size() ? n - proposals.size() - 1 : perSegment;
        for (int k = 1; k <= count; k++) {
          proposals.add(new PillarProposed(new PillarNumber(number++, null, null), "S-1", "intermediate", null,
              null, null));
          positions.add(g.direct(line.get(i), inv.azimuth1Deg(), inv.distanceM() * k / (count + 1)).point());
        }
      }
    }
    long t0 = System.nanoTime();
    for (PillarProposed p : proposals) {
      c.append(new Command(DemoCommission.A_CO_CHAIR, s.lastTime().orElseThrow(), p));
    }
    s = c.state();
    System.out.printf(Locale.ROOT, "register: %d pillars proposed through the rules in %.2f s%n",
        s.pillars().size(), (System.nanoTime() - t0) / 1e9);
    StringBuilder csv = new StringBuilder("pillar,lat,lon,h_ell_m,rms_mm,observed_on,markings,description_en\n");
    for (int i = 0; i < positions.size(); i++) {
      GeoPoint p = g.direct(positions.get(i), (i * 37) % 360, 0.01 + (i % 3) * 0.01).point();
      CanonicalPoint q = CanonicalPoint.of(p);
      csv.append(i + 1).append(',').append(q.latText()).append(',').append(q.lonText()).append(",500.125,8,2024-06-")
          .append(10 + i % 20).append(",A/B ").append(i + 1).append(",Pillar ").append(i + 1).append('\n');
    }
    Map<String, String> campaign = Map.of("method", "rtk", "material", "concrete", "dimensions", "0.2 x 0.2 x 1.2 m");
    double best = Double.MAX_VALUE;
    for (int run = 0; run <= runs; run++) {
      long start = System.nanoTime();
      PillarSurveyImport.Result r = PillarSurveyImport.csv(new StringReader(csv.toString()), "bench.csv",
          "EPSG:4326", Optional.empty(), campaign, s.pillars());
      AcceptanceCheck.Report report = AcceptanceCheck.run(s, r.acts(), r.sources());
      double secs = (System.nanoTime() - start) / 1e9;
      if (!r.ok() || r.acts().size() != n) {
        throw new IllegalStateException("import failed: " + r.problems());
      }
      System.out.printf(Locale.ROOT, "%s: import %d + check (%d items, %d failing) in %.3f s%n",
          run == 0 ? "warm-up" : "run " + run, r.acts().size(), report.items().size(), report.failures().size(), secs);
      if (run > 0) {
        best = Math.min(best, secs);
      }
    }
    System.out.printf(Locale.ROOT, "best of %d: %.3f s for %d pillars%n", runs, best, n);
  }

}
