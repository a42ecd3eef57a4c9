package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.PillarNumber;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.app.documents.Document;
import org.groma.app.documents.Language;
import org.groma.app.documents.PdfRenderer;
import org.groma.app.node.CommissionNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code groma pillars protocol} and {@code groma pillars annex}: the demarcation annex documents as PDF. */
final class PillarDocumentsCommand {

  private PillarDocumentsCommand() {}

  static List<Language> languages(String lang) {
    return switch (lang) {
      case "en" -> List.of(Language.EN);
      case "ru" -> List.of(Language.RU);
      case "both" -> List.of(Language.EN, Language.RU);
      default -> throw new BadInputException("--lang " + lang + ": expected en, ru or both");
    };
  }

  static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Command(name = "protocol", mixinStandardHelpOptions = true,
      description = {"The protocol of one pillar (or of every pillar with a protocol in force) as PDF, in English",
          "or Russian, each pillar's pages footed with the journal proof of its proposal, survey and signatures."})
  static final class Protocol implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store.")
    Path store;

    @Option(names = "--pillar", paramLabel = "N", description = "The pillar's number (default: every pillar whose"
        + " protocol is in force).")
    String pillar;

    @Option(names = "--lang", paramLabel = "en|ru", defaultValue = "en", description = "Language (default en).")
    String lang;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path out;

    @Override
    public void run() {
      Language language = languages(lang).size() == 1 ? languages(lang).getFirst() : null;
      if (language == null) {
        throw new BadInputException("--lang both: a protocol file is in one language; give en or ru");
      }
      try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
        List<Pillar> pillars = new ArrayList<>();
        if (pillar != null) {
          PillarNumber n = PillarNumber.parse(pillar);
          pillars.add(node.state().pillars().pillar(n).orElseThrow(() -> new BadInputException("no pillar " + n
              + " in the register")));
        } else {
          node.state().pillars().pillars().stream().filter(p -> p.protocolInForce().isPresent()).forEach(pillars::add);
        }
        if (pillars.isEmpty()) {
          throw new BadInputException("no pillar has a protocol in force");
        }
        Document doc = new PillarAnnex(node).protocols(pillars, language, pillars.getFirst().proposal().sectionId());
        write(out, PdfRenderer.render(doc));
        spec.commandLine().getOut().printf("%s: %d protocol(s), %s%n", out, pillars.size(), language.code());
        spec.commandLine().getOut().flush();
      }
    }
  }

  @Command(name = "annex", mixinStandardHelpOptions = true,
      description = {"The annex set of a section from the register: per-pillar protocols, the protocol-description",
          "of the line and the catalogue of coordinates and heights as PDF (each language asked), and the",
          "catalogue as CSV and GeoJSON, written into a new folder. Every page carries the journal proof."})
  static final class Annex implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store.")
    Path store;

    @Option(names = "--section", required = true, paramLabel = "ID", description = "The section, e.g. S-1.")
    String section;

    @Option(names = "--lang", paramLabel = "en|ru|both", defaultValue = "both",
        description = "Languages (default both).")
    String lang;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new folder for the files.")
    Path out;

    @Override
    public void run() {
      List<Language> langs = languages(lang);
      if (Files.exists(out)) {
        throw new BadInputException(out + " exists; the annex is written into a new folder");
      }
      try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
        PillarAnnex annex = new PillarAnnex(node);
        List<Pillar> pillars = node.state().pillars().pillars().stream()
            .filter(p -> p.proposal().sectionId().equals(section) && p.protocolInForce().isPresent()).toList();
        if (pillars.isEmpty()) {
          throw new BadInputException("section " + section + " has no pillar with a protocol in force");
        }
        // Build every document before writing any, so bad input leaves no folder behind.
        List<Path> names = new ArrayList<>();
        List<byte[]> files = new ArrayList<>();
        for (Language l : langs) {
          names.add(Path.of("protocols-" + l.code() + ".pdf"));
          files.add(PdfRenderer.render(annex.protocols(pillars, l, section)));
          names.add(Path.of("protocol-description-" + l.code() + ".pdf"));
          files.add(PdfRenderer.render(annex.description(section, l)));
          names.add(Path.of("catalogue-" + l.code() + ".pdf"));
          files.add(PdfRenderer.render(annex.catalogue(section, l)));
        }
        names.add(Path.of("catalogue.csv"));
        files.add(PillarAnnex.utf8(annex.catalogueCsv()));
        names.add(Path.of("catalogue.geojson"));
        files.add(annex.catalogueGeoJson());
        Files.createDirectories(out);
        PrintWriter o = spec.commandLine().getOut();
        for (int i = 0; i < names.size(); i++) {
          write(out.resolve(names.get(i)), files.get(i));
          o.printf("%s%n", out.resolve(names.get(i)));
        }
        o.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
