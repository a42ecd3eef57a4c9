package org.groma.app.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.Command;
import org.groma.app.commission.DemoCommission;
import org.groma.app.node.Bundle;
import org.groma.app.node.CommissionNode;
import org.groma.app.store.StoredEntry;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.SignedNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A party node pulling from a peer that answers badly: nothing that does not verify is stored. */
class PeerSyncTest {

  @TempDir
  Path dir;

  /**
   * A peer on loopback that relays the log operator's node, serving pages of at most {@code pageSize}
   * entries and letting a test rewrite each answer (path and query → body).
   */
  static final class RelayPeer implements AutoCloseable {
    final HttpServer server;
    volatile int pageSize = 5;
    volatile UnaryOperator<String> checkpoint = UnaryOperator.identity();
    volatile EntriesRewrite entries = (from, page) -> page;

    interface EntriesRewrite {
      ObjectNode apply(long from, ObjectNode page) throws Exception;
    }

    RelayPeer(ThreeNodes t) throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", exchange -> {
        try {
          URI asked = exchange.getRequestURI();
          String path = asked.getPath();
          String query = asked.getQuery() == null ? "" : "?" + asked.getQuery();
          if (path.equals("/sync/entries")) {
            long from = Long.parseLong(asked.getQuery().replaceAll(".*from=(\\d+).*", "$1"));
            long to = Long.parseLong(asked.getQuery().replaceAll(".*to=(\\d+).*", "$1"));
            query = "?from=" + from + "&to=" + Math.min(to, from + pageSize);
          }
          byte[] posted = exchange.getRequestBody().readAllBytes();
          HttpRequest.Builder forward = HttpRequest.newBuilder(t.operator.uri(path + query));
          if (exchange.getRequestMethod().equals("POST")) {
            forward.header("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(posted));
          }
          HttpResponse<String> r = t.send(forward.build());
          String body = r.body();
          if (r.statusCode() == 200 && path.equals("/sync/checkpoint")) {
            body = checkpoint.apply(body);
          } else if (r.statusCode() == 200 && path.equals("/sync/entries")) {
            ObjectNode page = (ObjectNode) ThreeNodes.JSON.readTree(body);
            body = entries.apply(page.get("from").asLong(), page).toString();
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(r.statusCode(), bytes.length);
          exchange.getResponseBody().write(bytes);
        } catch (Exception e) {
          exchange.sendResponseHeaders(500, -1);
        } finally {
          exchange.close();
        }
      });
      server.start();
    }

    URI base() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  @Test
  void small_pages_are_each_checked_against_the_checkpoint_and_the_pull_ends_where_it_does() throws Exception {
    try (ThreeNodes t = new ThreeNodes(dir); RelayPeer relay = new RelayPeer(t);
        PeerSync sync = new PeerSync(t.a.journal, t.a.signer, relay.base(), t.clock)) {
      PeerSync.Outcome o = sync.syncOnce();
      assertThat(o.size()).isEqualTo(t.operator.journal.size());
      assertThat(t.a.journal.root()).isEqualTo(t.operator.journal.root());
      assertThat(o.checkpointSize()).isEqualTo(o.size());
      assertThat(o.cosignedBy()).containsExactly(DemoCommission.WITNESS_A_NAME);
    }
  }

