package org.groma.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.groma.app.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM appends to a store and is killed with SIGKILL ({@code destroyForcibly}) at a random moment,
 * many times; after every kill the store must open (verify) and hold every entry whose append had returned.
 * More rounds: {@code -Dgroma.store.crashRounds=300}.
 */
class CrashSafetyTest {

  static final long SEED = 20261128L;
  static final int DEFAULT_ROUNDS = 30;
  /** Longest time the child appends before it is killed; kills also land during start-up and verification. */
  static final int MAX_APPEND_MILLIS = 400;
  static final int CHILD_THREADS = 4;

  @TempDir Path dir;

  @Test
  void every_acknowledged_append_survives_sigkill() throws Exception {
    int rounds = Integer.getInteger("groma.store.crashRounds", DEFAULT_ROUNDS);
    Path file = dir.resolve("crash.gpkg");
    CommissionStore.create(file, CommissionStoreTest.ORIGIN).close();
    Random random = new Random(SEED);
    Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    long killedWhileAppending = 0;
    for (int round = 0; round < rounds; round++) {
      ChildJvm child = ChildJvm.start(CrashAppender.class, List.of(file.toString(), Integer.toString(CHILD_THREADS)),
          ack -> acknowledged.add(Long.parseLong(ack)));
      // Every fourth round kills the child at a random moment of its start-up (opening and verifying);
      // the others let it append for a random time.
      if (round % 4 != 3) {
        assertThat(child.awaitReady(60)).as("child started").isTrue();
      }
      Thread.sleep(random.nextInt(MAX_APPEND_MILLIS));
      int ackedBefore = acknowledged.size();
      child.kill();
      assertThat(child.unexpected()).as("child output").isEmpty();
      if (acknowledged.size() > 0 && child.isReady()) {
        killedWhileAppending++;
      }
      long highest = acknowledged.stream().mapToLong(Long::longValue).max().orElse(-1);
      try (CommissionStore store = CommissionStore.open(file)) {
        assertThat(store.size()).as("round " + round).isGreaterThanOrEqualTo(highest + 1);
        // Every stored entry is the one its position stands for (acknowledged or not: an append may have
        // committed just before the kill and not been acknowledged), and the store reaches past every ack.
        int finalRound = round;
        store.entries(0, store.size()).forEach(stored -> assertThat(stored.entry())
            .as("round %d, seq %d", finalRound, stored.seq())
            .isEqualTo(TestEntries.entry("crash", stored.seq()).entry()));
      }
      assertThat(ackedBefore).isLessThanOrEqualTo(acknowledged.size());
    }
    System.out.println("Crash safety: " + rounds + " SIGKILLs, " + acknowledged.size()
        + " acknowledged appends, all present and verified");
    assertThat(acknowledged).as("the child acknowledged appends at all").isNotEmpty();
    assertThat(killedWhileAppending).isPositive();
  }
}
