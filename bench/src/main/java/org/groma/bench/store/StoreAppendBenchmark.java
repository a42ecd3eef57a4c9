package org.groma.bench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.groma.app.store.CommissionStore;
import org.groma.app.store.NewEntry;
import org.groma.app.store.StoredEntry;

/**
 * Durable appends per second to a {@link CommissionStore} (each acknowledged only after its transaction is
 * committed with synchronous=FULL, i.e. after fsync of the WAL; group commit across threads), with 1, 4 and
 * 16 appending threads and ~400-byte entries; then the time to open (verify) and stream a 100 000-entry
 * journal.
 *
 * <p>A plain main rather than JMH: the quantity is throughput against a disk over seconds, measured with
 * the wall clock; JMH's per-invocation machinery adds nothing here. Entries are random bytes of the size of
 * a signed journal entry; signing is not included (the journal library's benchmarks measure Ed25519).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.groma.bench.store.StoreAppendBenchmark [DIR] [SECONDS] [THREADS] [stream|no-stream]
 * </pre>
 * DIR (default: a new directory under java.io.tmpdir) must be on the disk to measure; THREADS is a
 * comma-separated list of thread counts (default 1,4,16).
 */
public final class StoreAppendBenchmark {

  static final int ENTRY_BYTES = 400;
  static final int STREAM_ENTRIES = 100_000;
  static final int BULK_BATCH = 1_000;
  static final int WARMUP_SECONDS = 2;

  private StoreAppendBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("groma-store-bench");
    Files.createDirectories(dir);
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    System.out.printf("directory %s, %d s per measurement, %d-byte entries%n", dir, seconds, ENTRY_BYTES);
    int[] threadCounts = java.util.Arrays.stream((args.length > 2 ? args[2] : "1,4,16").split(","))
        .mapToInt(Integer::parseInt).toArray();
    boolean stream = args.length <= 3 || !args[3].equals("no-stream");
    for (int threads : threadCounts) {
      Path file = dir.resolve("append-" + threads + ".gpkg");
      deleteStore(file);
      try (CommissionStore store = CommissionStore.create(file, "groma.bench/append")) {
        AtomicLong sequencer = new AtomicLong();
        run(store, sequencer, threads, WARMUP_SECONDS);
        long before = sequencer.get();
        long start = System.nanoTime();
        long acknowledged = run(store, sequencer, threads, seconds);
        double elapsedS = (System.nanoTime() - start) / 1e9;
        System.out.printf("%2d thread(s): %,9.0f durable appends/s (%,d in %.1f s; journal size %,d)%n",
            threads, acknowledged / elapsedS, acknowledged, elapsedS, store.size());
        if (store.size() < before + acknowledged) {
          throw new IllegalStateException("lost appends");
        }
      }
      deleteStore(file);
    }

    if (!stream) {
      return;
    }
    Path file = dir.resolve("stream.gpkg");
    deleteStore(file);
    Random random = new Random(1);
    long fillStart = System.nanoTime();
    try (CommissionStore store = CommissionStore.create(file, "groma.bench/stream")) {
      for (int seq = 0; seq < STREAM_ENTRIES; seq += BULK_BATCH) {
        List<NewEntry> batch = new ArrayList<>(BULK_BATCH);
        for (int i = 0; i < BULK_BATCH; i++) {
          batch.add(entry(random, seq + i));
        }
        store.appendBatch(batch, seq);
      }
    }
    System.out.printf("filled %,d entries in batches of %,d: %.2f s; file %,d bytes%n", STREAM_ENTRIES, BULK_BATCH,
        (System.nanoTime() - fillStart) / 1e9, Files.size(file));
    for (int repeat = 0; repeat < 3; repeat++) {
      long openStart = System.nanoTime();
      try (CommissionStore store = CommissionStore.open(file)) {
        double openS = (System.nanoTime() - openStart) / 1e9;
        long streamStart = System.nanoTime();
        long[] count = new long[2];
        try (Stream<StoredEntry> entries = store.entries(0, Long.MAX_VALUE)) {
          entries.forEach(e -> {
            count[0]++;
            count[1] += e.entry().length;
          });
        }
        double streamS = (System.nanoTime() - streamStart) / 1e9;
        System.out.printf("open with full verification: %.2f s; stream %,d entries (%,d bytes): %.2f s (%,.0f entries/s)%n",
            openS, count[0], count[1], streamS, count[0] / streamS);
      }
    }
    deleteStore(file);
  }

  private static long run(CommissionStore store, AtomicLong sequencer, int threads, int seconds)
      throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong acknowledged = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Random random = new Random(t * 7919L + sequencer.get());
      workers.add(Thread.ofPlatform().start(() -> {
        while (running.get()) {
          long position = sequencer.getAndIncrement();
          NewEntry entry = entry(random, position);
          store.append(entry.entry(), entry.entryHash(), position);
          acknowledged.incrementAndGet();
        }
      }));
    }
    Thread.sleep(seconds * 1000L);
    running.set(false);
    for (Thread worker : workers) {
      worker.join();
    }
    return acknowledged.get();
  }

  private static NewEntry entry(Random random, long position) {
    byte[] bytes = new byte[ENTRY_BYTES];
    random.nextBytes(bytes);
    byte[] tag = ("{\"seq\":" + position + ",").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(tag, 0, bytes, 0, tag.length);
    return NewEntry.of(bytes);
  }

  private static void deleteStore(Path file) throws IOException {
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(file + suffix));
    }
  }
}
