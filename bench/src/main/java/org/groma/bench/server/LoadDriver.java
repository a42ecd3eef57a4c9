package org.groma.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.groma.app.demo.DemoNode;
import org.groma.app.demo.DemoRoster;
import org.groma.app.demo.DemoRoster.DemoMember;
import org.groma.app.node.CommissionNode;
import org.groma.app.server.NodeServer;
import org.groma.journal.verify.VerificationResult;

/**
 * Load on a node over loopback, run by hand (never part of the test suite):
 *
 * <ol>
 *   <li><b>Reads.</b> {@code --clients} (50) clients, each in its own thread, send GET requests back to back
 *       for {@code --seconds} (60), taking the read paths in turn (the state endpoint and the OGC API items
 *       of sections, segments, proposals and settlements; a path that answers 404 is skipped with a
 *       message). A warm-up of {@code --warmup-seconds} (10) runs first and is not recorded. Latency is
 *       from sending the request to reading the last byte of the answer; percentiles are nearest-rank over
 *       every request.
 *   <li><b>Writes.</b> {@code --post-clients} (20) clients, signed in as the demo's experts and co-chairs of
 *       both parties, each post up to {@code --posts-per-client} (100) proposals with distinct ids (POST
 *       /api/acts/line-proposed) within {@code --post-seconds} (60), in a sitting the mediator opens for the
 *       run. Then every proposal the node accepted (201) must be in the journal exactly once, and the journal
 *       must verify from scratch ({@link CommissionNode#verify}).
 * </ol>
 *
 * <p>By default the driver builds the demo commission in a temporary folder and serves it in this process on
 * 127.0.0.1 (so client and node share the machine's cores); {@code --url} targets a node already running
 * instead (its demo accounts must sign in; {@code --store} names its file to verify afterwards). Clients are
 * closed loops without think time: each waits for its answer before sending the next request, so latency
 * includes queueing at the node.
 *
 * <p>Exit code 0 when every check holds and the read p99 is under {@value #P99_LIMIT_MS} ms, 1 otherwise.
 */
public final class LoadDriver {

  static final double P99_LIMIT_MS = 100;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DEFAULT_PATHS = List.of("/api/state", "/ogc/collections/sections/items",
      "/ogc/collections/segments/items", "/ogc/collections/proposals/items", "/ogc/collections/settlements/items");
  private static final List<DemoMember> POSTERS = List.of(DemoRoster.A_EXPERT, DemoRoster.B_EXPERT,
      DemoRoster.A_CO_CHAIR, DemoRoster.B_CO_CHAIR);
  /** Sections open to proposals in the demo (S-1 is agreed, so its line is not reopened). */
  private static final List<String> OPEN_SECTIONS = List.of("S-3", "S-4", "S-5", "S-6");

  private record Options(String url, Path store, int clients, int seconds, int warmupSeconds, List<String> paths,
      int postClients, int postsPerClient, int postSeconds) {}

  private LoadDriver() {}

