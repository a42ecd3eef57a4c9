package org.groma.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.groma.app.BadInputException;
import org.groma.app.testing.Threads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue "Trust", items 6 (g) and 7: user names with control characters are refused before any password work,
 * and sign-in under attack is throttled (429) and checked in a bounded pool (503) while reads go on.
 */
class SignInTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static HttpResponse<String> signIn(ServerFixture f, String user, String password) throws Exception {
    String body = JSON.writeValueAsString(Map.of("user", user, "password", password));
    return f.send(HttpRequest.newBuilder(f.uri("/api/session")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  @Test
  void a_user_name_with_a_control_character_is_refused_with_400_before_any_hash() throws Exception {
    try (ServerFixture f = new ServerFixture(dir, new ApiRoutesTest.MovableClock())) {
      long checks = f.server.signIn().checksStarted();
      for (String user : new String[] {"a-chair\n2024-07-01 INFO forged line", "a-chair\r", "\u0000", "a\u0085b",
          "a chair", "", "x".repeat(65)}) {
        HttpResponse<String> r = signIn(f, user, ServerFixture.PASSWORD);
        assertThat(r.statusCode()).as(user).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).get("detail").asText()).startsWith("\"user\": a user name is 1–64 of");
      }
      assertThat(JSON.readTree(signIn(f, "a-chair\n", "x").body()).get("detail").asText())
          .contains("U+000A (a control character) at position 8");
      assertThat(f.server.signIn().checksStarted()).as("no password was checked").isEqualTo(checks);
      assertThat(signIn(f, "a-chair", ServerFixture.PASSWORD).statusCode()).isEqualTo(200);
      assertThat(f.server.signIn().checksStarted()).isEqualTo(checks + 1);
    }
  }

  @Test
  void accounts_refuse_control_characters_when_made_and_when_read() throws Exception {
    Accounts accounts = Accounts.load(dir.resolve("a.json"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.put("eve\nadmin",
        org.groma.journal.entry.Party.A, "Eve", java.util.List.of(), "long enough pass".toCharArray(),
        new java.security.SecureRandom())).isInstanceOf(BadInputException.class).hasMessageContaining("U+000A");
    java.nio.file.Files.writeString(dir.resolve("b.json"), "[{\"user\":\"eve\\u001b[31m\",\"party\":\"A\","
        + "\"member\":\"Eve\",\"roles\":[],\"passwordHash\":\"x\"}]");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Accounts.load(dir.resolve("b.json")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("account 0: \"user\"")
        .hasMessageContaining("U+001B");
  }

  @Test
  void repeated_failures_are_answered_429_with_retry_after_and_a_success_resets_the_account() throws Exception {
    ApiRoutesTest.MovableClock clock = new ApiRoutesTest.MovableClock();
    try (ServerFixture f = new ServerFixture(dir, clock)) {
      for (int i = 0; i < 6; i++) {
        assertThat(signIn(f, "a-chair", "wrong password " + i).statusCode()).isEqualTo(401);
      }
      long checks = f.server.signIn().checksStarted();
      HttpResponse<String> held = signIn(f, "a-chair", ServerFixture.PASSWORD);
      assertThat(held.statusCode()).isEqualTo(429);
      assertThat(held.headers().firstValue("retry-after")).hasValue("1");
      assertThat(held.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
      assertThat(JSON.readTree(held.body()).get("detail").asText()).contains("try again in 1 s");
      assertThat(f.server.signIn().checksStarted()).as("refused before hashing").isEqualTo(checks);

      clock.now = clock.now.plusSeconds(1);
      assertThat(signIn(f, "a-chair", ServerFixture.PASSWORD).statusCode()).isEqualTo(200);
      assertThat(f.server.signIn().throttle().failures("a-chair")).isZero();
    }
  }

  @Test
  void two_hundred_concurrent_wrong_sign_ins_from_one_address_cost_six_hashes() throws Exception {
    try (ServerFixture f = new ServerFixture(dir, new ApiRoutesTest.MovableClock())) {
      Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
      Threads.togetherOrThrow(200, t -> statuses.computeIfAbsent(signIn(f, t % 2 == 0 ? "a-chair" : "nobody-" + t,
          "wrong password").statusCode(), k -> new AtomicInteger()).incrementAndGet());
      // Five failures are free; the sixth is let through and holds the address off; the rest wait on no hash.
      assertThat(statuses.get(401).get()).isEqualTo(6);
      assertThat(statuses.get(429).get()).isEqualTo(194);
      assertThat(f.server.signIn().checksStarted()).isEqualTo(6);
    }
  }

  @Test
  void unthrottled_sign_ins_beyond_the_pool_are_answered_503_while_reads_go_on() throws Exception {
    SignInPolicy tight = SignInPolicy.standard().unthrottled().withCheckers(1, 1);
    try (ServerFixture f = new ServerFixture(dir, new ApiRoutesTest.MovableClock(), tight)) {
      Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
      AtomicInteger reads = new AtomicInteger();
      Threads.togetherOrThrow(220, t -> {
        if (t >= 200) {
          HttpResponse<String> r = f.get("/api/state");
          assertThat(r.statusCode()).isEqualTo(200);
          reads.incrementAndGet();
          return;
        }
        HttpResponse<String> r = signIn(f, "a-chair", "wrong password");
        if (r.statusCode() == 503) {
          assertThat(r.headers().firstValue("retry-after")).hasValue("1");
          assertThat(JSON.readTree(r.body()).get("title").asText()).isEqualTo("Busy");
        }
        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
      });
      assertThat(statuses.keySet()).containsOnly(401, 503);
      assertThat(statuses.get(503).get()).isPositive();
      assertThat(statuses.get(401).get() + statuses.get(503).get()).isEqualTo(200);
      assertThat(reads.get()).isEqualTo(20);
    }
  }
}
