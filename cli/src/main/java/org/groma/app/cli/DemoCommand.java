package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.Role;
import org.groma.app.demo.DemoNode;
import org.groma.app.demo.DemoRoster;
import org.groma.app.demo.DemoRoster.DemoMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Serves the demo commission (DEMO DATA — not an agreed boundary): Armenia and Azerbaijan with a neutral",
        "mediator, the shipped OpenStreetMap-derived and Natural Earth lines as sources, sections, proposals from",
        "both sides, a sitting with its protocol and a decision endorsed by both co-chairs.",
        "The first run builds it into DIR (a few seconds); later runs reopen it, verified. Prints the demo",
        "accounts and their passwords and the address to open, then serves until Ctrl-C.",
        "Remove DIR to start again from the built demo. The geodesy self-check is groma selfcheck.",
    })
final class DemoCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "groma-demo",
      description = "Folder of the demo's store, keystore and accounts (default ${DEFAULT-VALUE}; created on first run).")
  Path data;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
      description = "Port (default ${DEFAULT-VALUE}; 0 takes any free port).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String bind;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Groma " + VersionProvider.version() + ": the demo commission (" + DemoNode.LABEL + ")");
    out.flush();
    DemoNode demo = DemoNode.openOrBuild(data, line -> {
      out.println("  " + line);
      out.flush();
    });
    try {
      printAccounts(out, demo.node().genesis());
    } catch (RuntimeException e) {
      demo.close();
      throw e;
    }
    try {
      ServeCommand.serveUntilStopped(out, demo.node(), demo.accounts(), demo.signer(), bind, port);
    } catch (RuntimeException e) {
      if (causedBy(e, BindException.class)) {
        throw new UncheckedIOException(new IOException("cannot listen on " + bind + ":" + port + " (" + rootMessage(e)
            + "); is another groma running there? Choose another port with --port"));
      }
      throw e;
    }
  }

  private static void printAccounts(PrintWriter out, Genesis genesis) {
    out.println("Sign in with a demo account (documented demo passwords, not secrets):");
    out.printf("  %-10s %-24s %-30s %-36s %s%n", "user", "password", "member", "party", "roles");
    for (DemoMember m : DemoRoster.MEMBERS) {
      out.printf("  %-10s %-24s %-30s %-36s %s%n", m.user(), m.password(), m.name(),
          genesis.partyName(m.party()).name(), m.orderedRoles().stream().map(Role::code)
              .collect(Collectors.joining(", ")));
    }
    out.println("Keystore passphrase (groma serve, groma journal): " + DemoNode.PASSPHRASE);
    out.flush();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
