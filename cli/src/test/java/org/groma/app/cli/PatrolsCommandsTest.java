package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * groma posts and groma patrols end to end: a mission's monitor establishes a post and records a patrol from
 * a GPX file; the other party cannot close the mission's post; bad GPX is refused with line and field and
 * stores nothing; coverage of the proposed line with its GeoJSON.
 */
class PatrolsCommandsTest extends CliCommission {

  Path store;

  private long size() throws Exception {
    return JSON.readTree(ok("journal", "show", store.toString(), "--json").out()).at("/state/lastSeq").asLong();
  }

  @BeforeEach
  void commission() throws Exception {
    makeKeys("Monitor");
    Path genesis = genesis("Test commission", mission("Test mission", "Monitor"));
    store = dir.resolve("c.gpkg");
    ok(signed("Mediator", "journal", "init", store.toString(), "--genesis", genesis.toString(),
        "--time", "2025-05-01T09:00:00Z"));
    ok(signed("Mediator", "journal", "append", store.toString(), "--type", "sitting-opened", "--body",
        file("s.json", "{\"sittingId\":\"s-1\",\"title\":\"First sitting\",\"agenda\":[\"Section S-1\"]}").toString(),
        "--time", "2025-05-10T09:00:00Z"));
    ok(signed("Co-chair A", "journal", "append", store.toString(), "--type", "line-proposed", "--body",
        file("p.json", "{\"proposalId\":\"A-S1\",\"sectionId\":\"S-1\",\"sittingId\":\"s-1\","
            + "\"line\":[[44500000000,41000000000],[44600000000,41000000000]],"
            + "\"segments\":[{\"lineType\":\"geodesic\",\"feature\":null}],\"sourceIds\":[]}").toString(),
        "--time", "2025-05-10T10:00:00Z"));
  }

