package org.groma.journal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.groma.journal.TestJournal;
import org.groma.journal.entry.Author;
import org.groma.journal.entry.Entry;
import org.groma.journal.entry.Party;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.json.JsonObject;
import org.groma.journal.log.MerkleLog;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.Cosignature;
import org.groma.journal.note.NoteKeyType;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.SigningKey;
import org.junit.jupiter.api.Test;

class JournalVerifierTest {
  private final TestJournal journal = new TestJournal(11).append(40);
  private final SigningKey operator = SigningKey.generate(TestJournal.seeded(100));
  private final SigningKey witnessA = SigningKey.generate(TestJournal.seeded(101));
  private final SigningKey witnessB = SigningKey.generate(TestJournal.seeded(102));
  private final NoteVerifierKey opKey = new NoteVerifierKey("operator", NoteKeyType.ED25519, operator.verifyingKey());
  private final NoteVerifierKey wA = new NoteVerifierKey("witness-a", NoteKeyType.COSIGNATURE_V1, witnessA.verifyingKey());
  private final NoteVerifierKey wB = new NoteVerifierKey("witness-b", NoteKeyType.COSIGNATURE_V1, witnessB.verifyingKey());
  private final CheckpointTrust trust = new CheckpointTrust(opKey, List.of(wA, wB), 2);

  private MapKeyDirectory keys() {
    return new MapKeyDirectory().add(journal.expertA.verifyingKey()).add(journal.expertB.verifyingKey())
        .add(journal.mediator.verifyingKey());
  }

  private SignedNote checkpoint(int size, boolean cosignB) {
    MerkleLog log = new MerkleLog();
    journal.entries.subList(0, size).forEach(e -> log.append(e.hash()));
    Checkpoint cp = new Checkpoint(TestJournal.ORIGIN, size, log.root());
    SignedNote n = cp.sign("operator", operator)
        .withSignature(Cosignature.sign(cp, "witness-a", witnessA, 1_715_767_200L + size).toNoteSignature(wA));
    return cosignB ? n.withSignature(Cosignature.sign(cp, "witness-b", witnessB, 1_715_767_300L).toNoteSignature(wB)) : n;
  }

  private VerificationResult verify(List<byte[]> stored, List<SignedNote> cps) {
    return JournalVerifier.verify(stored, keys(), TestJournal.ORIGIN, Optional.of(trust), cps);
  }

  @Test
  void a_valid_journal_with_cosigned_checkpoints_verifies() {
    VerificationResult r = verify(journal.stored(), List.of(checkpoint(40, true), checkpoint(0, true),
        checkpoint(17, true)));
    assertThat(r.firstError()).isEmpty();
    assertThat(r.ok()).isTrue();
    assertThat(r.entries()).isEqualTo(40);
    MerkleLog log = new MerkleLog();
    journal.entries.forEach(e -> log.append(e.hash()));
    assertThat(r.root()).isEqualTo(log.root());
  }

  @Test
  void reports_the_first_failing_entry_and_why() {
    List<byte[]> stored = new ArrayList<>(journal.stored());
    stored.remove(5);
    assertThat(verify(stored, List.of()).firstError()).contains(
        new VerificationError(5, "entry has seq 6 where 5 was expected"));

    List<byte[]> unknownKey = journal.stored();
    MapKeyDirectory onlyA = new MapKeyDirectory().add(journal.expertA.verifyingKey());
    VerificationResult r = JournalVerifier.verify(unknownKey, onlyA, TestJournal.ORIGIN, Optional.empty(), List.of());
    assertThat(r.entries()).isEqualTo(1);
    assertThat(r.firstError().orElseThrow().reason()).startsWith("no key " + journal.expertB.keyId() + " is known");

    VerificationResult wrongOrigin = JournalVerifier.verify(journal.stored(), keys(), "other", Optional.empty(), List.of());
    assertThat(wrongOrigin.firstError().orElseThrow())
        .isEqualTo(new VerificationError(0, "entry origin \"groma.test/commission/a-b\" is not the journal's \"other\""));
  }

  @Test
  void time_going_backwards_is_refused() {
    List<byte[]> stored = new ArrayList<>(journal.stored().subList(0, 3));
    Entry e = Entry.of(TestJournal.ORIGIN, 3, TestJournal.START.minusSeconds(1), "note",
        Author.of(Party.A, "Expert A", journal.expertA.verifyingKey()), JsonObject.empty(),
        journal.root(3));
    stored.add(SignedEntry.sign(e, journal.expertA).storedBytes());
    assertThat(verify(stored, List.of()).firstError().orElseThrow().reason())
        .isEqualTo("entry time 2024-05-15T09:59:59.000Z is earlier than the previous entry's 2024-05-15T10:02:00Z");
  }

