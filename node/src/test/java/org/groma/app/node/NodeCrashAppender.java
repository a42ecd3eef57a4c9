package org.groma.app.node;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.DemoCommission;

/**
 * The child process of {@link NodeCrashTest}: opens (and so verifies) the node store given as the first
 * argument and submits signed notes from several threads, one member each, printing {@code ACK <noteId>}
 * once {@link CommissionNode#submit} has returned, until it is killed. Note ids carry the round (second
 * argument), so no two rounds write the same id.
 */
public final class NodeCrashAppender {

  /** The members who write, one per thread, with the labels of their keys. */
  static final List<Actor> WRITERS = List.of(DemoCommission.MEDIATOR, DemoCommission.A_CO_CHAIR,
      DemoCommission.B_CO_CHAIR, DemoCommission.B_EXPERT_ROTATED);
  static final List<String> WRITER_KEYS = List.of("med-1", "a-chair-1", "b-chair-1", "b-expert-2");
  /** Every note has the same time, after the demo: acts may share a time, never go back in it. */
  static final Instant NOTE_TIME = Instant.parse("2024-07-01T00:00:00Z");

  private NodeCrashAppender() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int round = Integer.parseInt(args[1]);
    KeyRing keys = NodeFixtures.keys(NodeCrashTest.KEY_SEED);
    CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full());
    System.out.println("READY " + node.size());
    System.out.flush();
    for (int t = 0; t < WRITERS.size(); t++) {
      Actor actor = keys.actor(WRITERS.get(t));
      var key = keys.key(WRITER_KEYS.get(t));
      int thread = t;
      Thread.ofPlatform().start(() -> {
        for (int i = 0; ; i++) {
          String noteId = noteId(round, thread, i);
          node.submit(new Command(actor, NOTE_TIME, new Note(noteId, text(noteId), null)), key);
          synchronized (System.out) {
            System.out.println("ACK " + noteId);
            System.out.flush();
          }
        }
      });
    }
    Thread.sleep(Long.MAX_VALUE);
  }

  static String noteId(int round, int thread, int i) {
    return "N-" + round + "-" + thread + "-" + i;
  }

  /** What note {@code noteId} says, so the parent can check the text as well as the id. */
  static String text(String noteId) {
    return "Crash-test note " + noteId + ".";
  }
}
