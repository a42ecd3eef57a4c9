package org.groma.app.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionState.DecisionRecord;

/**
 * A replayed journal that answers questions as of any act or date: "what was agreed on 15 May 2024?"
 * (docs/design.md, principle 1).
 *
 * <h2>Algorithm</h2>
 * {@link #replay} folds every act through {@link CommissionRules#evolve}, checking each
 * one, and keeps the state after each act; states share structure, so this costs O(n log n) time and
 * memory. Queries by seq index the list; queries by time binary-search the act times, which the rules keep
 * non-decreasing.
 *
 * <h2>Limitations</h2>
 * "As of a time" means "including every act dated at or before that instant"; acts
 * are dated by their authors' clocks as written in the journal, the only time the record has.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class CommissionHistory {

  private final List<Act> acts;
  private final List<CommissionState> states;

  private CommissionHistory(List<Act> acts, List<CommissionState> states) {
    this.acts = acts;
    this.states = states;
  }

  /**
   * Replays {@code acts} from the start.
   *
   * @throws RuleViolation at the first act the rules refuse (a forged or corrupted history)
   */
  public static CommissionHistory replay(List<Act> acts) {
    List<Act> copy = List.copyOf(acts);
    List<CommissionState> states = new ArrayList<>(copy.size());
    CommissionState s = CommissionState.EMPTY;
    for (Act a : copy) {
      s = CommissionRules.evolve(s, a);
      states.add(s);
    }
    return new CommissionHistory(copy, List.copyOf(states));
  }

  public List<Act> acts() {
    return acts;
  }

  /** The state after the last act. */
  public CommissionState current() {
    return states.isEmpty() ? CommissionState.EMPTY : states.get(states.size() - 1);
  }

  /**
   * The state just after the act with this seq ({@link CommissionState#EMPTY} for a seq before genesis).
   *
   * @throws BadInputException if the journal has no act with this seq yet
   */
  public CommissionState stateAt(long seq) {
    long last = CommissionRules.GENESIS_SEQ + states.size() - 1;
    if (seq > last) {
      throw new BadInputException("seq " + seq + " is beyond the journal's last act ("
          + (states.isEmpty() ? "the journal is empty" : "seq " + last) + ")");
    }
    if (seq < CommissionRules.GENESIS_SEQ) {
      return CommissionState.EMPTY;
    }
    return states.get((int) (seq - CommissionRules.GENESIS_SEQ));
  }

  /** The state after every act dated at or before {@code time}. */
  public CommissionState stateAt(Instant time) {
    int n = countAtOrBefore(time);
    return n == 0 ? CommissionState.EMPTY : states.get(n - 1);
  }

  /** The state at the end of {@code day} in {@code zone}: every act dated before the next day began there. */
  public CommissionState stateAtEndOf(LocalDate day, ZoneId zone) {
    Instant nextDay = day.plusDays(1).atStartOfDay(zone).toInstant();
    return stateAt(nextDay.minusNanos(1));
  }

  /** The decisions in force at {@code time} (both parties' co-chairs had endorsed), by decision id. */
  public List<DecisionRecord> agreedAt(Instant time) {
    return stateAt(time).decisionsInForce();
  }

  /** How many acts are dated at or before {@code time}. */
  private int countAtOrBefore(Instant time) {
    int lo = 0;
    int hi = acts.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (acts.get(mid).time().isAfter(time)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
