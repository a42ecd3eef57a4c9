package org.groma.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue "Trust", item 6 (d)–(f): strict JSON, security headers on every answer, Jetty's own errors as
 * problem+json.
 */
class SecurityHeadersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static void assertSecurityHeaders(HttpResponse<?> r) {
    assertThat(r.headers().firstValue("content-security-policy").orElseThrow())
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'");
    assertThat(r.headers().allValues("content-security-policy")).hasSize(1);
    assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("referrer-policy")).hasValue("no-referrer");
    assertThat(r.headers().firstValue("x-frame-options")).hasValue("DENY");
  }

  @Test
  void every_answer_carries_the_security_headers() throws Exception {
    try (ServerFixture f = new ServerFixture(dir, new ApiRoutesTest.MovableClock())) {
      for (String path : List.of("/", "/app.js", "/style.css", "/webjars/ol/10.7.0/dist/ol.js", "/api/state",
          "/api/entries/99", "/no/such/page", "/api/state?at=x", "/ogc", "/sync/checkpoint", "/api/session")) {
        HttpResponse<String> r = f.get(path);
        assertSecurityHeaders(r);
      }
      assertSecurityHeaders(f.post("/api/acts/note", null, "{}"));
      assertSecurityHeaders(f.send(HttpRequest.newBuilder(f.uri("/api/acts/note"))
          .POST(HttpRequest.BodyPublishers.ofString("x")).build()));
      assertSecurityHeaders(f.post("/api/acts/note", f.signIn("a-chair"), "{\"noteId\":\"N-4\",\"text\":\""
          + "x".repeat(2_000_000) + "\",\"sectionId\":null}"));
    }
  }

  @Test
  void request_json_is_strict_duplicate_keys_and_trailing_data_are_refused() throws Exception {
    try (ServerFixture f = new ServerFixture(dir, new ApiRoutesTest.MovableClock())) {
      String chair = f.signIn("a-chair");
      long size = f.node.size();
      HttpResponse<String> dup = f.post("/api/acts/note", chair,
          "{\"noteId\":\"N-2\",\"text\":\"one\",\"text\":\"two\",\"sectionId\":null}");
      assertThat(dup.statusCode()).isEqualTo(400);
      JsonNode p = JSON.readTree(dup.body());
      assertThat(p.get("title").asText()).isEqualTo("Malformed JSON");
      assertThat(p.get("detail").asText()).contains("Duplicate field 'text'", "line 1, column");
      HttpResponse<String> trailing = f.post("/api/acts/note", chair,
          "{\"noteId\":\"N-2\",\"text\":\"one\",\"sectionId\":null} {\"noteId\":\"N-3\"}");
      assertThat(trailing.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(trailing.body()).get("detail").asText()).contains("Trailing token");
      HttpResponse<String> dupSignIn = f.send(HttpRequest.newBuilder(f.uri("/api/session"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
              "{\"user\":\"nobody\",\"user\":\"a-chair\",\"password\":\"" + ServerFixture.PASSWORD + "\"}")).build());
      assertThat(dupSignIn.statusCode()).isEqualTo(400);
      assertThat(f.post("/api/compare", null, "{\"line1\":{},\"line1\":{}}").statusCode()).isEqualTo(400);
      assertThat(f.post("/sync/entries", null, "{\"origin\":\"x\",\"origin\":\"y\"}").body())
          .contains("Duplicate field 'origin'");
      assertThat(f.node.size()).isEqualTo(size);
    }
  }

  /** Sends raw bytes and reads the whole answer (the node closes the connection after an error). */
  private static String raw(int port, String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode assertJettyProblem(String answer, int status) throws Exception {
    String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
    assertThat(head).startsWith("http/1.1 " + status);
    assertThat(head).contains("content-type: application/problem+json", "x-content-type-options: nosniff",
        "content-security-policy: default-src 'self'", "x-frame-options: deny", "referrer-policy: no-referrer");
    assertThat(answer).doesNotContain("<html", "<HTML");
    JsonNode p = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("type").asText()).isEqualTo("about:blank");
    return p;
  }

  @Test
  void jetty_own_errors_are_problem_json_not_html() throws Exception {
    try (ServerFixture f = new ServerFixture(dir, new ApiRoutesTest.MovableClock())) {
      int port = f.server.port();
      String longLine = raw(port, "GET /api/state?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
      assertThat(assertJettyProblem(longLine, 414).get("detail").asText()).contains("longer than this node accepts");
      String malformed = raw(port, "GET /api/state HTTP/1.1 extra\r\nHost: 127.0.0.1\r\n\r\n");
      assertThat(assertJettyProblem(malformed, 400).get("title").asText()).isEqualTo("Bad request");
      assertJettyProblem(raw(port, "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 400);
      assertJettyProblem(raw(port, "GET /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n"), 400);
    }
  }

  @Test
  void log_text_escapes_line_breaks_and_other_controls() {
    assertThat(LogText.escape("eve\r\n2024-07-01 INFO signed in as admin")).isEqualTo(
        "eve\\u000d\\u000a2024-07-01 INFO signed in as admin");
    assertThat(LogText.escape("a\u0000b\u001bc\u007fd\u0085e\u2028f")).isEqualTo(
        "a\\u0000b\\u001bc\\u007fd\\u0085e\\u2028f");
    assertThat(LogText.escape("say \"hi\" \\u000a")).isEqualTo("say \\u0022hi\\u0022 \\u005cu000a");
    assertThat(LogText.escape("a-chair")).isEqualTo("a-chair");
    assertThat(LogText.escape("x".repeat(500))).hasSize(LogText.MAX_CHARS + 1).endsWith("…");
    assertThat(LogText.escape(null)).isEqualTo("null");
  }
}
