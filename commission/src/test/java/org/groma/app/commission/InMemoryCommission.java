package org.groma.app.commission;

import java.util.ArrayList;
import java.util.List;
import org.groma.app.BadInputException;

/**
 * A commission kept in memory: commands are decided, accepted ones become acts at the next seq and are
 * folded into the state. For tests and the demo script until the journal store carries real entries.
 *
 * <h2>Limitations</h2>
 * {@link #standInHash} is not the journal's entry hash (that is SHA-256 over the
 * entry's RFC 8785 canonical bytes, computed by the journal library); it is SHA-256 over a plain text of
 * seq, time, type, author and the body's JSON, unique enough to stand for an entry in rule tests.
 *
 * <h2>Thread safety</h2>
 * Not thread-safe; one writer.
 */
public final class InMemoryCommission implements DemoCommission.Appender {

  private final List<Act> acts = new ArrayList<>();
  private CommissionState state = CommissionState.EMPTY;

  /** Decides the command; when accepted, appends its act and returns the decision. State unchanged if refused. */
  public Decision submit(Command command) {
    Decision d = CommissionRules.decide(command, state);
    if (d instanceof Decision.Accepted accepted) {
      for (CommissionEvent e : accepted.events()) {
        long seq = state.founded() ? state.lastSeq() + 1 : CommissionRules.GENESIS_SEQ;
        Act act = new Act(seq, command.time(), command.actor(), e, standInHash(seq, command, e));
        state = CommissionRules.evolve(state, act);
        acts.add(act);
      }
    }
    return d;
  }

  /** Appends the command's act, or throws with the refusal. */
  @Override
  public Act append(Command command) {
    Decision d = submit(command);
    if (d instanceof Decision.Refused r) {
      throw new BadInputException("refused: " + r.reason());
    }
    return acts.get(acts.size() - 1);
  }

  public CommissionState state() {
    return state;
  }

  public List<Act> acts() {
    return List.copyOf(acts);
  }

  /** See the class comment: a stand-in for the journal's entry hash. */
  public static String standInHash(long seq, Command command, CommissionEvent event) {
    String body = EventCodec.orderedText(event);
    String text = seq + "\n" + command.time() + "\n" + event.type() + "\n" + command.actor().party().code() + "\n"
        + command.actor().member() + "\n" + command.actor().keyId() + "\n" + body;
    return DemoCommission.sha256Hex(text);
  }
}