  private static final String GPX = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
      <trk><name>Patrol 1</name><trkseg>
      <trkpt lat="41.002" lon="44.50"><ele>1000</ele><time>2025-06-02T05:00:00Z</time></trkpt>
      <trkpt lat="41.002" lon="44.52"><time>2025-06-02T05:30:00Z</time></trkpt>
      <trkpt lat="41.002" lon="44.54"><time>2025-06-02T06:00:00Z</time></trkpt>
      </trkseg></trk>
      </gpx>
      """;

  @Test
  void a_monitor_adds_a_post_and_records_a_patrol_whose_coverage_is_measured() throws Exception {
    Cli added = ok(signed("Monitor", "posts", "add", store.toString(), "--id", "OP-1", "--kind", "observation-post",
        "--name", "Observation post 1", "--lat", "41.01", "--lon", "44.55", "--section", "S-1", "--sector",
        "S-1 north", "--time", "2025-06-01T08:00:00Z", "--json"));
    assertThat(JSON.readTree(added.out()).get("type").asText()).isEqualTo("post-established");
    JsonNode posts = JSON.readTree(ok("posts", "list", store.toString(), "--json").out());
    assertThat(posts.get(0).get("party").asText()).isEqualTo("M");
    assertThat(posts.get(0).get("lat").asText()).isEqualTo("41.010000000");
    assertThat(posts.get(0).get("entryHash").asText()).isEqualTo(JSON.readTree(added.out()).get("entryHash").asText());

    // Party B's co-chair may not close the mission's post: exit 3, nothing appended.
    long before = size();
    Cli refused = Cli.run(signed("Co-chair B", "posts", "status", store.toString(), "--id", "OP-1", "--status",
        "closed", "--reason", "We close it.", "--time", "2025-06-01T09:00:00Z"));
    assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(refused.err()).contains("the post is party M's").contains("only its own party changes its status");
    assertThat(size()).isEqualTo(before);
    ok(signed("Monitor", "posts", "status", store.toString(), "--id", "OP-1", "--status", "suspended", "--reason",
        "Team withdrawn for the night.", "--time", "2025-06-01T20:00:00Z"));
    assertThat(ok("posts", "list", store.toString()).out()).contains("OP-1  observation-post \"Observation post 1\""
        + " of M at lat 41.010000000, lon 44.550000000, section S-1 (S-1 north): suspended since 2025-06-01T20:00:00Z");

    Path gpx = file("patrol.gpx", GPX);
    JsonNode dry = JSON.readTree(ok(signed("Monitor", "patrols", "import", store.toString(), gpx.toString(), "--id",
        "PT-1", "--section", "S-1", "--dry-run", "--json")).out());
    assertThat(dry.get("recorded").asBoolean()).isFalse();
    assertThat(dry.get("fixes").asInt()).isEqualTo(3);
    assertThat(dry.at("/notRecorded/elevations").asInt()).isEqualTo(1);
    assertThat(size()).isEqualTo(before + 1);
    JsonNode imported = JSON.readTree(ok(signed("Monitor", "patrols", "import", store.toString(), gpx.toString(),
        "--id", "PT-1", "--section", "S-1", "--time", "2025-06-02T09:00:00Z", "--json")).out());
    assertThat(imported.get("gpxSha256").asText()).isEqualTo(dry.get("gpxSha256").asText());
    assertThat(imported.get("start").asText()).isEqualTo("2025-06-02T05:00:00Z");
    assertThat(imported.get("seq").asLong()).isEqualTo(before + 2);

    // The same file again, under another id: refused, a track is recorded once.
    Cli again = Cli.run(signed("Monitor", "patrols", "import", store.toString(), gpx.toString(), "--id", "PT-2",
        "--time", "2025-06-02T10:00:00Z"));
    assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(again.err()).contains("is already patrol PT-1");

    // The track runs 222 m north of the line from 44.50°E to 44.54°E: with a 1 km buffer, the line is covered
    // from its start to where it is 1 km from the track's last fix.
    Path out = dir.resolve("covered.geojson");
    JsonNode c = JSON.readTree(ok("patrols", "coverage", store.toString(), "--section", "S-1", "--proposal", "A-S1",
        "--from", "2025-06-01", "--to", "2025-06-30", "--geojson", out.toString(), "--json").out());
    assertThat(c.get("agreed").asBoolean()).isFalse();
    assertThat(c.get("bufferM").asDouble()).isEqualTo(1000);
    assertThat(c.get("distance").asText()).isEqualTo("geodesic, WGS 84");
    // GeodSolve -i: 41 44.5 41 44.6 -> 8413.518052 m
    assertThat(c.get("lengthKm").asDouble()).isCloseTo(8.413518052, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(c.at("/covered/0/fromKm").asDouble()).isZero();
    assertThat(c.at("/covered/0/toKm").asDouble()).isBetween(4.33, 4.35);
    assertThat(c.get("patrolIds").get(0).asText()).isEqualTo("PT-1");
    JsonNode geo = JSON.readTree(Files.readString(out));
    assertThat(geo.at("/features/0/geometry/type").asText()).isEqualTo("LineString");
    assertThat(geo.at("/features/0/properties/buffer_m").asDouble()).isEqualTo(1000);
    String text = ok("patrols", "coverage", store.toString(), "--section", "S-1", "--proposal", "A-S1").out();
    assertThat(text).contains("section S-1, proposed line (proposal A-S1): 8.414 km").contains("buffer 1000 m (geodesic,"
        + " WGS 84); sampled every 50 m, ends to 1 mm").contains("  km 0.000 to 4.34");
    JsonNode none = JSON.readTree(ok("patrols", "coverage", store.toString(), "--section", "S-1", "--proposal",
        "A-S1", "--from", "2025-07-01", "--json").out());
    assertThat(none.get("coveredKm").asDouble()).isZero();
  }

  @Test
  void bad_gpx_and_bad_requests_are_refused_with_exit_3_and_store_nothing() throws Exception {
    long before = size();
    Path noTime = file("no-time.gpx", GPX.replace("<time>2025-06-02T05:30:00Z</time>", ""));
    Cli r = Cli.run(signed("Monitor", "patrols", "import", store.toString(), noTime.toString(), "--id", "PT-9"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("no-time.gpx: line 5, column").contains("<trkpt> 1 of trk 0, trkseg 0: field time:"
        + " missing");
    Path badLon = file("bad-lon.gpx", GPX.replace("lon=\"44.52\"", "lon=\"444.52\""));
    Cli lon = Cli.run(signed("Monitor", "patrols", "import", store.toString(), badLon.toString(), "--id", "PT-9"));
    assertThat(lon.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(lon.err()).contains("field lon: 444.52 is outside [-180, 180] degrees");
    Cli section = Cli.run("patrols", "coverage", store.toString(), "--section", "S-1");
    assertThat(section.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(section.err()).contains("section S-1 has no agreed line; name a proposal to measure instead"
        + " (proposals: A-S1)");
    Cli kind = Cli.run(signed("Monitor", "posts", "add", store.toString(), "--id", "OP-2", "--kind", "bunker",
        "--name", "x", "--lat", "41", "--lon", "44.5", "--section", "S-1", "--sector", "x"));
    assertThat(kind.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(kind.err()).contains("unknown post kind \"bunker\"");
    assertThat(size()).isEqualTo(before);
  }
}
