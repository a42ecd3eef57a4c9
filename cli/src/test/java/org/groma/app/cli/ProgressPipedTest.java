package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs whose standard streams are pipes (as under the test runner) print no progress on standard error. */
class ProgressPipedTest {

  @Test
  void the_test_runner_is_not_a_terminal() {
    assertThat(Progress.terminal()).isFalse();
  }

  @Test
  void transform_of_many_rows_reports_progress_to_no_one(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder();
    int rows = 300_001; // about 11 MB: several chunks, so several reports
    for (int i = 0; i < rows; i++) {
      csv.append(String.format(Locale.ROOT, "%.6f,%.6f%n", 44 + i * 1e-6, 40 + i * 1e-6));
    }
    Path in = Files.writeString(dir.resolve("in.csv"), csv);
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:32638", "--input", in.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().count()).isEqualTo(rows);
  }

  @Test
  void compare_prints_its_result_and_nothing_on_standard_error_with_or_without_quiet() throws Exception {
    for (String quiet : new String[] {"--json", "--quiet"}) {
      Cli r = Cli.run("compare", CompareCommandTest.file("osm_arm_aze.geojson"),
          CompareCommandTest.file("ne_arm_aze.geojson"), "--a-point", "40.1811,44.5136",
          "--accept-ambiguous-orientation", quiet);
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.err()).as(quiet).isEmpty();
      assertThat(r.out()).isNotEmpty();
    }
  }
}
