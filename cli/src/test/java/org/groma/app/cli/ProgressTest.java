package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final long[] now = {5_000_000_000L};
  private final StringWriter err = new StringWriter();

  private Progress progress(boolean terminal, long total) {
    return new Progress(new PrintWriter(err), () -> now[0], terminal, "compare", "vertices", total);
  }

  private void advanceMillis(long ms) {
    now[0] += ms * 1_000_000L;
  }

  @Test
  void nothing_in_the_first_second_then_count_rate_and_time_left() {
    Progress p = progress(true, 1000);
    LongConsumer c = p.counter();
    advanceMillis(999);
    c.accept(100);
    assertThat(err.toString()).isEmpty();
    advanceMillis(1);
    c.accept(150); // 250 of 1000 after 1 s: 250/s, 3 s left
    assertThat(err.toString()).isEqualTo("\rcompare: 250 of 1000 vertices (25 %), 250/s, about 3 s left");
  }

  @Test
  void redraws_at_most_every_200_ms_padding_over_a_longer_line() {
    Progress p = progress(true, -1);
    LongConsumer c = p.absolute();
    advanceMillis(1000);
    c.accept(12_000);
    String first = "\rcompare: 12000 vertices, 12000/s, 1 s";
    assertThat(err.toString()).isEqualTo(first);
    advanceMillis(199);
    c.accept(13_000);
    assertThat(err.toString()).isEqualTo(first);
    advanceMillis(1);
    c.accept(14_000);
    String second = "\rcompare: 14000 vertices, 11667/s, 1 s";
    assertThat(err.toString()).isEqualTo(first + second);
    p.close();
    assertThat(err.toString()).isEqualTo(first + second + "\r" + " ".repeat(second.length() - 1) + "\r");
    advanceMillis(5000);
    c.accept(20_000);
    assertThat(err.toString()).endsWith("\r");
  }

  @Test
  void a_shorter_line_is_padded_to_cover_the_previous_one() {
    Progress p = progress(true, -1);
    LongConsumer c = p.absolute();
    advanceMillis(1000);
    c.accept(1_000_000);
    advanceMillis(1000);
    c.accept(1_000_002);
    String[] lines = err.toString().split("\r");
    assertThat(lines[1]).isEqualTo("compare: 1000000 vertices, 1000000/s, 1 s");
    assertThat(lines[2]).isEqualTo("compare: 1000002 vertices, 500001/s, 2 s ");
  }

  @Test
  void not_a_terminal_or_quiet_prints_nothing() {
    Progress p = progress(false, 10);
    LongConsumer c = p.counter();
    for (int i = 0; i < 10; i++) {
      advanceMillis(1000);
      c.accept(1);
    }
    p.close();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void work_done_within_the_first_second_leaves_nothing() {
    Progress p = progress(true, 10);
    advanceMillis(500);
    p.counter().accept(10);
    p.close();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void durations_and_a_known_total_of_zero() {
    assertThat(Progress.duration(0.4)).isEqualTo("<1 s");
    assertThat(Progress.duration(59.4)).isEqualTo("59 s");
    assertThat(Progress.duration(125)).isEqualTo("2 min 05 s");
    assertThat(progress(true, 0).render(0, 2_000_000_000L)).isEqualTo("compare: 0 of 0 vertices, 0/s, 2 s");
  }
}