  @Test
  void a_revoked_key_stops_verifying_the_entries_after_its_revocation() {
    MapKeyDirectory dir = new MapKeyDirectory().add(journal.expertA.verifyingKey()).add(journal.expertB.verifyingKey()).add(journal.mediator.verifyingKey());
    KeyDirectory revoking = new KeyDirectory() {
      @Override
      public Optional<org.groma.journal.sign.VerifyingKey> lookup(String keyId) {
        return dir.lookup(keyId);
      }

      @Override
      public void entryVerified(SignedEntry entry) {
        if (entry.entry().seq() == 9) {
          dir.remove(journal.expertB.keyId());
        }
      }
    };
    VerificationResult r = JournalVerifier.verify(journal.stored(), revoking, TestJournal.ORIGIN, Optional.empty(), List.of());
    assertThat(r.entries()).isEqualTo(10);
    assertThat(r.firstError().orElseThrow().seq()).isEqualTo(10);
  }

  @Test
  void checkpoint_failures_are_reported() {
    SignedNote good = checkpoint(17, true);
    SignedNote oneWitness = checkpoint(17, false);
    assertThat(verify(journal.stored(), List.of(oneWitness)).firstError().orElseThrow())
        .isEqualTo(new VerificationError(16, "checkpoint at size 17: cosigned by 1 trusted witnesses, 2 required"));
    assertThat(verify(journal.stored().subList(0, 16), List.of(good)).firstError().orElseThrow().reason())
        .isEqualTo("checkpoint at size 17 is beyond the journal's 16 entries");
    Checkpoint forged = new Checkpoint(TestJournal.ORIGIN, 17, journal.entries.get(0).hash());
    SignedNote forgedNote = forged.sign("operator", operator);
    assertThat(verify(journal.stored(), List.of(forgedNote)).firstError().orElseThrow().reason())
        .startsWith("checkpoint at size 17: root " + journal.entries.get(0).hash().hex() + " differs");
    SignedNote wrongOperator = Checkpoint.parseBody(good.text()).sign("operator", witnessA);
    assertThat(verify(journal.stored(), List.of(wrongOperator)).firstError().orElseThrow().reason())
        .startsWith("checkpoint at size 17: note has no signature by operator");
  }

  @Test
  void a_checkpoint_whose_body_does_not_parse_is_reported_not_thrown() {
    SignedNote bad = SignedNote.parse(checkpoint(17, true).format().replaceFirst("\n17\n", "\n017\n"));
    VerificationResult r = verify(journal.stored(), List.of(bad));
    assertThat(r.ok()).isFalse();
    assertThat(r.firstError().orElseThrow()).isEqualTo(new VerificationError(-1,
        "checkpoint 1 of 1: checkpoint line 2: tree size \"017\" is not a decimal without leading zeros"));
  }

  /** Seeded random single-bit flips anywhere in the stored entries or the checkpoint: none is missed. */
  @Test
  void every_random_bit_flip_in_entries_or_checkpoints_is_detected() {
    Random random = new Random(424242);
    List<byte[]> stored = journal.stored();
    byte[] cp = checkpoint(40, true).bytes();
    int flips = 3000;
    for (int i = 0; i < flips; i++) {
      List<byte[]> copy = new ArrayList<>(stored);
      byte[] cpCopy = cp;
      int target = random.nextInt(copy.size() + 1);
      if (target == copy.size()) {
        cpCopy = cp.clone();
        int pos = random.nextInt(cpCopy.length);
        cpCopy[pos] ^= (byte) (1 << random.nextInt(8));
      } else {
        byte[] b = copy.get(target).clone();
        b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        copy.set(target, b);
      }
      VerificationResult r;
      try {
        r = verify(copy, List.of(SignedNote.parse(cpCopy)));
      } catch (IllegalArgumentException e) {
        continue; // the checkpoint note no longer parses: refused before verification
      }
      assertThat(r.ok()).as("flip %d in %s", i, target == stored.size() ? "checkpoint" : "entry " + target)
          .isFalse();
    }
    assertThat(new String(cp, StandardCharsets.UTF_8)).contains("— witness-a ");
  }

