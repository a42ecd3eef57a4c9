package org.groma.app.commission;

import java.util.Optional;
import org.groma.app.commission.CommissionState.Member;
import org.groma.app.commission.CommitmentEvent.AgreementRegistered;
import org.groma.app.commission.CommitmentEvent.CommitmentRegistered;
import org.groma.app.commission.CommitmentEvent.CommitmentScored;
import org.groma.app.commission.CommitmentEvent.Deadline;
import org.groma.app.commission.CommitmentEvent.ScoreAnswered;
import org.groma.app.commission.CommitmentRegister.AgreementRecord;
import org.groma.app.commission.CommitmentRegister.CommitmentRecord;
import org.groma.app.commission.CommitmentRegister.Score;
import org.groma.app.commission.CommitmentRegister.ScoreAnswer;

/**
 * The rules of the commitments register, called from {@link CommissionRules}: a commitment belongs to a
 * registered agreement and its deadline counts from a registered event; a party scores only for itself and
 * answers only the other party's score, quoting its entry hash, so that neither can write the other's score or
 * position (docs/commitments.md).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class CommitmentRules {

  private CommitmentRules() {}

  static String refusal(Actor actor, Member author, CommitmentEvent event, CommissionState s) {
    CommitmentRegister r = s.commitments();
    return switch (event) {
      case AgreementRegistered e -> {
        String what = "register agreement " + e.agreementId();
        String refusal = role(actor, author, e, what);
        yield refusal != null ? refusal : r.agreement(e.agreementId()).map(a -> actor.describe() + " may not " + what
            + ": agreement id " + e.agreementId() + " already exists (seq " + a.seq() + ")").orElse(null);
      }
      case CommitmentRegistered e -> commitment(actor, author, e, r);
      case CommitmentScored e -> scored(actor, author, e, r);
      case ScoreAnswered e -> answered(actor, author, e, r);
    };
  }

  private static String role(Actor actor, Member author, CommitmentEvent e, String what) {
    return CommissionRules.roleRefusal(actor, author, EntryTypes.authorRoles(e.getClass()), what);
  }

  private static String commitment(Actor actor, Member author, CommitmentRegistered e, CommitmentRegister r) {
    String what = "register commitment " + e.commitmentId();
    String refusal = role(actor, author, e, what);
    if (refusal != null) {
      return refusal;
    }
    String no = actor.describe() + " may not " + what + ": ";
    Optional<CommitmentRecord> existing = r.commitment(e.commitmentId());
    if (existing.isPresent()) {
      return no + "commitment id " + e.commitmentId() + " already exists (seq " + existing.get().seq() + ")";
    }
    if (r.agreement(e.agreementId()).isEmpty()) {
      return no + "unknown agreement " + e.agreementId();
    }
    Deadline d = e.deadline();
    return switch (d.kind()) {
      case NONE, DATE -> null;
      case AFTER_AGREEMENT -> r.agreement(d.event()).isPresent() ? null
          : no + "its deadline counts from unknown agreement " + d.event();
      case AFTER_COMMITMENT -> r.commitment(d.event()).isPresent() ? null
          : no + "its deadline counts from unknown commitment " + d.event();
    };
  }

  private static String scored(Actor actor, Member author, CommitmentScored e, CommitmentRegister r) {
    String what = "score commitment " + e.commitmentId() + " for " + e.period();
    String refusal = role(actor, author, e, what);
    if (refusal != null) {
      return refusal;
    }
    if (!actor.party().isParty()) {
      return actor.describe() + " may not " + what + ": each party scores the implementation for itself; the"
          + " mediator does not score";
    }
    return r.commitment(e.commitmentId()).isPresent() ? null
        : actor.describe() + " may not " + what + ": unknown commitment " + e.commitmentId();
  }

  private static String answered(Actor actor, Member author, ScoreAnswered e, CommitmentRegister r) {
    String what = e.answer().code().replace("acknowledged", "acknowledge").replace("disputed", "dispute")
        + " party " + e.scoredBy().code() + "'s score of " + e.commitmentId() + " for " + e.period();
    String refusal = role(actor, author, e, what);
    if (refusal != null) {
      return refusal;
    }
    String no = actor.describe() + " may not " + what + ": ";
    if (!actor.party().isParty()) {
      return no + "only the other party answers a party's score";
    }
    if (actor.party() == e.scoredBy()) {
      return no + "a party answers the other party's score, never its own";
    }
    Optional<Score> score = r.score(e.commitmentId(), e.period(), e.scoredBy());
    if (score.isEmpty()) {
      return no + "party " + e.scoredBy().code() + " has not scored " + e.commitmentId() + " for " + e.period();
    }
    if (!score.get().entryHash().equals(e.scoreHash())) {
      return no + "it quotes score hash " + e.scoreHash() + " but party " + e.scoredBy().code()
          + "'s latest score (seq " + score.get().seq() + ") has entry hash " + score.get().entryHash();
    }
    ScoreAnswer already = score.get().answer();
    return already == null ? null : no + "party " + actor.party().code() + " already answered it ("
        + already.answer().code() + ", seq " + already.seq() + ")";
  }

  static CommitmentRegister apply(CommitmentRegister r, Act act, CommitmentEvent event) {
    return switch (event) {
      case AgreementRegistered e -> r.with(new AgreementRecord(e, act.author(), act.seq(), act.time(),
          act.entryHash()));
      case CommitmentRegistered e -> r.with(new CommitmentRecord(e, act.author(), act.seq(), act.time(),
          act.entryHash()));
      // A new score replaces the party's earlier one for the period and starts unanswered (the journal keeps both).
      case CommitmentScored e -> r.with(new Score(act.author().party(), e, act.author().member(), act.seq(),
          act.time(), act.entryHash(), null));
      case ScoreAnswered e -> {
        Score s = r.score(e.commitmentId(), e.period(), e.scoredBy()).orElseThrow();
        yield r.with(new Score(s.party(), s.score(), s.member(), s.seq(), s.time(), s.entryHash(),
            new ScoreAnswer(e.answer(), e.reason(), act.author().member(), act.seq(), act.time())));
      }
    };
  }
}
