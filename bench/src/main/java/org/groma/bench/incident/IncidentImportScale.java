package org.groma.bench.incident;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.DemoCommission;
import org.groma.app.delimitation.LineType;
import org.groma.app.export.IncidentTable;
import org.groma.app.incident.AgreedSection;
import org.groma.app.incident.IncidentTaxonomy;
import org.groma.app.incident.LinePlacer;
import org.groma.app.incident.Placement;
import org.groma.app.io.IncidentFeed;
import org.groma.app.io.ShippedData;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.bench.node.NodeBenchmark;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.groma.journal.sign.SigningKey;

/**
 * Importing an incident feed at scale: INCIDENTS incidents (default 100 000) within 20 km of a 1 000 km agreed
 * line of 2 000 geodesic segments (500 m each, zigzagging eastwards from 44° E, 40° N). Measured phases:
 *
 * <ol>
 *   <li>reading and checking the CSV feed ({@link IncidentFeed});
 *   <li>placing every incident against the line ({@link LinePlacer}: nearest section and segment, side,
 *       signed geodesic distance), on one thread and on all cores;
 *   <li>the whole import on a real store: the demo commission with the line agreed, the feed's rows signed as
 *       one batch ({@link CommissionNode#submitAll}: rules, Ed25519, one durable transaction);
 *   <li>the listing's table: every incident placed and given its nearest shipped GeoNames settlement.
 * </ol>
 *
 * <pre>
 * java -Xmx2g -cp bench/target/benchmarks.jar org.groma.bench.incident.IncidentImportScale [INCIDENTS] [DIR]
 * </pre>
 */
public final class IncidentImportScale {

  static final int SEGMENTS = 2_000;
  static final double SEGMENT_M = 500;

  private IncidentImportScale() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("groma-incident-bench");
    System.out.printf("%,d incidents, a line of %,d segments (%.0f km), %d processors, max heap %d MB%n", n,
        SEGMENTS, SEGMENTS * SEGMENT_M / 1000, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    List<GeoPoint> line = line();
    Path feed = dir.resolve("feed.csv");
    writeFeed(feed, line, n);

    for (int repeat = 0; repeat < 3; repeat++) {
      long t0 = System.nanoTime();
      long c0 = threadCpu();
      IncidentFeed.Result r = new IncidentFeed(IncidentTaxonomy.DEFAULT, "2024-07-01").read(feed);
      System.out.printf("read and check the feed: %,d rows, %d errors, %.2f s wall, %.2f s CPU%n", r.rows().size(),
          r.errors().size(), (System.nanoTime() - t0) / 1e9, (threadCpu() - c0) / 1e9);
    }
    AgreedSection section = new AgreedSection("S-9", "D-9", line,
        Collections.nCopies(line.size() - 1, LineType.Kind.GEODESIC));
    IncidentFeed.Result rows = new IncidentFeed(IncidentTaxonomy.DEFAULT, "2024-07-01").read(feed);
    List<GeoPoint> points = rows.rows().stream().map(r -> r.report().location().toGeoPoint()).toList();
    for (int repeat = 0; repeat < 3; repeat++) {
      long t0 = System.nanoTime();
      LinePlacer placer = new LinePlacer(List.of(section));
      double build = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      long c1 = threadCpu();
      double sum = 0;
      for (GeoPoint p : points) {
        sum += placer.place(p).signedDistanceM();
      }
      double one = (System.nanoTime() - t1) / 1e9;
      double oneCpu = (threadCpu() - c1) / 1e9;
      long t2 = System.nanoTime();
      double parallel = IntStream.range(0, points.size()).parallel()
          .mapToDouble(i -> placer.place(points.get(i)).signedDistanceM()).sum();
      double all = (System.nanoTime() - t2) / 1e9;
      System.out.printf("place %,d incidents: index %.3f s; one thread %.2f s wall, %.2f s of its CPU (%,.0f per"
          + " CPU-second); all cores %.2f s (checksum %.3f = %.3f)%n", points.size(), build, one, oneCpu,
          points.size() / oneCpu, all, sum, parallel);
    }

    Path store = dir.resolve("incidents.gpkg");
    Files.deleteIfExists(store);
    KeyRing keys = NodeBenchmark.benchKeys();
    try (CommissionNode node = ScriptedCommission.create(store, "groma.bench/incidents", keys)) {
      agree(node, keys, line);
      Actor reporter = keys.actor(DemoCommission.A_CO_CHAIR);
      SigningKey key = keys.forActor(reporter);
      Instant when = Instant.parse("2024-07-02T00:00:00Z");
      long cpu0 = cpu();
      long t0 = System.nanoTime();
      IncidentFeed.Result r = new IncidentFeed(IncidentTaxonomy.DEFAULT, "2024-07-01").read(feed);
      List<Command> commands = new ArrayList<>(r.rows().size());
      r.rows().forEach(x -> commands.add(new Command(reporter, when, x.report())));
      var acts = node.submitAll(commands, key);
      double signed = (System.nanoTime() - t0) / 1e9;
      long cpu1 = cpu();
      long t1 = System.nanoTime();
      List<IncidentTable.Line> table = IncidentTable.of(node.state(), new ShippedData().settlements());
      double placed = (System.nanoTime() - t1) / 1e9;
      System.out.printf("import on a store: read, check, decide, sign and store %,d acts as one batch %.2f s wall,"
          + " %.2f s process CPU; then every incident placed with its nearest settlement %.2f s wall, %.2f s"
          + " process CPU; %,d incidents in the table; file %,d bytes%n", acts.size(), signed,
          (cpu1 - cpu0) / 1e9, placed, (cpu() - cpu1) / 1e9, table.size(), Files.size(store));
    }
    Files.deleteIfExists(store);
    Files.deleteIfExists(feed);
  }

