package org.groma.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.groma.app.selfcheck.Check;
import org.groma.app.selfcheck.GeodesySelfCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "selfcheck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Prints the version and runs the geodesy self-check against outside reference values.",
        "Values computed by this build are compared with GeographicLib's GeodSolve, RhumbSolve and Planimeter",
        "and PROJ's cs2cs. Exit code 1 if any check fails.",
    })
final class SelfCheckCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the checks as JSON for scripts.")
  boolean json;

  @Override
  public void run() {
    List<Check> checks = GeodesySelfCheck.run();
    boolean ok = checks.stream().allMatch(Check::passed);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, new Report(VersionProvider.version(), ok, checks));
    } else {
      out.println("Groma " + VersionProvider.version() + " on Java " + Runtime.version());
      out.println("Geodesy self-check against outside references:");
      for (Check c : checks) {
        out.printf(Locale.ROOT, "  %-4s %-44s difference %.3g %s (bound %.0e %s)%n",
            c.passed() ? "ok" : "FAIL", c.name(), c.difference(), c.unit(), c.tolerance(), c.unit());
      }
      out.println(ok ? "All " + checks.size() + " checks passed." : "SELF-CHECK FAILED.");
      out.flush();
    }
    if (!ok) {
      throw new CheckFailedException("geodesy self-check failed");
    }
  }

  record Report(String version, boolean ok, List<Check> checks) {}
}
