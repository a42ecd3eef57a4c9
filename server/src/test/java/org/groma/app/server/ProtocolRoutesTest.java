package org.groma.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.groma.app.commission.PeaceProcessScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sittings, protocols and commitments over HTTP; above all, a confidential protocol is never served to a
 * role the regulations do not let read it: not by its route, not through the journal's entries.
 */
class ProtocolRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  private static HttpResponse<String> get(ServerFixture f, String path, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(f.uri(path)).GET();
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return f.send(b.build());
  }

  private static ServerFixture fixture(Path dir) {
    return new ServerFixture(dir, new ApiRoutesTest.MovableClock(), SignInPolicy.standard(), true);
  }

  @Test
  void a_confidential_protocol_is_refused_to_anonymous_clients_observers_and_experts_and_served_to_co_chairs()
      throws Exception {
    try (ServerFixture f = fixture(dir)) {
      String path = "/api/protocols/" + PeaceProcessScript.PROTOCOL;
      HttpResponse<String> anonymous = f.get(path);
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
      assertThat(json(anonymous).get("detail").asText()).isEqualTo("protocol P-2 is confidential; sign in as a member"
          + " whose role may read it (co-chair, admin)");
      assertThat(anonymous.body()).doesNotContain("discussed");

      HttpResponse<String> observer = get(f, path, f.signIn("b-observer"));
      assertThat(observer.statusCode()).isEqualTo(403);
      assertThat(observer.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
      assertThat(json(observer).get("detail").asText()).isEqualTo("protocol P-2 is confidential and user b-observer"
          + " (observer) may not read it; the regulations let co-chair, admin read confidential protocols");
      assertThat(observer.body()).doesNotContain("discussed");
      assertThat(get(f, path, f.signIn("a-expert")).statusCode()).isEqualTo(403);

      HttpResponse<String> chair = get(f, path, f.signIn("b-chair"));
      assertThat(chair.statusCode()).as(chair.body()).isEqualTo(200);
      JsonNode p = json(chair);
      assertThat(p.get("status").asText()).isEqualTo("in force");
      assertThat(p.at("/texts/en").asText()).contains("agreed to meet again");
      assertThat(p.get("version").asInt()).isEqualTo(2);
      assertThat(p.get("signatures")).hasSize(2);
      p.get("signatures").forEach(s -> assertThat(s.get("protocolHash").asText()).isEqualTo(p.get("protocolHash")
          .asText()));

      // an open protocol is served to anyone
      HttpResponse<String> open = f.get("/api/protocols/" + PeaceProcessScript.WG_PROTOCOL);
      assertThat(open.statusCode()).isEqualTo(200);
      assertThat(json(open).at("/kilometres/0/agreedKm").asText()).isEqualTo("4.25");
      assertThat(f.get("/api/protocols/P-404").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void the_journal_withholds_a_confidential_protocols_body_and_stored_bytes_from_who_may_not_read_it()
      throws Exception {
    try (ServerFixture f = fixture(dir)) {
      String observer = f.signIn("b-observer");
      String chair = f.signIn("a-chair");
      JsonNode forObserver = json(get(f, "/api/entries?from=0&limit=1000", observer));
      JsonNode forChair = json(get(f, "/api/entries?from=0&limit=1000", chair));
      int drafted = 0;
      for (int i = 0; i < forObserver.get("entries").size(); i++) {
        JsonNode o = forObserver.get("entries").get(i);
        JsonNode c = forChair.get("entries").get(i);
        if (!o.get("type").asText().equals("protocol-drafted")) {
          assertThat(o).isEqualTo(c);
          continue;
        }
        String id = c.at("/body/protocolId").asText();
        if (id.equals(PeaceProcessScript.PROTOCOL)) {
          drafted++;
          assertThat(o.get("body").toString()).isEqualTo("{\"withheld\":\"confidential\",\"protocolId\":\"P-2\"}");
          assertThat(o.get("stored").isNull()).isTrue();
          assertThat(o.get("entryHash")).isEqualTo(c.get("entryHash"));
          assertThat(o.get("inclusionProof")).isEqualTo(c.get("inclusionProof"));
          assertThat(c.at("/body/texts/en").asText()).contains("discussed");
          assertThat(c.get("stored").isNull()).isFalse();
          long seq = o.get("seq").asLong();
          assertThat(f.get("/api/entries/" + seq).body()).doesNotContain("discussed");
        } else {
          assertThat(o).isEqualTo(c); // the working group's open protocol
        }
      }
      assertThat(drafted).as("versions of the confidential protocol").isEqualTo(2);
    }
  }

  @Test
  void sittings_list_particulars_and_status_but_no_text_and_commitments_roll_up() throws Exception {
    try (ServerFixture f = fixture(dir)) {
      HttpResponse<String> r = f.get("/api/sittings");
      assertThat(r.body()).doesNotContain("discussed");
      JsonNode v = json(r);
      assertThat(v.at("/regulations/regulationsId").asText()).isEqualTo("REG-1");
      JsonNode second = v.get("sittings").get(1);
      assertThat(second.get("sittingId").asText()).isEqualTo("sitting-2");
      assertThat(second.at("/details/venueKind").asText()).isEqualTo("party-b");
      assertThat(second.at("/protocols/0/status").asText()).isEqualTo("in force");
      assertThat(second.at("/protocols/0/readable").asBoolean()).isFalse();
      assertThat(json(get(f, "/api/sittings", f.signIn("a-chair"))).at("/sittings/1/protocols/0/readable")
          .asBoolean()).isTrue();
      assertThat(v.at("/sectors/0/remainingKm").asText()).isEqualTo("8.25");

      JsonNode d = json(f.get("/api/commitments/dashboard"));
      assertThat(d.get("periods").toString()).isEqualTo("[\"2024-Q3\",\"2024-Q4\"]");
      assertThat(d.at("/byAgreement/0/agreed/percent").decimalValue()).isEqualByComparingTo("33.3");
      JsonNode c = json(f.get("/api/commitments"));
      assertThat(c.at("/commitments/2/due").asText()).isEqualTo("2025-02-02");
    }
  }
}
