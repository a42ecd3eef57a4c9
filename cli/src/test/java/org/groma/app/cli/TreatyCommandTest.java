package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.groma.app.commission.Command;
import org.groma.app.commission.DemoCommission;
import org.groma.app.commission.TreatyEvent.ParagraphProposed;
import org.groma.app.commission.TreatyScript;
import org.groma.app.commission.TreatyText;
import org.groma.app.node.CommandRefusedException;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.testing.ExternalTool;
import org.groma.app.testing.Seeded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code groma treaty show|diff|export} on the demo history followed by the scripted treaty draft
 * ({@link TreatyScript}), checkpointed and cosigned by both witnesses; the exported PDF read back with pdftotext
 * and the DOCX opened with LibreOffice, and the proof a page prints checked with {@code groma verify --entry}.
 */
class TreatyCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static Path file;
  private static List<String> en;
  private static List<String> ru;
  private static List<String> ruOn8July;

  @BeforeAll
  static void store() {
    KeyRing keys = new KeyRing(KeyRing.DEMO_LABELS, Seeded.random(31));
    file = dir.resolve("treaty.gpkg");
    try (CommissionNode node = ScriptedCommission.create(file, "groma.test/treaty", keys)) {
      TreatyScript.script(c -> node.submit(c, keys.forActor(c.actor())), keys);
      node.signCheckpoint(keys.key("operator"));
      Clock clock = Clock.fixed(Instant.parse("2024-08-01T00:00:00Z"), ZoneOffset.UTC);
      node.cosign(DemoCommission.WITNESS_A_NAME, keys.key("witness-a"), clock);
      node.cosign(DemoCommission.WITNESS_B_NAME, keys.key("witness-b"), clock);
      TreatyText text = TreatyText.of(node.state().treaties().treaty(TreatyScript.TREATY).orElseThrow(),
          node.state().lastTime().orElseThrow());
      en = text.lines("en").stream().map(TreatyText.Line::text).toList();
      ru = text.lines("ru").stream().map(TreatyText.Line::text).toList();
      ruOn8July = TreatyText.of(node.state().treaties().treaty(TreatyScript.TREATY).orElseThrow(),
          TreatyCommand.AsOf.parse("2024-07-08")).lines("ru").stream().map(TreatyText.Line::text).toList();
      // A paragraph in a language the treaty does not declare is refused, and nothing is appended.
      long size = node.size();
      TreeMap<String, String> french = new TreeMap<>(TreatyScript.texts("Text.", "Текст."));
      french.put("fr", "Texte.");
      assertThatThrownBy(() -> node.submit(new Command(keys.actor(DemoCommission.A_CO_CHAIR),
          Instant.parse("2024-08-02T00:00:00Z"), new ParagraphProposed(TreatyScript.TREATY, 4, 1, "4.1-A1", french)),
          keys.key("a-chair-1"))).isInstanceOf(CommandRefusedException.class)
          .hasMessageContaining("it has a text in fr, which treaty T-1 does not declare");
      assertThat(node.size()).isEqualTo(size);
    }
  }

  private static Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.exitCode()).as("groma %s\n%s", String.join(" ", args), r.err()).isZero();
    return r;
  }

  @Test
  void show_prints_the_consolidated_text_with_brackets_and_its_json_gives_each_paragraphs_status() throws Exception {
    Cli text = ok("treaty", "show", file.toString());
    assertThat(text.out()).contains("[en]", "[ru]", "1. [A, 2.1-A1: Along rivers the border follows the median line"
        + " of the main channel.] [B, 2.1-B1: Along rivers the border follows the thalweg of the navigable channel.]",
        "(initialled by both co-chairs, version 1.1-A1)", "(парафировано обоими сопредседателями, вариант 1.1-A1)");
    JsonNode json = JSON.readTree(ok("treaty", "show", file.toString(), "--json").out());
    assertThat(json.get("paragraphs")).hasSize(4);
    assertThat(json.at("/paragraphs/2/status").asText()).isEqualTo("bracketed");
    assertThat(json.at("/paragraphs/2/alternatives")).hasSize(2);
    assertThat(json.at("/paragraphs/0/agreed/initials")).hasSize(2);
    // As of the end of 2 July 2024 (acts 0 to 1), only 1.1 existed, bracketed: A's proposal, nobody's acceptance.
    JsonNode early = JSON.readTree(ok("treaty", "show", file.toString(), "--as-of", "2024-07-02", "--json",
        "--lang", "ru").out());
    assertThat(early.get("paragraphs")).hasSize(1);
    assertThat(early.at("/paragraphs/0/status").asText()).isEqualTo("bracketed");
    assertThat(early.get("text").fieldNames()).toIterable().containsExactly("ru");
  }

  @Test
  void diff_puts_the_two_wordings_side_by_side_and_its_rows_rebuild_both_texts() throws Exception {
    Cli text = ok("treaty", "diff", file.toString(), "2.1-A1", "2.1-B1", "--lang", "en");
    assertThat(text.out()).contains("~ median line                            | thalweg",
        "= Along rivers the border follows the    | Along rivers the border follows the",
        "~ main                                   | navigable");
    JsonNode json = JSON.readTree(ok("treaty", "diff", file.toString(), "2.1-A1", "2.1-B1", "--json").out());
    for (String lang : List.of("en", "ru")) {
      StringBuilder left = new StringBuilder();
      StringBuilder right = new StringBuilder();
      json.at("/rows/" + lang).forEach(r -> {
        left.append(r.get("left").asText());
        right.append(r.get("right").asText());
      });
      assertThat(left.toString()).isEqualTo(json.at("/from/texts/" + lang).asText());
      assertThat(right.toString()).isEqualTo(json.at("/to/texts/" + lang).asText());
    }
    Cli unknown = Cli.run("treaty", "diff", file.toString(), "2.1-A1", "9.9-X");
    assertThat(unknown.exitCode()).isEqualTo(3);
    assertThat(unknown.err()).contains("treaty T-1 has no version 9.9-X");
  }

  /** The proof line a page printed: its entry hash and checkpoint, as groma verify takes them. */
  private static String[] proofOf(String pageText) {
    Matcher entry = Pattern.compile("(?:entry|запись) ([0-9a-f]{64})").matcher(pageText);
    Matcher checkpoint = Pattern.compile("(?:checkpoint|контрольная точка) (\\d+:[0-9a-f]{64})").matcher(pageText);
    assertThat(entry.find()).as(pageText).isTrue();
    assertThat(checkpoint.find()).as(pageText).isTrue();
    return new String[] {entry.group(1), checkpoint.group(1)};
  }

  @Test
  void the_pdf_holds_the_text_in_both_languages_and_every_page_a_proof_that_verify_accepts() throws Exception {
    ExternalTool.required("pdftotext", "poppler-utils");
    Path pdf = dir.resolve("treaty.pdf");
    Cli export = ok("treaty", "export", file.toString(), "--format", "pdf", "--out", pdf.toString());
    assertThat(export.out()).contains("cosigned by " + DemoCommission.WITNESS_A_NAME);
    String text = ExternalTool.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    String flat = text.replaceAll("\\s+", " ");
    for (String line : concat(en, ru)) {
      assertThat(flat).contains(line.replaceAll("\\s+", " "));
    }
    List<String> pages = new ArrayList<>(List.of(text.split("\f")));
    pages.removeIf(String::isBlank);
    assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
    for (String page : pages) {
      assertThat(page).containsAnyOf("DEMO DATA", "ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ");
      String[] proof = proofOf(page.replaceAll("\\s+", " "));
      ok("verify", file.toString(), "--entry", proof[0], "--checkpoint", proof[1]);
    }
  }

  @Test
  void the_docx_opens_in_libreoffice_and_its_text_is_the_consolidated_text() throws Exception {
    ExternalTool.required("soffice", "libreoffice-writer-nogui");
    Path docx = dir.resolve("treaty-ru.docx");
    ok("treaty", "export", file.toString(), "--format", "docx", "--lang", "ru", "--as-of", "2024-07-08",
        "--out", docx.toString());
    Path out = Files.createDirectories(dir.resolve("lo"));
    ExternalTool.run("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out.toString(), docx.toString());
    List<String> lines = Files.readAllLines(out.resolve("treaty-ru.txt"), StandardCharsets.UTF_8).stream()
        .map(s -> s.replace("\uFEFF", "").strip()).filter(s -> !s.isEmpty()).toList();
    assertThat(lines).isEqualTo(ruOn8July);
    assertThat(lines).contains("Сводный текст по состоянию на 2024-07-08T23:59:59.999Z (последний акт: запись 24"
        + " журнала)", "(согласовано, вариант 1.1-A1)", "2. [M, 1.2-M1: Совместная комиссия демаркирует границу на"
        + " местности.]");
  }

  @Test
  void bad_format_language_or_date_is_bad_input_and_writes_nothing() {
    Path target = dir.resolve("never.pdf");
    for (String[] args : List.of(new String[] {"--format", "odt"}, new String[] {"--format", "pdf", "--lang", "fr"},
        new String[] {"--format", "pdf", "--as-of", "2024-13-01"}, new String[] {"--format", "pdf", "--as-of",
        "2020-01-01"}, new String[] {"--format", "pdf", "--treaty", "T-9"})) {
      List<String> all = new ArrayList<>(List.of("treaty", "export", file.toString(), "--out", target.toString()));
      all.addAll(List.of(args));
      Cli r = Cli.run(all.toArray(String[]::new));
      assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(3);
      assertThat(target).doesNotExist();
    }
    assertThat(Cli.run("treaty", "export", file.toString(), "--out", target.toString(), "--format", "pdf",
        "--lang", "fr").err()).contains("--lang fr: treaty T-1 is written in en, ru");
    assertThat(Cli.run("treaty", "show", file.toString(), "--as-of", "2020-01-01").err())
        .contains("treaty T-1 was opened at 2024-07-01T09:00:00Z");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
