package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The journal's command line end to end: keys, init, append, show, checkpoint, cosign, verify, bundles. */
class JournalCommandsTest extends CliCommission {

  @BeforeEach
  void memberKeys() throws Exception {
    makeKeys();
  }

  private Path genesis() throws Exception {
    return genesis("Test commission", "");
  }

  @Test
  void a_commission_journal_from_genesis_to_a_decision_in_force_verified_and_carried_by_bundle() throws Exception {
    Path file = dir.resolve("c.gpkg");
    ok(signed("Mediator", "journal", "init", file.toString(), "--genesis", genesis().toString(),
        "--time", "2024-05-01T09:00:00Z"));
    ok(signed("Mediator", "journal", "append", file.toString(), "--type", "sitting-opened", "--body",
        file("s.json", "{\"sittingId\":\"s-1\",\"title\":\"First sitting\",\"agenda\":[\"Section S-1\"]}").toString(),
        "--time", "2024-05-10T09:00:00Z"));
    ok(signed("Co-chair A", "journal", "append", file.toString(), "--type", "line-proposed", "--body",
        file("p.json", "{\"proposalId\":\"A-S1\",\"sectionId\":\"S-1\",\"sittingId\":\"s-1\","
            + "\"line\":[[44500000000,41000000000],[44600000000,41100000000]],"
            + "\"segments\":[{\"lineType\":\"geodesic\",\"feature\":null}],\"sourceIds\":[]}").toString(),
        "--time", "2024-05-10T10:00:00Z"));
    Path draftBody = file("d.json", "{\"decisionId\":\"D-1\",\"sectionId\":\"S-1\",\"sittingId\":\"s-1\","
        + "\"text\":\"S-1 is agreed as proposal A-S1.\",\"proposalId\":\"A-S1\"}");
    // A draft names the line it adopts by hash: without them (and without --quote-hashes) it is refused.
    Cli bare = Cli.run(signed("Co-chair A", "journal", "append", file.toString(), "--type", "decision-drafted",
        "--body", draftBody.toString(), "--time", "2024-05-10T11:00:00Z"));
    assertThat(bare.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(bare.err()).contains("decision-drafted.proposalHash: missing field");
    JsonNode shown = JSON.readTree(ok("journal", "show", file.toString(), "--json").out());
    String geometry = shown.at("/state/proposals/0/geometryHash").asText();
    Cli draft = ok(signed("Co-chair A", "journal", "append", file.toString(), "--type", "decision-drafted",
        "--body", draftBody.toString(), "--time", "2024-05-10T11:00:00Z", "--json", "--quote-hashes"));
    assertThat(draft.err()).contains("quoting proposalHash " + shown.at("/state/proposals/0/entryHash").asText()
        + " (proposal A-S1, entry 2)").contains("quoting geometryHash " + geometry);
    String draftHash = JSON.readTree(draft.out()).get("entryHash").asText();
    Path endorse = file("e.json", "{\"decisionId\":\"D-1\",\"draftHash\":\"" + draftHash
        + "\",\"geometryHash\":\"" + geometry + "\"}");

    // The mediator may not endorse: refused, exit 3, nothing appended.
    Cli refused = Cli.run(signed("Mediator", "journal", "append", file.toString(), "--type", "decision-endorsed",
        "--body", endorse.toString(), "--time", "2024-05-10T12:00:00Z"));
    assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(refused.err()).contains("refused").contains("nothing was appended");
    assertThat(JSON.readTree(ok("verify", file.toString(), "--json").out()).get("entries").asLong()).isEqualTo(4);
    Path before = dir.resolve("before-endorsements.gpkg");
    Files.copy(file, before);

    ok(signed("Co-chair A", "journal", "append", file.toString(), "--type", "decision-endorsed", "--body",
        endorse.toString(), "--time", "2024-05-12T12:00:00Z"));
    ok(signed("Co-chair B", "journal", "append", file.toString(), "--type", "decision-endorsed", "--body",
        endorse.toString(), "--time", "2024-05-14T12:00:00Z"));

    JsonNode may1 = JSON.readTree(ok("journal", "show", file.toString(), "--at-time", "2024-05-13T00:00:00Z",
        "--json").out());
    assertThat(may1.at("/state/decisions/0/inForce").asBoolean()).isFalse();
    JsonNode now = JSON.readTree(ok("journal", "show", file.toString(), "--json", "--entries").out());
    assertThat(now.at("/state/decisions/0/inForce").asBoolean()).isTrue();
    assertThat(now.get("entries")).hasSize(6);
    assertThat(now.at("/state/decisions/0/geometryHash").asText()).isEqualTo(geometry);
    assertThat(ok("journal", "show", file.toString()).out()).contains("(line geometry " + geometry + ")");
    assertThat(ok("journal", "show", file.toString(), "--at", "4").out()).contains("not in force");

    assertThat(ok(signed("operator.test", "journal", "checkpoint", file.toString())).out())
        .startsWith("groma/test-commission\n6\n");
    Cli notFinal = Cli.run("verify", file.toString(), "--require-final");
    assertThat(notFinal.exitCode()).isEqualTo(ExitCode.CHECK_FAILED.code());
    assertThat(notFinal.out()).contains("decision D-1: in force since entry 5, NOT FINAL")
        .contains("latest checkpoint: size 6, root").contains("cosigned by nobody")
        .contains("FAILS: decision D-1 is in force (entry 5) but not final");
    ok(signed("witness.a.test", "journal", "cosign", file.toString()));
    String cosigned = ok(signed("witness.b.test", "journal", "cosign", file.toString())).out();
    assertThat(cosigned.lines().filter(l -> l.startsWith("\u2014 "))).hasSize(3);

    JsonNode v = JSON.readTree(ok("verify", file.toString(), "--json").out());
    assertThat(v.get("ok").asBoolean()).isTrue();
    assertThat(v.get("entries").asLong()).isEqualTo(6);
    assertThat(v.has("firstError")).isFalse();
    assertThat(v.get("genesisHash").asText()).isEqualTo(now.at("/entries/0/entryHash").asText());
    assertThat(v.at("/checkpoint/size").asLong()).isEqualTo(6);
    assertThat(v.at("/checkpoint/root").asText()).isEqualTo(v.get("root").asText());
    assertThat(v.at("/checkpoint/cosigners").toString()).isEqualTo("[\"witness.a.test\",\"witness.b.test\"]");
    assertThat(v.get("requiredCosigners").toString()).isEqualTo("[\"witness.a.test\",\"witness.b.test\"]");
    assertThat(v.get("decisions").toString()).isEqualTo(
        "[{\"id\":\"D-1\",\"inForce\":true,\"inForceSeq\":5,\"final\":true,\"finalUnderSize\":6}]");
    assertThat(v.get("legacyEntries").asLong()).isZero();
    assertThat(ok("verify", file.toString(), "--require-final", "--expect-genesis", v.get("genesisHash").asText())
        .out()).contains("decision D-1: in force since entry 5, FINAL (checkpoint at size 6)")
        .contains("latest checkpoint: size 6, root " + v.get("root").asText()
            + ", cosigned by witness.a.test and witness.b.test");
    Cli otherGenesis = Cli.run("verify", file.toString(), "--expect-genesis", "ab".repeat(32));
    assertThat(otherGenesis.exitCode()).isEqualTo(ExitCode.CHECK_FAILED.code());
    assertThat(otherGenesis.out()).contains("FAILS: the genesis hash is " + v.get("genesisHash").asText());

    // A party that kept the cosigned checkpoint sees a store cut before it fail, whatever else it holds.
    Path kept = file("kept.note", cosigned);
    ok("verify", file.toString(), "--trusted-checkpoint", kept.toString());
    Cli truncated = Cli.run("verify", before.toString(), "--trusted-checkpoint", kept.toString(), "--json");
    assertThat(truncated.exitCode()).isEqualTo(ExitCode.CHECK_FAILED.code());
    assertThat(JSON.readTree(truncated.out()).at("/firstError/reason").asText()).isEqualTo("the journal ends"
        + " after 4 entries, before the trusted checkpoint at size 6: entries were removed (truncation)");
    Cli notANote = Cli.run("verify", file.toString(), "--trusted-checkpoint", draftBody.toString());
    assertThat(notANote.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());

    Path bundle = dir.resolve("all.bundle");
    ok("bundle", "export", file.toString(), "--since", "0", "--out", bundle.toString());
    Path replica = dir.resolve("replica.gpkg");
    JsonNode imported = JSON.readTree(ok("bundle", "import", replica.toString(), bundle.toString(), "--json").out());
    assertThat(imported.get("size").asLong()).isEqualTo(6);
    assertThat(JSON.readTree(ok("verify", replica.toString(), "--json").out()).get("root"))
        .isEqualTo(v.get("root"));
  }

  @Test
  void a_map_sheet_is_appended_for_a_registered_source_quoting_its_hash_and_shown() throws Exception {
    Path file = dir.resolve("m.gpkg");
    ok(signed("Mediator", "journal", "init", file.toString(), "--genesis", genesis().toString(),
        "--time", "2024-05-01T09:00:00Z"));
    ok(signed("Co-chair A", "journal", "append", file.toString(), "--type", "source-registered", "--body",
        file("src.json", "{\"sourceId\":\"SRC-1\",\"title\":\"Sheet K-38-123-А\",\"sha256\":\"" + "ab".repeat(32)
            + "\",\"scaleDenominator\":50000,\"date\":\"1975\",\"crs\":\"EPSG:28408\"}").toString(),
        "--time", "2024-05-10T09:00:00Z"));
    Path sheet = file("sheet.json", "{\"sourceId\":\"SRC-1\",\"sheet\":\"K-38-123-А\",\"editionYear\":1975,"
        + "\"surveyYear\":1968,\"issuer\":\"GUGK\",\"scanDpi\":600,\"suppliedBy\":\"A\"}");
    Cli bare = Cli.run(signed("Co-chair B", "journal", "append", file.toString(), "--type", "map-sheet-registered",
        "--body", sheet.toString(), "--time", "2024-05-10T10:00:00Z"));
    assertThat(bare.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(bare.err()).contains("map-sheet-registered.sourceHash: missing field");
    String sourceHash = JSON.readTree(ok("journal", "show", file.toString(), "--json").out())
        .at("/state/sources/0/entryHash").asText();
    Cli appended = ok(signed("Co-chair B", "journal", "append", file.toString(), "--type", "map-sheet-registered",
        "--body", sheet.toString(), "--time", "2024-05-10T10:00:00Z", "--quote-hashes"));
    assertThat(appended.err()).contains("quoting sourceHash " + sourceHash + " (source SRC-1, entry 1)");
    assertThat(ok("journal", "show", file.toString()).out()).contains("  source SRC-1 \"Sheet K-38-123-А\"")
        .contains("    map sheet K-38-123-А, edition 1975, survey 1968, issued by GUGK, scanned at 600 dpi,"
            + " supplied by party A");
    Cli twice = Cli.run(signed("Co-chair A", "journal", "append", file.toString(), "--type", "map-sheet-registered",
        "--body", sheet.toString(), "--time", "2024-05-10T11:00:00Z", "--quote-hashes"));
    assertThat(twice.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(twice.err()).contains("source SRC-1 already has its map sheet K-38-123-А (seq 2)")
        .contains("nothing was appended");
  }

  @Test
  void an_act_dated_after_the_clock_plus_the_skew_is_refused_and_changes_nothing() throws Exception {
    Path file = dir.resolve("c.gpkg");
    ok(signed("Mediator", "journal", "init", file.toString(), "--genesis", genesis().toString(),
        "--time", "2024-05-01T09:00:00Z"));
    byte[] before = Files.readAllBytes(file);
    Cli future = Cli.run(signed("Mediator", "journal", "append", file.toString(), "--type", "note", "--body",
        file("n.json", "{\"noteId\":\"N-1\",\"text\":\"x\",\"sectionId\":null}").toString(),
        "--time", "9999-12-31T23:59:59.999Z"));
    assertThat(future.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(future.err()).contains("is dated 9999-12-31T23:59:59.999Z, after this node's clock plus the allowed"
        + " skew of 300 s");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(JSON.readTree(ok("verify", file.toString(), "--json").out()).get("entries").asLong()).isEqualTo(1);
  }

  @Test
  void verify_names_the_first_failing_entry_and_exits_1() throws Exception {
    Path file = dir.resolve("c.gpkg");
    ok(signed("Mediator", "journal", "init", file.toString(), "--genesis", genesis().toString()));
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("Test commission");
    assertThat(at).isPositive();
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(at);
      raf.write('X');
    }
    Cli r = Cli.run("verify", file.toString(), "--json");
    assertThat(r.exitCode()).isEqualTo(ExitCode.CHECK_FAILED.code());
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("ok").asBoolean()).isFalse();
    assertThat(j.at("/firstError/seq").asLong()).isZero();
    assertThat(j.at("/firstError/reason").asText()).isNotBlank();
    Cli append = Cli.run(signed("Mediator", "journal", "append", file.toString(), "--type", "note", "--body",
        file("n.json", "{\"noteId\":\"N-1\",\"text\":\"x\",\"sectionId\":null}").toString()));
    assertThat(append.exitCode()).isEqualTo(ExitCode.CHECK_FAILED.code());
  }

  @Test
  void bad_input_gets_a_clear_message_and_creates_nothing() throws Exception {
    Path file = dir.resolve("c.gpkg");
    Cli badJson = Cli.run(signed("Mediator", "journal", "init", file.toString(), "--genesis",
        file("g.json", "{\"commissionId\": ").toString()));
    assertThat(badJson.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(badJson.err()).contains("g.json is not valid JSON");
    Cli wrongSigner = Cli.run(signed("operator.test", "journal", "init", file.toString(), "--genesis",
        genesis().toString()));
    assertThat(wrongSigner.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(file).doesNotExist();
    Cli unknownKey = Cli.run(signed("Nobody", "journal", "init", file.toString(), "--genesis", genesis().toString()));
    assertThat(unknownKey.err()).contains("has no key for \"Nobody\"");
    assertThat(file).doesNotExist();
  }

  @Test
  void strings_over_their_limit_are_bad_input_naming_field_length_and_limit_and_nothing_is_stored() throws Exception {
    Path file = dir.resolve("c.gpkg");
    ok(signed("Mediator", "journal", "init", file.toString(), "--genesis", genesis().toString(),
        "--time", "2024-05-01T09:00:00Z"));
    byte[] before = Files.readAllBytes(file);
    String[][] cases = {
        {"note", "{\"noteId\":\"N-1\",\"text\":\"" + "x".repeat(200_001) + "\",\"sectionId\":null}",
            "text is 200001 characters long; at most 200000 are allowed"},
        {"sitting-opened", "{\"sittingId\":\"s-1\",\"title\":\"" + "T".repeat(201) + "\",\"agenda\":[]}",
            "title is 201 characters long; at most 200 are allowed"},
        {"note", "{\"noteId\":\"N-1\",\"text\":\"" + "x".repeat(20_000_001) + "\",\"sectionId\":null}",
            "/text is 20000001 characters long; at most 20000000 are allowed"}};
    for (String[] c : cases) {
      Cli r = Cli.run(signed("Mediator", "journal", "append", file.toString(), "--type", c[0], "--body",
          file("big.json", c[1]).toString(), "--time", "2024-05-02T09:00:00Z"));
      assertThat(r.exitCode()).as(r.err().lines().limit(3).toList().toString()).isEqualTo(ExitCode.BAD_INPUT.code());
      assertThat(r.err()).contains(c[2]);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(JSON.readTree(ok("verify", file.toString(), "--json").out()).get("entries").asLong()).isEqualTo(1);

    // A bundle is read by the same JSON reader: a string over its limit names where it is.
    Path bundle = file("big.bundle", "{\"format\":\"groma-bundle/v1\",\"origin\":\"groma/test-commission\","
        + "\"since\":1,\"entries\":[\"" + "A".repeat(20_000_004) + "\"],\"checkpoint\":null}");
    Cli r = Cli.run("bundle", "import", file.toString(), bundle.toString());
    assertThat(r.exitCode()).as(r.err().lines().limit(3).toList().toString()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("/entries/0 is 20000004 characters long; at most 20000000 are allowed");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void the_documented_example_in_docs_examples_journal_runs() throws Exception {
    Path ex = Path.of("..", "docs", "examples", "journal");
    String[] auth = {"--keystore", ex.resolve("groma-keystore.json").toString(), "--passphrase-file",
        ex.resolve("passphrase.txt").toString()};
    Path file = dir.resolve("example.gpkg");
    ok(concat(new String[] {"journal", "init", file.toString(), "--genesis", ex.resolve("genesis.json").toString(),
        "--as", "Mediator"}, auth));
    String[][] acts = {{"member-added", "Co-chair A"}, {"sitting-opened", "Mediator"}, {"line-proposed", "Expert A"},
        {"decision-drafted", "Co-chair A"}};
    for (String[] a : acts) {
      ok(concat(new String[] {"journal", "append", file.toString(), "--type", a[0], "--body",
          ex.resolve(a[0] + ".json").toString(), "--as", a[1], "--quote-hashes"}, auth));
    }
    ok(concat(new String[] {"journal", "checkpoint", file.toString(), "--as", "operator.example"}, auth));
    ok(concat(new String[] {"journal", "cosign", file.toString(), "--as", "witness.party-a.example"}, auth));
    assertThat(JSON.readTree(ok("verify", file.toString(), "--json").out()).get("entries").asLong()).isEqualTo(5);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