  public static void main(String[] args) throws Exception {
    Options o = parse(args);
    // HttpURLConnection keeps at most 5 idle connections per host by default; every client keeps its own.
    System.setProperty("http.maxConnections", String.valueOf(Math.max(o.clients(), o.postClients()) + 10));
    boolean ok;
    if (o.url() == null) {
      Path dir = Files.createTempDirectory("groma-load-");
      DemoNode demo = DemoNode.openOrBuild(dir.resolve("demo"), l -> System.out.println("  " + l));
      NodeServer server = NodeServer.start(demo.node(), demo.accounts(), demo.signer(), "127.0.0.1", 0,
          Clock.systemUTC());
      String base = "http://127.0.0.1:" + server.port();
      System.out.println("demo node in this process at " + base + "/ (store " + demo.node().file() + ")");
      try {
        ok = run(o, base);
      } finally {
        server.close();
        demo.close();
      }
      ok &= verify(demo.node().file());
      try (var files = Files.walk(dir)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    } else {
      ok = run(o, o.url().replaceAll("/+$", ""));
      if (o.store() != null) {
        ok &= verify(o.store());
      } else {
        System.out.println("journal verification: skipped (give --store FILE to verify the node's store)");
      }
    }
    System.out.println(ok ? "ALL CHECKS PASSED" : "SOME CHECKS FAILED");
    System.exit(ok ? 0 : 1);
  }

  private static boolean run(Options o, String base) throws Exception {
    System.out.println("uptime: " + uptime());
    System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", java " + Runtime.version());
    List<String> paths = new ArrayList<>();
    for (String p : o.paths()) {
      Response r = get(base + p, null);
      if (r.status() == 404) {
        System.out.println("skipped " + p + ": 404 (not served by this node)");
      } else if (r.status() != 200) {
        throw new IllegalStateException(p + " answered " + r.status() + ": " + r.body());
      } else {
        paths.add(p);
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalStateException("none of the read paths is served: " + o.paths());
    }
    System.out.printf(Locale.ROOT, "warm-up: %d clients for %d s%n", o.clients(), o.warmupSeconds());
    reads(base, paths, o.clients(), o.warmupSeconds());
    System.out.printf(Locale.ROOT, "read phase: %d clients for %d s on %s%n", o.clients(), o.seconds(), paths);
    ReadResult r = reads(base, paths, o.clients(), o.seconds());
    boolean ok = r.errors() == 0;
    System.out.printf(Locale.ROOT, "  requests %d (%.1f per second), errors %d%n", r.all().length,
        r.all().length / (double) o.seconds(), r.errors());
    System.out.println("  all paths  " + summary(r.all()));
    r.byPath().forEach((p, lat) -> System.out.printf(Locale.ROOT, "  %-36s %s%n", p, summary(lat)));
    double p99 = percentileMs(r.all(), 99);
    System.out.printf(Locale.ROOT, "  requirement p99 < %.0f ms: %s%n", P99_LIMIT_MS,
        p99 < P99_LIMIT_MS ? "met" : "NOT MET");
    ok &= p99 < P99_LIMIT_MS;
    ok &= posts(base, o);
    return ok;
  }

  // ------------------------------------------------------------------ reads

  record ReadResult(long[] all, Map<String, long[]> byPath, long errors) {}

  static ReadResult reads(String base, List<String> paths, int clients, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Map<String, LongList>> perClient = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Map<String, LongList> mine = new HashMap<>();
      paths.forEach(p -> mine.put(p, new LongList()));
      perClient.add(mine);
      int offset = c;
      Thread t = new Thread(() -> {
        try {
          for (int i = offset; System.nanoTime() < end; i++) {
            String p = paths.get(i % paths.size());
            long t0 = System.nanoTime();
            Response r = get(base + p, null);
            long t1 = System.nanoTime();
            if (r.status() == 200) {
              mine.get(p).add(t1 - t0);
            } else {
              errors.incrementAndGet();
            }
          }
        } catch (IOException e) {
          errors.incrementAndGet();
          System.out.println("client " + offset + " stopped: " + e);
        } finally {
          done.countDown();
        }
      }, "reader-" + c);
      threads.add(t);
    }
    threads.forEach(Thread::start);
    done.await();
    Map<String, long[]> byPath = new LinkedHashMap<>();
    LongList all = new LongList();
    for (String p : paths) {
      LongList merged = new LongList();
      perClient.forEach(m -> merged.addAll(m.get(p)));
      byPath.put(p, merged.sorted());
      all.addAll(merged);
    }
    return new ReadResult(all.sorted(), byPath, errors.get());
  }

  // ------------------------------------------------------------------ writes

