package org.groma.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.log.ProofVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** A clock the test can move, for session expiry. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2024-07-01T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void reads_state_as_of_a_date_and_entries_with_inclusion_proofs() throws Exception {
    try (ServerFixture f = new ServerFixture(dir, new MovableClock())) {
      JsonNode may1 = json(f.get("/api/state?atTime=2024-05-01T00:00:00Z"));
      assertThat(may1.at("/state/decisions/0/inForce").asBoolean()).isFalse();
      JsonNode now = json(f.get("/api/state"));
      assertThat(now.at("/state/decisions/0/inForce").asBoolean()).isTrue();
      assertThat(now.get("size").asLong()).isEqualTo(17);

      JsonNode page = json(f.get("/api/entries?from=14&limit=2"));
      JsonNode e = page.get("entries").get(0);
      assertThat(e.get("type").asText()).isEqualTo("decision-endorsed");
      List<MerkleHash> proof = new java.util.ArrayList<>();
      e.get("inclusionProof").forEach(h -> proof.add(MerkleHash.fromHex(h.asText())));
      ProofVerifier.verifyInclusion(MerkleHash.fromHex(e.get("entryHash").asText()), 14, 17, proof,
          MerkleHash.fromHex(page.get("root").asText()));

      HttpResponse<String> missing = f.get("/api/entries/99");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
      assertThat(json(missing).get("detail").asText()).contains("no entry 99");
      assertThat(f.get("/api/state?at=x").statusCode()).isEqualTo(400);
    }
  }

  @Test
  void acts_need_a_session_the_right_role_and_the_rules_consent() throws Exception {
    MovableClock clock = new MovableClock();
    try (ServerFixture f = new ServerFixture(dir, clock)) {
      String note = "{\"noteId\":\"N-2\",\"text\":\"A note from the mediator.\",\"sectionId\":null}";
      assertThat(f.post("/api/acts/note", null, note).statusCode()).isEqualTo(401);
      String med = f.signIn("mediator");
      HttpResponse<String> ok = f.post("/api/acts/note", med, note);
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
      assertThat(json(ok).get("seq").asLong()).isEqualTo(17);

      long size = f.node.size();
      HttpResponse<String> again = f.post("/api/acts/note", med, note);
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(json(again).get("title").asText()).isEqualTo("Refused by the commission's rules");

      String endorse = "{\"decisionId\":\"D-1\",\"draftHash\":\"" + "0".repeat(64) + "\"}";
      assertThat(f.post("/api/acts/decision-endorsed", med, endorse).statusCode()).isEqualTo(403);
      String observer = f.signIn("b-observer");
      assertThat(f.post("/api/acts/note", observer, note.replace("N-2", "N-3")).statusCode()).isEqualTo(403);
      assertThat(f.post("/api/acts/note", med, "{\"noteId\": ").statusCode()).isEqualTo(400);
      assertThat(f.post("/api/acts/no-such-act", med, "{}").statusCode()).isEqualTo(404);
      HttpResponse<String> big = f.post("/api/acts/note", med, "{\"noteId\":\"N-4\",\"text\":\""
          + "x".repeat(2_000_000) + "\",\"sectionId\":null}");
      assertThat(big.statusCode()).isEqualTo(413);
      assertThat(f.node.size()).isEqualTo(size);

      clock.now = clock.now.plus(Duration.ofMinutes(31));
      HttpResponse<String> expired = f.post("/api/acts/note", med, note.replace("N-2", "N-5"));
      assertThat(expired.statusCode()).isEqualTo(401);
      assertThat(json(expired).get("detail").asText()).contains("expired");
      assertThat(f.node.size()).isEqualTo(size);
    }
  }

  @Test
  void a_map_sheet_is_registered_for_a_source_through_the_generic_act_route() throws Exception {
    try (ServerFixture f = new ServerFixture(dir, new MovableClock())) {
      JsonNode src = json(f.get("/api/state")).at("/state/sources/0");
      assertThat(src.get("sourceId").asText()).isEqualTo("SRC-1");
      assertThat(src.get("mapSheet").isNull()).isTrue();
      String body = "{\"sourceId\":\"SRC-1\",\"sheet\":\"K-38-123-А\",\"editionYear\":1975,\"surveyYear\":1968,"
          + "\"issuer\":\"GUGK\",\"scanDpi\":600,\"suppliedBy\":\"A\",\"sourceHash\":\""
          + src.get("entryHash").asText() + "\"}";
      String chair = f.signIn("a-chair");
      long size = f.node.size();
      assertThat(f.post("/api/acts/map-sheet-registered", f.signIn("b-observer"), body).statusCode())
          .isEqualTo(403);
      HttpResponse<String> forged = f.post("/api/acts/map-sheet-registered", chair,
          body.replace(src.get("entryHash").asText(), "0".repeat(64)));
      assertThat(forged.statusCode()).isEqualTo(409);
      assertThat(json(forged).get("detail").asText()).contains("it quotes source hash " + "0".repeat(64));
      HttpResponse<String> notCanonical = f.post("/api/acts/map-sheet-registered", chair,
          body.replace("K-38-123-А", "К-38-123-А"));
      assertThat(notCanonical.statusCode()).isEqualTo(400);
      assertThat(json(notCanonical).get("detail").asText()).contains("is not in canonical form; write K-38-123-А");
      HttpResponse<String> wrongScale = f.post("/api/acts/map-sheet-registered", chair,
          body.replace("K-38-123-А", "K-38-123"));
      assertThat(wrongScale.statusCode()).isEqualTo(409);
      assertThat(json(wrongScale).get("detail").asText())
          .contains("sheet K-38-123 is at 1:100 000 but source SRC-1 is registered at 1:50 000");
      assertThat(f.node.size()).isEqualTo(size);

      HttpResponse<String> ok = f.post("/api/acts/map-sheet-registered", chair, body);
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
      JsonNode sheet = json(f.get("/api/state")).at("/state/sources/0/mapSheet");
      assertThat(sheet.get("sheet").asText()).isEqualTo("K-38-123-А");
      assertThat(sheet.get("surveyYear").asInt()).isEqualTo(1968);
      assertThat(sheet.get("scanDpi").asInt()).isEqualTo(600);
      assertThat(sheet.get("suppliedBy").asText()).isEqualTo("A");
      assertThat(sheet.get("seq").asLong()).isEqualTo(size);
      assertThat(f.post("/api/acts/map-sheet-registered", chair, body).statusCode()).isEqualTo(409);
    }
  }

  @Test
  void concurrent_acts_are_all_accepted_in_one_order_whatever_order_they_read_the_clock_in() throws Exception {
    // A clock that moves forward a millisecond per reading but hands the reading back after a random pause, as a
    // busy machine might: requests then reach the node in another order than they read the clock.
    Clock jittery = new Clock() {
      private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();

      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        Instant t = Instant.parse("2024-07-01T09:00:00Z").plusMillis(reads.incrementAndGet());
        try {
          Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(4));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return t;
      }
    };
    try (ServerFixture f = new ServerFixture(dir, jittery)) {
      int threads = 8;
      int each = 10;
      long before = f.node.size();
      List<String> cookies = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        cookies.add(f.signIn(List.of("mediator", "a-chair", "b-chair").get(t % 3)));
      }
      List<Integer> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
      try {
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          done.add(pool.submit(() -> {
            for (int n = 0; n < each; n++) {
              String note = "{\"noteId\":\"N-t" + thread + "-" + n + "\",\"text\":\"A note.\",\"sectionId\":null}";
              statuses.add(f.post("/api/acts/note", cookies.get(thread), note).statusCode());
            }
            return null;
          }));
        }
        for (var d : done) {
          d.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(statuses).hasSize(threads * each).containsOnly(201);
      assertThat(f.node.size()).isEqualTo(before + threads * each);
    }
    assertThat(org.groma.app.node.CommissionNode.verify(dir.resolve("demo.gpkg"), n -> {}).ok()).isTrue();
  }

  @Test
  void a_member_of_one_party_cannot_act_for_the_other_and_bad_lines_change_nothing() throws Exception {
    try (ServerFixture f = new ServerFixture(dir, new MovableClock())) {
      long size = f.node.size();
      String aChair = f.signIn("a-chair");
      String forB = "{\"party\":\"B\",\"member\":\"Surveyor B\",\"roles\":[\"surveyor\"],\"keyId\":\""
          + f.keys.keyId("witness-b") + "\",\"publicKey\":\"" + f.keys.publicKey("witness-b") + "\"}";
      HttpResponse<String> r = f.post("/api/acts/member-added", aChair, forB);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
      assertThat(json(r).get("detail").asText()).contains("Party A co-chair");

      String expert = f.signIn("a-expert");
      String badLine = "{\"proposalId\":\"A-S9\",\"sectionId\":\"S-9\",\"sittingId\":\"sitting-1\","
          + "\"line\":[[10000000,95000000000],[20000000,10000000]],\"segments\":[{\"lineType\":\"geodesic\","
          + "\"feature\":null}],\"sourceIds\":[]}";
      HttpResponse<String> bad = f.post("/api/acts/line-proposed", expert, badLine);
      assertThat(bad.statusCode()).as(bad.body()).isBetween(400, 422);
      assertThat(json(bad).get("detail").asText()).isNotBlank();
      assertThat(f.node.size()).isEqualTo(size);
    }
  }
}
