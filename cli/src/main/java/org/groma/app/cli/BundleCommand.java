package org.groma.app.cli;

import org.groma.app.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.groma.app.node.Bundle;
import org.groma.app.node.CommissionNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "bundle",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Carries journal entries between nodes on a stick, for air-gapped networks.",
        "A bundle holds entries as signed and the latest checkpoint with its cosignatures; the importing node",
        "verifies all of it against its own journal before it stores anything."},
    subcommands = {BundleCommand.Export.class, BundleCommand.Import.class})
final class BundleCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Writes the entries from --since to the end, and the latest checkpoint, to a bundle file.")
  static final class Export implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
    Path file;

    @Option(names = "--since", required = true, paramLabel = "SIZE",
        description = "The journal size the receiving node already holds (0 for everything).")
    long since;

    @Option(names = "--out", required = true, paramLabel = "BUNDLE", description = "The bundle file to write.")
    Path out;

    @Override
    public void run() {
      Bundle bundle;
      try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
        bundle = node.exportBundle(since);
      }
      AtomicFile.write(out, bundle.toBytes());
      PrintWriter o = spec.commandLine().getOut();
      o.printf("wrote %s: entries %d to %d of %s%s%n", out, bundle.since(), bundle.end() - 1, bundle.origin(),
          bundle.checkpoint().isPresent() ? ", with the latest checkpoint" : ", no checkpoint yet");
      o.flush();
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Verifies a bundle against the store and appends its new entries in one transaction, then",
          "stores its checkpoint. A fork (a checkpoint inconsistent with one held, or a different entry at a",
          "seq both hold) is refused with both sides printed as evidence (exit 1). If FILE does not exist, a",
          "bundle from entry 0 starts a new replica."})
  static final class Import implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
    Path file;

    @Parameters(index = "1", paramLabel = "BUNDLE", description = "The bundle file.")
    Path bundleFile;

    @Option(names = "--json", description = "Print {\"newEntries\", \"size\", \"checkpointStored\"} as JSON.")
    boolean json;

    @Mixin QuietOption quiet;

    @Override
    public void run() {
      Bundle bundle;
      try {
        bundle = Bundle.parse(Files.readAllBytes(bundleFile));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      CommissionNode.BundleImport r;
      try (Progress progress = quiet.ticking("bundle import")) {
        if (Files.exists(file)) {
          progress.phase("verifying " + file.getFileName());
          try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
            progress.phase("verifying and appending the bundle's entries");
            r = node.importBundle(bundle);
          }
        } else {
          progress.phase("verifying the bundle's entries into a new store");
          try (CommissionNode node = CommissionNode.createFrom(file, bundle)) {
            r = new CommissionNode.BundleImport(node.size(), node.size(), !node.checkpoints().isEmpty());
          }
        }
      }
      PrintWriter o = spec.commandLine().getOut();
      if (json) {
        Output.json(o, r);
      } else {
        o.printf("%s: %d new entries, journal size %d%s%n", file, r.newEntries(), r.size(),
            r.checkpointStored() ? ", checkpoint stored" : "");
        o.flush();
      }
    }
  }
}
