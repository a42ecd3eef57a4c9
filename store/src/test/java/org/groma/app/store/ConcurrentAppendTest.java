package org.groma.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.groma.app.testing.Threads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many threads appending through group commit: nothing lost, seqs contiguous, one order. */
class ConcurrentAppendTest {

  static final int THREADS = 16;
  static final int APPENDS_PER_THREAD = 150;

  @TempDir Path dir;

  @Test
  void sixteen_threads_with_positions_from_a_sequencer_lose_nothing_and_keep_one_order() throws Exception {
    Path file = dir.resolve("c.gpkg");
    AtomicLong sequencer = new AtomicLong();
    Map<Long, NewEntry> acknowledged = new ConcurrentHashMap<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    try (CommissionStore store = CommissionStore.create(file, CommissionStoreTest.ORIGIN)) {
      // A reader streams the journal while the writers append: every prefix it sees is contiguous and
      // holds the entries their positions stand for.
      java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
      AtomicLong readerPasses = new AtomicLong();
      Thread reader = Thread.ofPlatform().start(() -> {
        try {
          while (writing.get()) {
            long size = store.size();
            long[] next = {0};
            store.entries(0, size).forEach(e -> {
              assertThat(e.seq()).isEqualTo(next[0]++);
              assertThat(e.entry()).isEqualTo(TestEntries.entry("sequenced", e.seq()).entry());
            });
            assertThat(next[0]).isEqualTo(size);
            readerPasses.incrementAndGet();
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      Threads.together(THREADS, thread -> {
        for (int i = 0; i < APPENDS_PER_THREAD; i++) {
          long position = sequencer.getAndIncrement();
          // The entry names its own position, as a journal entry names its seq.
          NewEntry entry = TestEntries.entry("sequenced", position);
          AppendResult result = store.append(entry.entry(), entry.entryHash(), position);
          assertThat(result).isEqualTo(new AppendResult.Appended(position));
          acknowledged.put(position, entry);
        }
      }, failures);
      writing.set(false);
      reader.join();
      assertThat(readerPasses.get()).isPositive();
    }
    assertThat(failures).isEmpty();
    assertHolds(file, acknowledged);
  }

  @Test
  void sixteen_threads_racing_for_the_same_size_retry_on_conflict_and_lose_nothing() throws Exception {
    Path file = dir.resolve("c.gpkg");
    Map<Long, NewEntry> acknowledged = new ConcurrentHashMap<>();
    AtomicLong conflicts = new AtomicLong();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    try (CommissionStore store = CommissionStore.create(file, CommissionStoreTest.ORIGIN)) {
      Threads.together(THREADS, thread -> {
        for (int i = 0; i < APPENDS_PER_THREAD / 5; i++) {
          NewEntry entry = TestEntries.entry("racing-" + thread, i);
          while (true) {
            // Optimistic: state the size just read; someone else may get there first.
            long size = store.size();
            try {
              AppendResult result = store.append(entry.entry(), entry.entryHash(), size);
              acknowledged.put(result.seq(), entry);
              break;
            } catch (StoreConflictException e) {
              assertThat(e.actualSize()).isGreaterThan(e.expectedSize());
              conflicts.incrementAndGet();
            }
          }
        }
      }, failures);
    }
    assertThat(failures).isEmpty();
    assertThat(acknowledged).hasSize(THREADS * (APPENDS_PER_THREAD / 5));
    assertHolds(file, acknowledged);
  }

  private static void assertHolds(Path file, Map<Long, NewEntry> acknowledged) {
    try (CommissionStore store = CommissionStore.open(file)) {
      assertThat(store.size()).isEqualTo(acknowledged.size());
      Set<String> hashes = new HashSet<>();
      Map<Long, byte[]> stored = new HashMap<>();
      store.entries(0, Long.MAX_VALUE).forEach(e -> {
        stored.put(e.seq(), e.entry());
        hashes.add(java.util.HexFormat.of().formatHex(e.entryHash()));
      });
      assertThat(stored.keySet()).isEqualTo(acknowledged.keySet().stream().collect(Collectors.toSet()));
      acknowledged.forEach((seq, entry) -> assertThat(stored.get(seq)).as("seq " + seq).isEqualTo(entry.entry()));
      assertThat(hashes).hasSize(acknowledged.size());
    }
  }

}
