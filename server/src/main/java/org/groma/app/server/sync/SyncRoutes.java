package org.groma.app.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.groma.app.BadInputException;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.ForkException;
import org.groma.app.keys.NodeSigner;
import org.groma.app.server.http.ProblemException;
import org.groma.app.server.http.RequestJson;
import org.groma.app.store.StoreConflictException;
import org.groma.app.store.StoredEntry;
import org.groma.journal.JournalFormatException;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serving side of sync, under {@code /sync} (docs/sync.md): any node serves its latest checkpoint, its
 * entries and consistency proofs, and takes witnesses' cosignatures; the log operator's node also takes
 * entries signed on the parties' nodes and puts them in the journal's one order.
 *
 * <p>Nothing here needs a session: what is served is the shared record, and what is received is signed
 * (entries by members, checkpoints by the operator, cosignatures by witnesses) and verified in full before
 * it is stored. Errors become problem+json in the server's one place ({@code Problems}).
 */
public final class SyncRoutes {

  /** Most entries in one page of {@code GET /sync/entries} or one submission. */
  public static final int MAX_PAGE_ENTRIES = 500;
  /**
   * A page stops growing past this many entry bytes (4 MB: a few large proposals, small enough for both
   * sides to hold a page in memory; one entry is at most the server's 1 MB request limit).
   */
  public static final long MAX_PAGE_BYTES = 4_000_000;
  static final String NOTE_TYPE = "text/plain; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(SyncRoutes.class);
  private static final Set<String> SUBMISSION_FIELDS = Set.of("origin", "from", "entries");

  private SyncRoutes() {}

  /** Installs the sync routes for {@code node}; {@code signer} tells whether this node is the log operator. */
  public static void install(RoutesConfig r, CommissionNode node, NodeSigner signer) {
    r.get("/sync/checkpoint", ctx -> checkpoint(ctx, node, signer));
    r.get("/sync/entries", ctx -> entries(ctx, node));
    r.get("/sync/proof/consistency", ctx -> consistency(ctx, node));
    r.post("/sync/entries", ctx -> submit(ctx, node, signer));
    r.post("/sync/cosignature", ctx -> cosignature(ctx, node));
  }

  /**
   * The latest checkpoint with its cosignatures, as C2SP note text. The log operator's node first signs a
   * checkpoint of its journal as it is now, if the latest one is smaller, so a peer always sees every
   * entry the operator holds.
   */
  private static void checkpoint(Context ctx, CommissionNode node, NodeSigner signer) {
    Optional<SigningKey> operator = operatorKey(node, signer);
    if (operator.isPresent()) {
      long size = node.size();
      Optional<SignedNote> latest = node.latestCheckpoint();
      if (latest.isEmpty() || Checkpoint.parseBody(latest.get().text()).size() < size) {
        node.signCheckpoint(operator.get());
      }
    }
    SignedNote note = node.latestCheckpoint().orElseThrow(() -> new ProblemException(404, "Not found",
        "the log operator has not signed a checkpoint yet"));
    ctx.contentType(NOTE_TYPE).result(note.format());
  }

  static Optional<SigningKey> operatorKey(CommissionNode node, NodeSigner signer) {
    return signer.keyWithPublic(node.trust().operator().key());
  }

  record EntriesPage(String origin, long from, long to, long size, List<String> entries) {}

  /** {@code ?from=M&to=N}: the stored bytes of entries M to N − 1, or of as many as fit in one page. */
  private static void entries(Context ctx, CommissionNode node) {
    long size = node.size();
    long from = longParam(ctx, "from");
    long to = longParam(ctx, "to");
    if (from < 0 || to < from || to > size) {
      throw new BadInputException("entries from " + from + " to " + to + " are not in this journal: give"
          + " 0 ≤ from ≤ to ≤ " + size + " (its size)");
    }
    List<String> out = new ArrayList<>();
    long bytes = 0;
    try (Stream<StoredEntry> stored = node.entries(from, Math.min(to, from + MAX_PAGE_ENTRIES))) {
      for (Iterator<StoredEntry> it = stored.iterator(); it.hasNext(); ) {
        byte[] e = it.next().entry();
        if (!out.isEmpty() && bytes + e.length > MAX_PAGE_BYTES) {
          break;
        }
        bytes += e.length;
        out.add(Base64.getEncoder().encodeToString(e));
      }
    }
    ctx.json(new EntriesPage(node.origin(), from, from + out.size(), size, out));
  }

  record ConsistencyView(long from, long to, List<String> proof) {}

  /** {@code ?from=M&to=N}: the RFC 9162 consistency proof between this journal's trees of sizes M and N. */
  private static void consistency(Context ctx, CommissionNode node) {
    long size = node.size();
    long from = longParam(ctx, "from");
    long to = longParam(ctx, "to");
    if (from < 0 || to < from || to > size) {
      throw new BadInputException("a consistency proof from " + from + " to " + to + " needs 0 ≤ from ≤ to ≤ "
          + size + " (this journal's size)");
    }
    ctx.json(new ConsistencyView(from, to, node.consistencyProof(from, to).stream().map(MerkleHash::hex).toList()));
  }

