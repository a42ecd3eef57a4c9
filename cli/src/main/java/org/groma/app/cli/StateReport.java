package org.groma.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.groma.app.commission.CommissionState;
import org.groma.app.node.CommissionNode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that reports on a verified store as of now, an entry or a date ({@code FILE [--at SEQ | --at-time
 * ISO] [--json]}): it opens the store, takes the state and hands it to {@link #report}, with the instant a
 * protocol's status is read at (now, or the last act of a past state).
 */
abstract class StateReport implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
  Path file;

  @ArgGroup(exclusive = true)
  JournalCommand.AsOf asOf;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  /** The open, verified store while {@link #report} runs. */
  CommissionNode node;

  abstract void report(PrintWriter out, CommissionState state, Instant statusTime);

  @Override
  public void run() {
    try (CommissionNode opened = CommissionNode.open(file, CommissionNode.Options.full())) {
      node = opened;
      CommissionState s = asOf == null ? node.state()
          : asOf.seq != null ? node.stateAt(asOf.seq) : node.stateAt(JournalCommand.instant("--at-time", asOf.time));
      PrintWriter out = spec.commandLine().getOut();
      report(out, s, asOf == null ? Instant.now() : s.lastTime().orElse(Instant.now()));
      out.flush();
    }
  }
}
