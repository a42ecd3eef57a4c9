package org.groma.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.groma.app.commission.Act;
import org.groma.app.commission.Actor;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.EventCodec;
import org.groma.app.commission.Role;
import org.groma.app.node.StateView;
import org.groma.app.server.http.ProblemException;
import org.groma.app.server.http.RequestJson;
import org.groma.app.store.StoredEntry;
import org.groma.journal.entry.EntryCodec;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.json.JsonCanonicalizer;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API under {@code /api}: sign-in, the state as of any entry or date, entries with inclusion proofs,
 * the latest checkpoint, and every act of the commission's journal ({@code POST /api/acts/{type}}).
 */
final class ApiRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int MAX_ENTRIES_PAGE = 1000;

  private ApiRoutes() {}

  static void install(RoutesConfig r, ServerContext s, SignIn signIn) {
    r.post("/api/session", signIn::handle);
    r.delete("/api/session", ctx -> {
      s.sessions().end(ctx);
      ctx.status(204);
    });
    r.get("/api/session", ctx -> ctx.json(me(s.sessions().require(ctx))));
    r.get("/api/state", ctx -> state(ctx, s));
    r.get("/api/entries", ctx -> entries(ctx, s));
    r.get("/api/entries/{seq}", ctx -> entry(ctx, s));
    r.get("/api/checkpoint", ctx -> checkpoint(ctx, s));
    r.post("/api/acts/{type}", ctx -> act(ctx, s));
  }

  record Me(String user, String party, String member, List<String> roles) {}

  static Me me(Account a) {
    return new Me(a.user(), a.party().code(), a.member(), a.roles().stream().map(r -> r.code()).toList());
  }

  /** {@code ?at=SEQ} or {@code ?atTime=ISO}, else now. Readable without signing in: the record is shared. */
  private static void state(Context ctx, ServerContext s) {
    CommissionState state = stateAsOf(ctx, s);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("origin", s.node().origin());
    out.put("size", s.node().size());
    out.put("root", s.node().root().hex());
    out.put("state", StateView.of(state));
    ctx.json(out);
  }

  static CommissionState stateAsOf(Context ctx, ServerContext s) {
    String at = ctx.queryParam("at");
    String atTime = ctx.queryParam("atTime");
    if (at != null && atTime != null) {
      throw ProblemException.badRequest("give either at (an entry) or atTime (a date), not both");
    }
    if (at != null) {
      return s.node().stateAt(longParam("at", at));
    }
    if (atTime != null) {
      try {
        return s.node().stateAt(Instant.parse(atTime));
      } catch (DateTimeParseException e) {
        throw ProblemException.badRequest("atTime \"" + atTime + "\" is not an ISO 8601 UTC time such as"
            + " 2024-05-15T23:59:59Z");
      }
    }
    return s.node().state();
  }

  static long longParam(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest(name + " \"" + value + "\" is not an integer");
    }
  }

  record EntryView(long seq, String time, String type, String party, String member, String keyId, String entryHash,
      JsonNode body, String signature, String stored, long treeSize, List<String> inclusionProof) {}

  /** An entry for a reader of {@code roles}: a confidential protocol's body withheld ({@link Withholding}). */
  private static EntryView view(StoredEntry e, ServerContext s, long treeSize, Set<Role> roles) throws Exception {
    SignedEntry se = EntryCodec.decode(e.entry());
    var en = se.entry();
    List<String> proof = s.node().inclusionProof(e.seq(), treeSize).stream().map(MerkleHash::hex).toList();
    JsonNode body = JSON.readTree(JsonCanonicalizer.canonicalString(en.body()));
    JsonNode withheld = Withholding.withheldBody(en.type(), body, s.node().state(), roles);
    return new EntryView(e.seq(), en.timeText(), en.type(), en.author().party().code(), en.author().member(),
        en.author().keyId(), se.hash().hex(), withheld == null ? body : withheld, se.signature().base64(),
        withheld == null ? Base64.getEncoder().encodeToString(e.entry()) : null, treeSize, proof);
  }

  /** {@code ?from=0&limit=100}: entries with their inclusion proofs in the journal as it is now. */
  private static void entries(Context ctx, ServerContext s) throws Exception {
    long size = s.node().size();
    long from = ctx.queryParam("from") == null ? 0 : longParam("from", ctx.queryParam("from"));
    long limit = ctx.queryParam("limit") == null ? 100 : longParam("limit", ctx.queryParam("limit"));
    if (from < 0 || limit < 1 || limit > MAX_ENTRIES_PAGE) {
      throw ProblemException.badRequest("from must be ≥ 0 and limit between 1 and " + MAX_ENTRIES_PAGE);
    }
    List<EntryView> out = new ArrayList<>();
    Set<Role> roles = ProtocolRoutes.roles(s.sessions().current(ctx));
    try (Stream<StoredEntry> stored = s.node().entries(Math.min(from, size), Math.min(size, from + limit))) {
      for (var it = stored.iterator(); it.hasNext(); ) {
        out.add(view(it.next(), s, size, roles));
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("size", size);
    body.put("root", s.node().root(size).hex());
    body.put("entries", out);
    ctx.json(body);
  }

  private static void entry(Context ctx, ServerContext s) throws Exception {
    long seq = longParam("seq", ctx.pathParam("seq"));
    long size = s.node().size();
    if (seq < 0 || seq >= size) {
      throw ProblemException.notFound("no entry " + seq + " (the journal has entries 0 to " + (size - 1) + ")");
    }
    try (Stream<StoredEntry> stored = s.node().entries(seq, seq + 1)) {
      ctx.json(view(stored.findFirst().orElseThrow(), s, size, ProtocolRoutes.roles(s.sessions().current(ctx))));
    }
  }

  record CheckpointView(String origin, long size, String root, String note, List<String> cosignedBy) {}

  private static void checkpoint(Context ctx, ServerContext s) {
    List<SignedNote> all = s.node().checkpoints();
    if (all.isEmpty()) {
      throw ProblemException.notFound("the log operator has not signed a checkpoint yet");
    }
    SignedNote latest = all.stream().max((a, b) -> Long.compare(Checkpoint.parseBody(a.text()).size(),
        Checkpoint.parseBody(b.text()).size())).orElseThrow();
    Checkpoint cp = Checkpoint.parseBody(latest.text());
    List<String> cosigners = s.node().trust().witnesses().stream()
        .filter(w -> latest.signatureOf(w).isPresent()).map(NoteVerifierKey::name).toList();
    ctx.json(new CheckpointView(cp.origin(), cp.size(), cp.rootHash().hex(), latest.format(), cosigners));
  }

  record ActResult(long seq, String type, String entryHash, String time) {}

  /** Any act: the body is the entry body of {@code type}; the author is the signed-in member. */
  private static void act(Context ctx, ServerContext s) throws Exception {
    Account account = s.sessions().require(ctx);
    String type = ctx.pathParam("type");
    try {
      ActGate.check(account, type);
    } catch (ProblemException e) {
      LOG.warn("refused {} from {}: {}", LogText.escape(type), Sessions.describe(ctx), LogText.escape(e.getMessage()));
      throw e;
    }
    JsonNode body = RequestJson.read(ctx.bodyAsBytes());
    if (body == null || !body.isObject()) {
      throw ProblemException.badRequest("the body of a " + type + " act must be a JSON object");
    }
    CommissionEvent event = EventCodec.decode(type, body);
    CommissionState state = s.node().state();
    SigningKey key = s.signer().keyFor(state, account.member()).orElseThrow(() -> ProblemException.forbidden(
        "this node holds no active key for member \"" + account.member() + "\""));
    Actor actor = new Actor(account.party(), account.member(), key.keyId());
    // Dated under the node's lock: concurrent requests must not date an act before the one appended ahead of it.
    Act act = s.node().submitNow(actor, event, s.clock().instant().truncatedTo(ChronoUnit.MILLIS), key);
    ctx.status(201).json(new ActResult(act.seq(), act.event().type(), act.entryHash(), act.time().toString()));
  }
}
