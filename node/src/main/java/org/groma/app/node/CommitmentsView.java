package org.groma.app.node;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.commission.CommitmentDashboard;
import org.groma.app.commission.CommitmentDashboard.Cell;
import org.groma.app.commission.CommitmentDashboard.View;
import org.groma.app.commission.CommitmentEvent.AgreementRegistered;
import org.groma.app.commission.CommitmentEvent.CommitmentRegistered;
import org.groma.app.commission.CommitmentEvent.Deadline;
import org.groma.app.commission.CommitmentRegister;
import org.groma.app.commission.CommitmentRegister.CommitmentRecord;
import org.groma.app.commission.CommitmentRegister.Score;
import org.groma.journal.entry.Party;

/**
 * The commitments register as plain data ({@code groma commitments list}, {@code GET /api/commitments}):
 * agreements, commitments with their deadline and the day it falls on when known, and each party's latest
 * score per period with the other party's answer; and the dashboard's roll-ups.
 */
public record CommitmentsView(List<AgreementView> agreements, List<CommitmentView> commitments,
    List<ScoreView> scores) {

  /** An agreement's PA-X metadata. */
  public record AgreementView(String agreementId, String name, String dateSigned, List<String> signatories,
      List<String> thirdParties, String stage, String textSha256, long seq) {}

  /** A commitment; {@code due} is the day its deadline falls on, null while it is not known or there is none. */
  public record CommitmentView(String commitmentId, String agreementId, String quote, List<String> obligated,
      String theme, String deadline, String due, String verification, long seq) {}

  /** A party's latest score and the other party's answer (null while unanswered). */
  public record ScoreView(String commitmentId, String period, String party, int score, String evidence, long seq,
      String entryHash, String answer, String answerReason, Long answerSeq) {}

  /** One row of the dashboard: a group (agreement or theme) in a period, a cell per view. */
  public record RowView(String group, String period, CellView a, CellView b, CellView agreed) {}

  /** Of {@code commitments}, {@code scored} earned {@code points} of {@code maxPoints}: {@code percent}. */
  public record CellView(int commitments, int scored, int points, int maxPoints, BigDecimal percent) {}

  /** The dashboard: periods in order, rows by agreement and by theme. */
  public record DashboardView(List<String> periods, List<RowView> byAgreement, List<RowView> byTheme) {}

  public static CommitmentsView of(CommitmentRegister r) {
    List<AgreementView> agreements = new ArrayList<>();
    for (var a : r.agreements()) {
      AgreementRegistered g = a.agreement();
      agreements.add(new AgreementView(g.agreementId(), g.name(), g.dateSigned(), g.signatories(), g.thirdParties(),
          g.stage().code(), g.textSha256(), a.seq()));
    }
    List<CommitmentView> commitments = new ArrayList<>();
    for (CommitmentRecord c : r.commitments()) {
      CommitmentRegistered x = c.commitment();
      commitments.add(new CommitmentView(x.commitmentId(), x.agreementId(), x.quote(),
          x.obligated().stream().map(Party::code).toList(), x.theme(), deadline(x.deadline()),
          r.dueDate(x).map(Object::toString).orElse(null), x.verification(), c.seq()));
    }
    List<ScoreView> scores = new ArrayList<>();
    for (Score s : r.scores()) {
      scores.add(new ScoreView(s.score().commitmentId(), s.score().period(), s.party().code(), s.score().score(),
          s.score().evidence(), s.seq(), s.entryHash(), s.answer() == null ? null : s.answer().answer().code(),
          s.answer() == null ? null : s.answer().reason(), s.answer() == null ? null : s.answer().seq()));
    }
    return new CommitmentsView(agreements, commitments, scores);
  }

  /** As a reader says it: none; by 2024-12-31; 90 days after agreement AG-1; 30 days after commitment C-1. */
  public static String deadline(Deadline d) {
    return switch (d.kind()) {
      case NONE -> "none";
      case DATE -> "by " + d.date();
      case AFTER_AGREEMENT -> d.days() + " days after agreement " + d.event();
      case AFTER_COMMITMENT -> d.days() + " days after commitment " + d.event() + " is fully implemented";
    };
  }

  public static DashboardView dashboard(CommitmentDashboard d) {
    return new DashboardView(d.periods(), rows(d.byAgreement()), rows(d.byTheme()));
  }

  private static List<RowView> rows(List<CommitmentDashboard.Row> rows) {
    List<RowView> out = new ArrayList<>(rows.size());
    for (CommitmentDashboard.Row r : rows) {
      out.add(new RowView(r.group(), r.period(), cell(r.cells().get(View.A)), cell(r.cells().get(View.B)),
          cell(r.cells().get(View.AGREED))));
    }
    return out;
  }

  private static CellView cell(Cell c) {
    return new CellView(c.commitments(), c.scored(), c.points(), c.maxPoints(), c.percent());
  }
}
