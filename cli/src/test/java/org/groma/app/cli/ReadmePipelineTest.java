package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's delimitation examples (its `./groma boundary extract`, `compare`, `table` and
 * `describe` lines, in order) through the command line in-process, /tmp replaced by a temporary folder:
 * every output feeds the next command without hand edits.
 */
class ReadmePipelineTest {

  static final Path ROOT = Path.of("..");

  @Test
  void the_readme_delimitation_examples_run_as_a_pipeline(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(ROOT.resolve("README.md"))) {
      if (l.matches("\\./groma (boundary extract|compare|table|describe) .*")) {
        lines.add(l);
      }
    }
    assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
    for (String l : lines) {
      String[] words = l.substring("./groma ".length()).replace("/tmp/", dir + "/").split(" ");
      for (int i = 0; i < words.length; i++) {
        if (words[i].startsWith("data/") || words[i].contains("/src/test/resources/")) {
          words[i] = ROOT.resolve(words[i]).toString();
        }
      }
      Cli r = Cli.run(words);
      assertThat(r.exitCode()).as(l + "\n" + r.err()).isZero();
      assertThat(r.out()).as(l).isNotBlank();
    }
    // Then simplify the extract and feed it on: table, describe, compare and import take it as it is.
    Path simplified = dir.resolve("osm-simplified.geojson");
    Path osm = dir.resolve("osm-line.geojson");
    assertThat(Cli.run("simplify", osm.toString(), "--max-deviation-m", "50", "--out", simplified.toString())
        .exitCode()).isZero();
    for (String[] args : List.of(
        new String[] {"table", simplified.toString(), "--no-sk42"},
        new String[] {"describe", simplified.toString()},
        new String[] {"compare", simplified.toString(), osm.toString(), "--a-territory",
            ROOT.resolve("data/osm_caucasus.geojson").toString(), "--a-filter", "A3=ARM", "--json"},
        new String[] {"import", simplified.toString(), "--out", dir.resolve("imported.geojson").toString()})) {
      Cli r = Cli.run(args);
      assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    }
  }
}
