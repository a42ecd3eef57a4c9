package org.groma.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.groma.app.commission.Act;
import org.groma.app.commission.Actor;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionState;
import org.groma.app.node.CommissionNode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that appends one act signed by a member ({@code FILE --as MEMBER [--time ISO] [--json]}): the
 * subclass builds the act from the verified state (quoting the hashes it names, said on standard error); it is
 * decided, signed and stored, or refused with nothing stored.
 */
abstract class SignedAct implements Runnable {

  @Spec CommandSpec spec;

  @Mixin Signer signer;

  @Mixin JournalCommand.ActTime time;

  @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
  Path file;

  @Option(names = "--json", description = "Print the appended entry as JSON.")
  boolean json;

  abstract CommissionEvent event(CommissionState state, Actor signer, PrintWriter err);

  @Override
  public void run() {
    Signer.Unlocked key = signer.unlock();
    try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
      PrintWriter err = spec.commandLine().getErr();
      CommissionEvent event = event(node.state(), key.actor(), err);
      err.flush();
      Act act = node.submit(new org.groma.app.commission.Command(key.actor(), time.resolve(), event), key.key());
      JournalCommand.printAct(spec.commandLine().getOut(), json, act);
    }
  }
}
