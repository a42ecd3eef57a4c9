package org.groma.bench.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionEvent.FoundingMember;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.NamedKey;
import org.groma.app.commission.CommissionEvent.PartyName;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionEvent.Witness;
import org.groma.app.commission.EventCodec;
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.TrackPart;
import org.groma.app.commission.MissionEvent;
import org.groma.app.commission.Role;
import org.groma.app.keys.NodeSigner;
import org.groma.app.node.CommissionNode;
import org.groma.app.server.Accounts;
import org.groma.app.server.NodeServer;
import org.groma.geo.CanonicalPoint;
import org.groma.journal.entry.Author;
import org.groma.journal.entry.Entry;
import org.groma.journal.entry.Party;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.log.MerkleFrontier;
import org.groma.journal.sign.SigningKey;

/**
 * The OGC API's datetime filter under load, run by hand (never part of the test suite): a commission whose
 * journal holds {@code --features} (100 000) patrols, each a five-fix track walked on one day of 2025 (seeded
 * random days and hours), served on loopback in this process; {@code --clients} (50) closed-loop clients ask
 * for the patrols of one month ({@code datetime=2025-MM-01/2025-MM-last}, the twelve months in turn, a page of
 * {@code --limit} (100) features) for {@code --seconds} (60) after a warm-up of {@code --warmup-seconds} (10).
 * Before the load it checks that the twelve months' numberMatched add up to every patrol, once each.
 *
 * <p>The patrols are signed here (Ed25519, the monitor's seeded key) and appended through
 * {@link CommissionNode#appendSigned}, which checks every entry (signature, order, the commission's rules)
 * as it would a bundle's. Exit 0 when the months add up and the p99 is under {@value LoadDriver#P99_LIMIT_MS}
 * ms.
 */
public final class TimeFilterLoad {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ORIGIN = "groma.bench/patrols";
  private static final int YEAR = 2025;