  private static boolean posts(String base, Options o) throws Exception {
    String mediator = signIn(base, DemoRoster.MEDIATOR);
    String sitting = openSitting(base, mediator);
    String run = Long.toString(System.currentTimeMillis(), 36);
    System.out.printf(Locale.ROOT, "post phase: %d clients × up to %d proposals within %d s, sitting %s%n",
        o.postClients(), o.postsPerClient(), o.postSeconds(), sitting);
    Map<String, Integer> outcome = new ConcurrentHashMap<>();
    List<LongList> latencies = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + o.postSeconds() * 1_000_000_000L;
    CountDownLatch ready = new CountDownLatch(o.postClients());
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(o.postClients());
    for (int c = 0; c < o.postClients(); c++) {
      LongList mine = new LongList();
      latencies.add(mine);
      int client = c;
      DemoMember who = POSTERS.get(c % POSTERS.size());
      new Thread(() -> {
        boolean signedIn = false;
        try {
          String cookie = signIn(base, who);
          signedIn = true;
          ready.countDown();
          go.await();
          for (int n = 0; n < o.postsPerClient() && System.nanoTime() < end; n++) {
            String id = String.format(Locale.ROOT, "LOAD-%s-c%02d-%03d", run, client, n);
            String body = proposal(id, OPEN_SECTIONS.get((client + n) % OPEN_SECTIONS.size()), sitting, client, n);
            long t0 = System.nanoTime();
            Response r = post(base + "/api/acts/line-proposed", cookie, body);
            mine.add(System.nanoTime() - t0);
            outcome.put(id, r.status());
            if (r.status() != 201) {
              errors.incrementAndGet();
              System.out.println("  " + id + " by " + who.user() + ": " + r.status() + " " + r.body());
            }
          }
        } catch (Exception e) {
          errors.incrementAndGet();
          System.out.println("post client " + client + " stopped: " + e);
        } finally {
          if (!signedIn) {
            ready.countDown();
          }
          done.countDown();
        }
      }, "poster-" + c).start();
    }
    ready.await();
    long t0 = System.nanoTime();
    go.countDown();
    done.await();
    double seconds = (System.nanoTime() - t0) / 1e9;
    LongList all = new LongList();
    latencies.forEach(all::addAll);
    long accepted = outcome.values().stream().filter(s -> s == 201).count();
    System.out.printf(Locale.ROOT, "  accepted %d of %d in %.1f s (%.1f per second), refused or failed %d%n",
        accepted, outcome.size(), seconds, accepted / seconds, errors.get());
    System.out.println("  post latency  " + summary(all.sorted()));

    Map<String, Integer> inJournal = proposalsInJournal(base, run);
    boolean ok = errors.get() == 0;
    long once = 0;
    for (var e : outcome.entrySet()) {
      int times = inJournal.getOrDefault(e.getKey(), 0);
      if (e.getValue() == 201 && times == 1) {
        once++;
      } else if (e.getValue() == 201) {
        ok = false;
        System.out.println("  accepted " + e.getKey() + " is in the journal " + times + " times");
      } else if (times != 0) {
        System.out.println("  " + e.getKey() + " was answered " + e.getValue() + " but is in the journal " + times
            + " times");
        ok = false;
      }
    }
    long unknown = inJournal.keySet().stream().filter(id -> !outcome.containsKey(id)).count();
    ok &= unknown == 0 && once == accepted;
    System.out.printf(Locale.ROOT, "  journal: %d of %d accepted proposals exactly once, %d unexpected: %s%n",
        once, accepted, unknown, ok ? "ok" : "FAILED");
    return ok;
  }

  private static String signIn(String base, DemoMember who) throws IOException {
    Response r = post(base + "/api/session", null, "{\"user\":\"" + who.user() + "\",\"password\":\""
        + who.password() + "\"}");
    if (r.status() != 200 || r.cookie() == null) {
      throw new IOException("sign-in as " + who.user() + " failed: " + r.status() + " " + r.body());
    }
    return r.cookie();
  }

  /** The open sitting, or a new one the mediator opens for this run. */
  private static String openSitting(String base, String mediatorCookie) throws IOException {
    for (JsonNode s : JSON.readTree(get(base + "/api/state", null).body()).path("state").path("sittings")) {
      if (s.path("open").asBoolean()) {
        return s.path("sittingId").asText();
      }
    }
    String id = "load-" + Long.toString(System.currentTimeMillis(), 36);
    ObjectNode body = JSON.createObjectNode();
    body.put("sittingId", id);
    body.put("title", "Load test sitting (" + DemoNode.LABEL + ")");
    body.putArray("agenda").add("Concurrent proposals from the load driver (" + DemoNode.LABEL + ")");
    Response r = post(base + "/api/acts/sitting-opened", mediatorCookie, body.toString());
    if (r.status() != 201) {
      throw new IOException("opening a sitting failed: " + r.status() + " " + r.body());
    }
    return id;
  }

  /** A three-point line near the demo's sections, different for every client and proposal. */
  private static String proposal(String id, String section, String sitting, int client, int n) {
    ObjectNode body = JSON.createObjectNode();
    body.put("proposalId", id);
    body.put("sectionId", section);
    body.put("sittingId", sitting);
    ArrayNode line = body.putArray("line");
    long lon = 45_500_000_000L + client * 1_000_000L;
    long lat = 40_500_000_000L + n * 1_000_000L;
    line.addArray().add(lon).add(lat);
    line.addArray().add(lon + 5_000_000L).add(lat + 7_000_000L);
    line.addArray().add(lon + 10_000_000L).add(lat + 3_000_000L);
    ArrayNode segments = body.putArray("segments");
    for (int i = 0; i < 2; i++) {
      segments.addObject().put("lineType", "geodesic").putNull("feature");
    }
    body.putArray("sourceIds");
    return body.toString();
  }

