package org.groma.app.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The dashboard of the register, in one pass over its scores: they come ordered by commitment, period and
   * party, so a commitment's two scores for a period are neighbours.
   */
  public static CommitmentDashboard of(CommitmentRegister register) {
    List<String> agreements = new ArrayList<>(new TreeSet<>(register.agreements().stream()
        .map(a -> a.agreement().agreementId()).toList()));
    TreeSet<String> themeSet = new TreeSet<>();
    for (CommitmentRecord c : register.commitments()) {
      themeSet.add(c.commitment().theme());
    }
    List<String> themes = List.copyOf(themeSet);
    Map<String, Integer> agreementIndex = index(agreements);
    Map<String, Integer> themeIndex = index(themes);
    // per commitment: its agreement's and theme's index
    Map<String, int[]> groups = new HashMap<>();
    int[] perAgreement = new int[agreements.size()];
    int[] perTheme = new int[themes.size()];
    for (CommitmentRecord c : register.commitments()) {
      int a = agreementIndex.get(c.commitment().agreementId());
      int t = themeIndex.get(c.commitment().theme());
      groups.put(c.commitmentId(), new int[] {a, t});
      perAgreement[a]++;
      perTheme[t]++;
    }
    List<Score> scores = register.scores();
    TreeSet<String> periodSet = new TreeSet<>();
    for (Score s : scores) {
      periodSet.add(s.score().period());
    }
    List<String> periods = List.copyOf(periodSet);
    Map<String, Integer> periodIndex = index(periods);
    int[][][] agreementSums = new int[agreements.size()][periods.size()][6];
    int[][][] themeSums = new int[themes.size()][periods.size()][6];
    for (int i = 0; i < scores.size(); i++) {
      Score first = scores.get(i);
      Score second = i + 1 < scores.size() ? scores.get(i + 1) : null;
      boolean pair = second != null && second.score().commitmentId().equals(first.score().commitmentId())
          && second.score().period().equals(first.score().period());
      Score a = first.party() == Party.A ? first : pair && second.party() == Party.A ? second : null;
      Score b = first.party() == Party.B ? first : pair && second.party() == Party.B ? second : null;
      if (pair) {
        i++;
      }
      int[] add = contribution(a, b);
      int[] g = groups.get(first.score().commitmentId());
      int p = periodIndex.get(first.score().period());
      accumulate(agreementSums[g[0]][p], add);
      accumulate(themeSums[g[1]][p], add);
    }
    return new CommitmentDashboard(periods, rows(agreements, perAgreement, periods, agreementSums),
        rows(themes, perTheme, periods, themeSums));
  }

  private static Map<String, Integer> index(List<String> names) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      out.put(names.get(i), i);
    }
    return out;
  }

  /** {scoredA, pointsA, scoredB, pointsB, scoredAgreed, pointsAgreed} of one commitment in one period. */
  private static int[] contribution(Score a, Score b) {
    int[] out = new int[6];
    if (a != null) {
      out[0] = 1;
      out[1] = a.score().score();
    }
    if (b != null) {
      out[2] = 1;
      out[3] = b.score().score();
    }
    Integer agreed = agreed(a, b);
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

  private static void accumulate(int[] sum, int[] add) {
    for (int i = 0; i < 6; i++) {
      sum[i] += add[i];
    }
  }

  private static List<Row> rows(List<String> groups, int[] commitments, List<String> periods, int[][][] sums) {
    List<Row> out = new ArrayList<>(groups.size() * periods.size());
    for (int g = 0; g < groups.size(); g++) {
      for (int p = 0; p < periods.size(); p++) {
        int[] s = sums[g][p];
        Map<View, Cell> cells = new EnumMap<>(View.class);
        cells.put(View.A, new Cell(commitments[g], s[0], s[1]));
        cells.put(View.B, new Cell(commitments[g], s[2], s[3]));
        cells.put(View.AGREED, new Cell(commitments[g], s[4], s[5]));
        out.add(new Row(groups.get(g), periods.get(p), cells));
      }
    }
    return out;
  }
}
