package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

/**
 * The incident register end to end on the command line: a genesis that admits a monitoring mission, an agreed
 * section, a feed with bad rows (nothing signed, then the good rows signed with --accept-valid), verification
 * by the monitor, each party's position, listing and statistics; a monitor's line proposal is refused.
 */
class IncidentsCommandTest extends CliCommission {

  private Path store() throws Exception {
    makeKeys("Monitor (demo)");
    Path genesis = genesis("Test", mission("Test monitoring mission", "Monitor (demo)"));
    Path f = dir.resolve("c.gpkg");
    ok(signed("Mediator", "journal", "init", f.toString(), "--genesis", genesis.toString(),
        "--time", "2024-05-01T09:00:00Z"));
    ok(signed("Mediator", "journal", "append", f.toString(), "--type", "sitting-opened", "--body",
        file("s.json", "{\"sittingId\":\"s-1\",\"title\":\"First sitting\",\"agenda\":[\"S-1\"]}").toString(),
        "--time", "2024-05-10T09:00:00Z"));
    ok(signed("Co-chair A", "journal", "append", f.toString(), "--type", "line-proposed", "--body",
        file("p.json", "{\"proposalId\":\"A-S1\",\"sectionId\":\"S-1\",\"sittingId\":\"s-1\","
            + "\"line\":[[45000000000,39500000000],[45100000000,39600000000],[45200000000,39500000000]],"
            + "\"segments\":[{\"lineType\":\"geodesic\",\"feature\":null},{\"lineType\":\"geodesic\",\"feature\":null}],"
            + "\"sourceIds\":[]}").toString(), "--time", "2024-05-10T10:00:00Z"));
    ok(signed("Co-chair A", "journal", "append", f.toString(), "--type", "decision-drafted", "--body",
        file("d.json", "{\"decisionId\":\"D-1\",\"sectionId\":\"S-1\",\"sittingId\":\"s-1\",\"text\":\"Agreed.\","
            + "\"proposalId\":\"A-S1\"}").toString(), "--time", "2024-05-10T11:00:00Z", "--quote-hashes"));
    Path endorse = file("e.json", "{\"decisionId\":\"D-1\"}");
    ok(signed("Co-chair A", "journal", "append", f.toString(), "--type", "decision-endorsed", "--body",
        endorse.toString(), "--time", "2024-05-10T12:00:00Z", "--quote-hashes"));
    ok(signed("Co-chair B", "journal", "append", f.toString(), "--type", "decision-endorsed", "--body",
        endorse.toString(), "--time", "2024-05-10T13:00:00Z", "--quote-hashes"));
    return f;
  }

  private long entries(Path f) throws Exception {
    return JSON.readTree(ok("verify", f.toString(), "--json").out()).get("entries").asLong();
  }

