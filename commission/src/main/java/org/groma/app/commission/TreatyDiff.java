package org.groma.app.commission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A side-by-side comparison of two wordings (docs/treaty.md, "Diff"): the texts are cut into words, runs of
 * white space and single other characters, the longest common subsequence of those tokens is kept, and the
 * result is a list of rows, each the same on both sides, changed, only on the left or only on the right (white
 * space alone between two changes joins them into one).
 * Joining the left sides gives the first text back exactly, the right sides the second.
 *
 * <h2>Algorithm</h2>
 * Dynamic programming over the token sequences after trimming their common prefix and suffix: O(n·m) time
 * and memory in the differing middle (a treaty paragraph is a few hundred tokens).
 */
public final class TreatyDiff {

  private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}\\p{M}]+|.", Pattern.DOTALL);

  /** Same on both sides, changed, only in the first text (removed), only in the second (added). */
  public enum Kind { SAME, CHANGED, REMOVED, ADDED }

  /** One row of the comparison; the side a row does not have is the empty string. */
  public record Row(Kind kind, String left, String right) {}

  private TreatyDiff() {}

  /** The rows comparing {@code left} with {@code right}. */
  public static List<Row> rows(String left, String right) {
    List<String> a = tokens(left);
    List<String> b = tokens(right);
    int pre = 0;
    while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
      pre++;
    }
    int suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre
        && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
      suf++;
    }
    List<String> ma = a.subList(pre, a.size() - suf);
    List<String> mb = b.subList(pre, b.size() - suf);
    int n = ma.size();
    int m = mb.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = ma.get(i).equals(mb.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    Rows rows = new Rows();
    rows.same(String.join("", a.subList(0, pre)));
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && ma.get(i).equals(mb.get(j))) {
        rows.same(ma.get(i));
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        rows.added(mb.get(j++));
      } else {
        rows.removed(ma.get(i++));
      }
    }
    rows.same(String.join("", a.subList(a.size() - suf, a.size())));
    return rows.done();
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Gathers tokens into rows: a run of equal tokens, or a run of changes between two equal runs. */
  private static final class Rows {
    private final List<Row> out = new ArrayList<>();
    private final StringBuilder same = new StringBuilder();
    private final StringBuilder left = new StringBuilder();
    private final StringBuilder right = new StringBuilder();

    void same(String token) {
      if (token.isEmpty()) {
        return;
      }
      flushChange();
      same.append(token);
    }

    void added(String token) {
      flushSame();
      right.append(token);
    }

    void removed(String token) {
      flushSame();
      left.append(token);
    }

    private void flushSame() {
      if (!same.isEmpty()) {
        out.add(new Row(Kind.SAME, same.toString(), same.toString()));
        same.setLength(0);
      }
    }

    private void flushChange() {
      if (left.isEmpty() && right.isEmpty()) {
        return;
      }
      Kind k = left.isEmpty() ? Kind.ADDED : right.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
      out.add(new Row(k, left.toString(), right.toString()));
      left.setLength(0);
      right.setLength(0);
    }

    /**
     * The rows, with a run of white space alone between two changes folded into one change: "median line"
     * against "thalweg" reads as one replacement, not as a word changed, a space kept and a word removed.
     */
    List<Row> done() {
      flushSame();
      flushChange();
      List<Row> rows = new ArrayList<>(out);
      for (int i = 1; i + 1 < rows.size(); i++) {
        Row gap = rows.get(i);
        if (gap.kind() == Kind.SAME && gap.left().isBlank() && rows.get(i - 1).kind() != Kind.SAME
            && rows.get(i + 1).kind() != Kind.SAME) {
          String l = rows.get(i - 1).left() + gap.left() + rows.get(i + 1).left();
          String r = rows.get(i - 1).right() + gap.right() + rows.get(i + 1).right();
          rows.set(i - 1, new Row(l.isBlank() ? Kind.ADDED : r.isBlank() ? Kind.REMOVED : Kind.CHANGED, l, r));
          rows.remove(i + 1);
          rows.remove(i);
          i--;
        }
      }
      return List.copyOf(rows);
    }
  }
}
