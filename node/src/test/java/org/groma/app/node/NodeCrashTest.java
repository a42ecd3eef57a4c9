package org.groma.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommissionState.NoteRecord;
import org.groma.app.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM ({@link NodeCrashAppender}) submits signed notes to a demo node from four threads and is
 * killed with SIGKILL at a seeded random moment, {@value #DEFAULT_ROUNDS} times
 * ({@code -Dgroma.node.crashRounds=N} for more). After every kill the node must open, which verifies the
 * whole journal (hashes, signatures, rules, the checkpoint and its cosignatures), and hold every note
 * whose submit had returned. One round in four kills the child during its start-up, while it verifies.
 */
class NodeCrashTest {

  static final long SEED = 20261129L;
  static final long KEY_SEED = 7;
  static final int DEFAULT_ROUNDS = 20;
  /** Longest time the child submits before it is killed. */
  static final int MAX_SUBMIT_MILLIS = 400;

  @TempDir Path dir;

  @Test
  void every_acknowledged_note_survives_sigkill_and_the_journal_verifies() throws Exception {
    int rounds = Integer.getInteger("groma.node.crashRounds", DEFAULT_ROUNDS);
    Path file = dir.resolve("crash.gpkg");
    NodeFixtures.cosignedDemo(file, NodeFixtures.keys(KEY_SEED));
    Random random = new Random(SEED);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    int killedWhileSubmitting = 0;
    long size = 0;
    for (int round = 0; round < rounds; round++) {
      int ackedAtStart = acknowledged.size();
      ChildJvm child = ChildJvm.start(NodeCrashAppender.class, List.of(file.toString(), Integer.toString(round)),
          acknowledged::add);
      if (round % 4 != 3) {
        assertThat(child.awaitReady(60)).as("child started").isTrue();
      }
      Thread.sleep(random.nextInt(MAX_SUBMIT_MILLIS));
      int ackedBefore = acknowledged.size();
      child.kill();
      assertThat(child.unexpected()).as("child output").isEmpty();
      assertThat(acknowledged.size()).isGreaterThanOrEqualTo(ackedBefore);
      if (child.isReady() && acknowledged.size() > ackedAtStart) {
        killedWhileSubmitting++;
      }
      try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
        CommissionState state = node.state();
        for (String noteId : acknowledged) {
          NoteRecord note = state.note(noteId).orElseThrow(() ->
              new AssertionError("acknowledged note " + noteId + " is missing after the kill"));
          assertThat(note.note().text()).isEqualTo(NodeCrashAppender.text(noteId));
        }
        // The journal only grows, and holds the demo, the acknowledged notes and at most the few notes
        // that committed just before the kill and were never acknowledged.
        assertThat(node.size()).as("round " + round).isGreaterThanOrEqualTo(Math.max(size, 17 + acknowledged.size()));
        size = node.size();
        assertThat(node.checkpoints()).hasSize(1);
      }
    }
    System.out.println("Node crash safety: " + rounds + " SIGKILLs (" + killedWhileSubmitting + " while submitting), "
        + acknowledged.size() + " acknowledged signed notes, all present (and " + (size - 17 - acknowledged.size())
        + " committed just before a kill, unacknowledged); journal of " + size + " entries verified from scratch"
        + " after every kill");
    assertThat(acknowledged).as("the child acknowledged notes at all").isNotEmpty();
    assertThat(killedWhileSubmitting).isPositive();
  }
}
