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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.MissionEvent.Mission;
import org.groma.app.commission.MissionEvent.MissionAdmissionSigned;
import org.groma.app.commission.MissionEvent.MissionMember;
import org.groma.app.commission.DemoCommission;
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.PostEstablished;
import org.groma.app.commission.PatrolEvent.PostKind;
import org.groma.app.commission.PatrolEvent.PostStatus;
import org.groma.app.commission.PatrolEvent.PostStatusChanged;
import org.groma.app.commission.PatrolEvent.TrackPart;
import org.groma.app.commission.Role;
import org.groma.geo.CanonicalPoint;
import org.groma.journal.entry.Party;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.DemoCommission;
import org.groma.app.commission.IncidentScript;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.commission.PillarScript;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.server.Accounts;
import org.groma.app.server.NodeServer;
import org.groma.app.keys.NodeSigner;
import org.groma.app.testing.Seeded;

/**
 * The scripted demo history, with posts and patrols, on a node served on a free loopback port (as the server
 * package's ServerFixture), with a fixed clock; no accounts, since the OGC API is read without signing in.
 */
final class OgcFixture implements AutoCloseable {

  static final Instant NOW = Instant.parse("2024-07-01T09:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  /** The demo's keys, the pillar register's surveyor, and the monitoring mission's monitor (posts and patrols). */
  final KeyRing keys = new KeyRing(Stream.of(KeyRing.DEMO_LABELS.stream(), Stream.of(PillarScript.A_SURVEYOR_LABEL),
      Stream.of(MONITOR_KEY)).flatMap(s -> s).toList(), Seeded.random(7));
  final CommissionNode node;
  final NodeServer server;
  final HttpClient http = HttpClient.newHttpClient();

  OgcFixture(Path dir) {
    Path file = dir.resolve("demo.gpkg");
    // the demo history and a pillar register on its agreed section S-1, for the pillars and inspections; then
    // the monitoring mission's posts and patrols
    node = ScriptedCommission.createWithPillars(file, "groma.test/demo", keys, Instant.parse("2024-06-10T12:00:00Z"));
    watch();
    // One incident north of section S-1 (agreed), for the incidents collection.
    Actor a = keys.actor(DemoCommission.A_CO_CHAIR);
    node.submit(new Command(a, Instant.parse("2024-06-20T09:00:00Z"), IncidentScript.report("I-1", 150_000_000,
        121_000_000)), keys.forActor(a));
    server = NodeServer.start(node, Accounts.load(dir.resolve("accounts.json")), new NodeSigner(), "127.0.0.1", 0,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static final String MONITOR_KEY = "mon-1";

  /**
   * Posts and patrols on the scripted history, between the pillar register (10 June 2024) and NOW: both co-chairs
   * admit a mission with one monitor, who establishes observation post OP-1 and checkpoint CP-1 on S-1, records patrol PT-1
   * (13 June, 05:00 to 06:00), closes CP-1 (15 June) and records PT-2 in two parts (17 June, 05:00 to 08:00).
   */
  private void watch() {
    Actor monitor = new Actor(Party.MEDIATOR, "Mission monitor", keys.keyId(MONITOR_KEY));
    Mission mission = new Mission("MM-1", "Monitoring mission (test)", List.of(new MissionMember(monitor.member(),
        monitor.keyId(), keys.publicKey(MONITOR_KEY))));
    MissionAdmissionSigned admission = new MissionAdmissionSigned(mission, mission.admissionHash());
    submit(keys.actor(DemoCommission.A_CO_CHAIR), "2024-06-11T08:00:00Z", admission);
    submit(keys.actor(DemoCommission.B_CO_CHAIR), "2024-06-11T08:30:00Z", admission);
    submit(monitor, "2024-06-12T08:00:00Z", new PostEstablished("OP-1", PostKind.OBSERVATION_POST,
        "Observation post 1 (test)", new CanonicalPoint(120_000_000, 112_000_000), "S-1", "S-1 west"));
    submit(monitor, "2024-06-12T09:00:00Z", new PostEstablished("CP-1", PostKind.CHECKPOINT,
        "Checkpoint 1 (test)", new CanonicalPoint(170_000_000, 108_000_000), "S-1", "S-1 east crossing"));
    submit(monitor, "2024-06-14T08:00:00Z", patrol("PT-1", "2024-06-13T05:00:00Z", 60,
        List.of(List.of(100_000_000L, 100_500_000L, 150_000_000L, 120_000_000L))));
    submit(monitor, "2024-06-15T08:00:00Z", new PostStatusChanged("CP-1", PostStatus.CLOSED,
        "Crossing closed by both parties.", node.state().patrols().post("CP-1").orElseThrow().entryHash()));
    submit(monitor, "2024-06-18T08:00:00Z", patrol("PT-2", "2024-06-17T05:00:00Z", 60,
        List.of(List.of(150_000_000L, 120_000_000L, 170_000_000L, 112_000_000L),
            List.of(180_000_000L, 108_000_000L, 200_000_000L, 100_500_000L))));
  }

  private void submit(Actor actor, String time, CommissionEvent event) {
    node.submit(new Command(actor, Instant.parse(time), event), keys.forActor(actor));
  }

  /** A track of parts given as lon, lat nanodegree pairs; fixes {@code minutes} apart from {@code start}. */
  private static PatrolRecorded patrol(String id, String start, int minutes, List<List<Long>> parts) {
    List<TrackPart> track = new ArrayList<>();
    Instant t = Instant.parse(start);
    for (List<Long> part : parts) {
      List<CanonicalPoint> points = new ArrayList<>();
      List<Instant> times = new ArrayList<>();
      for (int i = 0; i < part.size(); i += 2) {
        points.add(new CanonicalPoint(part.get(i), part.get(i + 1)));
        times.add(t);
        t = t.plusSeconds(60L * minutes);
      }
      track.add(new TrackPart(points, times));
    }
    return new PatrolRecorded(id, "S-1", HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8))
        .repeat(64).substring(0, 64), track);
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
