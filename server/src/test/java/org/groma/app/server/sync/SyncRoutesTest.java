package org.groma.app.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import org.groma.app.commission.DemoCommission;
import org.groma.journal.entry.Author;
import org.groma.journal.entry.Entry;
import org.groma.journal.entry.Party;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.json.JsonObject;
import org.groma.journal.json.JsonParser;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.Cosignature;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /sync routes on bad input: a 4xx problem with a clear detail, and nothing stored. */
class SyncRoutesTest {

  @TempDir
  Path dir;

  private static final String JSON_TYPE = "application/json";

  /** A note by Party A's co-chair at {@code seq}, signed with {@code key}, in its stored form. */
  private static byte[] note(ThreeNodes t, long seq, String text, SigningKey key) {
    return note(t, seq, text, key, Instant.parse("2024-07-01T10:00:00Z"),
        // An entry beyond the journal (a gap) is refused for that; it commits to the last root there is.
        t.operator.journal.root(Math.min(seq, t.operator.journal.size())));
  }

  private static byte[] note(ThreeNodes t, long seq, String text, SigningKey key, Instant time,
      org.groma.journal.log.MerkleHash prevRoot) {
    JsonObject body = (JsonObject) JsonParser.parse("{\"noteId\":\"N-" + seq + "-" + text.length()
        + "\",\"sectionId\":null,\"text\":\"" + text + "\"}");
    Entry e = Entry.of(t.operator.journal.origin(), seq, time, "note",
        Author.of(Party.A, DemoCommission.A_CO_CHAIR.member(), key.verifyingKey()), body, prevRoot);
    return SignedEntry.sign(e, key).storedBytes();
  }

  private static String submission(String origin, long from, byte[]... entries) {
    StringBuilder list = new StringBuilder();
    for (byte[] e : entries) {
      list.append(list.isEmpty() ? "" : ",").append('"').append(Base64.getEncoder().encodeToString(e)).append('"');
    }
    return "{\"origin\":\"" + origin + "\",\"from\":" + from + ",\"entries\":[" + list + "]}";
  }

