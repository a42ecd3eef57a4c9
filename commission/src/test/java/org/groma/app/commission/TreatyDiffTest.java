package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.groma.app.commission.TreatyDiff.Kind;
import org.groma.app.commission.TreatyDiff.Row;
import org.junit.jupiter.api.Test;

class TreatyDiffTest {

  private static String left(List<Row> rows) {
    return rows.stream().map(Row::left).collect(Collectors.joining());
  }

  private static String right(List<Row> rows) {
    return rows.stream().map(Row::right).collect(Collectors.joining());
  }

  @Test
  void a_changed_word_is_one_changed_row_between_the_same_text() {
    List<Row> rows = TreatyDiff.rows("the median line of the main channel", "the thalweg of the main channel");
    assertThat(rows).containsExactly(new Row(Kind.SAME, "the ", "the "), new Row(Kind.CHANGED, "median line",
        "thalweg"), new Row(Kind.SAME, " of the main channel", " of the main channel"));
  }

  @Test
  void words_only_on_one_side_are_removed_or_added_and_cyrillic_words_are_words() {
    assertThat(TreatyDiff.rows("по середине главного русла", "по середине русла")).containsExactly(
        new Row(Kind.SAME, "по середине ", "по середине "), new Row(Kind.REMOVED, "главного ", ""),
        new Row(Kind.SAME, "русла", "русла"));
    assertThat(TreatyDiff.rows("Annex 1.", "Annex 1. ")).containsExactly(new Row(Kind.SAME, "Annex 1.", "Annex 1."),
        new Row(Kind.ADDED, "", " "));
    assertThat(TreatyDiff.rows("same", "same")).containsExactly(new Row(Kind.SAME, "same", "same"));
  }

  @Test
  void the_left_sides_give_the_first_text_and_the_right_sides_the_second_for_random_edits() {
    Random r = new Random(42);
    String[] words = {"border", "граница", "river", ",", " ", "  ", ".", "1", "Annex", "\n"};
    for (int n = 0; n < 500; n++) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < r.nextInt(30); i++) {
        String w = words[r.nextInt(words.length)];
        int choice = r.nextInt(4);
        if (choice != 1) {
          a.append(w);
        }
        if (choice != 2) {
          b.append(choice == 3 ? words[r.nextInt(words.length)] : w);
        }
      }
      List<Row> rows = TreatyDiff.rows(a.toString(), b.toString());
      assertThat(left(rows)).isEqualTo(a.toString());
      assertThat(right(rows)).isEqualTo(b.toString());
      for (int i = 1; i < rows.size(); i++) {
        assertThat(rows.get(i).kind() == Kind.SAME && rows.get(i - 1).kind() == Kind.SAME).isFalse();
      }
      rows.stream().filter(x -> x.kind() == Kind.SAME).forEach(x -> assertThat(x.left()).isEqualTo(x.right()));
    }
  }
}
