package org.groma.bench.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.groma.app.demo.DemoNode;
import org.groma.app.server.NodeServer;
import org.groma.app.server.SignInPolicy;

/**
 * Sign-in under attack, run by hand (never part of the test suite): a demo node in this process on
 * 127.0.0.1, then {@code --attempts} (200) wrong sign-ins released at once, each on its own thread, while
 * {@code --readers} (4) clients send GET /api/state back to back. Run twice: with the node's standard policy
 * (the attempts all come from 127.0.0.1, so the throttle answers most with 429) and unthrottled (as a
 * botnet of many addresses would look: every attempt reaches the bounded password-check pool, the overflow
 * is answered 503). Reports the answers by status, the storm's duration, the readers' latency before and
 * during the storm (nearest-rank percentiles), the peak heap in use (sampled every 5 ms) and the process's
 * peak RSS (VmHWM; client and node share this process).
 */
public final class SignInStorm {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private SignInStorm() {}

  public static void main(String[] args) throws Exception {
    int attempts = 200;
    int readers = 4;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--attempts" -> attempts = Integer.parseInt(args[++i]);
        case "--readers" -> readers = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (--attempts N, --readers N)");
      }
    }
    System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", java " + Runtime.version()
        + ", max heap " + MEMORY.getHeapMemoryUsage().getMax() / (1 << 20) + " MiB");
    Path dir = Files.createTempDirectory("groma-storm-");
    DemoNode demo = DemoNode.openOrBuild(dir.resolve("demo"), l -> { });
    boolean ok = true;
    try {
      for (SignInPolicy policy : List.of(SignInPolicy.standard(), SignInPolicy.standard().unthrottled())) {
        NodeServer server = NodeServer.start(demo.node(), demo.accounts(), demo.signer(), "127.0.0.1", 0,
            Clock.systemUTC(), policy);
        try {
          System.out.printf(Locale.ROOT, "%n%s policy (%d checkers, queue %d):%n",
              policy.freeFailures() == Integer.MAX_VALUE ? "unthrottled" : "standard", policy.checkers(),
              policy.queue());
          ok &= storm("http://127.0.0.1:" + server.port(), attempts, readers);
        } finally {
          server.close();
        }
      }
    } finally {
      demo.close();
      try (var files = Files.walk(dir)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    System.out.println(ok ? "ALL CHECKS PASSED" : "SOME CHECKS FAILED");
    System.exit(ok ? 0 : 1);
  }

  private static boolean storm(String base, int attempts, int readers) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest state = HttpRequest.newBuilder(URI.create(base + "/api/state")).build();
    for (int i = 0; i < 50; i++) {
      http.send(state, HttpResponse.BodyHandlers.ofByteArray());
    }
    long[] quiet = readFor(http, state, readers, 3_000, null);
    System.gc();
    long heapBefore = MEMORY.getHeapMemoryUsage().getUsed();

    AtomicLong peakHeap = new AtomicLong();
    AtomicBoolean sampling = new AtomicBoolean(true);
    Thread sampler = Thread.ofPlatform().daemon().start(() -> {
      while (sampling.get()) {
        peakHeap.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicInteger missingRetryAfter = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(attempts);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < attempts; t++) {
      String body = "{\"user\":\"" + (t % 2 == 0 ? "a-chair" : "nobody-" + t) + "\",\"password\":\"wrong " + t
          + "\"}";
      HttpRequest signIn = HttpRequest.newBuilder(URI.create(base + "/api/session"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
      threads.add(Thread.ofPlatform().start(() -> {
        try {
          start.await();
          HttpResponse<String> r = http.send(signIn, HttpResponse.BodyHandlers.ofString());
          statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
          if ((r.statusCode() == 429 || r.statusCode() == 503) && r.headers().firstValue("retry-after").isEmpty()) {
            missingRetryAfter.incrementAndGet();
          }
        } catch (Exception e) {
          statuses.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
        } finally {
          done.countDown();
        }
      }));
    }
    long t0 = System.nanoTime();
    start.countDown();
    long[] during = readFor(http, state, readers, Long.MAX_VALUE, done);
    long stormMs = (System.nanoTime() - t0) / 1_000_000;
    for (Thread t : threads) {
      t.join();
    }
    sampling.set(false);
    sampler.join();

    System.out.printf(Locale.ROOT, "  %d wrong sign-ins at once: answered %s in %d ms%n", attempts,
        new TreeMap<>(statuses), stormMs);
    System.out.printf(Locale.ROOT, "  GET /api/state before: %s%n", summary(quiet));
    System.out.printf(Locale.ROOT, "  GET /api/state during: %s%n", summary(during));
    System.out.printf(Locale.ROOT, "  heap in use: %d MiB before, peak %d MiB during; process peak RSS (VmHWM)"
        + " %s%n", heapBefore >> 20, peakHeap.get() >> 20, vmHwm());
    boolean ok = !statuses.containsKey(-1) && missingRetryAfter.get() == 0 && during.length > 0
        && statuses.keySet().stream().allMatch(s -> s == 401 || s == 429 || s == 503);
    System.out.println("  " + (ok ? "ok" : "FAILED") + ": every attempt answered 401, 429 or 503 (with"
        + " Retry-After), reads answered throughout");
    return ok;
  }

  /** GET back to back on {@code readers} threads for {@code millis} or until {@code until} reaches zero. */
  private static long[] readFor(HttpClient http, HttpRequest req, int readers, long millis, CountDownLatch until)
      throws InterruptedException {
    List<Long> all = java.util.Collections.synchronizedList(new ArrayList<>());
    long end = millis == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + millis * 1_000_000;
    List<Thread> threads = new ArrayList<>();
    for (int r = 0; r < readers; r++) {
      threads.add(Thread.ofPlatform().start(() -> {
        while (System.nanoTime() < end && (until == null || until.getCount() > 0)) {
          long t = System.nanoTime();
          try {
            HttpResponse<byte[]> a = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (a.statusCode() != 200) {
              throw new IllegalStateException("GET /api/state answered " + a.statusCode());
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          all.add(System.nanoTime() - t);
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    return all.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private static String summary(long[] sorted) {
    if (sorted.length == 0) {
      return "no requests";
    }
    return String.format(Locale.ROOT, "%d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.length,
        rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }

  private static double rank(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static String vmHwm() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
          .map(l -> l.substring(6).trim()).findFirst().orElse("unknown");
    } catch (Exception e) {
      return "unknown";
    }
  }
}
