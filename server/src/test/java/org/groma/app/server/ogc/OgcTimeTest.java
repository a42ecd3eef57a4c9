package org.groma.app.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * datetime on collections whose features have an interval of time (OGC API – Features Part 1, 7.15.4): posts
 * (established to closed, open while not closed) and patrols (first fix to last), with their temporal extent,
 * so QGIS's temporal controller can play them back; see {@link OgcFixture} for the posts and patrols.
 */
class OgcTimeTest {

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

  private static List<String> ids(String query) throws Exception {
    JsonNode page = f.json("/ogc/collections/" + query, "application/geo+json");
    List<String> out = new ArrayList<>();
    page.get("features").forEach(x -> out.add(x.get("id").asText()));
    assertThat(page.get("numberMatched").asInt()).isEqualTo(out.size());
    return out;
  }

  @Test
  void a_patrol_is_selected_when_its_time_from_first_to_last_fix_meets_the_filter() throws Exception {
    // PT-1: 13 June 2024 05:00 to 06:00; PT-2: 17 June 05:00 to 08:00 (fixes an hour apart, two parts)
    assertThat(ids("patrols/items")).containsExactly("PT-1", "PT-2");
    assertThat(ids("patrols/items?datetime=2024-06-13")).containsExactly("PT-1");
    assertThat(ids("patrols/items?datetime=2024-06-13T05:30:00Z")).containsExactly("PT-1");
    assertThat(ids("patrols/items?datetime=2024-06-13T08:30:00%2B03:00")).containsExactly("PT-1");
    assertThat(ids("patrols/items?datetime=2024-06-13T06:00:01Z")).isEmpty();
    assertThat(ids("patrols/items?datetime=../2024-06-13T05:00:00Z")).containsExactly("PT-1");
    assertThat(ids("patrols/items?datetime=2024-06-13T06:00:00Z/..")).containsExactly("PT-1", "PT-2");
    assertThat(ids("patrols/items?datetime=2024-06-14/")).containsExactly("PT-2");
    assertThat(ids("patrols/items?datetime=/2024-06-16")).containsExactly("PT-1");
    assertThat(ids("patrols/items?datetime=2024-06-01/2024-06-30")).containsExactly("PT-1", "PT-2");
    assertThat(ids("patrols/items?datetime=2024-06-14/2024-06-16")).isEmpty();
  }

  @Test
  void a_post_is_selected_from_its_establishment_until_its_closing_and_while_open_ever_after() throws Exception {
    // OP-1 from 12 June 08:00, open; CP-1 from 12 June 09:00, closed 15 June 08:00
    assertThat(ids("posts/items?datetime=2024-06-13")).containsExactly("OP-1", "CP-1"); // in the order established
    assertThat(ids("posts/items?datetime=2024-06-12T08:30:00Z")).containsExactly("OP-1");
    assertThat(ids("posts/items?datetime=2024-06-16/..")).containsExactly("OP-1");
    assertThat(ids("posts/items?datetime=2030-01-01T00:00:00Z")).containsExactly("OP-1");
    assertThat(ids("posts/items?datetime=../2024-06-11")).isEmpty();
    JsonNode cp = f.json("/ogc/collections/posts/items/CP-1", "application/geo+json");
    assertThat(cp.at("/properties/status").asText()).isEqualTo("closed");
    assertThat(cp.at("/properties/closed_at").asText()).isEqualTo("2024-06-15T08:00:00Z");
    assertThat(cp.at("/properties/party").asText()).isEqualTo("M");
    assertThat(cp.at("/geometry").toString()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[0.17,0.108]}");
    assertThat(f.json("/ogc/collections/posts/items/OP-1", "application/geo+json").at("/properties/closed_at")
        .isNull()).isTrue();
  }

  @Test
  void the_temporal_extent_is_filled_and_open_while_a_post_is_open() throws Exception {
    assertThat(f.json("/ogc/collections/patrols", "application/json").at("/extent/temporal").toString())
        .isEqualTo("{\"interval\":[[\"2024-06-13T05:00:00Z\",\"2024-06-17T08:00:00Z\"]],"
            + "\"trs\":\"http://www.opengis.net/def/uom/ISO-8601/0/Gregorian\"}");
    assertThat(f.json("/ogc/collections/posts", "application/json").at("/extent/temporal/interval").toString())
        .isEqualTo("[[\"2024-06-12T08:00:00Z\",null]]");
  }

  @Test
  void patrols_carry_their_track_parts_and_what_they_commit_to() throws Exception {
    JsonNode pt2 = f.json("/ogc/collections/patrols/items/PT-2", "application/geo+json");
    assertThat(pt2.at("/geometry/type").asText()).isEqualTo("MultiLineString");
    assertThat(pt2.at("/geometry/coordinates").size()).isEqualTo(2);
    assertThat(pt2.at("/properties/start_time").asText()).isEqualTo("2024-06-17T05:00:00Z");
    assertThat(pt2.at("/properties/end_time").asText()).isEqualTo("2024-06-17T08:00:00Z");
    assertThat(pt2.at("/properties/fixes").asInt()).isEqualTo(4);
    assertThat(pt2.at("/properties/gpx_sha256").asText()).hasSize(64);
    assertThat(pt2.at("/properties/status_since").asText()).isEqualTo("2024-06-18T08:00:00Z");
  }

  @Test
  void a_bad_datetime_is_a_400_saying_what_is_wrong() throws Exception {
    for (String[] c : List.of(
        new String[] {"2024-13-01", "datetime \"2024-13-01\" is not an instant or interval: \"2024-13-01\" is not a"
            + " date (YYYY-MM-DD)"},
        new String[] {"2024-06-20/2024-06-01", "datetime \"2024-06-20/2024-06-01\" is not an instant or interval:"
            + " its start 2024-06-20T00:00:00Z is after its end 2024-06-01T23:59:59.999999999Z"},
        new String[] {"2024-06-01/2024-06-02/2024-06-03", "datetime \"2024-06-01/2024-06-02/2024-06-03\" is not an"
            + " instant or interval: an interval has one \"/\""},
        new String[] {"2024-06-01T10:00:00", "datetime \"2024-06-01T10:00:00\" is not an instant or interval:"
            + " \"2024-06-01T10:00:00\" is not an RFC 3339 date-time such as 2024-05-14T10:00:00Z"})) {
      HttpResponse<String> r = f.get("/ogc/collections/patrols/items?datetime=" + c[0]);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
      JsonNode p = OgcFixture.JSON.readTree(r.body());
      assertThat(p.get("title").asText()).isEqualTo("Bad datetime");
      assertThat(p.get("detail").asText()).isEqualTo(c[1]);
    }
  }
}
