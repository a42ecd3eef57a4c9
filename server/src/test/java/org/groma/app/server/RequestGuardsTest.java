package org.groma.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue "Trust", item 6 (a)–(c): JSON-only writes, same-origin only, no method override. */
class RequestGuardsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NOTE = "{\"noteId\":\"N-2\",\"text\":\"A note.\",\"sectionId\":null}";

  @TempDir
  Path dir;

  private static void assertProblem(HttpResponse<String> r, int status, String detail) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
    assertThat(JSON.readTree(r.body()).get("detail").asText()).contains(detail);
  }

  private static HttpRequest.Builder post(ServerFixture f, String path, String cookie, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(f.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    return cookie == null ? b : b.header("Cookie", cookie);
  }

  @Test
  void writes_need_content_type_application_json() throws Exception {
    try (ServerFixture f = new ServerFixture(dir, new ApiRoutesTest.MovableClock())) {
      String chair = f.signIn("a-chair");
      long size = f.node.size();
      assertProblem(f.send(post(f, "/api/acts/note", chair, NOTE).build()), 415, "no Content-Type");
      for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
          "application/json; charset=iso-8859-1", "application/jsonx", "text/json"}) {
        assertProblem(f.send(post(f, "/api/acts/note", chair, NOTE).header("Content-Type", type).build()), 415,
            "Content-Type: application/json");
      }
      assertProblem(f.send(post(f, "/api/session", null, "{\"user\":\"a-chair\",\"password\":\""
          + ServerFixture.PASSWORD + "\"}").header("Content-Type", "text/plain").build()), 415, "POST /api/session");
      assertProblem(f.send(post(f, "/api/compare", null, "{}").header("Content-Type", "text/plain").build()), 415,
          "application/json");
      assertProblem(f.send(post(f, "/sync/entries", null, "{}").build()), 415, "application/json");
      HttpResponse<String> signOut = f.send(HttpRequest.newBuilder(f.uri("/api/session")).DELETE()
          .header("Cookie", chair).build());
      assertProblem(signOut, 415, "DELETE /api/session");
      assertThat(f.node.size()).isEqualTo(size);

      HttpResponse<String> ok = f.send(post(f, "/api/acts/note", chair, NOTE)
          .header("Content-Type", "Application/JSON; Charset=\"UTF-8\"").build());
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
      HttpResponse<String> out = f.send(HttpRequest.newBuilder(f.uri("/api/session")).DELETE()
          .header("Cookie", chair).header("Content-Type", "application/json").build());
      assertThat(out.statusCode()).isEqualTo(204);
      assertThat(f.get("/api/state").statusCode()).as("reads need no Content-Type").isEqualTo(200);
    }
  }

  @Test
  void cross_origin_requests_are_refused_and_same_origin_and_node_clients_pass() throws Exception {
    try (ServerFixture f = new ServerFixture(dir, new ApiRoutesTest.MovableClock())) {
      String chair = f.signIn("a-chair");
      String own = "http://127.0.0.1:" + f.server.port();
      long size = f.node.size();
      for (String site : new String[] {"cross-site", "same-site"}) {
        assertProblem(f.send(post(f, "/api/acts/note", chair, NOTE).header("Content-Type", "application/json")
            .header("Sec-Fetch-Site", site).build()), 403, "comes from a " + site + " page");
      }
      for (String origin : new String[] {"http://127.0.0.1:1", "http://localhost:" + f.server.port(),
          "https://127.0.0.1:" + f.server.port(), "null", own + "/"}) {
        assertProblem(f.send(post(f, "/api/acts/note", chair, NOTE).header("Content-Type", "application/json")
            .header("Origin", origin).build()), 403, "is not this node's (" + own + ")");
      }
      assertProblem(f.send(HttpRequest.newBuilder(f.uri("/api/whoami")).header("Cookie", chair)
          .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "cors").build()), 403, "cross-site");
      assertThat(f.node.size()).isEqualTo(size);

      // A link followed from another site still opens the map; the browser's own address bar is "none".
      assertThat(f.send(HttpRequest.newBuilder(f.uri("/")).header("Sec-Fetch-Site", "cross-site")
          .header("Sec-Fetch-Mode", "navigate").build()).statusCode()).isEqualTo(200);
      assertThat(f.send(HttpRequest.newBuilder(f.uri("/")).header("Sec-Fetch-Site", "none")
          .header("Sec-Fetch-Mode", "navigate").build()).statusCode()).isEqualTo(200);
      // ...but a form posted from there is refused even as a navigation.
      assertProblem(f.send(post(f, "/api/acts/note", chair, NOTE).header("Content-Type", "application/json")
          .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "navigate").build()), 403, "cross-site");

      HttpResponse<String> sameOrigin = f.send(post(f, "/api/acts/note", chair, NOTE)
          .header("Content-Type", "application/json").header("Origin", own)
          .header("Sec-Fetch-Site", "same-origin").build());
      assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(201);
      // A node-to-node client sends neither header.
      assertThat(f.get("/sync/entries?from=0&to=1").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void a_post_with_a_method_override_header_is_not_taken_as_another_method() throws Exception {
    try (ServerFixture f = new ServerFixture(dir, new ApiRoutesTest.MovableClock())) {
      String chair = f.signIn("a-chair");
      for (String header : new String[] {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"}) {
        assertProblem(f.send(post(f, "/api/session", chair, "{}").header("Content-Type", "application/json")
            .header(header, "DELETE").build()), 400, "the " + header + " header is not accepted");
      }
      HttpResponse<String> me = f.send(HttpRequest.newBuilder(f.uri("/api/session")).header("Cookie", chair).build());
      assertThat(me.statusCode()).as("still signed in: no DELETE happened").isEqualTo(200);
      assertThat(JSON.readTree(me.body()).get("user").asText()).isEqualTo("a-chair");
    }
  }

  @Test
  void content_type_and_origin_rules() {
    assertThat(RequestGuards.isJson("application/json")).isTrue();
    assertThat(RequestGuards.isJson("application/json;charset=utf-8")).isTrue();
    assertThat(RequestGuards.isJson("application/json; charset=UTF-8")).isTrue();
    assertThat(RequestGuards.isJson("application/json; boundary=x")).isFalse();
    assertThat(RequestGuards.isJson("application/problem+json")).isFalse();
    assertThat(RequestGuards.isJson(null)).isFalse();
    assertThat(RequestGuards.normalize("HTTP://Example.org")).isEqualTo("http://example.org:80");
    assertThat(RequestGuards.normalize("https://example.org:443")).isEqualTo("https://example.org:443");
    assertThat(RequestGuards.normalize("null")).isNull();
    assertThat(RequestGuards.normalize("http://example.org/path")).isNull();
  }
}
