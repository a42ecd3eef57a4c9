package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.groma.app.commission.PeaceProcessScript;
import org.groma.app.documents.Document;
import org.groma.app.documents.JournalProofs;
import org.groma.app.documents.Language;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ProtocolView;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.testing.ExternalTool;
import org.groma.app.testing.Seeded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code groma protocol export --format pdf|docx} in both languages, read back by outside tools: pdftotext
 * (poppler-utils) and LibreOffice (libreoffice-writer-nogui); the files are kept in
 * {@code cli/target/rendered/} to be looked at.
 */
class ProtocolExportDocumentsTest {

  @TempDir static Path dir;
  static Path store;
  static ProtocolView view;
  static Document[] docs = new Document[Language.values().length];

  @BeforeAll
  static void store() {
    KeyRing keys = new KeyRing(KeyRing.DEMO_LABELS, Seeded.random(21));
    store = dir.resolve("c.gpkg");
    try (CommissionNode node = ScriptedCommission.withPeaceProcess(ScriptedCommission.create(store, "groma.test/c",
        keys), keys)) {
      var s = node.state();
      view = ProtocolView.of(s, s.protocols().protocol(PeaceProcessScript.PROTOCOL).orElseThrow(), Instant.now());
      for (Language lang : Language.values()) {
        docs[lang.ordinal()] = ProtocolDocument.of(s.genesis().orElseThrow(), view, lang,
            JournalProofs.of(node, ProtocolDocument.printedActs(view)));
      }
    }
  }

  private static Path export(String format, Language lang) throws Exception {
    Path out = Files.createDirectories(Path.of("target", "rendered")).resolve("protocol-P-2-" + lang.code() + "."
        + format);
    Cli r = Cli.run("protocol", "export", store.toString(), PeaceProcessScript.PROTOCOL, "--format", format,
        "--lang", lang.code(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("protocol hash " + view.protocolHash());
    return out;
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  @Test
  void the_pdf_reads_back_the_protocol_in_each_language_with_its_hash_and_proof() throws Exception {
    for (Language lang : Language.values()) {
      Path pdf = export("pdf", lang);
      ExternalTool.required("pdftotext", "poppler-utils");
      String text = flat(ExternalTool.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
      for (String line : docs[lang.ordinal()].text()) {
        assertThat(text).as(lang + " text").contains(flat(line));
      }
      assertThat(text).contains(flat(view.texts().get(lang.code()))).contains(view.protocolHash());
      assertThat(text).contains(lang == Language.EN ? "Journal proof" : "Доказательство по журналу");
    }
  }

  @Test
  void the_docx_opens_in_libreoffice_and_its_text_is_the_protocols() throws Exception {
    for (Language lang : Language.values()) {
      Path docx = export("docx", lang);
      ExternalTool.required("soffice", "libreoffice-writer-nogui");
      Path out = Files.createDirectories(dir.resolve("soffice-" + lang.code()));
      String profile = "-env:UserInstallation=" + dir.resolve("lo-profile").toUri();
      ExternalTool.run("soffice", profile, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir",
          out.toString(), docx.toString());
      String name = docx.getFileName().toString().replace(".docx", ".txt");
      List<String> text = Files.readAllLines(out.resolve(name), StandardCharsets.UTF_8).stream()
          .map(s -> s.replace("\uFEFF", "").strip()).filter(s -> !s.isEmpty()).toList();
      assertThat(text).isEqualTo(docs[lang.ordinal()].text());
    }
  }

  @Test
  void an_unknown_language_or_format_is_bad_input_and_writes_nothing() {
    Path out = dir.resolve("never.pdf");
    Cli lang = Cli.run("protocol", "export", store.toString(), PeaceProcessScript.PROTOCOL, "--format", "pdf",
        "--lang", "de", "--out", out.toString());
    assertThat(lang.exitCode()).isEqualTo(3);
    assertThat(lang.err()).contains("language \"de\" is not one Groma prints documents in (en, ru)");
    Cli format = Cli.run("protocol", "export", store.toString(), PeaceProcessScript.PROTOCOL, "--format", "odt",
        "--out", out.toString());
    assertThat(format.exitCode()).isEqualTo(3);
    assertThat(format.err()).contains("--format odt: expected md, json, pdf or docx");
    assertThat(out).doesNotExist();
  }
}
