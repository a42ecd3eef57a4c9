package org.groma.app.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.groma.app.commission.CommitmentEvent.Answer;
import org.groma.app.commission.CommitmentRegister.CommitmentRecord;
import org.groma.app.commission.CommitmentRegister.Score;
import org.groma.journal.entry.Party;

/**
 * Roll-ups of the commitments register per agreement and per theme, per reporting period: for each party the
 * commitments it scored and their points, and the <em>agreed</em> points (a score the other party acknowledged,
 * or the same score given by both). A percentage is points over the most the scored commitments could have
 * (3 each), never over commitments nobody scored, which are counted apart; it is given to one decimal,
 * rounded half to even, beside the exact points and maximum it comes from.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class CommitmentDashboard {

  /** Whose view a cell gives. */
  public enum View { A, B, AGREED }

  /**
   * One cell: of {@code commitments} in the group, {@code scored} have a score in this view and earned
   * {@code points} out of {@code 3 × scored}.
   */
  public record Cell(int commitments, int scored, int points) {
    public int maxPoints() {
      return CommitmentEvent.MAX_SCORE * scored;
    }

    /** Points over the most possible, in percent to one decimal (half to even); null when nothing is scored. */
    public BigDecimal percent() {
      return scored == 0 ? null : BigDecimal.valueOf(points * 100L).divide(BigDecimal.valueOf(maxPoints()), 1,
          RoundingMode.HALF_EVEN);
    }
  }

  /** A group (an agreement or a theme) in one period, with a cell per view. */
  public record Row(String group, String period, Map<View, Cell> cells) {}

  private final List<String> periods;
  private final List<Row> byAgreement;
  private final List<Row> byTheme;

  private CommitmentDashboard(List<String> periods, List<Row> byAgreement, List<Row> byTheme) {
    this.periods = periods;
    this.byAgreement = byAgreement;
    this.byTheme = byTheme;
  }

  /** The periods any score names, in order (use one kind of period: quarters, halves, months or years). */
  public List<String> periods() {
    return periods;
  }

  /** Rows by agreement id, then period. */
  public List<Row> byAgreement() {
    return byAgreement;
  }

  /** Rows by theme, then period. */
  public List<Row> byTheme() {
    return byTheme;
  }

  /** The dashboard of the register, in one pass over its scores. */
  public static CommitmentDashboard of(CommitmentRegister register) {
    Map<String, CommitmentRecord> commitments = new HashMap<>();
    Map<String, Integer> perAgreement = new TreeMap<>();
    Map<String, Integer> perTheme = new TreeMap<>();
    for (CommitmentRecord c : register.commitments()) {
      commitments.put(c.commitmentId(), c);
      perAgreement.merge(c.commitment().agreementId(), 1, Integer::sum);
      perTheme.merge(c.commitment().theme(), 1, Integer::sum);
    }
    // per commitment and period, each party's latest score
    Map<String, Map<String, Score[]>> scores = new HashMap<>();
    TreeSet<String> periods = new TreeSet<>();
    for (Score s : register.scores()) {
      periods.add(s.score().period());
      scores.computeIfAbsent(s.score().commitmentId(), k -> new HashMap<>())
          .computeIfAbsent(s.score().period(), k -> new Score[2])[s.party() == Party.A ? 0 : 1] = s;
    }
    Map<String, int[]> agreementSums = new HashMap<>();
    Map<String, int[]> themeSums = new HashMap<>();
    for (Map.Entry<String, Map<String, Score[]>> c : scores.entrySet()) {
      CommitmentRecord record = commitments.get(c.getKey());
      for (Map.Entry<String, Score[]> p : c.getValue().entrySet()) {
        int[] add = contribution(p.getValue());
        accumulate(agreementSums, record.commitment().agreementId() + '\u0000' + p.getKey(), add);
        accumulate(themeSums, record.commitment().theme() + '\u0000' + p.getKey(), add);
      }
    }
    List<String> periodList = List.copyOf(periods);
    return new CommitmentDashboard(periodList, rows(perAgreement, periodList, agreementSums),
        rows(perTheme, periodList, themeSums));
  }

  /** {scoredA, pointsA, scoredB, pointsB, scoredAgreed, pointsAgreed} of one commitment in one period. */
  private static int[] contribution(Score[] byParty) {
    int[] out = new int[6];
    for (int i = 0; i < 2; i++) {
      if (byParty[i] != null) {
        out[2 * i] = 1;
        out[2 * i + 1] = byParty[i].score().score();
      }
    }
    Integer agreed = agreed(byParty[0], byParty[1]);
    if (agreed != null) {
      out[4] = 1;
      out[5] = agreed;
    }
    return out;
  }

  /** The score both parties stand behind, or null: one acknowledged by the other, or the same score from both. */
  static Integer agreed(Score a, Score b) {
    Integer fromA = acknowledged(a);
    Integer fromB = acknowledged(b);
    if (a != null && b != null && a.score().score() == b.score().score()) {
      return a.score().score();
    }
    if (fromA != null && fromB != null) {
      return null; // both acknowledged, yet they differ: no one score is agreed
    }
    return fromA != null ? fromA : fromB;
  }

  private static Integer acknowledged(Score s) {
    return s != null && s.answer() != null && s.answer().answer() == Answer.ACKNOWLEDGED ? s.score().score() : null;
  }

  private static void accumulate(Map<String, int[]> sums, String key, int[] add) {
    int[] sum = sums.computeIfAbsent(key, k -> new int[6]);
    for (int i = 0; i < 6; i++) {
      sum[i] += add[i];
    }
  }

  private static List<Row> rows(Map<String, Integer> groups, List<String> periods, Map<String, int[]> sums) {
    List<Row> out = new ArrayList<>(groups.size() * periods.size());
    for (Map.Entry<String, Integer> g : groups.entrySet()) {
      for (String period : periods) {
        int[] s = sums.getOrDefault(g.getKey() + '\u0000' + period, new int[6]);
        Map<View, Cell> cells = new EnumMap<>(View.class);
        cells.put(View.A, new Cell(g.getValue(), s[0], s[1]));
        cells.put(View.B, new Cell(g.getValue(), s[2], s[3]));
        cells.put(View.AGREED, new Cell(g.getValue(), s[4], s[5]));
        out.add(new Row(g.getKey(), period, cells));
      }
    }
    return out;
  }
}
