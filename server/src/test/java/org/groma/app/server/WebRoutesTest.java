package org.groma.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.log.ProofVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web map's reads on the demo node: comparison, table, description, layers, shipped data, static files. */
class WebRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  static ServerFixture f;

  @BeforeAll
  static void start() {
    f = new ServerFixture(dir, new ApiRoutesTest.MovableClock());
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  private static void assertProblem(HttpResponse<String> r, int status, String detail) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
    assertThat(json(r).get("detail").asText()).contains(detail);
  }

  @Test
  void compares_two_proposals_with_areas_offsets_and_who_each_line_gives_them_to() throws Exception {
    HttpResponse<String> r = f.get("/api/compare?line1=A-S1&line2=B-S1&section=S-1");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode c = json(r);
    // B-S1's middle point lies 0.0004° (about 44.2 m) north of A-S1's, over 0.1° (about 11.1 km) of
    // longitude: one thin triangle of about ½ × 11.1 km × 44.2 m between them.
    assertThat(c.get("polygons")).hasSize(1);
    JsonNode face = c.get("polygons").get(0);
    assertThat(face.get("areaM2").asDouble()).isCloseTo(0.5 * 11_132 * 44.2, within(2_000.0));
    assertThat(face.get("line1Gives").asText()).isNotEqualTo(face.get("line2Gives").asText());
    assertThat(c.get("areaM2AtoB").asDouble() + c.get("areaM2BtoA").asDouble())
        .isCloseTo(face.get("areaM2").asDouble(), within(1e-6));
    assertThat(c.get("maxOffsetM").asDouble()).isCloseTo(44.2, within(0.5));
    assertThat(c.get("maxOffsetAt").has("latDeg")).isTrue();
    assertThat(c.get("meanOffsetM").asDouble()).isPositive();
    assertThat(c.get("closedEnds")).isEmpty();
    assertThat(face.get("settlements")).isEmpty();
    assertThat(c.at("/areas/features/0/properties/kind").asText()).isEqualTo("disputed-area");
    assertThat(c.at("/areas/features/0/geometry/type").asText()).isEqualTo("Polygon");
    assertThat(c.at("/lines/line2/type").asText()).isEqualTo("MultiLineString");
    assertThat(c.get("partyA").asText()).isEqualTo("Party A");
    assertThat(c.get("line1").asText()).contains("proposal A-S1");
  }

  @Test
  void reverses_line_2_on_request_so_lines_drawn_against_each_other_can_be_compared() throws Exception {
    JsonNode asDrawn = json(f.get("/api/compare?line1=A-S1&line2=B-S1"));
    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S1&reverse2=yes"), 422, "reverse line 2");
    HttpResponse<String> twice = f.get("/api/compare?line1=A-S1&line2=B-S1&reverse2=no");
    assertThat(json(twice).get("areaM2AtoB").asDouble()).isEqualTo(asDrawn.get("areaM2AtoB").asDouble());
    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S1&reverse2=maybe"), 400, "reverse2 must be yes");
    assertThat(asDrawn.get("line2").asText()).doesNotContain("reversed");
  }

  @Test
  void the_timeline_lists_each_day_with_entries_once() throws Exception {
    JsonNode days = json(f.get("/api/timeline")).get("days");
    assertThat(days.get(0).get("day").asText()).isEqualTo("2024-03-01");
    assertThat(days.get(0).get("firstSeq").asLong()).isZero();
    long total = 0;
    String previous = "";
    for (JsonNode d : days) {
      assertThat(d.get("day").asText()).isGreaterThan(previous);
      previous = d.get("day").asText();
      assertThat(d.get("lastSeq").asLong() - d.get("firstSeq").asLong() + 1).isEqualTo(d.get("entries").asLong());
      total += d.get("entries").asLong();
    }
    assertThat(total).isEqualTo(f.node.size());
  }

  @Test
  void layers_say_where_each_decision_stands_who_acts_next_and_what_it_replaces() throws Exception {
    JsonNode layers = json(f.get("/api/layers"));
    JsonNode d1 = layers.at("/decisions/features/0/properties");
    assertThat(d1.get("decision_id").asText()).isEqualTo("D-1");
    // In force, not checkpointed: the log operator must sign a checkpoint including the entry.
    assertThat(d1.get("stage").asText()).isEqualTo("in force");
    assertThat(d1.at("/next/0/act").asText()).isEqualTo("checkpoint");
    assertThat(d1.at("/next/0/entry_seq").asLong()).isEqualTo(d1.get("in_force_seq").asLong());
    assertThat(d1.at("/replaces/proposal_id").asText()).isEqualTo("A-S1");
    assertThat(d1.at("/replaces/agreed_by").isNull()).isTrue();
    // the pillar layer is there, empty in a history without pillars
    assertThat(layers.at("/pillars/type").asText()).isEqualTo("FeatureCollection");
    assertThat(layers.at("/pillars/features").size()).isZero();
    JsonNode s1 = layers.at("/sections/features/0/properties");
    assertThat(s1.get("section_id").asText()).isEqualTo("S-1");
    assertThat(s1.get("final").asBoolean()).isFalse();
    assertThat(layers.at("/sections/features/1/properties").has("final")).isFalse();
    // As of 1 May 2024 D-1 was a draft endorsed by A: B's co-chair acts next.
    JsonNode before = json(f.get("/api/layers?atTime=2024-05-01T00:00:00Z")).at("/decisions/features/0/properties");
    assertThat(before.get("stage").asText()).isEqualTo("drafted");
    assertThat(before.at("/next/0/act").asText()).isEqualTo("endorse");
    assertThat(before.at("/next/0/party").asText()).isEqualTo("B");
    assertThat(before.get("next")).hasSize(1);
  }

  @Test
  void refuses_comparisons_it_cannot_make_and_says_why() throws Exception {
    assertProblem(f.get("/api/compare?line1=A-S1"), 400, "give line2");
    assertProblem(f.get("/api/compare?line1=A-S1&line2=X-9"), 404, "no proposal \"X-9\"");
    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S1&section=S-9"), 404, "no section \"S-9\"");
    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S2&section=S-1"), 400, "is for section S-2");
    assertProblem(f.get("/api/compare?line1=source:xyz&line2=B-S1"), 400, "is no shipped source");
    // The demo's sections lie at sea near 0°N 0°E, far from the Caucasus extracts.
    assertProblem(f.get("/api/compare?line1=source:ne&line2=B-S1&section=S-1"), 400, "has no stretch within 5000 m");
    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S1&aPoint=95,1"), 400, "aPoint");
    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S1&withinM=-1"), 400, "withinM");
    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S1&atTime=yesterday"), 400, "ISO 8601");
    // Before the proposals were tabled, they are unknown.
    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S1&atTime=2024-04-10T00:00:00Z"), 404, "as of");
  }

  @Test
  void compares_two_posted_geojson_lines() throws Exception {
    String body = "{\"line1\": {\"type\": \"LineString\", \"coordinates\": [[44.0, 40.0], [44.1, 40.0]]},"
        + " \"line2\": {\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"LineString\","
        + " \"coordinates\": [[44.0, 40.0], [44.05, 40.01], [44.1, 40.0]]}}}";
    HttpResponse<String> r = f.post("/api/compare", null, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).get("polygons")).hasSize(1);
    assertThat(json(r).get("maxOffsetM").asDouble()).isBetween(1000.0, 1200.0);

    assertProblem(f.post("/api/compare", null, "{\"line1\": {}}"), 400, "post {\"line1\": GeoJSON");
    assertThat(f.post("/api/compare", null, "{\"line1\": ").statusCode()).isEqualTo(400);
    String polygon = body.replace("{\"type\": \"LineString\", \"coordinates\": [[44.0, 40.0], [44.1, 40.0]]}",
        "{\"type\": \"Polygon\", \"coordinates\": [[[44.0, 40.0], [44.1, 40.0], [44.1, 40.1], [44.0, 40.0]]]}");
    assertProblem(f.post("/api/compare", null, polygon), 400, "line1: feature 0 is not a LineString");
  }

  @Test
  void compares_the_shipped_source_lines_as_groma_compare_does() throws Exception {
    HttpResponse<String> r = f.get("/api/compare?line1=source:osm&line2=source:ne");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode c = json(r);
    // data/README.md: 597.8 km² the OSM line gives Armenia and Natural Earth Azerbaijan, 607.6 km² the reverse.
    assertThat(c.get("areaM2AtoB").asDouble() / 1e6).isCloseTo(597.8, within(0.1));
    assertThat(c.get("areaM2BtoA").asDouble() / 1e6).isCloseTo(607.6, within(0.1));
    // ... and the farthest OSM point lies 5 241.4 m from the Natural Earth line (the reverse maximum is larger).
    assertThat(c.get("maxOffset1to2M").asDouble()).isCloseTo(5241.4, within(0.1));
    assertThat(c.get("maxOffsetM").asDouble()).isGreaterThanOrEqualTo(c.get("maxOffset1to2M").asDouble());
    assertThat(c.get("line1").asText()).contains("A = Armenia");
    assertThat(c.get("credits").toString()).contains("OpenStreetMap contributors").contains("Natural Earth");
    assertThat(c.get("settlementsNearLines").size()).isPositive();
  }

  /**
   * Orientation from party A's territory as a shipped source draws it (named by id, never a path): each source
   * line oriented from its own source's Armenia gives the figures above even when line 2 is read backwards.
   */
  @Test
  void orients_from_a_shipped_territory_of_party_a() throws Exception {
    for (String reverse : List.of("no", "yes")) {
      HttpResponse<String> r = f.get("/api/compare?line1=source:osm&line2=source:ne&aTerritory=source:osm"
          + "&aTerritory2=source:ne&reverse2=" + reverse);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode c = json(r);
      assertThat(c.get("areaM2AtoB").asDouble() / 1e6).as(reverse).isCloseTo(597.8, within(0.1));
      assertThat(c.get("areaM2BtoA").asDouble() / 1e6).as(reverse).isCloseTo(607.6, within(0.1));
      assertThat(c.at("/orientation/method").asText()).isEqualTo("territory");
      assertThat(c.get("aTerritory").asText()).isEqualTo("source:osm (Armenia)");
      assertThat(c.get("aTerritory2").asText()).isEqualTo("source:ne (Armenia)");
    }
    // the demo's proposals lie near 0.1°N 0.1°E, far from Armenia: no side of them is decided by its territory
    HttpResponse<String> refused = f.get("/api/compare?line1=A-S1&line2=B-S1&aTerritory=source:osm");
    assertProblem(refused, 422, "ambiguous");
    assertThat(json(refused).get("title").asText()).isEqualTo("Orientation refused");
    assertThat(json(refused).get("detail").asText()).contains("line 1, part 0").contains("no boundary within");
    HttpResponse<String> accepted = f.get("/api/compare?line1=A-S1&line2=B-S1&aTerritory=source:osm"
        + "&acceptAmbiguousOrientation=yes");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(json(accepted).at("/orientation/acceptedAmbiguity")).isNotEmpty();

    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S1&aTerritory=/etc/passwd"), 400, "no shipped territory");
    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S1&aTerritory=source:osm&aPoint=40,44"), 400,
        "give one of them");
    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S1&aTerritory2=source:ne"), 400, "needs aTerritory");
    assertProblem(f.get("/api/compare?line1=A-S1&line2=B-S1&acceptAmbiguousOrientation=maybe"), 400,
        "acceptAmbiguousOrientation must be yes");
  }

  @Test
  void writes_the_turning_point_table_of_a_section_in_three_formats() throws Exception {
    // The demo lies in Gauss-Kruger zone 1, which has no SK-42 CRS: the table says so and offers sk42=no.
    assertProblem(f.get("/api/sections/S-1/table"), 422, "zone");
    HttpResponse<String> r = f.get("/api/sections/S-1/table?format=json&sk42=no");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("B-S1").contains("agreed");
    HttpResponse<String> csv = f.get("/api/sections/S-1/table?format=csv&sk42=no");
    assertThat(csv.headers().firstValue("content-type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body().lines().count()).isGreaterThanOrEqualTo(4);
    assertThat(f.get("/api/sections/S-1/table?format=md&sk42=no").body()).contains("|")
        .contains("DEMO DATA").contains("adopted by decision D-1 in force");
    HttpResponse<String> proposedCsv = f.get("/api/sections/S-2/table?sk42=no&proposal=B-S2&format=csv");
    assertThat(proposedCsv.headers().firstValue("Groma-Notice").orElseThrow())
        .startsWith("DEMO DATA").contains("proposed, not agreed");
    assertThat(proposedCsv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("DEMO-DATA-not-agreed-S-2-turning-points.csv");

    assertProblem(f.get("/api/sections/S-2/table?sk42=no"), 404, "?proposal=A-S2 or ?proposal=B-S2");
    assertThat(f.get("/api/sections/S-2/table?sk42=no&proposal=B-S2").statusCode()).isEqualTo(200);
    assertProblem(f.get("/api/sections/S-9/table"), 404, "no section \"S-9\"");
    assertProblem(f.get("/api/sections/S-1/table?format=xls"), 400, "use json, csv or md");
    assertProblem(f.get("/api/sections/S-1/table?sk42=maybe"), 400, "sk42 must be");
    assertProblem(f.get("/api/sections/S-1/table?proposal=A-S2&sk42=no"), 400, "is for section S-2");
  }

  @Test
  void names_the_geneses_datum_transformation_in_the_sk42_columns() throws Exception {
    try (ServerFixture g = new ServerFixture(java.nio.file.Files.createTempDirectory(dir, "sk42"),
        new ApiRoutesTest.MovableClock())) {
      String med = g.signIn("mediator");
      assertThat(g.post("/api/acts/sitting-opened", med, "{\"sittingId\":\"sitting-2\",\"title\":\"Second\","
          + "\"agenda\":[\"S-3\"]}").statusCode()).isEqualTo(201);
      // A line near Yerevan (SK-42 Gauss-Kruger zone 8), proposed by party A's co-chair.
      HttpResponse<String> p = g.post("/api/acts/line-proposed", g.signIn("a-chair"), "{\"proposalId\":\"A-S3\","
          + "\"sectionId\":\"S-3\",\"sittingId\":\"sitting-2\",\"line\":[[44500000000,40100000000],"
          + "[44600000000,40200000000]],\"segments\":[{\"lineType\":\"geodesic\",\"feature\":null}],"
          + "\"sourceIds\":[]}");
      assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
      HttpResponse<String> t = g.get("/api/sections/S-3/table?proposal=A-S3&format=json");
      assertThat(t.statusCode()).as(t.body()).isEqualTo(200);
      assertThat(json(t).get("transformation").toString()).contains("1267");
      assertThat(t.body()).contains("A-S3").contains("proposed");
      HttpResponse<String> csv = g.get("/api/sections/S-3/table?proposal=A-S3&format=csv");
      assertThat(csv.body().lines().findFirst().orElseThrow()).contains("1267");
    }
  }

  @Test
  void describes_a_section_in_english_and_russian() throws Exception {
    HttpResponse<String> en = f.get("/api/sections/S-1/description?lang=en");
    assertThat(en.statusCode()).as(en.body()).isEqualTo(200);
    assertThat(en.body()).contains("turning point 1").contains("turning point 3")
        .startsWith("DEMO DATA").contains("adopted by decision D-1 in force");
    HttpResponse<String> ru = f.get("/api/sections/S-1/description?lang=ru");
    assertThat(ru.statusCode()).as(ru.body()).isEqualTo(200);
    assertThat(ru.body()).contains("поворотн");
    assertProblem(f.get("/api/sections/S-1/description?lang=fr"), 400, "use en or ru");
    // B-S2 follows a river described in English only: Groma does not translate.
    assertProblem(f.get("/api/sections/S-2/description?lang=ru&proposal=B-S2"), 400, "Groma does not translate");
  }

  @Test
  void serves_the_layers_as_geojson_as_of_a_date() throws Exception {
    JsonNode now = json(f.get("/api/layers"));
    assertThat(now.at("/commission/demo").asBoolean()).isTrue();
    assertThat(now.at("/commission/banner").asText()).startsWith("DEMO DATA").contains("not an agreed boundary");
    assertThat(now.at("/commission/parties/A/name").asText()).isEqualTo("Party A");
    assertThat(now.at("/sections/features/0/properties/status").asText()).isEqualTo("agreed");
    assertThat(now.at("/sections/features/0/properties/sources/0/title").asText()).contains("Topographic sheet");
    assertThat(now.at("/proposals/features")).hasSize(4);
    assertThat(now.at("/proposals/features/0/properties/party").asText()).isEqualTo("A");
    assertThat(now.at("/decisions/features/0/properties/status").asText()).isEqualTo("in force");
    assertThat(now.at("/segments/features/0/geometry/type").asText()).isEqualTo("LineString");

    JsonNode may1 = json(f.get("/api/layers?atTime=2024-05-01T00:00:00Z"));
    assertThat(may1.at("/sections/features/0/properties/status").asText()).isEqualTo("proposed");
    assertThat(may1.at("/decisions/features/0/properties/status").asText()).isEqualTo("endorsed by A");
    assertThat(json(f.get("/api/layers?atTime=2024-03-02T00:00:00Z")).at("/sections/features")).isEmpty();
  }

  @Test
  void proves_inclusion_against_an_earlier_tree_size() throws Exception {
    JsonNode body = json(f.get("/api/proofs?treeSize=10&from=8&limit=5"));
    assertThat(body.get("proofs")).hasSize(2);
    JsonNode p = body.get("proofs").get(1);
    List<MerkleHash> proof = new ArrayList<>();
    p.get("proof").forEach(h -> proof.add(MerkleHash.fromHex(h.asText())));
    ProofVerifier.verifyInclusion(f.node.entry(9).orElseThrow().hash(), 9, 10, proof, f.node.root(10));
    assertProblem(f.get("/api/proofs?treeSize=999"), 400, "treeSize must be between 1");
    assertProblem(f.get("/api/proofs"), 400, "give treeSize");
  }

  @Test
  void serves_the_shipped_data_and_the_web_map_from_the_jar() throws Exception {
    JsonNode backdrop = json(f.get("/api/backdrop"));
    assertThat(backdrop.toString()).contains("Armenia").contains("Azerbaijan");
    assertThat(json(f.get("/api/settlements")).get("features")).hasSize(485);
    HttpResponse<String> index = f.get("/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("id=\"banner\"").contains("/webjars/ol/10.7.0/dist/ol.js");
    assertThat(index.headers().firstValue("content-security-policy").orElseThrow()).contains("default-src 'self'");
    assertThat(f.get("/webjars/ol/10.7.0/dist/ol.js").statusCode()).isEqualTo(200);
    assertThat(f.get("/webjars/ol/10.7.0/ol.css").statusCode()).isEqualTo(200);
    assertThat(f.get("/app.js").statusCode()).isEqualTo(200);
    assertThat(f.get("/api/nothing-here").statusCode()).isEqualTo(404);
  }
}
