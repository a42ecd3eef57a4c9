package org.groma.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.groma.app.AtomicFile;
import org.groma.app.BadInputException;
import org.groma.app.commission.TreatyDiff;
import org.groma.app.commission.TreatyRegister.Signature;
import org.groma.app.commission.TreatyRegister.Treaty;
import org.groma.app.commission.TreatyRegister.Version;
import org.groma.app.commission.TreatyText;
import org.groma.app.documents.Document;
import org.groma.app.documents.DocxRenderer;
import org.groma.app.documents.JournalProof;
import org.groma.app.documents.PdfRenderer;
import org.groma.app.documents.TreatyDocument;
import org.groma.app.node.CommissionNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "treaty",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"The treaty text negotiated in the journal (docs/treaty.md): the consolidated text at any date,",
        "a side-by-side diff of two versions, export to DOCX or PDF with the journal proof on every page.",
        "Every command verifies the whole store first. The acts themselves (treaty-opened, paragraph-proposed,",
        "version-accepted, version-initialled) are appended with groma journal append."},
    subcommands = {TreatyCommand.Show.class, TreatyCommand.Diff.class, TreatyCommand.Export.class})
final class TreatyCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The store, the treaty and the date, which every subcommand takes. */
  static final class Target {
    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store (.gpkg).")
    Path file;

    @Option(names = "--treaty", paramLabel = "ID", description = "The treaty (default: the only one).")
    String treatyId;

    @Option(names = "--lang", paramLabel = "CODE", description = "One language of the treaty (default: all).")
    String lang;

    Treaty treaty(CommissionNode node) {
      List<Treaty> all = node.state().treaties().treaties();
      if (treatyId == null) {
        if (all.size() != 1) {
          throw new BadInputException(file + " holds " + (all.isEmpty() ? "no treaty" : all.size() + " treaties ("
              + String.join(", ", all.stream().map(Treaty::treatyId).toList()) + "): name one with --treaty"));
        }
        return all.get(0);
      }
      return node.state().treaties().treaty(treatyId).orElseThrow(() -> new BadInputException(file
          + " holds no treaty " + treatyId + " (treaties: " + (all.isEmpty() ? "none" : String.join(", ",
          all.stream().map(Treaty::treatyId).toList())) + ")"));
    }

    List<String> languages(Treaty t) {
      if (lang == null) {
        return t.languages();
      }
      if (!t.languages().contains(lang)) {
        throw new BadInputException("--lang " + lang + ": treaty " + t.treatyId() + " is written in "
            + String.join(", ", t.languages()));
      }
      return List.of(lang);
    }
  }

  /** {@code --as-of}: a day (its end, UTC) or an instant; default: the latest act. */
  static final class AsOf {
    @Option(names = "--as-of", paramLabel = "DATE",
        description = {"The text as it stood then: YYYY-MM-DD (the end of that day, UTC) or an ISO instant such",
            "as 2024-07-05T12:00:00Z (default: now, all acts)."})
    String asOf;

    Instant resolve(CommissionNode node) {
      if (asOf == null) {
        return node.state().lastTime().orElseThrow();
      }
      return parse(asOf);
    }

    static Instant parse(String text) {
      try {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
          // The journal dates acts to the millisecond: the day's last millisecond ends it.
          return LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
        }
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--as-of '" + text + "' is not a date (YYYY-MM-DD) or an ISO 8601 UTC instant"
            + " such as 2024-07-05T12:00:00Z");
      }
    }
  }

  record SignatureView(String party, String member, String acceptance, long seq, String time, String entryHash) {
    static List<SignatureView> of(List<Signature> sigs, Instant asOf) {
      return sigs.stream().filter(s -> !s.time().isAfter(asOf)).map(s -> new SignatureView(s.party().code(),
          s.member(), s.acceptance() == null ? null : s.acceptance().code(), s.seq(), s.time().toString(),
          s.entryHash())).toList();
    }
  }

  record VersionView(String versionId, int article, int paragraph, String proposedBy, String member, long seq,
      String time, String entryHash, SortedMap<String, String> texts, SortedMap<String, String> textHashes,
      List<SignatureView> acceptances, List<SignatureView> initials) {
    static VersionView of(Version v, Instant asOf) {
      return v == null ? null : new VersionView(v.versionId(), v.proposal().article(), v.proposal().paragraph(),
          v.proposedBy().party().code(), v.proposedBy().member(), v.seq(), v.time().toString(), v.entryHash(),
          v.proposal().texts(), v.proposal().textHashes(), SignatureView.of(v.acceptances(), asOf),
          SignatureView.of(v.initials(), asOf));
    }
  }

  record ParagraphView(int article, int paragraph, String status, VersionView agreed, List<VersionView> alternatives) {}

  record TextView(String treatyId, SortedMap<String, String> titles, List<String> languages, String asOf,
      long lastSeq, String lastEntryHash, List<ParagraphView> paragraphs, Map<String, List<String>> text) {}

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"Prints the consolidated text at a date: per paragraph its status (bracketed, agreed ad",
          "referendum, agreed, initialled) and its wording, each side's wording in brackets where it is bracketed."})
  static final class Show implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Target target;
    @Mixin AsOf asOf;

    @Option(names = "--json", description = "Print the text as JSON (see docs/cli.md).")
    boolean json;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      try (CommissionNode node = CommissionNode.open(target.file, CommissionNode.Options.full())) {
        Treaty t = target.treaty(node);
        List<String> languages = target.languages(t);
        Instant when = asOf.resolve(node);
        TreatyText text = TreatyText.of(t, when);
        if (json) {
          List<ParagraphView> paragraphs = new ArrayList<>();
          for (TreatyText.ParagraphText p : text.paragraphs()) {
            paragraphs.add(new ParagraphView(p.ref().article(), p.ref().paragraph(), p.status().status().code(),
                VersionView.of(p.status().agreed(), when), p.status().alternatives().stream()
                .map(v -> VersionView.of(v, when)).toList()));
          }
          Map<String, List<String>> lines = new LinkedHashMap<>();
          languages.forEach(l -> lines.put(l, text.lines(l).stream().map(TreatyText.Line::text).toList()));
          Output.json(out, new TextView(text.treatyId(), text.titles(), text.languages(), when.toString(),
              text.lastSeq(), text.lastEntryHash(), paragraphs, lines));
        } else {
          for (int i = 0; i < languages.size(); i++) {
            if (i > 0) {
              out.println();
            }
            out.printf("[%s]%n", languages.get(i));
            text.lines(languages.get(i)).forEach(l -> out.println(l.text()));
          }
          out.printf("%nlast act: entry %d, hash %s%n", text.lastSeq(), text.lastEntryHash());
        }
        out.flush();
      }
    }
  }

  record RowView(String kind, String left, String right) {}

  record DiffView(String treatyId, VersionView from, VersionView to, Map<String, List<RowView>> rows) {}

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = {"Compares two versions side by side, word by word, in each language (or --lang): rows the",
          "same on both sides (=), changed (~), only in the first (-) or only in the second (+)."})
  static final class Diff implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Target target;

    @Parameters(index = "1", paramLabel = "FROM", description = "The first version's id.")
    String from;

    @Parameters(index = "2", paramLabel = "TO", description = "The second version's id.")
    String to;

    @Option(names = "--width", paramLabel = "N", defaultValue = "38",
        description = "The width of each column in the text output (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--json", description = "Print the rows as JSON (see docs/cli.md).")
    boolean json;

    @Override
    public void run() {
      if (width < 10 || width > 500) {
        throw new BadInputException("--width " + width + " is not between 10 and 500");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (CommissionNode node = CommissionNode.open(target.file, CommissionNode.Options.full())) {
        Treaty t = target.treaty(node);
        Version a = version(t, from);
        Version b = version(t, to);
        Instant now = node.state().lastTime().orElseThrow();
        Map<String, List<RowView>> rows = new LinkedHashMap<>();
        for (String lang : target.languages(t)) {
          rows.put(lang, TreatyDiff.rows(a.proposal().texts().get(lang), b.proposal().texts().get(lang)).stream()
              .map(r -> new RowView(r.kind().name().toLowerCase(java.util.Locale.ROOT), r.left(), r.right()))
              .toList());
        }
        if (json) {
          Output.json(out, new DiffView(t.treatyId(), VersionView.of(a, now), VersionView.of(b, now), rows));
        } else {
          out.printf("%s %s (paragraph %s, party %s, entry %d) against %s (paragraph %s, party %s, entry %d)%n",
              t.treatyId(), a.versionId(), a.ref(), a.proposedBy().party().code(), a.seq(), b.versionId(), b.ref(),
              b.proposedBy().party().code(), b.seq());
          rows.forEach((lang, list) -> {
            out.printf("%n[%s]%n", lang);
            for (RowView r : list) {
              SideBySide.print(out, marker(r.kind()), r.left(), r.right(), width);
            }
          });
        }
        out.flush();
      }
    }

    private static String marker(String kind) {
      return switch (kind) {
        case "same" -> "=";
        case "changed" -> "~";
        case "removed" -> "-";
        default -> "+";
      };
    }

    private static Version version(Treaty t, String id) {
      return t.version(id).orElseThrow(() -> new BadInputException("treaty " + t.treatyId() + " has no version "
          + id));
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Writes the consolidated text at a date as DOCX or PDF, one part per language (or --lang),",
          "every page footed with the DEMO label on a demo and the journal proof of the last act the text",
          "reflects (check it with groma verify STORE --entry HASH --checkpoint SIZE:ROOT)."})
  static final class Export implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Target target;
    @Mixin AsOf asOf;

    @Option(names = "--format", paramLabel = "docx|pdf", required = true, description = "docx or pdf.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Override
    public void run() {
      if (!format.equals("docx") && !format.equals("pdf")) {
        throw new BadInputException("--format " + format + " is not docx or pdf");
      }
      PrintWriter pw = spec.commandLine().getOut();
      try (CommissionNode node = CommissionNode.open(target.file, CommissionNode.Options.full())) {
        Treaty t = target.treaty(node);
        TreatyText text = TreatyText.of(t, asOf.resolve(node));
        Document doc = TreatyDocument.of(node, text, target.languages(t));
        byte[] bytes = format.equals("pdf") ? PdfRenderer.render(doc) : DocxRenderer.render(doc);
        AtomicFile.write(out, bytes);
        JournalProof proof = doc.parts().get(0).proof();
        pw.printf("wrote %s: treaty %s as of %s in %s (%d bytes)%n  proof: entry %s (journal entry %d), %s%n", out,
            t.treatyId(), text.asOf(), String.join(", ", target.languages(t)), bytes.length,
            proof.entryHashes().get(0), text.lastSeq(), proof.checkpointSize() == null
                ? "no checkpoint includes it yet"
                : "checkpoint " + proof.checkpointArgument() + (proof.cosigners().isEmpty() ? ", not yet cosigned"
                    : ", cosigned by " + String.join(" and ", proof.cosigners())));
        pw.flush();
      }
    }
  }
}
