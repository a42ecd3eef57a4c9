package org.groma.bench.node;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.DemoCommission;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.store.StoredEntry;
import org.groma.journal.sign.SigningKey;
import org.groma.journal.verify.VerificationResult;

/**
 * Issue 4's figures for the commission node ({@link CommissionNode}), on the demo commission with signed
 * notes appended after its 17 entries:
 *
 * <ol>
 *   <li>durable signed appends per second through {@link CommissionNode#submit} with 1, 4 and 16 threads:
 *       each note decided by the rules, signed with Ed25519 and acknowledged only after the store's group
 *       commit has synced it (synchronous=FULL: fsync of the WAL);
 *   <li>a journal of ENTRIES entries (built by the node itself with 16 threads) verified from scratch with
 *       {@link CommissionNode#verify}: every hash, signature, rule, checkpoint and cosignature; then the
 *       rules' replay alone ({@link CommissionNode#stateAt(long)}: decode and evolve, no signatures);
 *   <li>opening that journal from its last checkpoint, signed by the log operator and cosigned by both
 *       witnesses: {@code CommissionNode.open(file, Options.full().trusting(witness A))}, which checks that
 *       the entries hash to the checkpoint's root instead of checking each signature again.
 * </ol>
 *
 * <p>A plain main rather than JMH, like the store's benchmark: the quantities are seconds of disk and CPU
 * work measured with the wall clock and the process's CPU time. Run with the heap:
 *
 * <pre>
 * java -Xmx512m -cp bench/target/benchmarks.jar org.groma.bench.node.NodeBenchmark [DIR] [SECONDS] [THREADS] [ENTRIES] [keep]
 * </pre>
 * DIR (default: a new directory under java.io.tmpdir) must be on the disk to measure; SECONDS per append
 * measurement (default 10); THREADS a comma-separated list (default 1,4,16); ENTRIES default 100 000;
 * {@code keep} leaves the journal of ENTRIES entries in DIR (for a profiler, say).
 */
public final class NodeBenchmark {

  static final String ORIGIN = "groma.bench/commission/demo";
  static final int DEMO_ENTRIES = 17;
  static final int WARMUP_SECONDS = 2;
  static final int BUILD_THREADS = 16;
  /** After the demo's last act (2024-06-10): acts may share a time, never go back in it. */
  static final Instant NOTE_TIME = Instant.parse("2024-07-01T00:00:00Z");
  /** Four members write, so entries by several keys interleave as in a sitting. */
  static final List<Actor> WRITERS = List.of(DemoCommission.MEDIATOR, DemoCommission.A_CO_CHAIR,
      DemoCommission.B_CO_CHAIR, DemoCommission.B_EXPERT_ROTATED);
  static final List<String> WRITER_KEYS = List.of("med-1", "a-chair-1", "b-chair-1", "b-expert-2");
  /** A note of the length a member writes at a sitting; with the envelope, entries of about 520 bytes. */
  static final String NOTE_TEXT = "Remark on the draft coordinate table for the section: the turning points"
      + " agree with the surveyed pillars within the commission's tolerance.";