  private static long threadCpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** 2 001 turning points, 500 m apart, heading alternately east-north-east and east-south-east. */
  static List<GeoPoint> line() {
    List<GeoPoint> pts = new ArrayList<>();
    GeoPoint p = GeoPoint.ofLonLat(44, 40);
    pts.add(p);
    for (int i = 0; i < SEGMENTS; i++) {
      var d = Geodesics.WGS84.direct(p, i % 2 == 0 ? 70 : 110, SEGMENT_M);
      p = d.point();
      // nanodegrees, as the journal holds them
      p = p.toCanonical().toGeoPoint();
      pts.add(p);
    }
    return pts;
  }

  private static void writeFeed(Path feed, List<GeoPoint> line, int n) throws IOException {
    Random r = new Random(14);
    try (Writer w = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
      w.write("event_id_cnty,event_date,time_precision,event_type,sub_event_type,latitude,longitude,geo_precision,"
          + "source,source_confidence,fatalities,notes\n");
      String[] types = {"shelling", "armed-exchange", "drone", "crossing"};
      for (int i = 0; i < n; i++) {
        GeoPoint on = line.get(r.nextInt(line.size()));
        var d = Geodesics.WGS84.direct(on, r.nextDouble() * 360, r.nextDouble() * 20_000);
        CanonicalPoint c = d.point().toCanonical();
        w.write(String.format(Locale.ROOT, "BENCH-%d,2024-%02d-%02d,1,%s,,%s,%s,1,Patrol log,high,0,Synthetic"
            + " incident for the benchmark.%n", i, 1 + r.nextInt(6), 1 + r.nextInt(28), types[r.nextInt(4)],
            new java.math.BigDecimal(c.latNanodeg()).movePointLeft(9).toPlainString(),
            new java.math.BigDecimal(c.lonNanodeg()).movePointLeft(9).toPlainString()));
      }
    }
  }

  /** Opens a sitting and agrees section S-9 as the long line (proposed by A's co-chair, both endorse). */
  private static void agree(CommissionNode node, KeyRing keys, List<GeoPoint> line) {
    Instant t = Instant.parse("2024-07-01T09:00:00Z");
    Actor a = keys.actor(DemoCommission.A_CO_CHAIR);
    Actor b = keys.actor(DemoCommission.B_CO_CHAIR);
    node.submit(new Command(a, t, new SittingOpened("sitting-9", "Bench sitting", List.of("S-9"))), keys.forActor(a));
    LineProposed p = new LineProposed("A-S9", "S-9", "sitting-9", line.stream().map(GeoPoint::toCanonical).toList(),
        Collections.nCopies(line.size() - 1, ProposedSegment.GEODESIC), List.of());
    var proposed = node.submit(new Command(a, t, p), keys.forActor(a));
    var draft = node.submit(new Command(a, t, new DecisionDrafted("D-9", "S-9", "sitting-9", "S-9 agreed.", "A-S9",
        proposed.entryHash(), p.geometryHash())), keys.forActor(a));
    for (Actor who : List.of(a, b)) {
      node.submit(new Command(who, t, new DecisionEndorsed("D-9", draft.entryHash(), p.geometryHash())),
          keys.forActor(who));
    }
  }

}
