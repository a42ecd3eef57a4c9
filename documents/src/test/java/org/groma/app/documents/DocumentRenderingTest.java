package org.groma.app.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.node.CommissionNode;
import org.groma.app.testing.ExternalTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents in English and Russian read back by outside tools: the PDF through pdftotext (every field, and on
 * every page the header, the DEMO label and the journal proof), the DOCX through LibreOffice (it opens, its
 * text is the input, and its pages carry the same proof).
 */
class DocumentRenderingTest {

  @TempDir
  static Path dir;

  private static CommissionNode node;
  private static JournalProof decision;
  private static JournalProof genesis;

  @BeforeAll
  static void node() {
    node = DocumentFixtures.cosignedDemo(dir.resolve("demo.gpkg"), DocumentFixtures.keys(3));
    long inForce = node.state().decision("D-1").orElseThrow().inForceSeq();
    decision = JournalProofs.of(node, List.of(inForce - 1, inForce));
    genesis = JournalProofs.of(node, List.of(0L));
  }

  @AfterAll
  static void close() {
    node.close();
  }

  static Document document(Language lang) {
    boolean ru = lang == Language.RU;
    PageFrame frame = PageFrame.of(node.genesis(), ru ? "Участок S-1" : "Section S-1", lang);
    Document.Builder b = Document.builder(frame).part(decision)
        .title(ru ? "Протокол пограничного знака № 17" : "Protocol of boundary pillar No. 17")
        .heading(ru ? "Сведения о знаке" : "Pillar particulars")
        .keyValues(List.of(
            new Block.Row(ru ? "Номер" : "Number", "17/1"),
            new Block.Row(ru ? "Тип" : "Type", ru ? "основной, бетонный" : "main, concrete"),
            new Block.Row(ru ? "Широта" : "Latitude", "40°12′33.1234″ N"),
            new Block.Row(ru ? "Описание" : "Description", (ru
                ? "Знак установлен на правом берегу ручья в 12,5 м от уреза воды; от него линия границы идёт"
                    + " по прямой к знаку № 18, пересекая полевую дорогу."
                : "The pillar stands on the right bank of the stream 12.5 m from the water's edge; from it the"
                    + " line runs straight to pillar No. 18, crossing a field track.") + "\n"
                + (ru ? "Вторая строка описания." : "A second line of the description."))))
        .image(DocumentFixtures.png(), ru ? "Выкопировка карты у знака № 17" : "Map extract around pillar No. 17", 60);
    for (int i = 1; i <= 40; i++) {
      b.paragraph((ru ? "Абзац " : "Paragraph ") + i + ". " + (ru
          ? "Стороны подтверждают, что линия границы на этом участке проходит так, как описано выше, и что"
              + " координаты знаков определены совместно."
          : "The parties confirm that the boundary on this stretch runs as described above and that the"
              + " pillars' coordinates were determined jointly."));
    }
    b.part(genesis).heading(ru ? "Учреждение комиссии" : "The commission's founding")
        .paragraph(ru ? "Запись об учреждении в журнале." : "The founding entry in the journal.");
    return b.build();
  }