  @Test
  void entries_that_the_checkpoint_does_not_commit_to_are_not_stored() throws Exception {
    try (ThreeNodes t = new ThreeNodes(dir); RelayPeer relay = new RelayPeer(t);
        PeerSync sync = new PeerSync(t.a.journal, t.a.signer, relay.base(), t.clock)) {
      // Another history, every entry validly signed: the genesis, then the mediator's notes.
      Bundle genesis;
      try (Stream<StoredEntry> s = t.operator.journal.entries(0, 1)) {
        genesis = new Bundle(t.operator.journal.origin(), 0, List.of(s.findFirst().orElseThrow().entry()),
            Optional.empty());
      }
      try (CommissionNode other = CommissionNode.createFrom(dir.resolve("other.gpkg"), genesis)) {
        for (int i = 1; i < t.operator.journal.size(); i++) {
          other.submit(new Command(t.keys.actor(DemoCommission.MEDIATOR),
              Instant.parse("2024-03-02T00:00:00Z").plusSeconds(i), new Note("R-" + i, "another history", null)),
              t.keys.key("med-1"));
        }
        relay.entries = (from, page) -> {
          if (from < 6) {
            return page;
          }
          ArrayNode swapped = page.putArray("entries");
          try (Stream<StoredEntry> s = other.entries(from, page.get("to").asLong())) {
            s.forEach(e -> swapped.add(java.util.Base64.getEncoder().encodeToString(e.entry())));
          }
          return page;
        };
        assertThatThrownBy(sync::syncOnce).isInstanceOf(SyncException.class)
            .hasMessageContaining("entries 6 to 10 are not those its checkpoint at size 17 commits to");
      }
      // The pages before, shown to be in the signed tree and verified, stay; nothing after them is stored.
      assertThat(t.a.journal.size()).isEqualTo(6);
      assertThat(t.a.journal.checkpoints()).isEmpty();
      assertThat(sync.fork()).isEmpty();
      relay.entries = (from, page) -> page;
      assertThat(sync.syncOnce().size()).isEqualTo(t.operator.journal.size());
    }
  }

  @Test
  void a_checkpoint_that_does_not_parse_or_is_not_the_operators_is_refused() throws Exception {
    try (ThreeNodes t = new ThreeNodes(dir); RelayPeer relay = new RelayPeer(t);
        PeerSync sync = new PeerSync(t.a.journal, t.a.signer, relay.base(), t.clock)) {
      relay.checkpoint = body -> "not a note";
      assertThatThrownBy(sync::syncOnce).isInstanceOf(SyncException.class)
          .hasMessageContaining("its checkpoint is not a signed note");

      relay.checkpoint = body -> Checkpoint.parseBody(SignedNote.parse(body).text())
          .sign(DemoCommission.OPERATOR_NAME, t.keys.key("witness-a")).format();
      assertThatThrownBy(sync::syncOnce).isInstanceOf(SyncException.class)
          .hasMessageContaining("is not one the log operator \"" + DemoCommission.OPERATOR_NAME + "\" signed");

      relay.checkpoint = body -> {
        Checkpoint cp = Checkpoint.parseBody(SignedNote.parse(body).text());
        return new Checkpoint("groma.test/other", cp.size(), cp.rootHash())
            .sign(DemoCommission.OPERATOR_NAME, t.keys.key("operator")).format();
      };
      assertThatThrownBy(sync::syncOnce).isInstanceOf(SyncException.class)
          .hasMessageContaining("is of journal \"groma.test/other\"");
      assertThat(t.a.journal.size()).isEqualTo(1);
      assertThat(sync.fork()).isEmpty();
    }
  }

  @Test
  void a_peer_that_does_not_answer_is_reported_and_an_act_on_the_party_node_is_a_502() throws Exception {
    try (ThreeNodes t = new ThreeNodes(dir)) {
      URI nowhere;
      try (RelayPeer closed = new RelayPeer(t)) {
        nowhere = closed.base();
      }
      try (PeerSync sync = new PeerSync(t.a.journal, t.a.signer, nowhere, t.clock)) {
        assertThatThrownBy(sync::syncOnce).isInstanceOf(SyncException.class).hasMessageContaining("no answer");
        t.a.journal.orderBy(sync);
        String chair = t.a.signIn("a-chair");
        HttpResponse<String> r = t.a.act(chair, new Note("N-A", "a note", null));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(502);
        assertThat(ThreeNodes.JSON.readTree(r.body()).get("title").asText()).isEqualTo("Log operator unavailable");
        assertThat(t.a.journal.size()).isEqualTo(1);
      }
    }
  }
}
