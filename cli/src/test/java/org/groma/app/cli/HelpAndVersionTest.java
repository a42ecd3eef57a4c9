package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpAndVersionTest {

  @Test
  void every_command_has_complete_help() {
    List<String[]> paths = new ArrayList<>();
    collect(Main.commandLine(), new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThan(3);
    for (String[] path : paths) {
      String[] args = new String[path.length + 1];
      System.arraycopy(path, 0, args, 0, path.length);
      args[path.length] = "--help";
      Cli r = Cli.run(args);
      String name = String.join(" ", path);
      assertThat(r.exitCode()).as(name).isZero();
      assertThat(r.out()).as(name).startsWith("Usage: groma").contains("--help");
      CommandLine.Model.CommandSpec spec = Main.commandLine().getCommandSpec();
      for (String p : path) {
        spec = spec.subcommands().get(p).getCommandSpec();
      }
      assertThat(spec.usageMessage().description()).as(name + " description").isNotEmpty();
      spec.positionalParameters().forEach(p ->
          assertThat(p.description()).as(name + " " + p.paramLabel()).isNotEmpty());
      spec.options().forEach(o -> assertThat(o.description()).as(name + " " + o.longestName()).isNotEmpty());
    }
  }

  @Test
  void top_level_help_documents_the_exit_codes() {
    Cli r = Cli.run("--help");
    assertThat(r.out()).contains("Exit codes:")
        .contains("0  success")
        .contains("1  a check failed")
        .contains("2  bad usage")
        .contains("3  bad input data")
        .contains("4  I/O or store error");
  }

  @Test
  void exit_codes_are_distinct() {
    assertThat(java.util.Arrays.stream(ExitCode.values()).map(ExitCode::code).distinct().count())
        .isEqualTo(ExitCode.values().length);
  }

  @Test
  void version_names_groma_and_the_java_runtime() {
    Cli r = Cli.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).matches("(?s)groma \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*Java .*");
  }

  @Test
  void selfcheck_runs_the_geodesy_checks_and_passes() {
    Cli r = Cli.run("selfcheck");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("Geodesy self-check").contains("checks passed.");
  }

  private static void collect(CommandLine cmd, List<String> prefix, List<String[]> out) {
    for (var e : cmd.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      List<String> path = new ArrayList<>(prefix);
      path.add(e.getKey());
      out.add(path.toArray(String[]::new));
      collect(e.getValue(), path, out);
    }
  }
}
