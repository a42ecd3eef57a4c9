package org.groma.app.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.groma.app.commission.Command;
import org.groma.app.commission.CommissionEvent.ProposalWithdrawn;
import org.groma.app.commission.DemoCommission;
import org.groma.app.store.LayerColumn;
import org.groma.app.store.ProjectionLayers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OGC API – Features of a demo node, read over loopback HTTP with the JDK's client. */
class OgcRoutesTest {

  @TempDir
  static Path dir;
  static OgcFixture f;

  @BeforeAll
  static void start() {
    f = new OgcFixture(dir);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static JsonNode link(JsonNode doc, String rel) {
    for (JsonNode l : doc.path("links")) {
      if (l.path("rel").asText().equals(rel)) {
        return l;
      }
    }
    throw new AssertionError("no link rel=" + rel + " in " + doc.path("links"));
  }

  private static boolean hasLink(JsonNode doc, String rel) {
    for (JsonNode l : doc.path("links")) {
      if (l.path("rel").asText().equals(rel)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode items(String query) throws Exception {
    return f.json("/ogc/collections/" + query, "application/geo+json");
  }

  /** The problem document of a request that must fail with {@code status}. */
  private static JsonNode problem(String path, int status) throws Exception {
    HttpResponse<String> r = f.get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
    JsonNode p = OgcFixture.JSON.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    return p;
  }

  private static Set<String> ids(JsonNode featureCollection) {
    Set<String> out = new HashSet<>();
    featureCollection.get("features").forEach(x -> out.add(x.get("id").asText()));
    return out;
  }

  // ------------------------------------------------------------------------------------------ capabilities

  @Test
  void the_landing_page_links_the_api_definition_the_conformance_classes_and_the_data() throws Exception {
    JsonNode landing = f.json("/ogc", "application/json");
    assertThat(landing.get("title").asText()).isEqualTo("Groma node: Demo joint boundary commission");
    assertThat(landing.get("description").asText()).contains("not an agreed boundary");
    assertThat(link(landing, "self").get("href").asText()).isEqualTo(f.url("/ogc"));
    JsonNode desc = link(landing, "service-desc");
    assertThat(desc.get("href").asText()).isEqualTo(f.url("/ogc/api"));
    assertThat(desc.get("type").asText()).isEqualTo("application/vnd.oai.openapi+json;version=3.0");
    assertThat(link(landing, "conformance").get("href").asText()).isEqualTo(f.url("/ogc/conformance"));
    assertThat(link(landing, "data").get("href").asText()).isEqualTo(f.url("/ogc/collections"));
    assertThat(link(landing, "alternate").get("type").asText()).isEqualTo("text/html");

    HttpResponse<String> api = f.get("/ogc/api");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().firstValue("content-type").orElseThrow())
        .isEqualTo("application/vnd.oai.openapi+json;version=3.0");
    assertThat(OgcFixture.JSON.readTree(api.body()).at("/servers/0/url").asText()).isEqualTo(f.url("/ogc"));
  }

  @Test
  void a_browser_gets_the_landing_page_as_html_with_what_it_receives_escaped() throws Exception {
    HttpResponse<String> html = f.get("/ogc", "text/html,application/xhtml+xml,*/*;q=0.8");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("content-type").orElseThrow()).startsWith("text/html");
    assertThat(html.body()).startsWith("<!DOCTYPE html>")
        .contains("<h1>Groma node: Demo joint boundary commission</h1>")
        .contains("The commission&#39;s working record: not an agreed boundary")
        .contains("<a href=\"" + f.url("/ogc/collections/settlements/items") + "\"");
    assertThat(f.get("/ogc?f=html").body()).startsWith("<!DOCTYPE html>");
    assertThat(f.get("/ogc?f=json", "text/html").headers().firstValue("content-type").orElseThrow())
        .isEqualTo("application/json");
    assertThat(problem("/ogc/collections?f=html", 400).get("detail").asText())
        .isEqualTo("f=html is not offered here; give f=json");
    assertThat(LandingPageHtml.escape("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  }

  @Test
  void conformance_declares_core_geojson_and_openapi_but_not_html() throws Exception {
    JsonNode c = f.json("/ogc/conformance", "application/json");
    List<String> classes = new ArrayList<>();
    c.get("conformsTo").forEach(x -> classes.add(x.asText()));
    assertThat(classes).containsExactly(
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
  }

  @Test
  void collections_are_the_seven_layers_each_with_its_extent_and_a_link_to_its_items() throws Exception {
    JsonNode all = f.json("/ogc/collections", "application/json");
    List<String> ids = new ArrayList<>();
    all.get("collections").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids).containsExactly("sections", "segments", "proposals", "decisions", "pillars", "inspections",
        "settlements", "posts", "patrols", "incidents");
    for (JsonNode c : all.get("collections")) {
      String id = c.get("id").asText();
      assertThat(c.get("itemType").asText()).isEqualTo("feature");
      assertThat(c.at("/extent/spatial/crs").asText()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
      assertThat(c.at("/extent/spatial/bbox/0").size()).isEqualTo(4);
      JsonNode items = link(c, "items");
      assertThat(items.get("href").asText()).isEqualTo(f.url("/ogc/collections/" + id + "/items"));
      assertThat(items.get("type").asText()).isEqualTo("application/geo+json");
      assertThat(f.json("/ogc/collections/" + id, "application/json")).isEqualTo(c);
    }
    // The demo lines lie near 0°N 0°E; the settlements in the South Caucasus.
    assertThat(all.at("/collections/0/extent/spatial/bbox/0").toString()).isEqualTo("[0.1,0.05,0.25,0.1204]");
    assertThat(all.at("/collections/0/extent/temporal/interval/0").toString())
        .isEqualTo("[\"2024-04-11T10:30:00Z\",\"2024-05-14T12:00:00Z\"]");
    assertThat(all.at("/collections/6/extent/spatial/bbox/0").toString())
        .isEqualTo("[43.74722,38.45598,50.32476,41.75259]");
    assertThat(all.at("/collections/6/extent/temporal").isMissingNode()).isTrue();
  }

  @Test
  void an_unknown_collection_or_feature_is_a_404_problem() throws Exception {
    assertThat(problem("/ogc/collections/treaties", 404).get("detail").asText()).isEqualTo("there is no collection"
        + " \"treaties\"; the collections are sections, segments, proposals, decisions, pillars, inspections,"
        + " settlements, posts, patrols, incidents");
    assertThat(problem("/ogc/collections/treaties/items", 404).get("title").asText()).isEqualTo("Not found");
    assertThat(problem("/ogc/collections/sections/items/S-9", 404).get("detail").asText())
        .isEqualTo("the collection sections has no feature \"S-9\"");
    problem("/ogc/nothing-here", 404);
  }

  // ------------------------------------------------------------------------------------------ items

  @Test
  void items_are_geojson_with_counts_a_timestamp_and_the_layer_properties() throws Exception {
    JsonNode sections = items("sections/items");
    assertThat(sections.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(sections.get("timeStamp").asText()).isEqualTo("2024-07-01T09:00:00Z");
    assertThat(sections.get("numberMatched").asLong()).isEqualTo(2);
    assertThat(sections.get("numberReturned").asLong()).isEqualTo(2);
    assertThat(link(sections, "self").get("href").asText()).isEqualTo(f.url("/ogc/collections/sections/items?limit=10"));
    assertThat(hasLink(sections, "next")).isFalse();
    assertThat(hasLink(sections, "prev")).isFalse();

    JsonNode s1 = sections.at("/features/0");
    assertThat(s1.get("id").asText()).isEqualTo("S-1");
    assertThat(s1.at("/geometry").toString())
        .isEqualTo("{\"type\":\"MultiLineString\",\"coordinates\":[[[0.1,0.1],[0.15,0.1204],[0.2,0.1]]]}");
    assertThat(s1.at("/properties/status").asText()).isEqualTo("agreed");
    assertThat(s1.at("/properties/decision_seq").asLong()).isEqualTo(14);
    assertThat(s1.at("/properties/status_since").asText()).isEqualTo("2024-05-14T12:00:00Z");
    assertThat(s1.at("/properties/notice").asText()).isEqualTo("Working record of the Demo joint boundary"
        + " commission: not an agreed boundary unless status is \"agreed\".");
    JsonNode s2 = sections.at("/features/1");
    assertThat(s2.at("/properties/status").asText()).isEqualTo("proposed");
    assertThat(s2.at("/properties/decision_seq").isNull()).isTrue();

    // Every journal collection carries its GeoPackage layer's columns, then status_since and notice.
    for (OgcCollection c : OgcCollection.values()) {
      List<String> expected = new ArrayList<>();
      if (c.layer != null) {
        c.layer.columns().stream().map(LayerColumn::name).forEach(expected::add);
        expected.add("status_since");
      } else if (c == OgcCollection.INCIDENTS) {
        OgcIncidents.PROPERTIES.stream().map(OgcCollection.Property::name).forEach(expected::add);
      } else {
        expected.addAll(List.of("geonameid", "name", "country", "feature_code", "population", "source"));
      }
      expected.add("notice");
      assertThat(c.properties.stream().map(OgcCollection.Property::name).toList()).isEqualTo(expected);
      JsonNode page = items(c.id + "/items?limit=10000");
      assertThat(page.get("features").size()).as(c.id).isPositive();
      for (JsonNode feature : page.get("features")) {
        List<String> names = new ArrayList<>();
        feature.get("properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).as(c.id).isEqualTo(expected);
        assertThat(feature.at("/properties/notice").asText()).as(c.id).contains("not");
      }
    }
    assertThat(ProjectionLayers.ALL).containsExactly(OgcCollection.SECTIONS.layer, OgcCollection.SEGMENTS.layer,
        OgcCollection.PROPOSALS.layer, OgcCollection.DECISIONS.layer, OgcCollection.POSTS.layer,
        OgcCollection.PATROLS.layer);
  }

  @Test
  void incidents_carry_where_they_lie_and_datetime_selects_when_they_occurred() throws Exception {
    JsonNode i1 = items("incidents/items/I-1");
    assertThat(i1.at("/properties/section_id").asText()).isEqualTo("S-1");
    assertThat(i1.at("/properties/side").asText()).isEqualTo("A");
    assertThat(i1.at("/properties/signed_distance_m").asDouble()).isPositive();
    assertThat(i1.at("/properties/occurred").asText()).isEqualTo("2024-06-20T03:40:00Z");
    assertThat(items("incidents/items?datetime=2024-06-01T00:00:00Z/2024-06-30T00:00:00Z").get("features"))
        .hasSize(1);
    assertThat(items("incidents/items?datetime=2024-07-01T00:00:00Z/..").get("features")).isEmpty();
  }

  @Test
  void segments_have_stable_ids_and_their_status() throws Exception {
    JsonNode segments = items("segments/items");
    assertThat(ids(segments)).containsExactlyInAnyOrder("S-1~1", "S-1~2", "S-2~A-S2~1", "S-2~B-S2~1", "S-2~B-S2~2");
    JsonNode one = f.json("/ogc/collections/segments/items/S-2~B-S2~1", "application/geo+json");
    assertThat(one.get("type").asText()).isEqualTo("Feature");
    assertThat(one.at("/properties/status").asText()).isEqualTo("proposed");
    assertThat(one.at("/properties/line_type").asText()).isEqualTo("follows-feature");
    assertThat(one.at("/properties/from_point").asText()).isEqualTo("B-S2 TP 1");
    assertThat(one.at("/properties/status_since").asText()).isEqualTo("2024-04-11T10:30:00Z");
    assertThat(link(one, "self").get("href").asText()).isEqualTo(f.url("/ogc/collections/segments/items/S-2%7EB-S2%7E1"));
    assertThat(link(one, "collection").get("href").asText()).isEqualTo(f.url("/ogc/collections/segments"));
    assertThat(f.json("/ogc/collections/segments/items/S-2%7EB-S2%7E1", "application/geo+json")).isEqualTo(one);
    assertThat(f.json("/ogc/collections/segments/items/S-1~2", "application/geo+json")
        .at("/properties/status").asText()).isEqualTo("agreed");
    assertThat(f.json("/ogc/collections/settlements/items/616056", "application/geo+json")
        .at("/properties/name").asText()).isEqualTo("Yeranos");
  }

  @Test
  void next_links_walk_every_feature_once_and_prev_links_walk_back() throws Exception {
    Set<String> seen = new HashSet<>();
    String url = f.url("/ogc/collections/settlements/items?limit=100");
    int pages = 0;
    JsonNode page = null;
    while (url != null) {
      page = items(url.substring(f.url("/ogc/collections/").length()));
      pages++;
      assertThat(page.get("numberMatched").asLong()).isEqualTo(485);
      assertThat(page.get("numberReturned").asLong()).isEqualTo(page.get("features").size());
      for (JsonNode x : page.get("features")) {
        assertThat(seen.add(x.get("id").asText())).as("feature " + x.get("id") + " served twice").isTrue();
      }
      url = hasLink(page, "next") ? link(page, "next").get("href").asText() : null;
    }
    assertThat(pages).isEqualTo(5);
    assertThat(seen).hasSize(485);
    assertThat(page.get("numberReturned").asLong()).isEqualTo(85);
    assertThat(link(page, "prev").get("href").asText())
        .isEqualTo(f.url("/ogc/collections/settlements/items?limit=100&offset=300"));

    assertThat(items("settlements/items").get("numberReturned").asLong()).isEqualTo(ItemsQuery.DEFAULT_LIMIT);
    assertThat(items("settlements/items?limit=20000").get("numberReturned").asLong()).isEqualTo(485);
    assertThat(link(items("settlements/items?limit=20000"), "self").get("href").asText())
        .endsWith("?limit=10000");
    JsonNode beyond = items("settlements/items?offset=1000");
    assertThat(beyond.get("numberReturned").asLong()).isZero();
    assertThat(hasLink(beyond, "next")).isFalse();
    assertThat(problem("/ogc/collections/settlements/items?limit=0", 400).get("detail").asText())
        .isEqualTo("limit 0 is below 1; give 1 to 10000 features per page (default 10)");
    assertThat(problem("/ogc/collections/settlements/items?limit=ten", 400).get("detail").asText())
        .isEqualTo("limit \"ten\" is not an integer");
    assertThat(problem("/ogc/collections/settlements/items?offset=-1", 400).get("detail").asText())
        .isEqualTo("offset -1 is negative; it counts the features to skip, from 0");
  }

  @Test
  void bbox_selects_features_whose_geometry_meets_the_box() throws Exception {
    // A box between the vertices of S-1's first segment, which crosses it: S-1 is selected, S-2 is not.
    JsonNode crossing = items("sections/items?bbox=0.12,0.10,0.13,0.12");
    assertThat(ids(crossing)).containsExactly("S-1");
    // Inside the envelope of S-1 but off its line.
    assertThat(items("sections/items?bbox=0.11,0.115,0.12,0.12").get("numberMatched").asLong()).isZero();
    // A vertex on the box's edge counts.
    assertThat(ids(items("sections/items?bbox=0.25,0.0,0.3,0.05"))).containsExactly("S-2");
    // West of the antimeridian edge to 180 and on from -180: the box spans the antimeridian.
    assertThat(ids(items("sections/items?bbox=0.21,0,-179,1"))).containsExactly("S-2");
    assertThat(ids(items("sections/items?bbox=0.12,0,-179,1"))).containsExactlyInAnyOrder("S-1", "S-2");
    // Six numbers: heights ignored.
    assertThat(ids(items("sections/items?bbox=0.12,0.10,-100,0.13,0.12,100"))).containsExactly("S-1");

    // Settlements in a box, counted against the shipped file read on its own.
    JsonNode box = items("settlements/items?bbox=45,40,46,41&limit=10000");
    long expected = 0;
    for (var x : new org.groma.app.io.GeoJsonReader().read(Path.of("../data/settlements_am_az.geojson"))) {
      var p = ((org.groma.app.io.GeoGeometry.Point) x.geometry()).point();
      if (p.lonDeg() >= 45 && p.lonDeg() <= 46 && p.latDeg() >= 40 && p.latDeg() <= 41) {
        expected++;
      }
    }
    assertThat(expected).isEqualTo(50);
    assertThat(box.get("numberMatched").asLong()).isEqualTo(expected);
    assertThat(box.get("features").size()).isEqualTo(50);
    JsonNode paged = items("settlements/items?bbox=45,40,46,41&limit=20&offset=20");
    assertThat(paged.get("numberMatched").asLong()).isEqualTo(50);
    assertThat(link(paged, "next").get("href").asText())
        .isEqualTo(f.url("/ogc/collections/settlements/items?bbox=45,40,46,41&limit=20&offset=40"));
    assertThat(link(paged, "prev").get("href").asText())
        .isEqualTo(f.url("/ogc/collections/settlements/items?bbox=45,40,46,41&limit=20"));
  }

  @Test
  void a_bad_bbox_is_a_400_that_says_what_is_wrong() throws Exception {
    String tail = "; give minLon,minLat,maxLon,maxLat in CRS84 degrees, e.g. bbox=44.5,40.5,46.0,41.5";
    assertThat(problem("/ogc/collections/sections/items?bbox=1,2,3", 400).get("detail").asText())
        .isEqualTo("bbox \"1,2,3\" is not a bounding box: it has 3 numbers" + tail);
    assertThat(problem("/ogc/collections/sections/items?bbox=1,2,x,4", 400).get("detail").asText())
        .isEqualTo("bbox \"1,2,x,4\" is not a bounding box: \"x\" (number 3) is not a number" + tail);
    assertThat(problem("/ogc/collections/sections/items?bbox=40,45,41,91", 400).get("detail").asText())
        .isEqualTo("bbox \"40,45,41,91\" is not a bounding box: latitude 91.0 is outside -90 to 90 (CRS84 is"
            + " longitude first)" + tail);
    assertThat(problem("/ogc/collections/sections/items?bbox=0,1,1,0", 400).get("detail").asText())
        .isEqualTo("bbox \"0,1,1,0\" is not a bounding box: its south edge 1.0 lies north of its north edge 0.0"
            + tail);
    assertThat(problem("/ogc/collections/sections/items?bbox=0,0,NaN,1", 400).get("title").asText())
        .isEqualTo("Bad bbox");
    assertThat(problem("/ogc/collections/sections/items?bbox=0,0,1,1&bbox=0,0,2,2", 400).get("detail").asText())
        .isEqualTo("the parameter bbox is given 2 times; give it once");
  }

  @Test
  void datetime_selects_on_the_time_a_feature_got_its_status() throws Exception {
    assertThat(ids(items("decisions/items?datetime=2024-05-14"))).containsExactly("D-1");
    assertThat(ids(items("decisions/items?datetime=2024-05-14T12:00:00Z"))).containsExactly("D-1");
    assertThat(ids(items("decisions/items?datetime=2024-05-14T14:00:00%2B02:00"))).containsExactly("D-1");
    assertThat(ids(items("decisions/items?datetime=../2024-05-13"))).isEmpty();
    assertThat(ids(items("sections/items?datetime=2024-04-01/2024-04-30"))).containsExactly("S-2");
    assertThat(ids(items("sections/items?datetime=2024-05-01/.."))).containsExactly("S-1");
    assertThat(ids(items("proposals/items?datetime=2024-04-11T09:00:00Z/2024-04-11T09:20:00Z")))
        .containsExactlyInAnyOrder("A-S1", "B-S1");
    assertThat(items("settlements/items?datetime=2024-01-01/..").get("numberMatched").asLong()).isZero();

    assertThat(problem("/ogc/collections/sections/items?datetime=yesterday", 400).get("detail").asText())
        .isEqualTo("datetime \"yesterday\" is not an instant or interval: \"yesterday\" is not an RFC 3339"
            + " date-time such as 2024-05-14T10:00:00Z");
    assertThat(problem("/ogc/collections/sections/items?datetime=2024-05-02/2024-05-01", 400).get("detail").asText())
        .isEqualTo("datetime \"2024-05-02/2024-05-01\" is not an instant or interval: its start"
            + " 2024-05-02T00:00:00Z is after its end 2024-05-01T23:59:59.999999999Z");
    assertThat(problem("/ogc/collections/sections/items?datetime=..", 400).get("title").asText())
        .isEqualTo("Bad datetime");
  }

  @Test
  void an_unknown_query_parameter_is_refused_rather_than_ignored() throws Exception {
    assertThat(problem("/ogc/collections/sections/items?bbx=0,0,1,1", 400).get("detail").asText())
        .isEqualTo("this request does not take bbx; it takes bbox, datetime, f, limit, offset");
    assertThat(problem("/ogc/collections?limit=5", 400).get("detail").asText())
        .isEqualTo("this request does not take limit; it takes f");
    assertThat(problem("/ogc/collections/sections/items?f=xml", 400).get("detail").asText())
        .isEqualTo("f=xml is not offered here; give f=json");
  }

  @Test
  void items_follow_the_journal_as_it_grows() throws Exception {
    try (OgcFixture own = new OgcFixture(Files.createDirectories(dir.resolve("growing")))) {
      JsonNode before = own.json("/ogc/collections/segments/items", "application/geo+json");
      assertThat(before.get("numberMatched").asLong()).isEqualTo(5);
      var actor = own.keys.actor(DemoCommission.B_EXPERT_ROTATED);
      own.node.submit(new Command(actor, Instant.parse("2024-06-20T10:00:00Z"),
          own.node.state().withdrawalOf("B-S2", "Party B withdraws its line for S-2 to table a surveyed one.")),
          own.keys.forActor(actor));

      JsonNode after = own.json("/ogc/collections/segments/items", "application/geo+json");
      assertThat(after.get("numberMatched").asLong()).isEqualTo(3);
      assertThat(ids(after)).doesNotContain("S-2~B-S2~1");
      JsonNode withdrawn = own.json("/ogc/collections/proposals/items/B-S2", "application/geo+json");
      assertThat(withdrawn.at("/properties/status").asText()).isEqualTo("withdrawn");
      assertThat(withdrawn.at("/properties/status_since").asText()).isEqualTo("2024-06-20T10:00:00Z");
      assertThat(own.json("/ogc/collections/sections/items/S-2", "application/geo+json")
          .at("/properties/status_since").asText()).isEqualTo("2024-06-20T10:00:00Z");
      assertThat(own.json("/ogc", "application/json").get("description").asText())
          .contains("journal entries 0 to 43"); // the demo (17), the pillar register (18), the watch (7), the incident
    }
  }
}