  private NodeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("groma-node-bench");
    Files.createDirectories(dir);
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int[] threadCounts = Arrays.stream((args.length > 2 ? args[2] : "1,4,16").split(","))
        .mapToInt(Integer::parseInt).toArray();
    int entries = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
    KeyRing keys = benchKeys();
    System.out.printf("directory %s, %d s per append measurement, %d processors, max heap %d MB%n", dir, seconds,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

    for (int threads : threadCounts) {
      Path file = dir.resolve("submit-" + threads + ".gpkg");
      deleteStore(file);
      try (CommissionNode node = demo(file, keys)) {
        AtomicLong counter = new AtomicLong();
        submitFor(node, keys, counter, threads, WARMUP_SECONDS);
        long sizeBefore = node.size();
        long start = System.nanoTime();
        long acknowledged = submitFor(node, keys, counter, threads, seconds);
        double elapsedS = (System.nanoTime() - start) / 1e9;
        System.out.printf("%2d thread(s): %,7.0f durable signed appends/s (%,d in %.1f s; journal size %,d)%n",
            threads, acknowledged / elapsedS, acknowledged, elapsedS, node.size());
        if (node.size() != sizeBefore + acknowledged) {
          throw new IllegalStateException("journal size " + node.size() + " is not " + sizeBefore + " + "
              + acknowledged + " acknowledged");
        }
      }
      deleteStore(file);
    }

    Path file = dir.resolve("journal-" + entries + ".gpkg");
    deleteStore(file);
    long buildStart = System.nanoTime();
    try (CommissionNode node = demo(file, keys)) {
      submitUntil(node, keys, entries);
      node.signCheckpoint(keys.key("operator"));
      node.cosign(DemoCommission.WITNESS_A_NAME, keys.key("witness-a"), Clock.systemUTC());
      node.cosign(DemoCommission.WITNESS_B_NAME, keys.key("witness-b"), Clock.systemUTC());
    }
    System.out.printf("built %,d entries with %d threads through submit, checkpoint signed and cosigned by both"
        + " witnesses: %.1f s; file %,d bytes, average entry %.0f bytes%n", entries, BUILD_THREADS,
        (System.nanoTime() - buildStart) / 1e9, Files.size(file), averageEntryBytes(file));

    for (int repeat = 0; repeat < 3; repeat++) {
      Measured<VerificationResult> m = measure(() -> CommissionNode.verify(file, n -> {}));
      if (!m.value().ok()) {
        throw new IllegalStateException("verification failed: " + m.value().firstError().orElseThrow());
      }
      System.out.printf("verify from scratch: %,d entries in %.2f s = %,.0f entries/s; %,.0f entries per CPU-second"
          + " (process CPU %.2f s); peak heap %d MB%n", m.value().entries(), m.wallS(),
          m.value().entries() / m.wallS(), m.value().entries() / m.cpuS(), m.cpuS(), m.peakHeapMb());
    }

    try (CommissionNode node = CommissionNode.open(file,
        CommissionNode.Options.full().trusting(DemoCommission.WITNESS_A_NAME))) {
      long last = node.size() - 1;
      for (int repeat = 0; repeat < 3; repeat++) {
        Measured<CommissionState> m = measure(() -> node.stateAt(last));
        System.out.printf("replay alone (decode + rules, no signatures): %,d entries in %.2f s = %,.0f entries/s;"
            + " %,.0f entries per CPU-second%n", last + 1, m.wallS(), (last + 1) / m.wallS(), (last + 1) / m.cpuS());
      }
    }

    for (int repeat = 0; repeat < 3; repeat++) {
      Measured<Long> m = measure(() -> {
        try (CommissionNode node = CommissionNode.open(file,
            CommissionNode.Options.full().trusting(DemoCommission.WITNESS_A_NAME))) {
          return node.size();
        }
      });
      System.out.printf("open from the checkpoint witness A cosigned: %,d entries in %.2f s (process CPU %.2f s);"
          + " peak heap %d MB%n", m.value(), m.wallS(), m.cpuS(), m.peakHeapMb());
    }
    Measured<Long> full = measure(() -> {
      try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
        return node.size();
      }
    });
    System.out.printf("open with full verification, for comparison: %,d entries in %.2f s%n", full.value(),
        full.wallS());
    if (!(args.length > 4 && args[4].equals("keep"))) {
      deleteStore(file);
    }
  }

  // ---------------------------------------------------------------- appending

  /** Submits notes from {@code threads} threads for {@code seconds}; returns how many were acknowledged. */
  private static long submitFor(CommissionNode node, KeyRing keys, AtomicLong counter, int threads, int seconds)
      throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong acknowledged = new AtomicLong();
    List<Thread> workers = startWriters(threads, thread -> {
      while (running.get()) {
        node.submit(note(keys, thread, counter.getAndIncrement()), writerKey(keys, thread));
        acknowledged.incrementAndGet();
      }
    });
    Thread.sleep(seconds * 1000L);
    running.set(false);
    for (Thread w : workers) {
      w.join();
    }
    return acknowledged.get();
  }

  /** Submits notes from {@value #BUILD_THREADS} threads until the journal holds {@code entries}. */
  private static void submitUntil(CommissionNode node, KeyRing keys, int entries) throws InterruptedException {
    AtomicLong counter = new AtomicLong();
    long notes = entries - node.size();
    for (Thread w : startWriters(BUILD_THREADS, thread -> {
      for (long n = counter.getAndIncrement(); n < notes; n = counter.getAndIncrement()) {
        node.submit(note(keys, thread, n), writerKey(keys, thread));
      }
    })) {
      w.join();
    }
    if (node.size() != entries) {
      throw new IllegalStateException("built " + node.size() + " entries, not " + entries);
    }
  }

  interface Writer {
    void run(int thread);
  }

  private static List<Thread> startWriters(int threads, Writer writer) {
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers.add(Thread.ofPlatform().start(() -> writer.run(thread)));
    }
    return workers;
  }

  private static Command note(KeyRing keys, int thread, long n) {
    return new Command(keys.actor(WRITERS.get(thread % WRITERS.size())), NOTE_TIME,
        new Note("bench-" + n, NOTE_TEXT, "S-1"));
  }

  private static SigningKey writerKey(KeyRing keys, int thread) {
    return keys.key(WRITER_KEYS.get(thread % WRITER_KEYS.size()));
  }

  /** A new node at {@code file} holding the demo history (17 entries). */
  private static CommissionNode demo(Path file, KeyRing keys) {
    CommissionNode node = ScriptedCommission.create(file, ORIGIN, keys);
    if (node.size() != DEMO_ENTRIES) {
      throw new IllegalStateException("the demo has " + node.size() + " entries, not " + DEMO_ENTRIES);
    }
    return node;
  }

  // ---------------------------------------------------------------- measuring

  record Measured<T>(T value, double wallS, double cpuS, long peakHeapMb) {}

  interface Work<T> {
    T run() throws Exception;
  }

  /** Wall time, process CPU time and the peak heap (sum of the heap pools' peaks) of {@code work}. */
  private static <T> Measured<T> measure(Work<T> work) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    T value = work.run();
    double wallS = (System.nanoTime() - t0) / 1e9;
    double cpuS = (os.getProcessCpuTime() - cpu0) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Measured<>(value, wallS, cpuS, peak >> 20);
  }

  private static double averageEntryBytes(Path file) throws Exception {
    try (CommissionNode node = CommissionNode.open(file,
        CommissionNode.Options.full().trusting(DemoCommission.WITNESS_A_NAME));
        Stream<StoredEntry> stored = node.entries(0, node.size())) {
      return stored.mapToInt(e -> e.entry().length).average().orElse(0);
    }
  }

  private static void deleteStore(Path file) throws IOException {
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(file + suffix));
    }
  }

  /**
   * The demo's keys, derived from their labels (seed = SHA-256("groma bench key " + label)), so every run
   * signs the same journal. Benchmark keys only.
   */
  /** The demo's keys from fixed seeds, so benchmark journals are reproducible. */
  public static KeyRing benchKeys() {
    return new KeyRing(KeyRing.DEMO_LABELS, label -> {
      try {
        return SigningKey.fromSeed(MessageDigest.getInstance("SHA-256")
            .digest(("groma bench key " + label).getBytes(StandardCharsets.UTF_8)));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform provides SHA-256", e);
      }
    });
  }
}
