package org.groma.app.commission;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommitmentEvent.AgreementRegistered;
import org.groma.app.commission.CommitmentEvent.Answer;
import org.groma.app.commission.CommitmentEvent.CommitmentRegistered;
import org.groma.app.commission.CommitmentEvent.CommitmentScored;
import org.groma.app.commission.CommitmentEvent.Deadline;
import org.groma.app.commission.CommitmentEvent.DeadlineKind;
import org.groma.app.commission.CommitmentEvent.ScoreAnswered;
import org.groma.app.commission.CommitmentEvent.Stage;
import org.groma.app.commission.EventCodec.Obj;
import org.groma.journal.entry.Party;

/**
 * The bodies of the commitments register's acts, written and read as {@link EventCodec} does.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class CommitmentCodec {

  private CommitmentCodec() {}

  static BodyWriter write(AgreementRegistered e) {
    return new BodyWriter().put("agreementId", e.agreementId()).put("name", e.name())
        .put("dateSigned", e.dateSigned()).put("signatories", e.signatories()).put("thirdParties", e.thirdParties())
        .put("stage", e.stage().code()).put("textSha256", e.textSha256());
  }

  static AgreementRegistered readAgreementRegistered(Obj o) {
    o.field("agreementId", "name", "dateSigned", "signatories", "thirdParties", "stage", "textSha256");
    return new AgreementRegistered(o.string("agreementId"), o.string("name"), o.string("dateSigned"),
        o.list("signatories", Obj::asString), o.list("thirdParties", Obj::asString),
        ProtocolCodec.code(o, "stage", Stage::ofCode), o.string("textSha256"));
  }

  static BodyWriter write(CommitmentRegistered e) {
    Deadline d = e.deadline();
    return new BodyWriter().put("commitmentId", e.commitmentId()).put("agreementId", e.agreementId())
        .put("quote", e.quote()).put("obligated", e.obligated().stream().map(Party::code).toList())
        .put("theme", e.theme())
        .put("deadline", new BodyWriter().put("kind", d.kind().code()).put("date", d.date()).put("event", d.event())
            .put("days", d.days() == null ? null : (long) d.days()))
        .put("verification", e.verification());
  }

  static CommitmentRegistered readCommitmentRegistered(Obj o) {
    o.field("commitmentId", "agreementId", "quote", "obligated", "theme", "deadline", "verification");
    Obj d = o.obj("deadline").field("kind", "date", "event", "days");
    Long days = d.nullableLong("days");
    if (days != null && (days < Integer.MIN_VALUE || days > Integer.MAX_VALUE)) {
      throw d.error("days", "integer " + days + " is out of range");
    }
    Deadline deadline = new Deadline(ProtocolCodec.code(d, "kind", DeadlineKind::ofCode), d.nullableString("date"),
        d.nullableString("event"), days == null ? null : days.intValue());
    return new CommitmentRegistered(o.string("commitmentId"), o.string("agreementId"), o.string("quote"),
        parties(o, "obligated"), o.string("theme"), deadline, o.string("verification"));
  }

  static BodyWriter write(CommitmentScored e) {
    return new BodyWriter().put("commitmentId", e.commitmentId()).put("period", e.period())
        .put("score", (long) e.score()).put("evidence", e.evidence());
  }

  static CommitmentScored readCommitmentScored(Obj o) {
    return new CommitmentScored(o.field("commitmentId", "period", "score", "evidence").string("commitmentId"),
        o.string("period"), o.intValue("score"), o.string("evidence"));
  }

  static BodyWriter write(ScoreAnswered e) {
    return new BodyWriter().put("commitmentId", e.commitmentId()).put("period", e.period())
        .put("scoredBy", e.scoredBy().code()).put("scoreHash", e.scoreHash()).put("answer", e.answer().code())
        .put("reason", e.reason());
  }

  static ScoreAnswered readScoreAnswered(Obj o) {
    o.field("commitmentId", "period", "scoredBy", "scoreHash", "answer", "reason");
    return new ScoreAnswered(o.string("commitmentId"), o.string("period"), EventCodec.party(o, "scoredBy"),
        o.string("scoreHash"), ProtocolCodec.code(o, "answer", Answer::ofCode), o.nullableString("reason"));
  }

  /** Parties in the order A, B, M, each once (one canonical form). */
  private static Set<Party> parties(Obj o, String field) {
    List<String> codes = o.list(field, Obj::asString);
    Set<Party> out = new LinkedHashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      Party p;
      try {
        p = Actor.partyOfCode(codes.get(i));
      } catch (BadInputException e) {
        throw o.error(field + "[" + i + "]", e.getMessage());
      }
      if (!out.add(p)) {
        throw o.error(field + "[" + i + "]", "party " + p.code() + " is listed twice");
      }
    }
    if (!out.isEmpty() && !List.copyOf(EnumSet.copyOf(out)).equals(List.copyOf(out))) {
      throw o.error(field, "parties must be listed in the order A, B, M (one canonical form)");
    }
    return out;
  }
}