  @Test
  void a_trusted_prefix_skips_signatures_but_must_hash_to_the_trusted_root() {
    MerkleLog log = new MerkleLog();
    journal.entries.forEach(e -> log.append(e.hash()));
    // No keys at all: the first 30 entries pass on the trusted root alone, entry 30 needs its key.
    JournalVerifier noKeys = new JournalVerifier(TestJournal.ORIGIN, new MapKeyDirectory(), Optional.empty(), List.of())
        .trustingPrefix(30, log.root(30));
    journal.stored().forEach(noKeys::accept);
    VerificationResult r = noKeys.finish();
    assertThat(r.entries()).isEqualTo(30);
    assertThat(r.firstError().orElseThrow().seq()).isEqualTo(30);
    assertThat(r.firstError().orElseThrow().reason()).startsWith("no key ");

    JournalVerifier wrongRoot = new JournalVerifier(TestJournal.ORIGIN, keys(), Optional.empty(), List.of())
        .trustingPrefix(30, log.root(29));
    journal.stored().forEach(wrongRoot::accept);
    assertThat(wrongRoot.finish().firstError().orElseThrow()).isEqualTo(new VerificationError(29,
        "the first 30 entries hash to root " + log.root(30).hex() + ", not the trusted checkpoint's root "
            + log.root(29).hex() + ": the journal was rewritten at or below that size"));

    JournalVerifier tooShort = new JournalVerifier(TestJournal.ORIGIN, keys(), Optional.empty(), List.of())
        .trustingPrefix(41, log.root());
    journal.stored().forEach(tooShort::accept);
    assertThat(tooShort.finish().firstError().orElseThrow().reason())
        .isEqualTo("the journal ends after 40 entries, before the trusted checkpoint at size 41: entries were"
            + " removed (truncation)");
  }

  /** Entry {@code seq} of the test journal with another body, re-signed by its own author's key. */
  private byte[] rewritten(int seq) {
    Entry e = journal.entries.get(seq).entry();
    SigningKey key = switch (seq % 3) {
      case 0 -> journal.expertA;
      case 1 -> journal.expertB;
      default -> journal.mediator;
    };
    Entry forged = Entry.of(e.origin(), e.seq(), e.time(), e.type(), e.author(),
        JsonObject.builder().put("line", "moved").build(), e.prevRoot());
    return SignedEntry.sign(forged, key).storedBytes();
  }

  @Test
  void an_entry_rewritten_and_re_signed_by_its_author_breaks_the_next_entry_that_saw_it() {
    List<byte[]> stored = new ArrayList<>(journal.stored());
    stored.set(12, rewritten(12));
    VerificationResult r = verify(stored, List.of());
    assertThat(r.entries()).isEqualTo(13);
    assertThat(r.firstError().orElseThrow().seq()).isEqualTo(13);
    assertThat(r.firstError().orElseThrow().reason()).startsWith("entry commits to a log of root "
        + journal.root(13).hex() + " before it, but the 13 entries before it have root ");
    // Only the last entry can be rewritten unnoticed by the entries alone; a checkpoint covering it catches it.
    stored = new ArrayList<>(journal.stored());
    stored.set(39, rewritten(39));
    assertThat(verify(stored, List.of()).ok()).isTrue();
    assertThat(verify(stored, List.of(checkpoint(40, true))).firstError().orElseThrow().reason())
        .contains("differs from the entries' root");
  }

  @Test
  void a_journal_extending_a_kept_checkpoint_must_hold_it_unchanged() {
    MerkleLog log = new MerkleLog();
    journal.entries.forEach(e -> log.append(e.hash()));
    JournalVerifier whole = new JournalVerifier(TestJournal.ORIGIN, keys(), Optional.empty(), List.of())
        .extending(30, log.root(30));
    journal.stored().forEach(whole::accept);
    assertThat(whole.finish().ok()).isTrue();

    JournalVerifier truncated = new JournalVerifier(TestJournal.ORIGIN, keys(), Optional.empty(), List.of())
        .extending(30, log.root(30));
    journal.stored().subList(0, 25).forEach(truncated::accept);
    assertThat(truncated.finish().firstError().orElseThrow().reason()).isEqualTo("the journal ends after 25"
        + " entries, before the trusted checkpoint at size 30: entries were removed (truncation)");

    // Unlike a trusted prefix, a kept checkpoint skips no signature.
    JournalVerifier noKeys = new JournalVerifier(TestJournal.ORIGIN, new MapKeyDirectory(), Optional.empty(),
        List.of()).extending(30, log.root(30));
    journal.stored().forEach(noKeys::accept);
    assertThat(noKeys.finish().firstError().orElseThrow().seq()).isZero();
  }