  private TimeFilterLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, Integer> o = options(args);
    int features = o.get("features");
    System.setProperty("http.maxConnections", String.valueOf(o.get("clients") + 10));
    Path dir = Files.createTempDirectory("groma-time-");
    long t0 = System.nanoTime();
    CommissionNode node = build(dir.resolve("patrols.gpkg"), features);
    System.out.printf(Locale.ROOT, "journal: %d entries (%d patrols) signed, verified and stored in %.1f s%n",
        node.size(), features, (System.nanoTime() - t0) / 1e9);
    NodeServer server = NodeServer.start(node, Accounts.load(dir.resolve("accounts.json")), new NodeSigner(),
        "127.0.0.1", 0, Clock.systemUTC());
    String base = "http://127.0.0.1:" + server.port();
    boolean ok;
    try {
      long t1 = System.nanoTime();
      LoadDriver.Response first = LoadDriver.get(base + "/ogc/collections/patrols", null);
      System.out.printf(Locale.ROOT, "first request (builds the collections' features and time index): %.2f s,"
          + " extent %s%n", (System.nanoTime() - t1) / 1e9, JSON.readTree(first.body()).at("/extent/temporal"));
      List<String> paths = new ArrayList<>();
      long matched = 0;
      for (int m = 1; m <= 12; m++) {
        YearMonth ym = YearMonth.of(YEAR, m);
        String p = "/ogc/collections/patrols/items?datetime=" + ym.atDay(1) + "/" + ym.atEndOfMonth() + "&limit="
            + o.get("limit");
        paths.add(p);
        matched += JSON.readTree(LoadDriver.get(base + p, null).body()).get("numberMatched").asLong();
      }
      ok = matched == features;
      System.out.printf(Locale.ROOT, "the twelve months match %d patrols in all: %s%n", matched,
          ok ? "every patrol once" : "NOT every patrol once");
      System.out.println("uptime: " + LoadDriver.uptime());
      System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", java " + Runtime.version());
      LoadDriver.reads(base, paths, o.get("clients"), o.get("warmup-seconds"));
      LoadDriver.ReadResult r = LoadDriver.reads(base, paths, o.get("clients"), o.get("seconds"));
      System.out.printf(Locale.ROOT, "%d clients for %d s, a month's patrols, limit %d: %d requests (%.1f per"
          + " second), errors %d%n", o.get("clients"), o.get("seconds"), o.get("limit"), r.all().length,
          r.all().length / (double) o.get("seconds"), r.errors());
      System.out.println("  all months  " + LoadDriver.summary(r.all()));
      System.out.println("uptime: " + LoadDriver.uptime());
      double p99 = LoadDriver.percentileMs(r.all(), 99);
      System.out.printf(Locale.ROOT, "  requirement p99 < %.0f ms: %s%n", LoadDriver.P99_LIMIT_MS,
          p99 < LoadDriver.P99_LIMIT_MS ? "met" : "NOT MET");
      ok &= p99 < LoadDriver.P99_LIMIT_MS && r.errors() == 0;
    } finally {
      server.close();
      node.close();
      try (var files = Files.walk(dir)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    System.out.println(ok ? "ALL CHECKS PASSED" : "SOME CHECKS FAILED");
    System.exit(ok ? 0 : 1);
  }

  private static SigningKey key(long seed) {
    Random r = new Random(seed);
    return SigningKey.generate(new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        r.nextBytes(bytes);
      }
    });
  }

  private static String hex(SigningKey k) {
    return java.util.HexFormat.of().formatHex(k.verifyingKey().bytes());
  }

  /** A commission with a section S-1 and {@code n} patrols recorded by the mission's monitor. */
  static CommissionNode build(Path file, int n) {
    SigningKey a = key(1);
    SigningKey b = key(2);
    SigningKey med = key(3);
    SigningKey mon = key(4);
    Actor mediator = new Actor(Party.MEDIATOR, "Mediator", med.keyId());
    Actor chairA = new Actor(Party.A, "Co-chair A", a.keyId());
    Actor monitor = new Actor(Party.MEDIATOR, "Monitor", mon.keyId());
    TreeMap<String, java.math.BigDecimal> tolerances = new TreeMap<>();
    tolerances.put("agreeToleranceM", new java.math.BigDecimal("0.05"));
    Genesis g = new Genesis("bench-patrols", "Bench commission (synthetic patrols)", new PartyName("PA", "Party A"),
        new PartyName("PB", "Party B"), new PartyName("MED", "Mediator"), List.of(
            new FoundingMember(Party.A, chairA.member(), EnumSet.of(Role.CO_CHAIR), a.keyId(), hex(a)),
            new FoundingMember(Party.B, "Co-chair B", EnumSet.of(Role.CO_CHAIR), b.keyId(), hex(b)),
            new FoundingMember(Party.MEDIATOR, mediator.member(), EnumSet.of(Role.EXPERT, Role.ADMIN), med.keyId(),
                hex(med))),
        new NamedKey("operator.bench", hex(key(5))), List.of(new Witness(Party.A, "witness.a.bench", hex(key(6))),
            new Witness(Party.B, "witness.b.bench", hex(key(7)))), "EPSG:1267", tolerances,
        // the monitor comes with a mission genesis admits (a founding member may not be a monitor)
        List.of(new MissionEvent.Mission("MM-BENCH", "Bench monitoring mission", List.of(
            new MissionEvent.MissionMember(monitor.member(), mon.keyId(), hex(mon))))));
    Instant start = Instant.parse("2024-12-01T00:00:00Z");
    CommissionNode node = CommissionNode.create(file, ORIGIN, new Command(mediator, start, g), med);
    node.submit(new Command(mediator, start.plusSeconds(60), new SittingOpened("s-1", "Sitting", List.of("S-1"))),
        med);
    node.submit(new Command(chairA, start.plusSeconds(120), new LineProposed("A-S1", "S-1", "s-1",
        List.of(new CanonicalPoint(45_000_000_000L, 41_000_000_000L), new CanonicalPoint(45_500_000_000L,
            41_000_000_000L)), List.of(ProposedSegment.GEODESIC), List.of())), a);

    // Patrols on seeded random days of the year, 06:00 to 17:00 UTC, so none crosses midnight or a month.
    Random r = new Random(42);
    long[] starts = new long[n];
    LocalDate jan1 = LocalDate.of(YEAR, 1, 1);
    for (int i = 0; i < n; i++) {
      starts[i] = jan1.plusDays(r.nextInt(jan1.lengthOfYear())).atStartOfDay().toEpochSecond(ZoneOffset.UTC)
          + 6 * 3600 + r.nextInt(11 * 3600);
    }
    java.util.Arrays.sort(starts);
    MerkleFrontier frontier = new MerkleFrontier();
    for (long seq = 0; seq < node.size(); seq++) {
      frontier.append(node.leafHash(seq));
    }
    List<byte[]> entries = new ArrayList<>(n);
    long seq = node.size();
    Author author = new Author(monitor.party(), monitor.member(), monitor.keyId());
    for (int i = 0; i < n; i++) {
      Instant t = Instant.ofEpochSecond(starts[i]);
      List<CanonicalPoint> points = new ArrayList<>();
      List<Instant> times = new ArrayList<>();
      long lon = 45_000_000_000L + r.nextInt(500_000_000);
      for (int k = 0; k < 5; k++) {
        points.add(new CanonicalPoint(lon + k * 200_000L, 41_000_000_000L + r.nextInt(20_000_000) - 10_000_000));
        times.add(t.plusSeconds(k * 600L));
      }
      CommissionEvent e = new PatrolRecorded("PT-" + i, "S-1", sha256("patrol " + i),
          List.of(new TrackPart(points, times)));
      Entry entry = Entry.of(ORIGIN, seq, t.plusSeconds(3 * 3600), e.type(), author, EventCodec.encode(e),
          frontier.root());
      SignedEntry signed = SignedEntry.sign(entry, mon);
      frontier.append(signed.hash());
      entries.add(signed.storedBytes());
      seq++;
    }
    node.appendSigned(entries, node.size());
    return node;
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Integer> options(String[] args) {
    Map<String, Integer> o = new java.util.LinkedHashMap<>(Map.of("features", 100_000, "clients", 50, "seconds", 60,
        "warmup-seconds", 10, "limit", 100));
    for (int i = 0; i + 1 < args.length; i += 2) {
      String k = args[i].replaceFirst("^--", "");
      if (!o.containsKey(k)) {
        throw new IllegalArgumentException("unknown option " + args[i] + " (known: " + o.keySet() + ")");
      }
      o.put(k, Integer.parseInt(args[i + 1]));
    }
    return o;
  }
}
