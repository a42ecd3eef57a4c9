package org.groma.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.Actor;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommitmentDashboard;
import org.groma.app.commission.CommitmentEvent.Answer;
import org.groma.app.commission.CommitmentEvent.CommitmentScored;
import org.groma.app.commission.CommitmentEvent.ScoreAnswered;
import org.groma.app.commission.CommitmentRegister.Score;
import org.groma.app.node.CommitmentsView;
import org.groma.journal.entry.Party;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@picocli.CommandLine.Command(
    name = "commitments",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"The commitments register: agreements, their commitments, each party's scores on the Peace",
        "Accords Matrix scale (0 not initiated, 1 minimal, 2 intermediate, 3 full) and the other party's answers",
        "(docs/commitments.md)."},
    subcommands = {CommitmentsCommand.ListCmd.class, CommitmentsCommand.Dashboard.class,
        CommitmentsCommand.ScoreCmd.class, CommitmentsCommand.AnswerCmd.class})
final class CommitmentsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @picocli.CommandLine.Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists agreements, commitments with their deadlines, and each party's latest scores.")
  static final class ListCmd extends StateReport {
    @Override
    void report(PrintWriter out, CommissionState s, Instant statusTime) {
      CommitmentsView v = CommitmentsView.of(s.commitments());
      if (json) {
        Output.json(out, v);
        return;
      }
      for (CommitmentsView.AgreementView a : v.agreements()) {
        out.printf("agreement %s: %s, signed %s by %s (%s)%n", a.agreementId(), a.name(), a.dateSigned(),
            String.join(", ", a.signatories()), a.stage());
      }
      for (CommitmentsView.CommitmentView c : v.commitments()) {
        out.printf("%s (%s, %s) obliges %s; deadline %s%s%n  \"%s\"%n", c.commitmentId(), c.agreementId(),
            c.theme(), String.join(", ", c.obligated()), c.deadline(), c.due() == null ? "" : ", due " + c.due(),
            c.quote());
        for (CommitmentsView.ScoreView sc : v.scores()) {
          if (sc.commitmentId().equals(c.commitmentId())) {
            out.printf("  %s party %s: %d%s%n", sc.period(), sc.party(), sc.score(),
                sc.answer() == null ? ", unanswered" : ", " + sc.answer() + " by the other party");
          }
        }
      }
    }
  }

  @picocli.CommandLine.Command(name = "dashboard", mixinStandardHelpOptions = true,
      description = {"Roll-ups per agreement and per theme and period: each party's points and the agreed points,",
          "as a percentage of the most the scored commitments could have (one decimal, half to even)."})
  static final class Dashboard extends StateReport {
    @Override
    void report(PrintWriter out, CommissionState s, Instant statusTime) {
      CommitmentsView.DashboardView d = CommitmentsView.dashboard(CommitmentDashboard.of(s.commitments()));
      if (json) {
        Output.json(out, d);
        return;
      }
      print(out, "agreement", d.byAgreement());
      print(out, "theme", d.byTheme());
    }

    private static void print(PrintWriter out, String what, List<CommitmentsView.RowView> rows) {
      out.printf("%-12s %-10s %-24s %-24s %-24s%n", what, "period", "party A", "party B", "agreed");
      for (CommitmentsView.RowView r : rows) {
        out.printf("%-12s %-10s %-24s %-24s %-24s%n", r.group(), r.period(), cell(r.a()), cell(r.b()),
            cell(r.agreed()));
      }
    }

    /** {@code 3/6 = 50.0 % (2 of 3)}, or {@code — (0 of 3)}. */
    static String cell(CommitmentsView.CellView c) {
      BigDecimal p = c.percent();
      return (p == null ? "—" : c.points() + "/" + c.maxPoints() + " = " + p.toPlainString() + " %") + " ("
          + c.scored() + " of " + c.commitments() + ")";
    }
  }

  @picocli.CommandLine.Command(name = "score", mixinStandardHelpOptions = true,
      description = {"Scores a commitment for a reporting period for the signer's party (commitment-scored).",
          "A later score of the same party and period replaces it (the other party then answers anew)."})
  static final class ScoreCmd extends SignedAct {
    @Option(names = "--commitment", required = true, paramLabel = "ID", description = "The commitment's id.")
    String commitment;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
        description = "The reporting period: YYYY, YYYY-H1, YYYY-Q1 to Q4 or YYYY-MM.")
    String period;

    @Option(names = "--score", required = true, paramLabel = "0-3",
        description = "0 not initiated, 1 minimal, 2 intermediate, 3 full (Peace Accords Matrix).")
    int score;

    @Option(names = "--evidence", required = true, paramLabel = "TEXT", description = "What the score rests on.")
    String evidence;

    private CommitmentScored scored;

    /** A score outside 0–3 or a bad period is refused before any key is unlocked. */
    @Override
    public void run() {
      scored = new CommitmentScored(commitment, period, score, evidence);
      super.run();
    }

    @Override
    CommissionEvent event(CommissionState state, Actor signer, PrintWriter err) {
      return scored;
    }
  }

  @picocli.CommandLine.Command(name = "answer", mixinStandardHelpOptions = true,
      description = {"Acknowledges or disputes the other party's latest score of a commitment for a period",
          "(score-answered), quoting that score's entry hash (printed on standard error)."})
  static final class AnswerCmd extends SignedAct {
    @Option(names = "--commitment", required = true, paramLabel = "ID", description = "The commitment's id.")
    String commitment;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "The reporting period.")
    String period;

    @Option(names = "--answer", required = true, paramLabel = "acknowledged|disputed",
        description = "acknowledged or disputed.")
    String answer;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required for a dispute).")
    String reason;

    @Override
    CommissionEvent event(CommissionState s, Actor signer, PrintWriter err) {
      Answer a = Answer.ofCode(answer);
      if (!signer.party().isParty()) {
        throw new BadInputException("only party A or B answers a score; " + signer.describe()
            + " is the mediator's");
      }
      Party other = signer.party() == Party.A ? Party.B : Party.A;
      Score score = s.commitments().score(commitment, period, other).orElseThrow(() -> new BadInputException(
          "party " + other.code() + " has not scored " + commitment + " for " + period));
      err.printf("party %s's score %d (entry %d): entry hash %s%n", other.code(), score.score().score(), score.seq(),
          score.entryHash());
      return new ScoreAnswered(commitment, period, other, score.entryHash(), a, reason);
    }
  }
}
