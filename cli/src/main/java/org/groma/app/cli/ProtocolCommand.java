package org.groma.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.groma.app.AtomicFile;
import org.groma.app.BadInputException;
import org.groma.app.commission.Actor;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.ProtocolEvent.ProtocolInitialled;
import org.groma.app.commission.ProtocolEvent.ProtocolSigned;
import org.groma.app.commission.ProtocolRegister.ProtocolRecord;
import org.groma.app.node.ProtocolView;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@picocli.CommandLine.Command(
    name = "protocol",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"A sitting's protocol: show it, export it (Markdown or JSON), initial or sign its current",
        "version (the act quotes the version's protocol hash, printed on standard error). docs/sittings.md."},
    subcommands = {ProtocolCommand.Show.class, ProtocolCommand.Export.class, ProtocolCommand.Initial.class,
        ProtocolCommand.Sign.class})
final class ProtocolCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static ProtocolRecord protocol(CommissionState s, String id) {
    return s.protocols().protocol(id).orElseThrow(() -> new BadInputException("no protocol " + id + " in the journal"
        + (s.protocols().protocols().isEmpty() ? "" : " (protocols: " + String.join(", ",
            s.protocols().protocols().stream().map(ProtocolRecord::protocolId).toList()) + ")")));
  }

  /** A protocol as the store holds it (its holder reads every protocol in it: the file is the whole record). */
  static ProtocolView view(CommissionState s, String id, Instant statusTime) {
    return ProtocolView.of(s, protocol(s, id), statusTime);
  }

  @picocli.CommandLine.Command(name = "show", mixinStandardHelpOptions = true,
      description = "Prints a protocol's current version in Markdown (or JSON), with its initials and signatures.")
  static final class Show extends StateReport {
    @Parameters(index = "1", paramLabel = "ID", description = "The protocol's id.")
    String id;

    @Override
    void report(PrintWriter out, CommissionState s, Instant statusTime) {
      ProtocolView v = view(s, id, statusTime);
      if (json) {
        Output.json(out, v);
      } else {
        out.print(ProtocolMarkdown.of(v));
      }
    }
  }

  @picocli.CommandLine.Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Writes a protocol's current version to a file: Markdown (md) or the JSON view (json)."})
  static final class Export extends StateReport {
    @Parameters(index = "1", paramLabel = "ID", description = "The protocol's id.")
    String id;

    @Option(names = "--format", required = true, paramLabel = "md|json", description = "md or json.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path outFile;

    @Override
    public void run() {
      if (!format.equals("md") && !format.equals("json")) {
        throw new BadInputException("--format " + format + ": expected md or json");
      }
      super.run();
    }

    @Override
    void report(PrintWriter out, CommissionState s, Instant statusTime) {
      ProtocolView v = view(s, id, statusTime);
      String text = format.equals("md") ? ProtocolMarkdown.of(v) : Output.jsonText(v);
      AtomicFile.write(outFile, text.getBytes(StandardCharsets.UTF_8));
      out.printf("wrote protocol %s version %d (%s, protocol hash %s) to %s%n", v.protocolId(), v.version(),
          v.status(), v.protocolHash(), outFile);
    }
  }

  /** Initials or signs the current version, quoting its protocol hash. */
  abstract static class Mark extends SignedAct {
    @Parameters(index = "1", paramLabel = "ID", description = "The protocol's id.")
    String id;

    abstract CommissionEvent event(String protocolId, String protocolHash);

    @Override
    CommissionEvent event(CommissionState state, Actor signer, PrintWriter err) {
      ProtocolRecord p = protocol(state, id);
      String hash = p.current().protocolHash();
      err.printf("protocol %s version %d: protocol hash %s%n", id, p.current().number(), hash);
      return event(id, hash);
    }
  }

  @picocli.CommandLine.Command(name = "initial", mixinStandardHelpOptions = true,
      description = "Initials the protocol's current version for the signer's party (protocol-initialled).")
  static final class Initial extends Mark {
    @Override
    CommissionEvent event(String protocolId, String protocolHash) {
      return new ProtocolInitialled(protocolId, protocolHash);
    }
  }

  @picocli.CommandLine.Command(name = "sign", mixinStandardHelpOptions = true,
      description = "Signs the protocol's current version for the signer's party (protocol-signed).")
  static final class Sign extends Mark {
    @Override
    CommissionEvent event(String protocolId, String protocolHash) {
      return new ProtocolSigned(protocolId, protocolHash);
    }
  }
}
