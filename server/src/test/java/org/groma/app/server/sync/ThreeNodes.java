package org.groma.app.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.EventCodec;
import org.groma.app.commission.Role;
import org.groma.app.node.Bundle;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.server.Accounts;
import org.groma.app.server.NodeServer;
import org.groma.app.keys.NodeSigner;
import org.groma.app.store.StoredEntry;
import org.groma.app.testing.Seeded;
import org.groma.journal.entry.Party;

/**
 * Three nodes of the demo commission on loopback, each with its own store and server on a free port: the
 * log operator's node run by the mediator (the scripted demo history), and party A's and party B's nodes,
 * replicas started from the genesis alone. Each party node holds its own members' keys and its party's
 * witness key, and hands its acts to the operator's node.
 */
final class ThreeNodes implements AutoCloseable {

  static final String PASSWORD = "correct horse battery";
  static final ObjectMapper JSON = new ObjectMapper();

  final KeyRing keys = new KeyRing(KeyRing.DEMO_LABELS, Seeded.random(7));
  final Clock clock = Clock.systemUTC();
  final Node operator;
  final Node a;
  final Node b;
  final HttpClient http = HttpClient.newHttpClient();
  private final List<AutoCloseable> extra = new ArrayList<>();

  /** One node: its journal, its server, and (for a party) its sync with the operator's node. */
  final class Node implements AutoCloseable {
    final String name;
    final CommissionNode journal;
    final NodeSigner signer;
    final NodeServer server;
    PeerSync sync;

    Node(String name, CommissionNode journal, NodeSigner signer, Accounts accounts) {
      this.name = name;
      this.journal = journal;
      this.signer = signer;
      this.server = NodeServer.start(journal, accounts, signer, "127.0.0.1", 0, clock);
    }

    URI uri(String path) {
      return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    URI base() {
      return uri("");
    }

    String signIn(String user) throws Exception {
      HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/session"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
          .ofString("{\"user\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}")).build());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("sign-in as " + user + " on " + name + " failed: " + r.body());
      }
      return r.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
    }

    /** Posts an act as the signed-in user; returns the answer (201 with seq and entryHash when accepted). */
    HttpResponse<String> act(String cookie, CommissionEvent event) throws Exception {
      return send(HttpRequest.newBuilder(uri("/api/acts/" + event.type()))
          .header("Content-Type", "application/json").header("Cookie", cookie)
          .POST(HttpRequest.BodyPublishers.ofString(EventCodec.encode(event).toString())).build());
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
      return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    JsonNode state() throws Exception {
      return JSON.readTree(get("/api/state").body()).get("state");
    }

    @Override
    public void close() {
      if (sync != null) {
        sync.close();
      }
      server.close();
      journal.close();
    }
  }

  ThreeNodes(Path dir) {
    Path opFile = dir.resolve("operator.gpkg");
    CommissionNode scripted = ScriptedCommission.create(opFile, "groma.test/demo", keys);
    operator = new Node("operator", scripted, signer("med-1", "operator"),
        accounts(dir.resolve("operator.accounts.json"), "mediator", Party.MEDIATOR, "Mediator",
            List.of(Role.EXPERT, Role.ADMIN)));
    a = replica(dir, "a", signer("a-chair-1", "a-expert-1", "witness-a"), "a-chair", Party.A, "Party A co-chair");
    b = replica(dir, "b", signer("b-chair-1", "b-expert-2", "witness-b"), "b-chair", Party.B, "Party B co-chair");
  }

  /** A party's node started from the operator's genesis alone; it orders its acts through the operator. */
  private Node replica(Path dir, String name, NodeSigner signer, String user, Party party, String member) {
    Bundle genesis;
    try (Stream<StoredEntry> first = operator.journal.entries(0, 1)) {
      genesis = new Bundle(operator.journal.origin(), 0, List.of(first.findFirst().orElseThrow().entry()),
          Optional.empty());
    }
    CommissionNode journal = CommissionNode.createFrom(dir.resolve(name + ".gpkg"), genesis);
    Node node = new Node(name, journal, signer, accounts(dir.resolve(name + ".accounts.json"), user, party, member,
        List.of(Role.CO_CHAIR)));
    node.sync = new PeerSync(journal, signer, operator.base(), clock);
    journal.orderBy(node.sync);
    return node;
  }

  /** A node serving its own journal, closed with the others. */
  Node extra(String name, CommissionNode journal, NodeSigner signer, Path accountsFile) {
    Node node = new Node(name, journal, signer, Accounts.load(accountsFile));
    extra.add(node);
    return node;
  }

  NodeSigner signer(String... labels) {
    NodeSigner s = new NodeSigner();
    for (String l : labels) {
      s.add(keys.key(l));
    }
    return s;
  }

  private Accounts accounts(Path file, String user, Party party, String member, List<Role> roles) {
    Accounts accounts = Accounts.load(file);
    accounts.put(user, party, member, roles, PASSWORD.toCharArray(), Seeded.random(8));
    return accounts;
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }


  @Override
  public void close() throws Exception {
    for (AutoCloseable c : extra) {
      c.close();
    }
    a.close();
    b.close();
    operator.close();
    http.close();
  }
}
