package org.groma.app.server.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.DemoCommission;
import org.groma.app.commission.IncidentScript;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.server.Accounts;
import org.groma.app.server.NodeServer;
import org.groma.app.keys.NodeSigner;
import org.groma.app.testing.Seeded;

/**
 * The scripted demo history on a node served on a free loopback port (as the server package's ServerFixture),
 * with a fixed clock; no accounts, since the OGC API is read without signing in.
 */
final class OgcFixture implements AutoCloseable {

  static final Instant NOW = Instant.parse("2024-07-01T09:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  final KeyRing keys = new KeyRing(KeyRing.DEMO_LABELS, Seeded.random(7));
  final CommissionNode node;
  final NodeServer server;
  final HttpClient http = HttpClient.newHttpClient();

  OgcFixture(Path dir) {
    Path file = dir.resolve("demo.gpkg");
    node = ScriptedCommission.create(file, "groma.test/demo", keys);
    // One incident north of section S-1 (agreed), for the incidents collection.
    Actor a = keys.actor(DemoCommission.A_CO_CHAIR);
    node.submit(new Command(a, Instant.parse("2024-06-15T12:00:00Z"), IncidentScript.report("I-1", 150_000_000,
        121_000_000)), keys.forActor(a));
    server = NodeServer.start(node, Accounts.load(dir.resolve("accounts.json")), new NodeSigner(), "127.0.0.1", 0,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  HttpResponse<String> get(String path) throws Exception {
    return get(path, null);
  }

  HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
    if (accept != null) {
      b.header("Accept", accept);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GET {@code path}, which must answer 200 with {@code contentType}; its body as JSON. */
  JsonNode json(String path, String contentType) throws Exception {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    String type = r.headers().firstValue("content-type").orElse("");
    if (!type.startsWith(contentType)) {
      throw new AssertionError("GET " + path + " answered " + type + ", not " + contentType);
    }
    return JSON.readTree(r.body());
  }


  @Override
  public void close() {
    server.close();
    node.close();
  }
}
