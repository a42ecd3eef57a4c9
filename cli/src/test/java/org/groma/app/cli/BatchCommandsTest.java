package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code --batch} of {@code geo inverse}, {@code direct}, {@code rhumb} and {@code rhumb-direct}: answers
 * against GeographicLib's GeodSolve and RhumbSolve on a few hundred varied problems
 * ({@code src/test/resources/batch/}, commands in its README), the same digits as the one-problem form, and
 * what happens to bad lines.
 */
class BatchCommandsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * 1 nm, plus two ulps of the distance: GeodSolve prints 1e-10 m, but a double near 20 000 km only resolves
   * 3.7 nm, and Java and C++ GeographicLib round differently in the last bits (observed: up to 3 ulps).
   */
  private static double metreBound(double value) {
    return 1e-9 + 2 * Math.ulp(value);
  }

  @Test
  void inverse_agrees_with_GeodSolve_to_a_nanometre_and_two_ulps() throws Exception {
    List<String> problems = lines("inverse.txt");
    List<double[]> reference = numbers("inverse.GeodSolve.txt"); // azi1 azi2 s12
    List<JsonNode> answers = jsonBatch(problems, "geo", "inverse");
    assertThat(answers).hasSize(problems.size());
    for (int i = 0; i < answers.size(); i++) {
      JsonNode a = answers.get(i);
      double[] r = reference.get(i);
      String where = "line " + (i + 1) + ": " + problems.get(i);
      assertThat(Math.abs(a.get("distanceM").asDouble() - r[2])).as(where).isLessThanOrEqualTo(metreBound(r[2]));
      if (r[2] > 1000) {
        assertThat(angleDiff(a.get("azimuth1Deg").asDouble(), r[0])).as(where).isLessThan(1e-9);
        assertThat(angleDiff(a.get("azimuth2Deg").asDouble(), r[1])).as(where).isLessThan(1e-9);
      }
    }
  }

  @Test
  void direct_agrees_with_GeodSolve_to_nanometres() throws Exception {
    List<String> problems = lines("direct.txt");
    List<double[]> reference = numbers("direct.GeodSolve.txt"); // lat2 lon2 azi2
    List<JsonNode> answers = jsonBatch(problems, "geo", "direct");
    assertThat(answers).hasSize(problems.size());
    for (int i = 0; i < answers.size(); i++) {
      JsonNode a = answers.get(i);
      double[] r = reference.get(i);
      String where = "line " + (i + 1) + ": " + problems.get(i);
      double apart = Geodesics.WGS84.inverse(new GeoPoint(a.get("latDeg").asDouble(), a.get("lonDeg").asDouble()),
          new GeoPoint(r[0], r[1])).distanceM();
      // 1 nm plus two ulps of a longitude near 180° (3.2 nm each): the end points as doubles.
      assertThat(apart).as(where).isLessThanOrEqualTo(1e-9 + 2 * 3.2e-9);
      assertThat(angleDiff(a.get("azimuthDeg").asDouble(), r[2])).as(where).isLessThan(1e-9);
    }
  }

  @Test
  void rhumb_and_rhumb_direct_agree_with_RhumbSolve() throws Exception {
    List<String> problems = lines("rhumb.txt");
    List<double[]> reference = numbers("rhumb.RhumbSolve.txt"); // azi12 s12 S12
    List<JsonNode> answers = jsonBatch(problems, "geo", "rhumb");
    assertThat(answers).hasSize(problems.size());
    for (int i = 0; i < answers.size(); i++) {
      JsonNode a = answers.get(i);
      double[] r = reference.get(i);
      String where = "line " + (i + 1) + ": " + problems.get(i);
      // The library's own tests bound rhumb distances to 1 mm against RhumbSolve; here 1 µm holds.
      assertThat(Math.abs(a.get("distanceM").asDouble() - r[1])).as(where).isLessThan(1e-6);
      if (r[1] > 1000) {
        assertThat(angleDiff(a.get("azimuthDeg").asDouble(), r[0])).as(where).isLessThan(1e-9);
      }
    }

    // RhumbSolve answers nan for a line that would pass a pole; Groma refuses those lines.
    List<String> starts = lines("rhumb_direct.txt");
    List<String> ends = lines("rhumb_direct.RhumbSolve.txt");
    Cli r = Cli.runWithInput(String.join("\n", starts) + "\n", "geo", "rhumb-direct", "--batch", "--json",
        "--skip-bad");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    List<Integer> refused = new ArrayList<>();
    Matcher m = Pattern.compile("groma: bad input: line (\\d+): a rhumb line from .* would go past it").matcher(r.err());
    while (m.find()) {
      refused.add(Integer.parseInt(m.group(1)));
    }
    List<Integer> nan = new ArrayList<>();
    for (int i = 0; i < ends.size(); i++) {
      if (ends.get(i).contains("nan")) {
        nan.add(i + 1);
      }
    }
    assertThat(nan).isNotEmpty();
    assertThat(refused).isEqualTo(nan);
    List<String> answered = r.out().lines().toList();
    assertThat(answered).hasSize(starts.size() - nan.size());
    int k = 0;
    for (int i = 0; i < ends.size(); i++) {
      if (nan.contains(i + 1)) {
        continue;
      }
      JsonNode a = JSON.readTree(answered.get(k++));
      double[] e = parse(ends.get(i));
      double apart = Geodesics.WGS84.inverse(new GeoPoint(a.get("latDeg").asDouble(), a.get("lonDeg").asDouble()),
          new GeoPoint(e[0], e[1])).distanceM();
      assertThat(apart).as("line " + (i + 1) + ": " + starts.get(i)).isLessThan(1e-6);
    }
  }

  @Test
  void every_answer_has_the_digits_of_the_one_problem_form() throws Exception {
    record Case(String file, String command) {}
    for (Case c : List.of(new Case("inverse.txt", "inverse"), new Case("direct.txt", "direct"),
        new Case("rhumb.txt", "rhumb"), new Case("rhumb_direct.txt", "rhumb-direct"))) {
      List<String> problems = lines(c.file());
      List<String> usable = new ArrayList<>();
      for (int i = 0; i < problems.size(); i += 7) {
        usable.add(problems.get(i));
      }
      Cli text = Cli.runWithInput(String.join("\n", usable), "geo", c.command(), "--batch", "--skip-bad");
      Cli json = Cli.runWithInput(String.join("\n", usable), "geo", c.command(), "--batch", "--skip-bad", "--json");
      List<String> textLines = text.out().lines().toList();
      List<String> jsonLines = json.out().lines().toList();
      int k = 0;
      for (String problem : usable) {
        String[] args = concat(new String[] {"geo", c.command()}, values(problem));
        Cli one = Cli.run(args);
        if (one.exitCode() != 0) {
          assertThat(text.err()).contains(one.err().replace("groma: bad input: ", "").strip());
          continue;
        }
        // Text: "distance   457854.738164 m" -> the number, as the batch prints it.
        List<String> singleNumbers = one.out().lines().map(l -> l.replaceAll("^.*?\\s{2,}", "")
            .replaceAll("( m|°)$", "")).toList();
        assertThat(String.join(" ", singleNumbers)).as(problem).isEqualTo(textLines.get(k));
        // JSON: the same keys, each number written with the same characters.
        Cli oneJson = Cli.run(concat(args, "--json"));
        assertThat(numberTexts(oneJson.out())).as(problem).isEqualTo(numberTexts(jsonLines.get(k)));
        k++;
      }
      assertThat(k).isEqualTo(textLines.size()).isGreaterThan(25);
    }
  }

  @Test
  void chunks_and_workers_do_not_change_the_answers_or_their_order() throws Exception {
    String input = String.join("\n", lines("inverse.txt")) + "\r\n";
    Cli reference = Cli.runWithInput(input, setup("inverse", 1 << 24, 1), "geo", "inverse", "--batch");
    assertThat(reference.exitCode()).as(reference.err()).isZero();
    assertThat(reference.out().lines()).hasSize(lines("inverse.txt").size());
    for (int chunk : new int[] {16, 45, 300}) {
      Cli r = Cli.runWithInput(input, setup("inverse", chunk, 4), "geo", "inverse", "--batch");
      assertThat(r.out()).as("chunks of " + chunk).isEqualTo(reference.out());
    }
  }

  @Test
  void a_bad_line_stops_the_run_after_the_answers_before_it() {
    String input = "\uFEFF40 44 41 45\n# a comment\n\n40,44,41,45\n40 44 41\n40 44 41 45\n";
    for (int chunk : new int[] {8, 30, 1 << 20}) {
      Cli r = Cli.runWithInput(input, setup("inverse", chunk, 3), "geo", "inverse", "--batch");
      assertThat(r.exitCode()).as("chunks of " + chunk).isEqualTo(ExitCode.BAD_INPUT.code());
      assertThat(r.err()).contains("groma: bad input: line 5: expected 4 values (LAT1 LON1 LAT2 LON2), "
          + "separated by whitespace or by commas, got 3");
      assertThat(r.out().lines()).containsExactly("139698.755393 37.033299902 37.682782314",
          "139698.755393 37.033299902 37.682782314");
    }
    Cli range = Cli.runWithInput("40 44 41 45\n40 44 95 45\n", "geo", "inverse", "--batch", "--json");
    assertThat(range.err()).contains("line 2: LAT2: \"95\": latitude 95 at position 0 is outside [-90°, 90°]");
    assertThat(range.out().lines()).hasSize(1);
  }

  @Test
  void skip_bad_reports_each_bad_line_answers_the_rest_and_exits_3() {
    String input = "40 44 41 45\n40 44 95 45\nforty 44 41 45\n1 2 3 4\n";
    Cli r = Cli.runWithInput(input, setup("inverse", 12, 2), "geo", "inverse", "--batch", "--skip-bad");
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.out().lines()).containsExactly("139698.755393 37.033299902 37.682782314",
        "313705.445469 45.144168807 45.213985609");
    assertThat(r.err()).contains("groma: bad input: line 2: LAT2: \"95\"")
        .contains("groma: bad input: line 3: LAT1: \"forty\"")
        .contains("2 lines were skipped as bad (the first: line 2: LAT2");
    Cli clean = Cli.runWithInput("40 44 41 45\n", "geo", "direct", "--batch", "--skip-bad");
    assertThat(clean.exitCode()).as(clean.err()).isZero();
  }

  @Test
  void batch_takes_no_problem_arguments_and_skip_bad_needs_batch() {
    Cli args = Cli.runWithInput("", "geo", "inverse", "--batch", "40", "44");
    assertThat(args.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(args.err()).contains("--batch reads the problems from standard input");
    Cli skip = Cli.run("geo", "rhumb", "40", "44", "41", "45", "--skip-bad");
    assertThat(skip.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(skip.err()).contains("--skip-bad applies to --batch only");
    Cli one = Cli.run("geo", "direct", "40", "44", "10");
    assertThat(one.err()).contains("Missing required parameter: 'DISTANCE_M'");
    Cli empty = Cli.runWithInput("", "geo", "rhumb-direct", "--batch");
    assertThat(empty.exitCode()).isZero();
    assertThat(empty.out()).isEmpty();
  }

  private static Consumer<CommandLine> setup(String command, int chunkBytes, int threads) {
    return cmd -> {
      CommandLine sub = cmd.getSubcommands().get("geo").getSubcommands().get(command);
      BatchOptions batch = sub.getMixins().values().stream()
          .filter(BatchOptions.class::isInstance).map(BatchOptions.class::cast).findFirst().orElseThrow();
      batch.chunkBytes = chunkBytes;
      batch.threads = threads;
    };
  }

  private static List<JsonNode> jsonBatch(List<String> problems, String... command) throws Exception {
    Cli r = Cli.runWithInput(String.join("\n", problems) + "\n", concat(command, "--batch", "--json"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> answers = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      answers.add(JSON.readTree(line));
    }
    return answers;
  }

  /** The values of a problem line, split as --batch splits them. */
  private static String[] values(String line) {
    return line.contains(",")
        ? java.util.Arrays.stream(line.split(",")).map(String::strip).toArray(String[]::new)
        : line.strip().split("\\s+");
  }

  /** The JSON keys and the exact text of each number, in order. */
  private static List<String> numberTexts(String json) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"(\\w+)\"\\s*:\\s*([-0-9.Ee+]+)").matcher(json);
    while (m.find()) {
      out.add(m.group(1) + "=" + m.group(2));
    }
    return out;
  }

  private static double angleDiff(double a, double b) {
    double d = Math.abs(a - b) % 360;
    return Math.min(d, 360 - d);
  }

  private static List<String> lines(String name) throws Exception {
    return Files.readAllLines(Path.of(BatchCommandsTest.class.getResource("/batch/" + name).toURI()));
  }

  private static List<double[]> numbers(String name) throws Exception {
    return lines(name).stream().map(BatchCommandsTest::parse).toList();
  }

  private static double[] parse(String line) {
    return java.util.Arrays.stream(line.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