  /** The document's text with every run of white space one space (wrapping moves line ends). */
  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  private static List<String> pdfPages(Path pdf) throws Exception {
    ExternalTool.required("pdftotext", "poppler-utils");
    String text = ExternalTool.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    List<String> pages = new ArrayList<>(List.of(text.split("\f")));
    if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
      pages.remove(pages.size() - 1);
    }
    return pages;
  }

  /**
   * Text with no white space and no hyphens: LibreOffice breaks lines after a hyphen (in a witness's name) and
   * pdftotext then joins the halves without it. Hashes are hex, so they are compared whole all the same.
   */
  private static String squashed(String s) {
    return s.replaceAll("[\\s\\-]+", "");
  }

  private static void assertFramed(List<String> pages, Document doc) {
    Language lang = doc.frame().language();
    assertThat(pages).hasSizeGreaterThan(2);
    for (int i = 0; i < pages.size(); i++) {
      String page = squashed(pages.get(i));
      JournalProof proof = page.contains(squashed(doc.parts().get(1).blocks().get(0).lines().get(0)))
          ? genesis : decision;
      for (String s : List.of(doc.frame().commission(), doc.frame().section(), lang.demoLabel(),
          lang.page(i + 1, pages.size()))) {
        assertThat(page).as("page %d", i + 1).contains(squashed(s));
      }
      for (String line : proof.lines(lang)) {
        assertThat(page).as("page %d", i + 1).contains(squashed(line));
      }
    }
  }

  @Test
  void the_pdf_reads_back_every_field_and_the_proof_on_every_page_in_both_languages() throws Exception {
    for (Language lang : Language.values()) {
      Document doc = document(lang);
      // Kept in target/ so the rendered pages can be looked at (pdftoppm -png).
      Path pdf = Files.createDirectories(Path.of("target", "rendered")).resolve("doc-" + lang.code() + ".pdf");
      Files.write(pdf, PdfRenderer.render(doc));
      List<String> pages = pdfPages(pdf);
      String all = flat(String.join(" ", pages));
      for (String line : doc.text()) {
        assertThat(all).as(lang + " text").contains(flat(line));
      }
      assertFramed(pages, doc);
      assertThat(flat(pages.get(0))).contains(decision.entryHashes().get(0), decision.entryHashes().get(1),
          decision.checkpointArgument(), "witness.party-a.demo-commission");
      // The genesis's part starts a page of its own, and its pages name its entry, not the decision's.
      String last = flat(pages.get(pages.size() - 1));
      assertThat(last).contains(genesis.entryHashes().get(0)).doesNotContain(decision.entryHashes().get(1));
    }
  }

  @Test
  void the_docx_opens_in_libreoffice_with_the_input_text_and_the_proof_on_every_page() throws Exception {
    ExternalTool.required("soffice", "libreoffice-writer-nogui");
    for (Language lang : Language.values()) {
      Document doc = document(lang);
      Path docx = Files.createDirectories(Path.of("target", "rendered")).resolve("doc-" + lang.code() + ".docx");
      Files.write(docx, DocxRenderer.render(doc));
      Path out = Files.createDirectories(dir.resolve("soffice-" + lang.code()));
      String profile = "-env:UserInstallation=" + dir.resolve("lo-profile").toUri();
      ExternalTool.run("soffice", profile, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir",
          out.toString(), docx.toString());
      List<String> text = Files.readAllLines(out.resolve("doc-" + lang.code() + ".txt"), StandardCharsets.UTF_8)
          .stream().map(s -> s.replace("\uFEFF", "").strip()).filter(s -> !s.isEmpty()).toList();
      assertThat(text).isEqualTo(doc.text());
      ExternalTool.run("soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", out.toString(),
          docx.toString());
      assertFramed(pdfPages(out.resolve("doc-" + lang.code() + ".pdf")), doc);
    }
  }

  @Test
  void a_proof_names_the_most_cosigned_checkpoint_that_covers_its_entries_or_says_none_does() {
    assertThat(decision.checkpointSize()).isEqualTo(node.size());
    assertThat(decision.checkpointRoot()).isEqualTo(node.root().hex());
    assertThat(decision.cosigners()).containsExactlyInAnyOrder("witness.party-a.demo-commission",
        "witness.party-b.demo-commission");
    JournalProof none = new JournalProof(List.of(node.leafHash(0).hex()), null, null, List.of());
    assertThat(String.join(" ", none.lines(Language.EN))).contains("no checkpoint covers it yet");
    assertThat(String.join(" ", none.lines(Language.RU))).contains("ещё не покрыта контрольной точкой");
    assertThatThrownBy(() -> JournalProofs.of(node, List.of(node.size())))
        .isInstanceOf(BadInputException.class).hasMessageContaining("is not in the journal");
  }

  @Test
  void text_the_font_cannot_print_and_files_that_are_no_image_are_refused_naming_them() {
    PageFrame frame = new PageFrame("Commission", "S-1", false, Language.EN);
    Document chinese = Document.builder(frame).part(genesis).paragraph("Boundary 边界").build();
    assertThatThrownBy(() -> PdfRenderer.render(chinese)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("U+8FB9").hasMessageContaining("Boundary 边界");
    assertThatThrownBy(() -> Block.Image.of("GIF89a...".getBytes(StandardCharsets.US_ASCII), "sketch", 50))
        .isInstanceOf(BadInputException.class).hasMessageContaining("sketch").hasMessageContaining("PNG or JPEG");
    assertThatThrownBy(() -> new Block.Paragraph("a\tb")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("U+0009");
  }
}