  record Submitted(long size, long appended) {}

  /**
   * Entries signed on a party's node, to be appended at the seq they state. Only the log operator's node
   * orders entries. Entries it already holds byte for byte are accepted again (a retried submission);
   * entries at a seq it holds another entry at are refused as a size conflict, so the submitting node
   * catches up and signs again.
   */
  private static void submit(Context ctx, CommissionNode node, NodeSigner signer) throws Exception {
    if (operatorKey(node, signer).isEmpty()) {
      throw new ProblemException(403, "Not the log operator", "this node does not hold the log operator's key (\""
          + node.trust().operator().name() + "\"); submit entries to the log operator's node");
    }
    JsonNode body = RequestJson.read(ctx.bodyAsBytes());
    if (body == null || !body.isObject()) {
      throw new BadInputException("submit entries as {\"origin\": …, \"from\": seq, \"entries\": [base64, …]}");
    }
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!SUBMISSION_FIELDS.contains(name)) {
        throw new BadInputException("unknown field \"" + name + "\" (a submission has origin, from, entries)");
      }
    }
    JsonNode origin = body.get("origin");
    if (origin == null || !origin.isTextual()) {
      throw new BadInputException("\"origin\" must be the journal's origin, a string");
    }
    if (!origin.asText().equals(node.origin())) {
      throw new BadInputException("the entries are of journal \"" + origin.asText() + "\"; this node holds \""
          + node.origin() + "\"");
    }
    JsonNode from = body.get("from");
    if (from == null || !from.canConvertToExactIntegral() || from.asLong(-1) < 0) {
      throw new BadInputException("\"from\" must be the seq of the first entry, a non-negative integer");
    }
    List<byte[]> entries = base64List(body.get("entries"));
    long seq = from.asLong();
    long appended;
    try {
      appended = node.appendSigned(entries, seq);
    } catch (ForkException e) {
      long size = node.size();
      throw new StoreConflictException("this journal already holds other entries from seq " + seq + " (its size is "
          + size + "): another act was ordered first; catch up and sign again at size " + size, seq, size);
    }
    if (appended > 0) {
      LOG.info("appended entries {} to {} submitted by {}", seq + entries.size() - appended,
          seq + entries.size() - 1, ctx.ip());
    }
    ctx.json(new Submitted(node.size(), appended));
  }

  private static List<byte[]> base64List(JsonNode entries) {
    if (entries == null || !entries.isArray() || entries.isEmpty() || entries.size() > MAX_PAGE_ENTRIES) {
      throw new BadInputException("\"entries\" must be an array of 1 to " + MAX_PAGE_ENTRIES
          + " stored entries in base64");
    }
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      try {
        if (!e.isTextual()) {
          throw new IllegalArgumentException("not a string");
        }
        out.add(Base64.getDecoder().decode(e.asText()));
      } catch (IllegalArgumentException x) {
        throw new BadInputException("entries[" + i + "] is not base64: " + x.getMessage());
      }
    }
    return out;
  }

  record Cosigned(long size, List<String> cosignedBy) {}

  /**
   * A checkpoint note carrying a witness's cosignature (C2SP tlog-cosignature), sent back by the witness as
   * {@code {"note": "…"}} (JSON, like every write to the node, so no HTML form can post one).
   * The node checks the operator's signature, that the root is its journal's at that size, and every
   * cosignature by a genesis witness, then stores them.
   */
  private static void cosignature(Context ctx, CommissionNode node) throws Exception {
    JsonNode body = RequestJson.read(ctx.bodyAsBytes());
    if (body == null || !body.isObject() || body.size() != 1 || !body.path("note").isTextual()) {
      throw new BadInputException("send the cosigned checkpoint as {\"note\": \"…\"}, the note's text in a string");
    }
    SignedNote note;
    try {
      note = SignedNote.parse(body.get("note").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (JournalFormatException e) {
      throw new BadInputException("the body is not a checkpoint note: " + e.getMessage());
    }
    List<String> witnesses = node.trust().witnesses().stream().map(NoteVerifierKey::name).toList();
    if (node.trust().witnesses().stream().noneMatch(w -> note.signatureOf(w).isPresent())) {
      throw new BadInputException("the note carries no cosignature of a witness the genesis names (" + String.join(
          ", ", witnesses) + ")");
    }
    node.addCheckpoint(note);
    Checkpoint cp = Checkpoint.parseBody(note.text());
    // The stored copy (usually the latest checkpoint) may carry cosignatures that arrived by other ways.
    SignedNote held = node.latestCheckpoint().filter(n -> n.text().equals(note.text())).orElse(note);
    List<String> cosigners = node.trust().witnesses().stream().filter(w -> held.signatureOf(w).isPresent())
        .map(NoteVerifierKey::name).toList();
    LOG.info("stored cosignatures of checkpoint {} from {}", cp.size(), ctx.ip());
    ctx.json(new Cosigned(cp.size(), cosigners));
  }

  private static long longParam(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      throw new BadInputException("query parameter " + name + " is missing");
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new BadInputException("query parameter " + name + " \"" + value + "\" is not an integer");
    }
  }
}