  @Test
  void a_feed_is_checked_row_by_row_signed_as_one_batch_and_listed_with_where_each_incident_lies() throws Exception {
    Path f = store();
    long before = entries(f);
    String header = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,latitude,longitude,"
        + "geo_precision,source,source_confidence,fatalities,notes,year\n";
    Path feed = file("feed.csv", header
        + "I-1,2024-06-20,1,Shelling,mortar,Unknown (demo),39.6,45.05,1,Patrol log (demo),high,0,Fictional rounds north.,2024\n"
        + "I-2,2024-06-21,2,drone,,,39.5,45.1,2,,,,Fictional drone south of the line.,2024\n"
        + "I-3,2024-06-22,5,shelling,,,39.55,45.15,1,,,,Fictional.,2024\n"
        + "I-4,2024-06-23,1,shelling,,,139.55,45.15,1,,,,Fictional.,2024\n"
        + "I-5,2024-07-02,1,crossing,livestock,,39.49,45.2,1,Herder (demo),low,,Fictional sheep.,2024\n");
    String[] importArgs = signed("Co-chair A", "incidents", "import", f.toString(), "--feed", feed.toString(),
        "--reported", "2024-07-03", "--time", "2024-07-03T10:00:00Z");
    Cli refused = Cli.run(importArgs);
    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(refused.err()).contains("feed.csv: line 4: time_precision: \"5\" is not a precision code 1, 2 or 3")
        .contains("feed.csv: line 5: latitude/longitude").contains("columns not read: year")
        .contains("nothing was signed");
    assertThat(entries(f)).isEqualTo(before);

    String[] accept = java.util.Arrays.copyOf(importArgs, importArgs.length + 2);
    accept[importArgs.length] = "--accept-valid";
    accept[importArgs.length + 1] = "--json";
    Cli partial = Cli.run(accept);
    assertThat(partial.exitCode()).as(partial.err()).isEqualTo(ExitCode.CHECK_FAILED.code());
    JsonNode report = JSON.readTree(partial.out());
    assertThat(report.get("signed").asInt()).isEqualTo(3);
    assertThat(report.get("errors")).hasSize(2);
    assertThat(entries(f)).isEqualTo(before + 3);

    JsonNode list = JSON.readTree(ok("incidents", "list", f.toString(), "--json").out());
    assertThat(list).hasSize(3);
    JsonNode i1 = list.get(0);
    assertThat(i1.get("incident_id").asText()).isEqualTo("I-1");
    assertThat(i1.get("reporter").asText()).isEqualTo("party-a");
    assertThat(i1.get("section_id").asText()).isEqualTo("S-1");
    assertThat(i1.get("side").asText()).isEqualTo("A"); // north of a line drawn eastwards
    double expected = Geodesics.WGS84.closestPoint(java.util.List.of(GeoPoint.ofLonLat(45.0, 39.5),
        GeoPoint.ofLonLat(45.1, 39.6), GeoPoint.ofLonLat(45.2, 39.5)), GeoPoint.ofLonLat(45.05, 39.6)).distanceM();
    assertThat(i1.get("signed_distance_m").asDouble()).isCloseTo(expected, within(0.0005));
    assertThat(i1.get("near").asText()).matches("\\d+\\.\\d km [NESW]{1,3} of .+");
    assertThat(list.get(1).get("side").asText()).isEqualTo("B");
    assertThat(list.get(1).get("signed_distance_m").asDouble()).isNegative();
    assertThat(i1.get("nearest_pillar").isNull()).isTrue();

    // The monitor verifies I-1; party A acknowledges it and party B disputes it.
    String hash = i1.get("report_hash").asText();
    ok(signed("Monitor (demo)", "journal", "append", f.toString(), "--type", "incident-verified", "--body",
        file("v.json", "{\"incidentId\":\"I-1\",\"reportHash\":\"" + hash + "\",\"finding\":\"Craters seen.\"}")
            .toString(), "--time", "2024-07-04T10:00:00Z"));
    ok(signed("Co-chair A", "journal", "append", f.toString(), "--type", "incident-position-taken", "--body",
        file("a.json", "{\"incidentId\":\"I-1\",\"reportHash\":\"" + hash + "\",\"position\":\"acknowledged\","
            + "\"statement\":\"Acknowledged.\"}").toString(), "--time", "2024-07-05T10:00:00Z"));
    ok(signed("Co-chair B", "journal", "append", f.toString(), "--type", "incident-position-taken", "--body",
        file("b.json", "{\"incidentId\":\"I-1\",\"reportHash\":\"" + hash + "\",\"position\":\"disputed\","
            + "\"statement\":\"Disputed.\"}").toString(), "--time", "2024-07-05T11:00:00Z"));
    JsonNode disputed = JSON.readTree(ok("incidents", "list", f.toString(), "--status", "disputed", "--json").out());
    assertThat(disputed).hasSize(1);
    assertThat(disputed.get(0).get("party_a_position").asText()).isEqualTo("acknowledged");
    assertThat(disputed.get(0).get("verified_by").asText()).isEqualTo("Monitor (demo)");

    JsonNode stats = JSON.readTree(ok("incidents", "stats", f.toString(), "--json").out());
    assertThat(stats.get("counts").toString()).contains("{\"sectionId\":\"S-1\",\"period\":\"2024-06\","
        + "\"eventType\":\"shelling\",\"status\":\"disputed\",\"count\":1}");
    assertThat(ok("incidents", "list", f.toString(), "--format", "csv").out()).startsWith("incident_id,occurred,");
    assertThat(JSON.readTree(ok("incidents", "list", f.toString(), "--format", "geojson").out())
        .get("features")).hasSize(3);

    // A monitor signs nothing outside the monitor role.
    Cli line = Cli.run(signed("Monitor (demo)", "journal", "append", f.toString(), "--type", "note", "--body",
        file("n.json", "{\"noteId\":\"N-1\",\"text\":\"Quiet.\",\"sectionId\":\"S-1\"}").toString(),
        "--time", "2024-07-06T10:00:00Z"));
    assertThat(line.exitCode()).as(line.err()).isZero();
    Cli proposal = Cli.run(signed("Monitor (demo)", "journal", "append", f.toString(), "--type", "sitting-opened",
        "--body", file("s2.json", "{\"sittingId\":\"s-2\",\"title\":\"t\",\"agenda\":[\"x\"]}").toString(),
        "--time", "2024-07-06T11:00:00Z"));
    assertThat(proposal.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(proposal.err()).contains("is a monitor of mission MM-1");
  }
}
