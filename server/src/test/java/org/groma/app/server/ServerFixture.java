package org.groma.app.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.groma.app.commission.Role;
import org.groma.app.keys.NodeSigner;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.testing.Seeded;
import org.groma.journal.entry.Party;

/** A demo node (the scripted demo history, seeded keys) served on a free loopback port, with accounts. */
final class ServerFixture implements AutoCloseable {

  static final String PASSWORD = "correct horse battery";
  final KeyRing keys = new KeyRing(KeyRing.DEMO_LABELS, Seeded.random(7));
  final CommissionNode node;
  final NodeServer server;
  final HttpClient http = HttpClient.newHttpClient();

  ServerFixture(Path dir, Clock clock) {
    this(dir, clock, SignInPolicy.standard());
  }

  ServerFixture(Path dir, Clock clock, SignInPolicy policy) {
    this(dir, clock, policy, false);
  }

  /** With {@code peaceProcess}, the node also holds {@code PeaceProcessScript}'s regulations, protocols, commitments. */
  ServerFixture(Path dir, Clock clock, SignInPolicy policy, boolean peaceProcess) {
    Path file = dir.resolve("demo.gpkg");
    CommissionNode demo = ScriptedCommission.create(file, "groma.test/demo", keys);
    node = peaceProcess ? ScriptedCommission.withPeaceProcess(demo, keys) : demo;
    Accounts accounts = Accounts.load(dir.resolve("accounts.json"));
    SecureRandom r = Seeded.random(8);
    accounts.put("a-chair", Party.A, "Party A co-chair", List.of(Role.CO_CHAIR), PASSWORD.toCharArray(), r);
    accounts.put("b-chair", Party.B, "Party B co-chair", List.of(Role.CO_CHAIR), PASSWORD.toCharArray(), r);
    accounts.put("mediator", Party.MEDIATOR, "Mediator", List.of(Role.EXPERT, Role.ADMIN), PASSWORD.toCharArray(), r);
    accounts.put("a-expert", Party.A, "Party A expert", List.of(Role.EXPERT), PASSWORD.toCharArray(), r);
    accounts.put("b-observer", Party.B, "Party B expert", List.of(Role.OBSERVER), PASSWORD.toCharArray(), r);
    NodeSigner signer = new NodeSigner();
    keys.byLabel().values().forEach(signer::add);
    server = NodeServer.start(node, accounts, signer, "127.0.0.1", 0, clock, policy);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** Signs in and returns the session cookie. */
  String signIn(String user) throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/session"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
        .build());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
    }
    return r.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  HttpResponse<String> post(String path, String cookie, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return send(b.build());
  }


  @Override
  public void close() {
    server.close();
    node.close();
  }
}