  @Test
  void format_1_entries_verify_before_format_2_ones_and_are_counted_but_never_after() {
    SigningKey a = journal.expertA;
    Author author = Author.of(Party.A, "Expert A", a.verifyingKey());
    List<byte[]> stored = new ArrayList<>();
    MerkleLog log = new MerkleLog();
    for (int i = 0; i < 3; i++) {
      SignedEntry e = SignedEntry.sign(Entry.legacy(TestJournal.ORIGIN, i, TestJournal.START, "note", author,
          JsonObject.empty()), a);
      stored.add(e.storedBytes());
      log.append(e.hash());
    }
    SignedEntry v2 = SignedEntry.sign(Entry.of(TestJournal.ORIGIN, 3, TestJournal.START, "note", author,
        JsonObject.empty(), log.root()), a);
    stored.add(v2.storedBytes());
    JournalVerifier v = new JournalVerifier(TestJournal.ORIGIN, keys(), Optional.empty(), List.of());
    stored.forEach(v::accept);
    assertThat(v.finish().ok()).isTrue();
    assertThat(v.legacyEntries()).isEqualTo(3);

    stored.add(SignedEntry.sign(Entry.legacy(TestJournal.ORIGIN, 4, TestJournal.START, "note", author,
        JsonObject.empty()), a).storedBytes());
    assertThat(verify(stored, List.of()).firstError().orElseThrow()).isEqualTo(new VerificationError(4,
        "entry is of format 1 (no prevRoot) after entries of format 2: a journal never goes back to entries that"
            + " commit to no history"));
  }

  @Test
  void entries_dated_after_the_verifiers_clock_plus_skew_are_reported() {
    JournalVerifier v = new JournalVerifier(TestJournal.ORIGIN, keys(), Optional.empty(), List.of())
        .notAfter(TestJournal.START.plusSeconds(10 * 60), "this verifier's clock plus 5 minutes");
    journal.stored().forEach(v::accept);
    assertThat(v.finish().firstError().orElseThrow()).isEqualTo(new VerificationError(11,
        "entry time 2024-05-15T10:11:00.000Z is in the future: later than this verifier's clock plus 5 minutes"));
  }

  @Test
  void verified_checkpoints_name_their_cosigners() {
    JournalVerifier v = new JournalVerifier(TestJournal.ORIGIN, keys(), Optional.of(
        new CheckpointTrust(opKey, List.of(wA, wB), 1)), List.of(checkpoint(20, false), checkpoint(40, true)));
    journal.stored().forEach(v::accept);
    assertThat(v.finish().ok()).isTrue();
    assertThat(v.verifiedCheckpoints()).extracting(JournalVerifier.VerifiedCheckpoint::size,
        JournalVerifier.VerifiedCheckpoint::cosigners).containsExactly(
            org.assertj.core.groups.Tuple.tuple(20L, List.of("witness-a")),
            org.assertj.core.groups.Tuple.tuple(40L, List.of("witness-a", "witness-b")));
  }

  @Test
  void verifying_on_every_core_reports_exactly_what_the_sequential_verifier_reports() {
    TestJournal big = new TestJournal(21).append(1_300);
    MapKeyDirectory dir = new MapKeyDirectory().add(big.expertA.verifyingKey()).add(big.expertB.verifyingKey())
        .add(big.mediator.verifyingKey());
    java.util.Random r = new java.util.Random(17);
    for (int trial = 0; trial < 16; trial++) {
      List<byte[]> stored = new ArrayList<>(big.stored());
      if (trial > 0) {
        int at = r.nextInt(stored.size());
        byte[] b = stored.get(at).clone();
        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        stored.set(at, b);
      }
      VerificationResult parallel = JournalVerifier.verify(stored, dir, TestJournal.ORIGIN, Optional.empty(),
          List.of());
      JournalVerifier one = new JournalVerifier(TestJournal.ORIGIN, dir, Optional.empty(), List.of());
      for (byte[] e : stored) {
        if (!one.accept(e)) {
          break;
        }
      }
      assertThat(parallel).as("trial %d", trial).isEqualTo(one.finish());
    }
  }
}