  private static void assertProblem(HttpResponse<String> r, int status, String detail) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
    assertThat(ThreeNodes.JSON.readTree(r.body()).get("detail").asText()).contains(detail);
  }

  @Test
  void submitted_entries_are_checked_before_anything_is_stored_and_a_retry_is_accepted_once() throws Exception {
    try (ThreeNodes t = new ThreeNodes(dir)) {
      ThreeNodes.Node op = t.operator;
      String origin = op.journal.origin();
      long size = op.journal.size();
      SigningKey chairA = t.keys.key("a-chair-1");
      byte[] good = note(t, size, "from Party A", chairA);

      assertProblem(op.post("/sync/entries", JSON_TYPE, "{\"origin\": "), 400, "not valid JSON");
      assertProblem(op.post("/sync/entries", JSON_TYPE, "[]"), 400, "submit entries as");
      assertProblem(op.post("/sync/entries", JSON_TYPE, "{\"origin\":\"" + origin + "\",\"from\":" + size
          + ",\"entries\":[],\"extra\":1}"), 400, "unknown field \"extra\"");
      assertProblem(op.post("/sync/entries", JSON_TYPE, submission("groma.test/other", size, good)), 400,
          "of journal \"groma.test/other\"");
      assertProblem(op.post("/sync/entries", JSON_TYPE, "{\"origin\":\"" + origin + "\",\"from\":" + size
          + ",\"entries\":[\"%%%\"]}"), 400, "entries[0] is not base64");
      assertProblem(op.post("/sync/entries", JSON_TYPE, "{\"origin\":\"" + origin + "\",\"from\":-1"
          + ",\"entries\":[]}"), 400, "\"from\" must be");
      assertProblem(op.post("/sync/entries", JSON_TYPE, submission(origin, size, new byte[0])), 409,
          "entry " + size);
      byte[] tampered = new String(good, StandardCharsets.UTF_8).replace("from Party A", "from Party B")
          .getBytes(StandardCharsets.UTF_8);
      assertProblem(op.post("/sync/entries", JSON_TYPE, submission(origin, size, tampered)), 409,
          "the signature of Party A co-chair does not verify");
      assertProblem(op.post("/sync/entries", JSON_TYPE, submission(origin, size, note(t, size, "forged",
          t.keys.key("b-chair-1")))), 409, "entry " + size);
      assertProblem(op.post("/sync/entries", JSON_TYPE, submission(origin, size + 1, note(t, size + 1, "gap",
          chairA))), 409, "the entries between are missing");
      assertProblem(t.a.post("/sync/entries", JSON_TYPE, submission(origin, size, good)), 403,
          "submit entries to the log operator's node");
      assertThat(op.journal.size()).isEqualTo(size);

      HttpResponse<String> ok = op.post("/sync/entries", JSON_TYPE, submission(origin, size, good));
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      assertThat(ThreeNodes.JSON.readTree(ok.body()).get("appended").asLong()).isEqualTo(1);
      HttpResponse<String> again = op.post("/sync/entries", JSON_TYPE, submission(origin, size, good));
      assertThat(ThreeNodes.JSON.readTree(again.body()).get("appended").asLong()).isZero();
      assertThat(ThreeNodes.JSON.readTree(again.body()).get("size").asLong()).isEqualTo(size + 1);
      HttpResponse<String> late = op.post("/sync/entries", JSON_TYPE, submission(origin, size, note(t, size,
          "a second act signed at the same seq", chairA)));
      assertProblem(late, 409, "another act was ordered first; catch up and sign again at size " + (size + 1));
      assertThat(ThreeNodes.JSON.readTree(late.body()).get("title").asText()).isEqualTo("Journal size conflict");
      assertThat(op.journal.size()).isEqualTo(size + 1);
    }
  }

  /** The body of POST /sync/cosignature: the note's text in a JSON string. */
  private static String cosignature(String note) throws Exception {
    return ThreeNodes.JSON.writeValueAsString(java.util.Map.of("note", note));
  }

  @Test
  void entries_dated_in_the_future_or_committing_to_another_history_are_refused() throws Exception {
    try (ThreeNodes t = new ThreeNodes(dir)) {
      ThreeNodes.Node op = t.operator;
      String origin = op.journal.origin();
      long size = op.journal.size();
      SigningKey chairA = t.keys.key("a-chair-1");
      byte[] future = note(t, size, "from the future", chairA, Instant.parse("9999-12-31T23:59:59.999Z"),
          op.journal.root());
      assertProblem(op.post("/sync/entries", JSON_TYPE, submission(origin, size, future)), 409,
          "is dated 9999-12-31T23:59:59.999Z, after this node's clock plus the allowed skew of 300 s");
      byte[] otherHistory = note(t, size, "seen another log", chairA, Instant.parse("2024-07-01T10:00:00Z"),
          op.journal.root(size - 1));
      assertProblem(op.post("/sync/entries", JSON_TYPE, submission(origin, size, otherHistory)), 409,
          "commits to a log of root " + op.journal.root(size - 1).hex());
      assertThat(op.journal.size()).isEqualTo(size);
    }
  }

  @Test
  void cosignatures_and_reads_refuse_what_does_not_verify() throws Exception {
    try (ThreeNodes t = new ThreeNodes(dir)) {
      ThreeNodes.Node op = t.operator;
      assertProblem(t.a.get("/sync/checkpoint"), 404, "has not signed a checkpoint");
      HttpResponse<String> served = op.get("/sync/checkpoint");
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(served.headers().firstValue("content-type").orElseThrow()).startsWith("text/plain");
      SignedNote note = SignedNote.parse(served.body());
      Checkpoint cp = Checkpoint.open(note, op.journal.trust().operator());
      assertThat(cp.size()).isEqualTo(op.journal.size());
      int stored = op.journal.checkpoints().size();
      NoteVerifierKey witnessA = op.journal.trust().witnesses().stream()
          .filter(w -> w.name().equals(DemoCommission.WITNESS_A_NAME)).findFirst().orElseThrow();

      assertProblem(op.post("/sync/cosignature", JSON_TYPE, cosignature("not a note")), 400, "not a checkpoint note");
      assertProblem(op.post("/sync/cosignature", "text/plain", note.format()), 415, "application/json");
      assertProblem(op.post("/sync/cosignature", JSON_TYPE, note.format()), 400, "not valid JSON");
      assertProblem(op.post("/sync/cosignature", JSON_TYPE, cosignature(note.format())), 400,
          "carries no cosignature of a witness");
      SignedNote forged = note.withSignature(Cosignature.sign(cp, DemoCommission.WITNESS_A_NAME,
          t.keys.key("witness-b"), 1_720_000_000L).toNoteSignature(witnessA));
      assertProblem(op.post("/sync/cosignature", JSON_TYPE, cosignature(forged.format())), 400, "does not verify");
      SignedNote notOperator = Checkpoint.parseBody(note.text()).sign(DemoCommission.OPERATOR_NAME,
          t.keys.key("witness-a")).withSignature(Cosignature.sign(cp, DemoCommission.WITNESS_A_NAME,
          t.keys.key("witness-a"), 1_720_000_000L).toNoteSignature(witnessA));
      assertProblem(op.post("/sync/cosignature", JSON_TYPE, cosignature(notOperator.format())), 400, "checkpoint");
      assertThat(op.journal.checkpoints()).hasSize(stored);
      assertThat(op.journal.checkpoints().get(stored - 1).signatures()).hasSize(1);

      // A cosigned checkpoint of the same size with another root: the operator's own key equivocated.
      Checkpoint other = new Checkpoint(cp.origin(), cp.size(), MerkleHash.leaf(new byte[] {1}));
      SignedNote equivocation = other.sign(DemoCommission.OPERATOR_NAME, t.keys.key("operator")).withSignature(
          Cosignature.sign(other, DemoCommission.WITNESS_A_NAME, t.keys.key("witness-a"), 1_720_000_000L)
              .toNoteSignature(witnessA));
      HttpResponse<String> fork = op.post("/sync/cosignature", JSON_TYPE, cosignature(equivocation.format()));
      assertProblem(fork, 409, "fork detected");
      JsonNode evidence = ThreeNodes.JSON.readTree(fork.body());
      assertThat(evidence.get("title").asText()).isEqualTo("Fork detected");
      assertThat(evidence.get("theirs").asText()).isEqualTo(equivocation.format());
      assertThat(evidence.get("ours").asText()).contains(cp.rootHash().base64());
      assertThat(op.journal.checkpoints()).hasSize(stored);

      SignedNote cosigned = note.withSignature(Cosignature.sign(cp, DemoCommission.WITNESS_A_NAME,
          t.keys.key("witness-a"), 1_720_000_000L).toNoteSignature(witnessA));
      HttpResponse<String> ok = op.post("/sync/cosignature", JSON_TYPE, cosignature(cosigned.format()));
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      JsonNode answer = ThreeNodes.JSON.readTree(ok.body());
      assertThat(answer.get("cosignedBy").get(0).asText()).isEqualTo(DemoCommission.WITNESS_A_NAME);
      assertThat(op.get("/sync/checkpoint").body()).isEqualTo(cosigned.format());

      long size = op.journal.size();
      assertProblem(op.get("/sync/entries?from=x&to=1"), 400, "\"x\" is not an integer");
      assertProblem(op.get("/sync/entries?from=1"), 400, "to is missing");
      assertProblem(op.get("/sync/entries?from=5&to=2"), 400, "0 ≤ from ≤ to ≤ " + size);
      assertProblem(op.get("/sync/entries?from=0&to=" + (size + 1)), 400, "0 ≤ from ≤ to ≤ " + size);
      assertProblem(op.get("/sync/proof/consistency?from=3&to=" + (size + 1)), 400, "0 ≤ from ≤ to ≤ " + size);
      JsonNode page = ThreeNodes.JSON.readTree(op.get("/sync/entries?from=2&to=" + size).body());
      assertThat(page.get("to").asLong()).isEqualTo(size);
      assertThat(page.get("entries")).hasSize((int) size - 2);
      JsonNode proof = ThreeNodes.JSON.readTree(op.get("/sync/proof/consistency?from=3&to=" + size).body());
      assertThat(proof.get("proof")).isNotEmpty();
      assertThat(op.journal.size()).isEqualTo(size);
    }
  }
}
