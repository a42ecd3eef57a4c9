package org.groma.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --quiet} of the commands that show {@link Progress} on a terminal. */
final class QuietOption {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--quiet", description = "Show no progress on standard error (shown only at a terminal, "
      + "for work longer than a second).")
  boolean quiet;

  /** Progress of work counted in {@code unit} (plural), of {@code total} (−1: unknown). */
  Progress counting(String label, String unit, long total) {
    return Progress.of(spec, quiet, label, unit, total);
  }

  /** Progress of work that cannot count: its phase and the time taken, redrawn by a ticker. */
  Progress ticking(String label) {
    return Progress.of(spec, quiet, label, null, -1).ticking();
  }
}
