package org.groma.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.groma.app.commission.Act;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.testing.Threads;
import org.groma.journal.entry.EntryCodec;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.sign.SigningKey;
import org.groma.journal.verify.VerificationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads submitting to one node: the node decides and signs under one lock and the store commits in
 * groups, so every accepted note must be in the journal exactly once, at contiguous seqs, and the journal
 * must verify; a note id raced for by many threads is accepted once, and the refusals leave no trace.
 */
class NodeConcurrencyTest {

  static final int THREADS = 16;
  static final int NOTES_PER_THREAD = 50;
  static final int RACES = 20;
  static final int DEMO_SIZE = 17;

  @TempDir Path dir;

  private final KeyRing keys = NodeFixtures.keys(7);

  @Test
  void sixteen_threads_submitting_notes_lose_none_and_duplicate_none() throws Exception {
    Path file = dir.resolve("concurrent.gpkg");
    Map<String, Act> accepted = new ConcurrentHashMap<>();
    MerkleHash root;
    try (CommissionNode node = NodeFixtures.demo(file, keys)) {
      Threads.togetherOrThrow(THREADS, thread -> {
        for (int i = 0; i < NOTES_PER_THREAD; i++) {
          String noteId = "N-" + thread + "-" + i;
          accepted.put(noteId, node.submit(note(thread, noteId), writerKey(thread)));
        }
      });
      assertThat(accepted).hasSize(THREADS * NOTES_PER_THREAD);
      long size = DEMO_SIZE + THREADS * NOTES_PER_THREAD;
      assertThat(node.size()).isEqualTo(size);
      assertThat(accepted.values().stream().mapToLong(Act::seq).sorted().toArray())
          .as("the seqs the submits returned").containsExactly(LongStream.range(DEMO_SIZE, size).toArray());
      // Each note's entry is at the seq its submit returned, and holds that note, once.
      Map<String, Long> inJournal = new HashMap<>();
      node.entries(DEMO_SIZE, size).forEach(stored -> {
        SignedEntry entry = EntryCodec.decode(stored.entry());
        String noteId = EntryMapping.act(entry).event() instanceof Note n ? n.noteId() : null;
        assertThat(inJournal.put(noteId, stored.seq())).as("note " + noteId + " twice").isNull();
      });
      accepted.forEach((noteId, act) -> assertThat(inJournal.get(noteId)).as(noteId).isEqualTo(act.seq()));
      root = node.root();
    }
    VerificationResult r = CommissionNode.verify(file, n -> {});
    assertThat(r.firstError()).isEmpty();
    assertThat(r.entries()).isEqualTo(DEMO_SIZE + THREADS * NOTES_PER_THREAD);
    assertThat(r.root()).isEqualTo(root);
  }

  @Test
  void a_note_id_raced_for_by_sixteen_threads_is_accepted_once_and_the_refusals_change_nothing()
      throws Exception {
    Path file = dir.resolve("race.gpkg");
    List<Act> winners = new ArrayList<>();
    int refusedInAll = 0;
    try (CommissionNode node = NodeFixtures.demo(file, keys)) {
      for (int race = 0; race < RACES; race++) {
        String noteId = "N-race-" + race;
        long sizeBefore = node.size();
        List<Act> won = Collections.synchronizedList(new ArrayList<>());
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        Threads.togetherOrThrow(THREADS, thread -> {
          try {
            won.add(node.submit(note(thread, noteId), writerKey(thread)));
          } catch (CommandRefusedException e) {
            refusals.add(e.getMessage());
          }
        });
        assertThat(won).as(noteId).hasSize(1);
        Act winner = won.get(0);
        assertThat(refusals).hasSize(THREADS - 1).allSatisfy(reason -> assertThat(reason)
            .contains("note id " + noteId + " already exists (seq " + winner.seq() + ")")
            .endsWith("nothing was appended"));
        // One entry more, the winner's, and nothing else: the refused submits signed nothing that was stored.
        assertThat(node.size()).isEqualTo(sizeBefore + 1);
        assertThat(winner.seq()).isEqualTo(sizeBefore);
        assertThat(node.entry(winner.seq()).orElseThrow().hash().hex()).isEqualTo(winner.entryHash());
        assertThat(node.state().note(noteId).orElseThrow().seq()).isEqualTo(winner.seq());
        winners.add(winner);
        refusedInAll += refusals.size();
      }
    }
    VerificationResult r = CommissionNode.verify(file, n -> {});
    assertThat(r.firstError()).isEmpty();
    assertThat(r.entries()).isEqualTo(DEMO_SIZE + RACES);
    try (CommissionNode again = CommissionNode.open(file, CommissionNode.Options.full())) {
      for (Act w : winners) {
        assertThat(again.entry(w.seq()).orElseThrow().hash().hex()).isEqualTo(w.entryHash());
      }
    }
    assertThat(refusedInAll).isEqualTo(RACES * (THREADS - 1));
  }

  /** Thread {@code t} writes as one of four members, so entries by several keys interleave. */
  private Command note(int thread, String noteId) {
    Actor writer = keys.actor(NodeCrashAppender.WRITERS.get(thread % NodeCrashAppender.WRITERS.size()));
    return new Command(writer, NodeCrashAppender.NOTE_TIME, new Note(noteId, "Note " + noteId + " by thread "
        + thread + ".", null));
  }

  private SigningKey writerKey(int thread) {
    return keys.key(NodeCrashAppender.WRITER_KEYS.get(thread % NodeCrashAppender.WRITER_KEYS.size()));
  }

}
