package org.groma.app.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.groma.app.commission.CommitmentEvent.AgreementRegistered;
import org.groma.app.commission.CommitmentEvent.Answer;
import org.groma.app.commission.CommitmentEvent.CommitmentRegistered;
import org.groma.app.commission.CommitmentEvent.CommitmentScored;
import org.groma.app.commission.CommitmentEvent.Deadline;
import org.groma.app.commission.CommitmentEvent.ScoreAnswered;
import org.groma.app.commission.CommitmentEvent.Stage;
import org.groma.journal.entry.Party;

/**
 * Times the commitments dashboard ({@link CommitmentDashboard#of}) over a register of C commitments (in 10
 * agreements and 12 themes) scored by both parties over P quarterly periods, every second score acknowledged
 * by the other party: C × P × 2 scores, each an act the rules accepted on top of the demo history.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.groma.app.commission.CommitmentDashboardTiming
 * [C] [P]} (default 1000 and 20). The dashboard is built 10 times to warm up, then timed 21 times; the median
 * and the slowest are printed, with the time the rules took to accept the register's acts.
 */
public final class CommitmentDashboardTiming {

  private CommitmentDashboardTiming() {}

  public static void main(String[] args) {
    int commitments = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int periods = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    long t0 = System.nanoTime();
    CommissionState s = register(commitments, periods);
    double buildMs = (System.nanoTime() - t0) / 1e6;
    CommitmentRegister r = s.commitments();
    for (int i = 0; i < 10; i++) {
      CommitmentDashboard.of(r);
    }
    double[] ms = new double[21];
    int rows = 0;
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      CommitmentDashboard d = CommitmentDashboard.of(r);
      ms[i] = (System.nanoTime() - t) / 1e6;
      rows = d.byAgreement().size() + d.byTheme().size();
    }
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "%d commitments x %d periods: %d scores, %d acts accepted by the rules in %.0f ms%n",
        commitments, periods, r.scores().size(), s.lastSeq() + 1, buildMs);
    System.out.printf(Locale.ROOT, "dashboard (%d rows): median %.1f ms, slowest %.1f ms of %d runs%n", rows,
        ms[ms.length / 2], ms[ms.length - 1], ms.length);
  }

  /** The register, every act decided and folded by the rules as a node would. */
  static CommissionState register(int commitments, int periods) {
    List<Act> acts = new ArrayList<>(DemoCommission.inMemory().acts());
    CommissionState s = CommissionHistory.replay(acts).current();
    Instant time = Instant.parse("2025-01-01T00:00:00Z");
    Random random = new Random(42);
    for (int a = 0; a < 10; a++) {
      s = step(s, DemoCommission.A_CO_CHAIR, time, new AgreementRegistered("AG-" + a, "Statement " + a + " (synthetic)",
          "2024-01-01", List.of("Party A", "Party B"), List.of(), Stage.IMPLEMENTATION, DemoCommission.sha256Hex("" + a)));
    }
    for (int c = 0; c < commitments; c++) {
      s = step(s, DemoCommission.B_CO_CHAIR, time, new CommitmentRegistered("C-" + c, "AG-" + (c % 10),
          "Commitment " + c + " (synthetic).", EnumSet.of(Party.A, Party.B), "theme-" + (c % 12), Deadline.NONE,
          "Joint inspection."));
    }
    for (int p = 0; p < periods; p++) {
      String period = (2025 + p / 4) + "-Q" + (p % 4 + 1);
      for (int c = 0; c < commitments; c++) {
        for (Actor scorer : List.of(DemoCommission.A_CO_CHAIR, DemoCommission.B_CO_CHAIR)) {
          CommissionState before = s;
          s = step(s, scorer, time, new CommitmentScored("C-" + c, period, random.nextInt(4), "Seen."));
          if ((c + p) % 2 == 0) {
            Actor other = scorer == DemoCommission.A_CO_CHAIR ? DemoCommission.B_CO_CHAIR : DemoCommission.A_CO_CHAIR;
            String hash = s.commitments().score("C-" + c, period, scorer.party()).orElseThrow().entryHash();
            s = step(s, other, time, new ScoreAnswered("C-" + c, period, scorer.party(), hash, Answer.ACKNOWLEDGED,
                null));
          }
          assert before != s;
        }
      }
    }
    return s;
  }

  private static CommissionState step(CommissionState s, Actor actor, Instant time, CommissionEvent e) {
    Command c = new Command(actor, time, e);
    long seq = s.lastSeq() + 1;
    return CommissionRules.evolve(s, new Act(seq, time, actor, e, InMemoryCommission.standInHash(seq, c, e)));
  }
}
