package org.groma.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.groma.app.AtomicFile;
import org.groma.app.BadInputException;
import org.groma.app.commission.Actor;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.ProtocolEvent.ProtocolInitialled;
import org.groma.app.commission.ProtocolEvent.ProtocolSigned;
import org.groma.app.commission.ProtocolRegister.ProtocolRecord;
import org.groma.app.documents.Document;
import org.groma.app.documents.DocxRenderer;
import org.groma.app.documents.JournalProofs;
import org.groma.app.documents.Language;
import org.groma.app.documents.PdfRenderer;
import org.groma.app.node.ProtocolView;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@picocli.CommandLine.Command(
    name = "protocol",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"A sitting's protocol: show it, export it (Markdown, JSON, PDF, DOCX), initial or sign its current",
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
      description = {"Writes a protocol's current version to a file: Markdown (md), the JSON view (json), or a",
          "printed document in one of its languages (pdf, docx; --lang) whose every page carries the journal proof",
          "of the acts it prints (groma verify --entry checks it)."})
  static final class Export extends StateReport {
    @Parameters(index = "1", paramLabel = "ID", description = "The protocol's id.")
    String id;

    @Option(names = "--format", required = true, paramLabel = "md|json|pdf|docx", description = "md, json, pdf or docx.")
    String format;

    @Option(names = "--lang", paramLabel = "en|ru", defaultValue = "en",
        description = "The language of a pdf or docx (default: ${DEFAULT-VALUE}); the protocol must have a text in it.")
    String lang;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path outFile;

    @Override
    public void run() {
      if (!List.of("md", "json", "pdf", "docx").contains(format)) {
        throw new BadInputException("--format " + format + ": expected md, json, pdf or docx");
      }
      Language.of(lang);
      super.run();
    }

    @Override
    void report(PrintWriter out, CommissionState s, Instant statusTime) {
      ProtocolView v = view(s, id, statusTime);
      byte[] bytes = switch (format) {
        case "md" -> ProtocolMarkdown.of(v).getBytes(StandardCharsets.UTF_8);
        case "json" -> Output.jsonText(v).getBytes(StandardCharsets.UTF_8);
        default -> {
          Document doc = ProtocolDocument.of(s.genesis().orElseThrow(), v, Language.of(lang),
              JournalProofs.of(node, ProtocolDocument.printedActs(v)));
          yield format.equals("pdf") ? PdfRenderer.render(doc) : DocxRenderer.render(doc);
        }
      };
      AtomicFile.write(outFile, bytes);
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
