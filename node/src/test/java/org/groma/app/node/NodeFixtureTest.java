package org.groma.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.DemoCommission;
import org.groma.journal.entry.Party;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.Cosignature;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.verify.VerificationResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node journal written by this version, kept in {@code src/test/resources/node/fixture-journal-v1.gpkg}:
 * the demo history (17 signed entries) under one checkpoint that both parties' witnesses cosigned. Every
 * later version must verify it and read the same decisions from it; if this fails after a change to the
 * entry format, the signatures, the notes or the rules, the change broke journals already signed.
 *
 * <p>Regenerate only for a new journal format version:
 * {@code ./mvnw -B -o -q -pl node test -Dtest=NodeFixtureTest -Dgroma.node.regenerateFixture=true}
 */
class NodeFixtureTest {

  static final Path FIXTURE = Path.of("src/test/resources/node/fixture-journal-v1.gpkg");
  static final long KEY_SEED = 7;
  /** The file: 26 SQLite pages of 4 096 bytes (GeoPackage and Groma tables, indexes, four layers). */
  static final long FILE_BYTES = 106_496;
  /** Entries in the journal, and the checkpoint's tree size. */
  static final long SIZE = 17;
  /** The Merkle root of the 17 entries (RFC 9162), as the fixture's checkpoint states it. */
  static final String ROOT_HEX = "881fb1836b64b6c1cbeea4c65516c838671d3e77e511afbc142bbd21d025a004";

  @TempDir Path dir;

  @Test
  void a_version_1_journal_is_reported_as_the_weaker_guarantee_and_continues_in_format_2() throws Exception {
    Path copy = dir.resolve("fixture.gpkg");
    Files.copy(FIXTURE, copy, StandardCopyOption.REPLACE_EXISTING);
    VerifyReport report = CommissionNode.audit(copy, n -> {}, java.util.Optional.empty(),
        java.util.Optional.empty());
    assertThat(report.result().ok()).isTrue();
    assertThat(report.legacyEntries()).isEqualTo(SIZE);
    assertThat(report.decisions()).singleElement().satisfies(d -> {
      assertThat(d.inForce()).isTrue();
      assertThat(d.isFinal()).isTrue();
    });

    KeyRing keys = NodeFixtures.keys(KEY_SEED);
    try (CommissionNode node = CommissionNode.open(copy, CommissionNode.Options.full())) {
      // A format 1 entry offered now (a downgrade) is refused; a new act is of format 2 and commits to all.
      var legacy = org.groma.journal.entry.SignedEntry.sign(org.groma.journal.entry.Entry.legacy(node.origin(),
          SIZE, Instant.parse("2024-07-02T00:00:00Z"), "note", new org.groma.journal.entry.Author(
              org.groma.journal.entry.Party.MEDIATOR, DemoCommission.MEDIATOR.member(), keys.keyId("med-1")),
          org.groma.journal.json.JsonObject.builder().put("noteId", "N-9").put("text", "old format")
              .put("sectionId", org.groma.journal.json.JsonNull.INSTANCE).build()), keys.key("med-1"));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> node.appendSigned(
          java.util.List.of(legacy.storedBytes()), SIZE)).isInstanceOf(CommandRefusedException.class)
          .hasMessageContaining("is of format 1, which commits to no history");
      node.submit(NodeFixtures.command(DemoCommission.MEDIATOR, keys, "2024-07-02T00:00:00Z",
          new org.groma.app.commission.CommissionEvent.Note("N-9", "A note in format 2.", null)), keys.key("med-1"));
      assertThat(node.entry(SIZE).orElseThrow().entry().prevRoot().hex()).isEqualTo(ROOT_HEX);
    }
    VerifyReport after = CommissionNode.audit(copy, n -> {}, java.util.Optional.empty(), java.util.Optional.empty());
    assertThat(after.result().ok()).isTrue();
    assertThat(after.result().entries()).isEqualTo(SIZE + 1);
    assertThat(after.legacyEntries()).isEqualTo(SIZE);
  }

  @Test
  void the_version_1_journal_verifies_and_gives_the_same_decisions() throws Exception {
    assertThat(Files.size(FIXTURE)).isEqualTo(FILE_BYTES);
    Path copy = dir.resolve("fixture.gpkg");
    Files.copy(FIXTURE, copy, StandardCopyOption.REPLACE_EXISTING);

    VerificationResult r = CommissionNode.verify(copy, n -> {});
    assertThat(r.firstError()).isEmpty();
    assertThat(r.entries()).isEqualTo(SIZE);
    assertThat(r.root().hex()).isEqualTo(ROOT_HEX);

    try (CommissionNode node = CommissionNode.open(copy, CommissionNode.Options.full())) {
      assertThat(node.origin()).isEqualTo(NodeFixtures.ORIGIN);
      assertThat(node.size()).isEqualTo(SIZE);
      assertThat(node.root().hex()).isEqualTo(ROOT_HEX);
      assertThat(node.genesis().commissionId()).isEqualTo(DemoCommission.COMMISSION_ID);

      assertThat(node.state().decisionsInForce()).singleElement().satisfies((DecisionRecord d) -> {
        assertThat(d.draft().decisionId()).isEqualTo("D-1");
        assertThat(d.draft().sectionId()).isEqualTo("S-1");
        assertThat(d.draft().proposalId()).isEqualTo("B-S1");
        assertThat(d.endorsements()).containsOnlyKeys(Party.A, Party.B);
        assertThat(d.inForceSeq()).isEqualTo(14);
        assertThat(d.inForceTime()).isEqualTo(Instant.parse("2024-05-14T12:00:00Z"));
      });
      assertThat(node.stateAt(Instant.parse("2024-05-01T00:00:00Z")).decisionsInForce()).isEmpty();

      assertThat(node.checkpoints()).singleElement().satisfies((SignedNote note) -> {
        Checkpoint cp = Checkpoint.open(note, node.trust().operator());
        assertThat(cp.size()).isEqualTo(SIZE);
        assertThat(cp.rootHash().hex()).isEqualTo(ROOT_HEX);
        assertThat(note.signatures()).hasSize(3);
        for (NoteVerifierKey witness : node.trust().witnesses()) {
          assertThat(Cosignature.open(note, witness).verifies(cp, witness)).as(witness.name()).isTrue();
        }
        assertThat(node.trust().witnesses()).extracting(NoteVerifierKey::name)
            .containsExactly(DemoCommission.WITNESS_A_NAME, DemoCommission.WITNESS_B_NAME);
        assertThat(Cosignature.open(note, node.trust().witnesses().get(0)).timestampSec())
            .isEqualTo(Instant.parse("2024-07-01T00:00:00Z").getEpochSecond());
      });
    }
    // A witness's node reopens it from the checkpoint it cosigned, without checking those signatures again.
    try (CommissionNode node = CommissionNode.open(copy,
        CommissionNode.Options.full().trusting(DemoCommission.WITNESS_B_NAME))) {
      assertThat(node.root().hex()).isEqualTo(ROOT_HEX);
    }
  }

  @Test
  void regenerate_fixture() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("groma.node.regenerateFixture"),
        "regenerates the fixture only with -Dgroma.node.regenerateFixture=true");
    Files.createDirectories(FIXTURE.getParent());
    Files.deleteIfExists(FIXTURE);
    NodeFixtures.cosignedDemo(FIXTURE, NodeFixtures.keys(KEY_SEED));
  }
}
