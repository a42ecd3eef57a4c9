package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.groma.app.commission.Command;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.DemoCommission;
import org.groma.app.documents.JournalProof;
import org.groma.app.documents.JournalProofs;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.testing.Seeded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code groma verify --entry HASH [--checkpoint SIZE:ROOT]}: what a printed page's proof claims, checked
 * against the store. The store: the demo history (entries 0 to 16) under a checkpoint of size 17 that party
 * A's witness cosigned, then a note (entry 17) under a checkpoint of size 18 that nobody cosigned.
 */
class VerifyEntryTest {

  @TempDir
  static Path dir;

  private static Path file;
  private static String entry5;
  private static String note;
  private static String root17;
  private static String root18;
  private static JournalProof printed;

  @BeforeAll
  static void store() {
    KeyRing keys = new KeyRing(KeyRing.DEMO_LABELS, Seeded.random(21));
    file = dir.resolve("c.gpkg");
    try (CommissionNode node = ScriptedCommission.create(file, "groma.test/verify-entry", keys)) {
      node.signCheckpoint(keys.key("operator"));
      node.cosign(DemoCommission.WITNESS_A_NAME, keys.key("witness-a"),
          Clock.fixed(Instant.parse("2024-07-01T00:00:00Z"), ZoneOffset.UTC));
      root17 = node.root().hex();
      printed = JournalProofs.of(node, List.of(5L));
      node.submit(new Command(keys.actor(DemoCommission.MEDIATOR), Instant.parse("2024-07-02T00:00:00Z"),
          new Note("N-99", "A note after the checkpoint.", null)), keys.key("med-1"));
      node.signCheckpoint(keys.key("operator"));
      root18 = node.root().hex();
      entry5 = node.leafHash(5).hex();
      note = node.leafHash(17).hex();
    }
  }

  @Test
  void the_proof_a_page_prints_verifies_and_names_the_entry_and_its_cosigners() {
    assertThat(printed.entryHashes()).containsExactly(entry5);
    assertThat(printed.checkpointArgument()).isEqualTo("17:" + root17);
    Cli r = Cli.run("verify", file.toString(), "--entry", printed.entryHashes().get(0), "--checkpoint",
        printed.checkpointArgument());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("entry " + entry5 + ": entry 5 of the journal, included under checkpoint 17:"
        + root17 + ", cosigned by " + DemoCommission.WITNESS_A_NAME);
  }

  @Test
  void without_a_checkpoint_the_strongest_stored_one_is_used_and_the_json_says_which() throws Exception {
    Cli r = Cli.run("verify", file.toString(), "--entry", entry5.toUpperCase(), "--json");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("entry");
    assertThat(json.get("ok").asBoolean()).isTrue();
    assertThat(json.get("seq").asLong()).isEqualTo(5);
    assertThat(json.get("checkpointSize").asLong()).isEqualTo(17); // cosigned, where 18 is not
    assertThat(json.get("cosigners").get(0).asText()).isEqualTo(DemoCommission.WITNESS_A_NAME);
  }

  @Test
  void an_entry_the_named_checkpoint_does_not_include_or_that_no_witness_cosigned_fails() {
    Cli after = Cli.run("verify", file.toString(), "--entry", note, "--checkpoint", "17:" + root17);
    assertThat(after.exitCode()).isEqualTo(1);
    assertThat(after.out()).contains("entry 17 was appended after the checkpoint of size 17");
    Cli uncosigned = Cli.run("verify", file.toString(), "--entry", note);
    assertThat(uncosigned.exitCode()).isEqualTo(1);
    assertThat(uncosigned.out()).contains("the checkpoint of size 18 includes entry 17 but no witness has cosigned it");
    assertThat(Cli.run("verify", file.toString(), "--entry", note, "--checkpoint", "18:" + root18).exitCode())
        .isEqualTo(1);
  }

  @Test
  void a_wrong_root_an_unknown_size_or_an_unknown_entry_fails_with_the_reason() {
    Cli wrongRoot = Cli.run("verify", file.toString(), "--entry", entry5, "--checkpoint", "17:" + root18);
    assertThat(wrongRoot.exitCode()).isEqualTo(1);
    assertThat(wrongRoot.out()).contains("the checkpoint of size 17 has root " + root17 + ", not " + root18);
    Cli noSize = Cli.run("verify", file.toString(), "--entry", entry5, "--checkpoint", "16:" + root17);
    assertThat(noSize.exitCode()).isEqualTo(1);
    assertThat(noSize.out()).contains("no verified checkpoint of size 16 (sizes: 17, 18)");
    String unknown = "0".repeat(64);
    Cli missing = Cli.run("verify", file.toString(), "--entry", unknown, "--checkpoint", "17:" + root17);
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.out()).contains("entry " + unknown + " is not in the journal (18 entries)");
  }

  @Test
  void malformed_arguments_are_bad_input() {
    Cli shortHash = Cli.run("verify", file.toString(), "--entry", "abc");
    assertThat(shortHash.exitCode()).isEqualTo(3);
    assertThat(shortHash.err()).contains("--entry \"abc\" is not an entry hash (64 hex digits)");
    Cli badRef = Cli.run("verify", file.toString(), "--entry", entry5, "--checkpoint", root17);
    assertThat(badRef.exitCode()).isEqualTo(3);
    assertThat(badRef.err()).contains("is not SIZE:ROOT");
    Cli alone = Cli.run("verify", file.toString(), "--checkpoint", "17:" + root17);
    assertThat(alone.exitCode()).isEqualTo(3);
    assertThat(alone.err()).contains("give --entry HASH too");
  }
}