  /** How many line-proposed entries of this run's proposals the journal holds, by proposal id. */
  private static Map<String, Integer> proposalsInJournal(String base, String run) throws IOException {
    Map<String, Integer> count = new HashMap<>();
    long from = 0;
    while (true) {
      JsonNode page = JSON.readTree(get(base + "/api/entries?from=" + from + "&limit=1000", null).body());
      JsonNode entries = page.path("entries");
      for (JsonNode e : entries) {
        String id = e.path("body").path("proposalId").asText("");
        if (e.path("type").asText().equals("line-proposed") && id.startsWith("LOAD-" + run + "-")) {
          count.merge(id, 1, Integer::sum);
        }
      }
      from += entries.size();
      if (entries.isEmpty() || from >= page.path("size").asLong()) {
        return count;
      }
    }
  }

  private static boolean verify(Path store) {
    long t0 = System.nanoTime();
    VerificationResult v = CommissionNode.verify(store, n -> {});
    System.out.printf(Locale.ROOT, "journal verification from scratch: %s, %d entries (%.1f s)%n",
        v.ok() ? "ok" : "FAILED " + v.firstError(), v.entries(), (System.nanoTime() - t0) / 1e9);
    return v.ok();
  }

  // ------------------------------------------------------------------ HTTP

  record Response(int status, String body, String cookie) {}

  static Response get(String url, String cookie) throws IOException {
    return send("GET", url, cookie, null);
  }

  private static Response post(String url, String cookie, String body) throws IOException {
    return send("POST", url, cookie, body);
  }

  /** One request on a kept-alive connection; the answer is read to its end so the connection is reused. */
  private static Response send(String method, String url, String cookie, String body) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestMethod(method);
    c.setConnectTimeout(10_000);
    c.setReadTimeout(60_000);
    if (cookie != null) {
      c.setRequestProperty("Cookie", cookie);
    }
    if (body != null) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/json");
      c.setFixedLengthStreamingMode(bytes.length);
      try (OutputStream out = c.getOutputStream()) {
        out.write(bytes);
      }
    }
    int status = c.getResponseCode();
    String text;
    try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
      text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String setCookie = c.getHeaderField("Set-Cookie");
    return new Response(status, text, setCookie == null ? null : setCookie.split(";", 2)[0]);
  }

  // ------------------------------------------------------------------ figures

  /** A growable array of nanosecond latencies (no boxing: a minute of requests is a few hundred thousand). */
  private static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void addAll(LongList other) {
      for (int i = 0; i < other.size; i++) {
        add(other.values[i]);
      }
    }

    long[] sorted() {
      long[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  static double percentileMs(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  static String summary(long[] sorted) {
    return String.format(Locale.ROOT, "n %7d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %8.2f ms",
        sorted.length, percentileMs(sorted, 50), percentileMs(sorted, 95), percentileMs(sorted, 99),
        sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
  }

  static String uptime() {
    try {
      Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
      return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static Options parse(String[] args) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("usage: LoadDriver [--url URL [--store FILE]] [--clients 50]"
            + " [--seconds 60] [--warmup-seconds 10] [--paths /api/state,/ogc/collections/sections/items,…]"
            + " [--post-clients 20] [--posts-per-client 100] [--post-seconds 60]; got " + String.join(" ", args));
      }
      a.put(args[i].substring(2), args[++i]);
    }
    List<String> known = List.of("url", "store", "clients", "seconds", "warmup-seconds", "paths", "post-clients",
        "posts-per-client", "post-seconds");
    for (String k : a.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException("unknown option --" + k + " (known: " + known + ")");
      }
    }
    return new Options(a.get("url"), a.containsKey("store") ? Path.of(a.get("store")) : null,
        positive(a, "clients", 50), positive(a, "seconds", 60), positive(a, "warmup-seconds", 10),
        a.containsKey("paths") ? List.of(a.get("paths").split(",")) : DEFAULT_PATHS,
        positive(a, "post-clients", 20), positive(a, "posts-per-client", 100), positive(a, "post-seconds", 60));
  }

  private static int positive(Map<String, String> a, String key, int dflt) {
    if (!a.containsKey(key)) {
      return dflt;
    }
    int v = Integer.parseInt(a.get(key));
    if (v < 1) {
      throw new IllegalArgumentException("--" + key + " must be at least 1, got " + v);
    }
    return v;
  }
}
