package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.List;

/** The demo history (see {@link DemoCommission}) and helpers to run commands against states of it. */
final class Fixture {

  /** Demo acts: 0 genesis ... 11 draft D-1, 12 A endorses, 13 sitting closed, 14 B endorses, 15 rotation, 16 revocation. */
  static final List<Act> DEMO_ACTS = DemoCommission.inMemory().acts();
  static final CommissionHistory DEMO = CommissionHistory.replay(DEMO_ACTS);

  /** The demo acts followed by {@link PeaceProcessScript}'s. */
  static final List<Act> PEACE_ACTS = PeaceProcessScript.inMemory().acts();

  static final long SEQ_DRAFT = 11;
  static final long SEQ_A_ENDORSES = 12;
  static final long SEQ_SITTING_CLOSED = 13;
  static final long SEQ_B_ENDORSES = 14;
  static final long SEQ_ROTATION = 15;
  static final long SEQ_REVOCATION = 16;

  private Fixture() {}

  /** Sitting-1 open, D-1 drafted (hash {@link #draftHash()}), no endorsement yet. */
  static CommissionState atDraft() {
    return DEMO.stateAt(SEQ_DRAFT);
  }

  /** Everything: sitting closed, D-1 in force, b-expert-1 rotated, a-expert-1 revoked. */
  static CommissionState atEnd() {
    return DEMO.current();
  }

  static String draftHash() {
    return DEMO_ACTS.get((int) SEQ_DRAFT).entryHash();
  }

  /** The geometry hash of B-S1, the line D-1 adopts. */
  static String geometryHash() {
    return atDraft().proposal("B-S1").orElseThrow().proposal().geometryHash();
  }

  static Instant t(String iso) {
    return Instant.parse(iso);
  }

  /** A time after every demo act. */
  static final Instant LATER = Instant.parse("2024-07-01T09:00:00Z");

  static Command cmd(Actor actor, CommissionEvent event) {
    return new Command(actor, LATER, event);
  }

  static String refusal(Command c, CommissionState s) {
    Decision d = CommissionRules.decide(c, s);
    if (!(d instanceof Decision.Refused r)) {
      return fail("expected a refusal of " + c.event().type() + " by " + c.actor().describe() + ", but accepted");
    }
    return r.reason();
  }

  static CommissionState accept(Command c, CommissionState s) {
    Decision d = CommissionRules.decide(c, s);
    assertThat(d).as("decision on %s", c.event()).isInstanceOf(Decision.Accepted.class);
    return CommissionRules.evolve(s, act(c, s));
  }

  /** The act a command becomes at the next seq of {@code s}. */
  static Act act(Command c, CommissionState s) {
    long seq = s.lastSeq() + 1;
    return new Act(seq, c.time(), c.actor(), c.event(), InMemoryCommission.standInHash(seq, c, c.event()));
  }

  static String hex(String seed) {
    return DemoCommission.sha256Hex(seed);
  }
}
