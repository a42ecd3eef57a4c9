package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.groma.app.commission.DemoCommission;
import org.groma.app.commission.PeaceProcessScript;
import org.groma.app.keys.Keystore;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.testing.Seeded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** groma sittings, protocol and commitments end to end on a store holding the peace-process script. */
class PeaceProcessCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASS = "a long enough passphrase";

  @TempDir Path dir;
  Path store;
  Path ks;
  Path pass;
  long size;

  @BeforeEach
  void store() throws Exception {
    KeyRing keys = new KeyRing(KeyRing.DEMO_LABELS, Seeded.random(11));
    store = dir.resolve("c.gpkg");
    try (CommissionNode node = ScriptedCommission.withPeaceProcess(ScriptedCommission.create(store, "groma.test/c",
        keys), keys)) {
      size = node.size();
    }
    Keystore k = Keystore.empty();
    k.add(DemoCommission.A_CO_CHAIR.member(), "A", keys.key("a-chair-1").seedBytes(), PASS.toCharArray(),
        Seeded.random(12), Clock.systemUTC());
    k.add(DemoCommission.B_CO_CHAIR.member(), "B", keys.key("b-chair-1").seedBytes(), PASS.toCharArray(),
        Seeded.random(13), Clock.systemUTC());
    ks = dir.resolve("ks.json");
    k.save(ks);
    pass = dir.resolve("pass.txt");
    Files.writeString(pass, PASS + "\n");
  }

  private static Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.exitCode()).as("groma %s\n%s", String.join(" ", args), r.err()).isZero();
    return r;
  }

  private String[] as(String member, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 6);
    System.arraycopy(new String[] {"--as", member, "--keystore", ks.toString(), "--passphrase-file", pass.toString()},
        0, all, args.length, 6);
    return all;
  }

  @Test
  void sittings_list_shows_regulations_particulars_protocol_status_and_sectors() throws Exception {
    String text = ok("sittings", "list", store.toString()).out();
    assertThat(text).contains("regulations REG-1 in force since entry").contains("languages ru, en, 2 originals")
        .contains("commission sitting no. 2, 2024-07-08 to 2024-07-09, party-b")
        .contains("protocol P-2: in force, confidential, version 2")
        .contains("sector S-1: 4.25 km agreed of 12.5 km, 8.25 km remaining");
    JsonNode json = JSON.readTree(ok("sittings", "list", store.toString(), "--json").out());
    assertThat(json.at("/sittings/2/details/body").asText()).isEqualTo("topographic");
    // as of a date before the second sitting: no regulations... the demo's first sitting only
    JsonNode before = JSON.readTree(ok("sittings", "list", store.toString(), "--json", "--at-time",
        "2024-06-30T00:00:00Z").out());
    assertThat(before.get("regulations").isNull()).isTrue();
    assertThat(before.get("sittings")).hasSize(1);
  }

  @Test
  void protocol_show_and_export_write_the_current_version_with_its_hash() throws Exception {
    String md = ok("protocol", "show", store.toString(), PeaceProcessScript.PROTOCOL).out();
    JsonNode v = JSON.readTree(ok("protocol", "show", store.toString(), PeaceProcessScript.PROTOCOL, "--json").out());
    String hash = v.get("protocolHash").asText();
    assertThat(md).startsWith("# Protocol P-2: Second sitting of the commission\n")
        .contains("Protocol hash (SHA-256 of the version's canonical JSON): `" + hash + "`")
        .contains("## Course of discussion [en]").contains("agreed to meet again")
        .contains("| 1 | The topographic working group walks sector S-1. | Topographic working group | 2024-08-31 | open |")
        .contains("- signed for party B by Party B co-chair");
    Path out = dir.resolve("p2.md");
    ok("protocol", "export", store.toString(), PeaceProcessScript.PROTOCOL, "--format", "md", "--out", out.toString());
    assertThat(Files.readString(out)).isEqualTo(md);
    Path json = dir.resolve("p2.json");
    ok("protocol", "export", store.toString(), PeaceProcessScript.PROTOCOL, "--format", "json", "--out",
        json.toString());
    assertThat(JSON.readTree(json.toFile())).isEqualTo(v);

    Cli bad = Cli.run("protocol", "export", store.toString(), PeaceProcessScript.PROTOCOL, "--format", "odt", "--out",
        dir.resolve("x").toString());
    assertThat(bad.exitCode()).isEqualTo(3);
    assertThat(bad.err()).contains("--format odt: expected md, json, pdf or docx");
    Cli missing = Cli.run("protocol", "show", store.toString(), "P-404");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("no protocol P-404 in the journal (protocols: P-2, P-WG-1)");
  }

  @Test
  void commitments_list_dashboard_score_and_answer() throws Exception {
    assertThat(ok("commitments", "list", store.toString()).out())
        .contains("C-3 (AG-1, transport) obliges B; deadline 30 days after commitment C-1 is fully implemented,"
            + " due 2025-02-02")
        .contains("2024-Q3 party A: 2, disputed by the other party");
    assertThat(ok("commitments", "dashboard", store.toString()).out())
        .contains("AG-1         2024-Q3    3/6 = 50.0 % (2 of 3)");

    // bad input changes nothing and exits 3
    Cli outside = Cli.run(as("Party A co-chair", "commitments", "score", store.toString(), "--commitment", "C-2",
        "--period", "2025-Q1", "--score", "4", "--evidence", "x"));
    assertThat(outside.exitCode()).isEqualTo(3);
    assertThat(outside.err()).contains("score 4 is outside the Peace Accords Matrix scale 0 to 3");
    Cli unknown = Cli.run(as("Party A co-chair", "commitments", "score", store.toString(), "--commitment", "C-404",
        "--period", "2025-Q1", "--score", "1", "--evidence", "x", "--time", "2025-02-01T00:00:00Z"));
    assertThat(unknown.exitCode()).as(unknown.err()).isNotZero();
    assertThat(unknown.err()).contains("unknown commitment C-404");
    try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
      assertThat(node.size()).isEqualTo(size);
    }

    ok(as("Party A co-chair", "commitments", "score", store.toString(), "--commitment", "C-2", "--period", "2025-Q1",
        "--score", "3", "--evidence", "All sheets registered.", "--time", "2025-04-01T09:00:00Z"));
    Cli answered = ok(as("Party B co-chair", "commitments", "answer", store.toString(), "--commitment", "C-2",
        "--period", "2025-Q1", "--answer", "acknowledged", "--time", "2025-04-02T09:00:00Z"));
    assertThat(answered.err()).contains("party A's score 3");
    // journal append --quote-hashes fills an answer's scoreHash from the journal
    ok(as("Party B co-chair", "commitments", "score", store.toString(), "--commitment", "C-1", "--period", "2025-Q1",
        "--score", "3", "--evidence", "Crossing open.", "--time", "2025-04-03T09:00:00Z"));
    Path body = dir.resolve("answer.json");
    Files.writeString(body, "{\"commitmentId\":\"C-1\",\"period\":\"2025-Q1\",\"scoredBy\":\"B\","
        + "\"answer\":\"disputed\",\"reason\":\"Not yet open to lorries.\"}");
    Cli quoted = ok(as("Party A co-chair", "journal", "append", store.toString(), "--type", "score-answered", "--body",
        body.toString(), "--quote-hashes", "--time", "2025-04-04T09:00:00Z"));
    assertThat(quoted.err()).contains("quoting scoreHash").contains("party B's score, entry");
    JsonNode d = JSON.readTree(ok("commitments", "dashboard", store.toString(), "--json").out());
    assertThat(d.get("periods").toString()).isEqualTo("[\"2024-Q3\",\"2024-Q4\",\"2025-Q1\"]");
    assertThat(d.at("/byTheme/0/group").asText()).isEqualTo("border");
    assertThat(d.at("/byTheme/2/agreed/percent").decimalValue()).isEqualByComparingTo("100.0");
  }
}
