package org.groma.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.BadInputException;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  private static List<CsvRecords.Row> rows(String text) {
    List<CsvRecords.Row> out = new ArrayList<>();
    CsvRecords.of(new StringReader(text), ',', "f.csv").forEach(out::add);
    return out;
  }

  @Test
  void rows_keep_their_line_numbers_across_blank_lines_comments_and_a_byte_order_mark() {
    List<CsvRecords.Row> r = rows("\uFEFFa,b\r\n\n  \n# note, \"quoted\n  # indented note\n1,\"x, y\"\n2,\"say \"\"hi\"\"\"");
    assertThat(r).extracting(CsvRecords.Row::line).containsExactly(1, 6, 7);
    assertThat(r.get(0).cells()).containsExactly("a", "b");
    assertThat(r.get(1).cells()).containsExactly("1", "x, y");
    assertThat(r.get(2).cells()).containsExactly("2", "say \"hi\"");
  }

  @Test
  void cells_keep_their_spaces_and_text_after_a_closing_quote_joins_the_cell() {
    assertThat(rows(" a , \"b\"c,\n\"b\"c,d").stream().map(CsvRecords.Row::cells))
        .containsExactly(List.of(" a ", " \"b\"c", ""), List.of("bc", "d"));
  }

  @Test
  void a_quoted_cell_cannot_span_lines_or_run_to_the_end() {
    assertThatThrownBy(() -> rows("a,b\n1,\"open\n2,3\n"))
        .isInstanceOf(BadInputException.class).hasMessage("f.csv: line 2: a quoted cell is not closed on its line");
    assertThatThrownBy(() -> rows("a,b\n\n1,\"open"))
        .isInstanceOf(BadInputException.class).hasMessage("f.csv: line 3: a quoted cell is not closed on its line");
  }
}
