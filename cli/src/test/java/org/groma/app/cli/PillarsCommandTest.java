package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.PillarNumber;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.app.demo.DemoNode;
import org.groma.app.documents.Document;
import org.groma.app.documents.Language;
import org.groma.app.node.CommissionNode;
import org.groma.app.testing.ExternalTool;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code groma pillars} end to end on the demo's demarcated stretch of S-1: list, catalogue, check (now and as
 * of June 2026, when pillar 5 stood 8.3 cm off), plan, and a survey imported, checked, refused when bad, and
 * signed with {@code groma journal append}; the annex documents read back with pdftotext (every line each
 * document prints, every field of every pillar, and on every page the journal proof of its part, in English and
 * Russian; skipped without pdftotext outside CI).
 */
class PillarsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path store;
  static GeoPoint one;
  static GeoPoint three;

  @BeforeAll
  static void build() {
    try (DemoNode demo = DemoNode.openOrBuild(dir.resolve("demo"), s -> { })) {
      store = demo.node().file();
      CommissionState s = demo.node().state();
      one = position(s, "1");
      three = position(s, "3");
    }
  }

  private static GeoPoint position(CommissionState s, String label) {
    return s.pillars().pillar(PillarNumber.parse(label)).orElseThrow().protocolInForce().orElseThrow().survey()
        .position().toGeoPoint();
  }

  private static String row(String label, GeoPoint p) {
    CanonicalPoint c = CanonicalPoint.of(p);
    return label + "," + c.latText() + "," + c.lonText() + ",1480.000,7,2026-11-01,ARM / AZE " + label
        + " (demo),Pillar " + label + " resurveyed (demo)\n";
  }

  private static Path survey(String name, String rows) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, "pillar,lat,lon,h_ell_m,rms_mm,observed_on,markings,description_en\n" + rows);
    return f;
  }

  private static Path campaign() throws Exception {
    Path f = dir.resolve("campaign.json");
    Files.writeString(f, "{\"method\": \"rtk\", \"material\": \"reinforced concrete (demo)\","
        + " \"dimensions\": \"0.20 x 0.20 x 1.30 m (demo)\"}");
    return f;
  }

  @Test
  void list_catalogue_and_plan_show_the_demo_register() throws Exception {
    Cli list = Cli.run("pillars", "list", store.toString(), "--json");
    assertThat(list.exitCode()).as(list.err()).isZero();
    JsonNode rows = JSON.readTree(list.out());
    assertThat(rows).hasSize(9);
    assertThat(rows.get(4).get("pillar").asText()).isEqualTo("5");
    assertThat(rows.get(4).get("inForceVersion").asInt()).isEqualTo(2);
    assertThat(rows.get(5).get("status").asText()).isEqualTo("damaged");

    Cli cat = Cli.run("pillars", "list", store.toString(), "--catalogue", "--json");
    assertThat(cat.exitCode()).as(cat.err()).isZero();
    JsonNode c = JSON.readTree(cat.out());
    assertThat(c.get("datumTransformation").asText()).isEqualTo("EPSG:15865");
    JsonNode first = c.get("rows").get(0);
    assertThat(first.get("sk42").get("crs").asText()).isEqualTo("EPSG:28408");
    assertThat(first.get("utm").get("crs").asText()).isEqualTo("EPSG:32638");
    assertThat(first.get("next").get("to").asText()).isEqualTo("2");
    assertThat(first.get("latDms").asText()).matches("39°\\d\\d′\\d\\d\\.\\d{3}″N");

    Cli plan = Cli.run("pillars", "plan", store.toString(), "--as-of", "2026-03-01", "--json");
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    JsonNode p = JSON.readTree(plan.out());
    assertThat(p.get("cycle").asText()).isEqualTo("one-fifth-a-year");
    assertThat(p.get("pillars")).hasSize(9);
  }

  @Test
  void check_passes_now_and_names_pillar_5_as_the_register_stood_in_june() throws Exception {
    Cli now = Cli.run("pillars", "check", store.toString());
    assertThat(now.exitCode()).as(now.out() + now.err()).isZero();
    assertThat(now.out()).contains("passed");
    Cli june = Cli.run("pillars", "check", store.toString(), "--at-time", "2026-06-15T00:00:00Z", "--json");
    assertThat(june.exitCode()).isEqualTo(1);
    JsonNode report = JSON.readTree(june.out());
    assertThat(report.get("passed").asBoolean()).isFalse();
    List<String> failing = report.get("items").valueStream().filter(i -> i.get("outcome").asText().equals("fail"))
        .map(i -> i.get("check").asText() + " " + i.get("pillar").asText()).toList();
    assertThat(failing).containsExactly("set-out 5");
  }

  @Test
  void a_survey_is_checked_imported_as_acts_and_one_is_signed() throws Exception {
    GeoPoint moved = Geodesics.WGS84.direct(three, 90, 0.2).point();
    Path csv = survey("survey.csv", row("1", one) + row("3", moved));
    Cli check = Cli.run("pillars", "check", store.toString(), "--survey", csv.toString(), "--crs", "EPSG:4326",
        "--campaign", campaign().toString());
    assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
    assertThat(check.out()).contains("fail      set-out              3        0.2");

    Path out = dir.resolve("acts");
    Cli imp = Cli.run("pillars", "import", store.toString(), "--survey", csv.toString(), "--crs", "EPSG:4326",
        "--campaign", campaign().toString(), "--out", out.toString());
    assertThat(imp.exitCode()).as(imp.err()).isZero();
    List<Path> bodies;
    try (var files = Files.list(out)) {
      bodies = files.sorted().toList();
    }
    assertThat(bodies).extracting(b -> b.getFileName().toString())
        .containsExactly("001-pillar-surveyed-1.json", "002-pillar-surveyed-3.json");

    Path pass = dir.resolve("pass.txt");
    Files.writeString(pass, DemoNode.PASSPHRASE);
    Cli append = Cli.run("journal", "append", store.toString(), "--type", "pillar-surveyed", "--body",
        bodies.get(0).toString(), "--as", "Expert of Armenia (demo)", "--keystore",
        store.resolveSibling("demo.keystore.json").toString(), "--passphrase-file", pass.toString(), "--time",
        "2026-11-01T09:00:00Z");
    assertThat(append.exitCode()).as(append.err()).isZero();
    JsonNode list = JSON.readTree(Cli.run("pillars", "list", store.toString(), "--json").out());
    assertThat(list.get(0).get("versions").asInt()).isEqualTo(2);
    assertThat(list.get(0).get("inForceVersion").asInt()).as("the new version awaits both signatures").isEqualTo(1);
  }

  @Test
  void a_bad_survey_is_refused_with_its_lines_and_writes_nothing() throws Exception {
    Path csv = survey("bad.csv", row("1", one) + row("1", one) + row("77", one));
    Path out = dir.resolve("bad-acts");
    Cli imp = Cli.run("pillars", "import", store.toString(), "--survey", csv.toString(), "--crs", "EPSG:4326",
        "--campaign", campaign().toString(), "--out", out.toString());
    assertThat(imp.exitCode()).isEqualTo(3);
    assertThat(imp.err()).contains("bad.csv line 3: pillar 1 is surveyed twice in this file (first at bad.csv line 2)")
        .contains("bad.csv line 4: unknown pillar 77");
    assertThat(out).doesNotExist();
    Cli noCrs = Cli.run("pillars", "import", store.toString(), "--survey", csv.toString(), "--out", out.toString());
    assertThat(noCrs.exitCode()).isEqualTo(3);
    assertThat(noCrs.err()).contains("CRS is not declared");
    assertThat(out).doesNotExist();
  }

  /** No white space, no hyphens: pdftotext breaks and joins lines of a wrapped cell its own way. */
  private static String squashed(String s) {
    return s.replaceAll("[\\s\\-]+", "");
  }

  private static List<String> pages(Path pdf) throws Exception {
    ExternalTool.required("pdftotext", "poppler-utils");
    String text = ExternalTool.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    List<String> pages = new ArrayList<>(List.of(text.split("\f")));
    pages.removeIf(String::isBlank);
    return pages;
  }

  private static void assertPrinted(Document doc, Path pdf) throws Exception {
    List<String> pages = pages(pdf);
    String all = squashed(String.join("", pages));
    for (String line : doc.text()) {
      assertThat(all).as("%s holds %s", pdf.getFileName(), line).contains(squashed(line));
    }
    Language lang = doc.frame().language();
    for (String page : pages) {
      String p = squashed(page);
      assertThat(p).contains(squashed(doc.frame().commission())).contains(squashed(lang.demoLabel()));
      // the proof of the part this page belongs to: its entry hashes and checkpoint
      boolean proved = doc.parts().stream().anyMatch(part -> part.proof().lines(lang).stream()
          .allMatch(l -> p.contains(squashed(l))));
      assertThat(proved).as("a page of %s carries its part's journal proof", pdf.getFileName()).isTrue();
    }
  }

  @Test
  void the_annex_documents_print_every_field_and_the_proof_on_every_page_in_both_languages() throws Exception {
    Path out = dir.resolve("annex");
    Cli annex = Cli.run("pillars", "annex", store.toString(), "--section", "S-1", "--out", out.toString());
    assertThat(annex.exitCode()).as(annex.err()).isZero();
    try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
      PillarAnnex a = new PillarAnnex(node);
      List<Pillar> inForce = node.state().pillars().pillars().stream()
          .filter(p -> p.protocolInForce().isPresent()).toList();
      assertThat(inForce).hasSize(9);
      for (Language lang : List.of(Language.EN, Language.RU)) {
        assertPrinted(a.protocols(inForce, lang, "S-1"), out.resolve("protocols-" + lang.code() + ".pdf"));
        assertPrinted(a.description("S-1", lang), out.resolve("protocol-description-" + lang.code() + ".pdf"));
        assertPrinted(a.catalogue("S-1", lang), out.resolve("catalogue-" + lang.code() + ".pdf"));
      }
      String five = String.join("\n", a.protocols(List.of(node.state().pillars().pillar(PillarNumber.parse("5"))
          .orElseThrow()), Language.RU, "S-1").text());
      assertThat(five).contains("Протокол пограничного знака № 5", "Версия протокола", "СК-42 Гаусса–Крюгера",
          "ARM / AZE, 5 (demo)");
    }
    List<String> csv = Files.readAllLines(out.resolve("catalogue.csv"), StandardCharsets.UTF_8);
    assertThat(csv).hasSize(10);
    assertThat(csv.get(0)).startsWith("pillar,section_id,type,lat_deg,lon_deg");
    assertThat(Files.readString(out.resolve("catalogue.geojson"))).contains("\"FeatureCollection\"")
        .contains("\"pillar\":\"9\"");
  }

  @Test
  void a_pillar_without_a_protocol_in_force_is_refused_and_nothing_is_written() throws Exception {
    // pillar 1 of the demo after a new survey still has version 1 in force; an unknown pillar is refused
    Path pdf = dir.resolve("none.pdf");
    Cli r = Cli.run("pillars", "protocol", store.toString(), "--pillar", "42", "--out", pdf.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("no pillar 42 in the register");
    assertThat(pdf).doesNotExist();
    Cli one = Cli.run("pillars", "protocol", store.toString(), "--pillar", "6", "--lang", "ru", "--out",
        dir.resolve("six.pdf").toString());
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(String.join("", pages(dir.resolve("six.pdf")))).contains("повреждён");
  }
}
