package org.groma.app.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.app.node.Bundle;
import org.groma.app.node.CommandRefusedException;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.ForkException;
import org.groma.app.keys.NodeSigner;
import org.groma.app.server.http.ProblemException;
import org.groma.app.store.StoreConflictException;
import org.groma.journal.JournalFormatException;
import org.groma.journal.log.MerkleFrontier;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.log.ProofException;
import org.groma.journal.log.ProofVerifier;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.NoteVerificationException;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pulling side of sync with one peer (docs/sync.md): fetch the peer's checkpoint, check it against
 * what this node holds, pull the entries it commits to, and, where this node holds a witness's key,
 * cosign it and send the cosignature back. For the log operator's node it is also the {@link
 * CommissionNode.Orderer} that this party's node hands its acts to.
 *
 * <h2>Algorithm</h2>
 * {@link #syncOnce()}:
 * <ol>
 *   <li>GET {@code /sync/checkpoint}; its operator signature must verify under the genesis's operator key,
 *       and its origin must be this journal's.
 *   <li>If it is no larger than this journal, its root must be this journal's root at its size; else the
 *       peer's consistency proof from this journal's size to it must verify (RFC 9162 §2.1.4.2). Either
 *       failure is a fork: nothing is stored.
 *   <li>Entries are pulled page by page. A page is stored only after the root this node computes over its
 *       journal and the page is shown to be a prefix of the checkpoint (a consistency proof from the tree
 *       the page ends to the checkpoint; for the last page, equal roots), so every stored entry is one the
 *       operator's signed checkpoint commits to. Each entry is verified in full before it is stored
 *       (signature by a key active at that point, the commission's rules); the last page goes in with the
 *       checkpoint and its cosignatures as a bundle.
 *   <li>As a witness: cosign the latest checkpoint if this witness has not, and send the cosigned note back
 *       if the peer's copy lacks the cosignature.
 * </ol>
 *
 * <p>A fork, once seen, is kept: later calls throw it again without asking the peer, and no act is handed
 * to a forking operator. Restarting the node clears it.
 *
 * <h2>Thread safety</h2>
 * Safe for concurrent use; one sync with this peer runs at a time.
 */
public final class PeerSync implements CommissionNode.Orderer, AutoCloseable {

  /** A peer on loopback or a LAN answers a TCP connect within this; beyond it the peer is taken as down. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  /** A page of entries (at most 4 MB) travels in well under this on any usable link. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  /** Largest answer read from a peer: a full page in base64 with its JSON framing (4 MB × 4/3, and room). */
  static final int MAX_RESPONSE_BYTES = 8_000_000;

  private static final Logger LOG = LoggerFactory.getLogger(PeerSync.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What one sync did: this node's size before and after, the latest checkpoint it holds and who cosigned
   * it, whether this node cosigned it now, and whether it delivered a cosignature to the peer.
   */
  public record Outcome(URI peer, long sizeBefore, long size, long checkpointSize, List<String> cosignedBy,
      boolean cosigned, boolean cosignatureSent) {}

  private final CommissionNode node;
  private final NodeSigner signer;
  private final URI peer;
  private final Clock clock;
  private final HttpClient http;
  private volatile ForkException fork;

  /** @param peer the peer node's base URL, e.g. {@code http://10.0.0.2:8080} */
  public PeerSync(CommissionNode node, NodeSigner signer, URI peer, Clock clock) {
    this.node = node;
    this.signer = signer;
    this.peer = peer.toString().endsWith("/") ? URI.create(peer.toString().replaceAll("/+$", "")) : peer;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  public URI peer() {
    return peer;
  }

  /** The fork seen with this peer, if any. */
  public Optional<ForkException> fork() {
    return Optional.ofNullable(fork);
  }

  /**
   * Pulls from the peer, and cosigns as a witness; see the class description.
   *
   * @throws ForkException with both sides as evidence; nothing was stored
   * @throws SyncException when the peer does not answer or sends what does not verify; nothing from it was
   *     stored
   */
  public synchronized Outcome syncOnce() {
    ForkException seen = fork;
    if (seen != null) {
      throw seen;
    }
    long before = node.size();
    try {
      SignedNote theirs = fetchCheckpoint();
      Checkpoint cp = open(theirs);
      pull(theirs, cp);
      boolean cosigned = false;
      boolean sent = false;
      for (NoteVerifierKey w : node.trust().witnesses()) {
        Optional<SigningKey> key = signer.keyWithPublic(w.key());
        if (key.isEmpty()) {
          continue;
        }
        SignedNote ours = node.latestCheckpoint().orElseThrow();
        if (ours.signatureOf(w).isEmpty()) {
          ours = node.cosign(w.name(), key.get(), clock);
          cosigned = true;
        }
        if (ours.text().equals(theirs.text()) && theirs.signatureOf(w).isEmpty()) {
          sent = sendCosignature(ours);
        }
      }
      SignedNote latest = node.latestCheckpoint().orElseThrow();
      List<String> cosigners = node.trust().witnesses().stream().filter(w -> latest.signatureOf(w).isPresent())
          .map(NoteVerifierKey::name).toList();
      return new Outcome(peer, before, node.size(), Checkpoint.parseBody(latest.text()).size(), cosigners, cosigned,
          sent);
    } catch (BadInputException e) {
      throw new SyncException(peer, "what it sent does not verify: " + e.getMessage(), e);
    } catch (ForkException e) {
      fork = e;
      LOG.error("fork detected with peer {}; nothing was stored, and this node stops syncing with it: {}", peer,
          e.getMessage());
      throw e;
    }
  }

  private Checkpoint open(SignedNote note) {
    Checkpoint cp;
    try {
      cp = Checkpoint.open(note, node.trust().operator());
    } catch (NoteVerificationException | JournalFormatException e) {
      throw new SyncException(peer, "its checkpoint is not one the log operator \"" + node.trust().operator().name()
          + "\" signed: " + e.getMessage());
    }
    if (!cp.origin().equals(node.origin())) {
      throw new SyncException(peer, "its checkpoint is of journal \"" + cp.origin() + "\", this node holds \""
          + node.origin() + "\"");
    }
    return cp;
  }

  private void pull(SignedNote note, Checkpoint cp) {
    long have = node.size();
    if (cp.size() <= have) {
      MerkleHash ours = node.root(cp.size());
      if (!ours.equals(cp.rootHash())) {
        throw new ForkException("the peer's checkpoint at size " + cp.size() + " has root " + cp.rootHash().hex()
            + " but this node's first " + cp.size() + " entries have root " + ours.hex(), evidenceAt(cp.size()),
            note.format());
      }
      long latest = node.latestCheckpoint().map(n -> Checkpoint.parseBody(n.text()).size()).orElse(-1L);
      if (cp.size() >= latest) {
        node.addCheckpoint(note);
      }
      return;
    }
    try {
      ProofVerifier.verifyConsistency(have, cp.size(), node.root(have), cp.rootHash(), fetchConsistency(have,
          cp.size()));
    } catch (ProofException e) {
      throw new ForkException("the peer's checkpoint at size " + cp.size() + " is not consistent with this node's "
          + have + " entries: " + e.getMessage(), evidenceAt(have), note.format());
    }
    // The tree this node holds, extended page by page with the peer's entries, so that each page is checked
    // against the signed checkpoint before it is stored: O(size) hashes once per pull.
    MerkleFrontier frontier = new MerkleFrontier();
    for (long i = 0; i < have; i++) {
      frontier.append(node.leafHash(i));
    }
    long at = have;
    while (true) {
      List<byte[]> page = fetchEntries(at, cp.size());
      long end = at + page.size();
      for (byte[] e : page) {
        frontier.append(MerkleHash.leaf(e));
      }
      try {
        ProofVerifier.verifyConsistency(end, cp.size(), frontier.root(), cp.rootHash(),
            end == cp.size() ? List.of() : fetchConsistency(end, cp.size()));
      } catch (ProofException e) {
        throw new SyncException(peer, "entries " + at + " to " + (end - 1) + " are not those its checkpoint at size "
            + cp.size() + " commits to: " + e.getMessage());
      }
      if (end == cp.size()) {
        node.importBundle(new Bundle(node.origin(), at, page, Optional.of(note)));
        return;
      }
      node.appendSigned(page, at);
      at = end;
    }
  }

  /** This node's signed evidence for the journal at {@code size}: the smallest checkpoint covering it. */
  private String evidenceAt(long size) {
    return node.checkpoints().stream()
        .filter(n -> Checkpoint.parseBody(n.text()).size() >= size)
        .min((a, b) -> Long.compare(Checkpoint.parseBody(a.text()).size(), Checkpoint.parseBody(b.text()).size()))
        .map(SignedNote::format)
        .orElseGet(() -> new Checkpoint(node.origin(), size, node.root(size)).body());
  }

  // ---------------------------------------------------------------- ordering this node's acts

  /**
   * Submits entries signed on this node to the peer, which must be the log operator's node, then pulls.
   * See {@link CommissionNode.Orderer}. Failures of the peer become a 502 problem for whoever asked this
   * node to act.
   */
  @Override
  public void order(List<byte[]> entries, long fromSeq) {
    ForkException seen = fork;
    if (seen != null) {
      throw new ProblemException(502, "Log operator forked", "this node caught the log operator at " + peer
          + " presenting a forked journal and hands it no acts: " + seen.getMessage());
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("origin", node.origin());
    body.put("from", fromSeq);
    ArrayNode list = body.putArray("entries");
    entries.forEach(e -> list.add(Base64.getEncoder().encodeToString(e)));
    try {
      Answer a = send(HttpRequest.newBuilder(uri("/sync/entries"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
      if (a.status() == 200) {
        syncOnce();
        return;
      }
      Problem p = a.problem();
      if (a.status() == 409 && p.title().equals("Journal size conflict")) {
        syncOnce();
        throw new StoreConflictException("the log operator's node: " + p.detail(), fromSeq,
            node.size());
      }
      if (a.status() == 409 && p.title().equals("Refused by the commission's rules")) {
        throw new CommandRefusedException("the log operator's node refused entry " + fromSeq + ": " + p.detail());
      }
      throw new SyncException(peer, "POST /sync/entries answered " + a.status() + " " + p.title() + ": "
          + p.detail());
    } catch (SyncException e) {
      throw new ProblemException(502, "Log operator unavailable", "the act was signed on this node but the log"
          + " operator's node did not take it and bring it back: " + e.getMessage());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Syncs once before this node decides an act; a peer that fails is a 502 for whoever asked to act. */
  @Override
  public void catchUp() {
    try {
      syncOnce();
    } catch (SyncException e) {
      throw new ProblemException(502, "Log operator unavailable", "this node could not catch up with the log"
          + " operator's journal before acting: " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- the wire

  private SignedNote fetchCheckpoint() {
    Answer a = send(HttpRequest.newBuilder(uri("/sync/checkpoint")).GET());
    a.requireOk("GET /sync/checkpoint");
    try {
      return SignedNote.parse(a.body());
    } catch (JournalFormatException e) {
      throw new SyncException(peer, "its checkpoint is not a signed note: " + e.getMessage());
    }
  }

  private List<MerkleHash> fetchConsistency(long from, long to) {
    String what = "GET /sync/proof/consistency?from=" + from + "&to=" + to;
    Answer a = send(HttpRequest.newBuilder(uri("/sync/proof/consistency?from=" + from + "&to=" + to)).GET());
    a.requireOk(what);
    JsonNode proof = a.json(what).get("proof");
    if (proof == null || !proof.isArray()) {
      throw new SyncException(peer, what + ": the answer has no \"proof\" array");
    }
    List<MerkleHash> out = new ArrayList<>();
    for (JsonNode h : proof) {
      try {
        out.add(MerkleHash.fromHex(h.asText()));
      } catch (RuntimeException e) {
        throw new SyncException(peer, what + ": " + h + " is not a hash in hex");
      }
    }
    return out;
  }

  /** The next page of entries from {@code from} towards {@code to}: at least one entry, none beyond to. */
  private List<byte[]> fetchEntries(long from, long to) {
    String what = "GET /sync/entries?from=" + from + "&to=" + to;
    Answer a = send(HttpRequest.newBuilder(uri("/sync/entries?from=" + from + "&to=" + to)).GET());
    a.requireOk(what);
    JsonNode page = a.json(what);
    JsonNode entries = page.get("entries");
    if (!node.origin().equals(page.path("origin").asText(null)) || page.path("from").asLong(-1) != from
        || entries == null || !entries.isArray() || entries.isEmpty() || entries.size() > to - from) {
      throw new SyncException(peer, what + ": the answer is not a page of 1 to " + (to - from)
          + " entries of this journal from " + from);
    }
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      try {
        out.add(Base64.getDecoder().decode(entries.get(i).asText()));
      } catch (IllegalArgumentException e) {
        throw new SyncException(peer, what + ": entries[" + i + "] is not base64");
      }
    }
    return out;
  }

  /**
   * Returns the cosigned note to the peer. A failure is logged, not thrown: what was pulled is stored, and
   * the next sync sends the cosignature again while the peer's copy lacks it.
   */
  private boolean sendCosignature(SignedNote note) {
    try {
      ObjectNode body = JSON.createObjectNode().put("note", note.format());
      Answer a = send(HttpRequest.newBuilder(uri("/sync/cosignature"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
      a.requireOk("POST /sync/cosignature");
      return true;
    } catch (SyncException | JsonProcessingException e) {
      LOG.warn("cosignature not delivered; sent again at the next sync: {}", e.getMessage());
      return false;
    }
  }

  private URI uri(String path) {
    return URI.create(peer + path);
  }

  /** A peer's answer, read up to {@link #MAX_RESPONSE_BYTES}. */
  private record Answer(URI peer, int status, byte[] body) {
    void requireOk(String what) {
      if (status != 200) {
        Problem p = problem();
        throw new SyncException(peer, what + " answered " + status + " " + p.title() + ": " + p.detail());
      }
    }

    JsonNode json(String what) {
      try {
        JsonNode n = JSON.readTree(body);
        if (n == null || !n.isObject()) {
          throw new SyncException(peer, what + ": the answer is not a JSON object");
        }
        return n;
      } catch (IOException e) {
        throw new SyncException(peer, what + ": the answer is not JSON: " + e.getMessage());
      }
    }

    /** The problem+json the peer answered with, or the start of whatever else it sent. */
    Problem problem() {
      try {
        JsonNode n = JSON.readTree(body);
        if (n != null && n.has("title") && n.has("detail")) {
          return new Problem(n.get("title").asText(), n.get("detail").asText());
        }
      } catch (IOException e) {
        // not problem+json: fall through to the raw text
      }
      String text = new String(body, StandardCharsets.UTF_8);
      return new Problem("HTTP " + status, text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }
  }

  private record Problem(String title, String detail) {}

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<InputStream> r = http.send(request.timeout(REQUEST_TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        byte[] body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
        if (body.length > MAX_RESPONSE_BYTES) {
          throw new SyncException(peer, "its answer to " + r.request().uri().getPath() + " is larger than "
              + MAX_RESPONSE_BYTES + " bytes");
        }
        return new Answer(peer, r.statusCode(), body);
      }
    } catch (IOException e) {
      throw new SyncException(peer, "no answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncException(peer, "interrupted while waiting for an answer", e);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
