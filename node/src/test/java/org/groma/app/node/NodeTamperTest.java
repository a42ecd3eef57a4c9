package org.groma.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.groma.app.commission.Actor;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.DemoCommission;
import org.groma.app.store.CommissionStore;
import org.groma.app.store.NewEntry;
import org.groma.app.store.StoredCheckpoint;
import org.groma.app.store.StoredCosignature;
import org.groma.app.testing.Seeded;
import org.groma.journal.entry.Party;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.Cosignature;
import org.groma.journal.note.NoteKeyType;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.Signature;
import org.groma.journal.sign.SigningKey;
import org.groma.journal.verify.VerificationError;
import org.groma.journal.verify.VerificationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4: any single changed byte in any stored entry, signature, checkpoint or cosignature is detected by
 * {@link CommissionNode#verify}. A closed demo store (17 signed entries, one checkpoint cosigned by both
 * witnesses) is damaged in three ways:
 *
 * <ol>
 *   <li>one random byte anywhere in the file, seeded ({@value #DEFAULT_FLIPS} flips;
 *       {@code -Dgroma.node.tamperFlips=5000} for more): verification fails with a reason, or the record
 *       (every entry, checkpoint note and cosignature line read back through the store) is byte-identical;
 *   <li>one random byte inside the stored bytes of each entry, checkpoint note and cosignature line, located
 *       in the file's live SQLite cells: verification fails, every time;
 *   <li>forgeries that keep the store's own hashes valid (written through {@link CommissionStore}, so only
 *       signatures and the commission's rules can catch them): verification names the entry and says why.
 * </ol>
 */
class NodeTamperTest {

  static final long SEED = 9162L;
  static final int DEFAULT_FLIPS = 1000;
  /** Flips inside each live copy of each stored item (17 entries, a note, two cosignature lines). */
  static final int FLIPS_PER_COPY = 12;
  /** Changes per stored item in stores written again with their hashes recomputed (one store each). */
  static final int REWRITTEN_FLIPS_PER_ITEM = 8;
  static final Instant AFTER_DEMO = Instant.parse("2024-07-01T00:00:00Z");

  @TempDir static Path shared;
  @TempDir Path dir;

  static final KeyRing KEYS = NodeFixtures.keys(7);
  static Path pristine;
  static byte[] pristineBytes;
  static byte[] pristineRecord;

  @BeforeAll
  static void cosignedDemo() throws Exception {
    pristine = shared.resolve("pristine.gpkg");
    NodeFixtures.cosignedDemo(pristine, KEYS);
    assertThat(Path.of(pristine + "-wal")).doesNotExist();
    pristineBytes = Files.readAllBytes(pristine);
    pristineRecord = record(pristine);
    assertThat(CommissionNode.verify(pristine, n -> {}).ok()).isTrue();
  }

  // ---------------------------------------------------------------- random flips over the whole file

  @Test
  void a_flipped_byte_anywhere_fails_verification_or_leaves_the_record_unchanged() throws Exception {
    int flips = Integer.getInteger("groma.node.tamperFlips", DEFAULT_FLIPS);
    Random random = new Random(SEED);
    int detected = 0;
    int unchanged = 0;
    Map<String, Integer> reasons = new LinkedHashMap<>();
    Map<String, String> examples = new LinkedHashMap<>();
    for (int flip = 0; flip < flips; flip++) {
      int offset = random.nextInt(pristineBytes.length);
      byte mask = (byte) (1 + random.nextInt(255));
      Path copy = flipped(offset, mask);
      VerificationResult r = CommissionNode.verify(copy, n -> {});
      if (r.ok()) {
        assertThat(record(copy))
            .as("flip %d at offset %d passed verification and changed the record read back", flip, offset)
            .isEqualTo(pristineRecord);
        unchanged++;
      } else {
        String reason = r.firstError().orElseThrow().reason();
        assertThat(reason).as("flip %d at offset %d", flip, offset).isNotBlank();
        reasons.merge(kind(reason), 1, Integer::sum);
        examples.putIfAbsent(kind(reason), reason);
        detected++;
      }
      delete(copy);
    }
    System.out.println("Node tamper: " + flips + " single-byte flips in a " + pristineBytes.length + "-byte cosigned"
        + " demo store: " + detected + " failed verification, " + unchanged + " verified with the record unchanged"
        + " (free space, projection layers, GeoPackage metadata); failures by kind: " + reasons);
    examples.forEach((kind, reason) -> System.out.println("  e.g. " + kind + ": "
        + reason.lines().findFirst().orElse("")));
    assertThat(detected + unchanged).isEqualTo(flips);
    assertThat(detected).isPositive();
  }

  // ---------------------------------------------------------------- flips inside the stored items

  @Test
  void a_flipped_byte_inside_any_stored_entry_checkpoint_or_cosignature_fails_verification() throws Exception {
    List<LiveCells.Range> live = LiveCells.of(pristineBytes, dir.resolve("schema.gpkg"));
    Map<String, byte[]> items = storedItems(pristine);
    Random random = new Random(SEED + 1);
    int copies = 0;
    int staleCopies = 0;
    int detected = 0;
    Map<String, Integer> reasons = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> item : items.entrySet()) {
      byte[] needle = item.getValue();
      List<Integer> found = occurrences(pristineBytes, needle);
      List<Integer> liveCopies = found.stream().filter(at -> LiveCells.live(live, at, needle.length)).toList();
      staleCopies += found.size() - liveCopies.size();
      // An entry is one cell of the journal table; a note or a cosignature line is also a key of its
      // table's UNIQUE index, so it is stored twice.
      assertThat(liveCopies).as(item.getKey()).hasSize(item.getKey().startsWith("entry") ? 1 : 2);
      for (int at : liveCopies) {
        copies++;
        for (int i = 0; i < FLIPS_PER_COPY; i++) {
          int offset = at + random.nextInt(needle.length);
          Path copy = flipped(offset, (byte) (1 + random.nextInt(255)));
          VerificationResult r = CommissionNode.verify(copy, n -> {});
          assertThat(r.ok()).as("%s: flip at offset %d (byte %d of its copy at %d) was not detected",
              item.getKey(), offset, offset - at, at).isFalse();
          String reason = r.firstError().orElseThrow().reason();
          assertThat(reason).isNotBlank();
          reasons.merge(kind(reason), 1, Integer::sum);
          detected++;
          delete(copy);
        }
      }
    }
    System.out.println("Node tamper, targeted: " + items.size() + " stored items (17 entries, 1 checkpoint note, 2"
        + " cosignature lines) in " + copies + " live copies: " + detected + " flips inside them, all detected ("
        + staleCopies + " stale copies in free space left alone); failures by kind: " + reasons);
    assertThat(detected).isEqualTo(copies * FLIPS_PER_COPY);
  }

  /**
   * The store's digests catch every flip above before a signature is looked at. Here they cannot: the
   * record is written again into a new store with one byte of one item changed, so every hash the store
   * keeps is right, and only the signatures, the canonical form and the checkpoint checks are left.
   */
  @Test
  void a_changed_byte_in_any_signed_item_fails_verification_with_the_store_hashes_recomputed() throws Exception {
    Map<String, byte[]> items = storedItems(pristine);
    Random random = new Random(SEED + 2);
    int detected = 0;
    Map<String, Integer> reasons = new LinkedHashMap<>();
    for (String name : items.keySet()) {
      for (int i = 0; i < REWRITTEN_FLIPS_PER_ITEM; i++) {
        Map<String, byte[]> changed = new LinkedHashMap<>(items);
        byte[] bytes = items.get(name).clone();
        int offset = random.nextInt(bytes.length);
        bytes[offset] ^= (byte) (1 + random.nextInt(255));
        changed.put(name, bytes);
        Path file = rewritten(changed);
        VerificationResult r = CommissionNode.verify(file, n -> {});
        assertThat(r.ok()).as("%s: byte %d changed, store hashes recomputed, not detected", name, offset).isFalse();
        String reason = r.firstError().orElseThrow().reason();
        reasons.merge(reason.contains("does not verify") ? "a signature does not verify"
            : reason.startsWith("checkpoint") ? "a checkpoint or cosignature check" : "the entry's format", 1,
            Integer::sum);
        detected++;
        delete(file);
      }
    }
    System.out.println("Node tamper, store hashes recomputed: " + detected + " single-byte changes in " + items.size()
        + " signed items, all detected: " + reasons);
    assertThat(detected).isEqualTo(items.size() * REWRITTEN_FLIPS_PER_ITEM);
  }

  // ---------------------------------------------------------------- forgeries the store's hashes accept

  @Test
  void an_entry_with_a_valid_leaf_hash_but_a_bad_signature_is_reported_at_its_seq() throws Exception {
    SignedEntry good = signed(17, DemoCommission.MEDIATOR, "med-1", new Note("N-9", "A forged note.", null));
    byte[] sig = good.signature().bytes();
    sig[10] ^= 0x01;
    SignedEntry forged = new SignedEntry(good.entry(), Signature.of(sig));
    Path file = forge(store -> store.append(forged.storedBytes(), forged.hash().bytes(), 17));

    assertFails(file, 17, "signature of Mediator (key " + KEYS.keyId("med-1") + ") does not verify");
  }

  @Test
  void an_entry_signed_with_a_revoked_key_is_reported_with_its_revocation() throws Exception {
    // Party A's expert's key was revoked at seq 16 of the demo ("the laptop holding this key was lost").
    SignedEntry forged = signed(17, DemoCommission.A_EXPERT, "a-expert-1",
        new Note("N-9", "Written with the lost laptop's key.", null));
    Path file = forge(store -> store.append(forged.storedBytes(), forged.hash().bytes(), 17));

    assertFails(file, 17, "key " + KEYS.keyId("a-expert-1") + " of \"Party A expert\" was revoked at seq 16");
  }

  @Test
  void an_entry_by_a_member_acting_for_the_other_party_is_reported() throws Exception {
    // Party A's co-chair, with a valid signature of their own active key, endorses as Party B.
    Actor forB = new Actor(Party.B, DemoCommission.A_CO_CHAIR.member(), KEYS.keyId("a-chair-1"));
    String draftHash;
    try (CommissionStore store = CommissionStore.open(pristine)) {
      draftHash = HexFormat.of().formatHex(store.hashAt(11).orElseThrow());
    }
    SignedEntry forged = SignedEntry.sign(EntryMapping.entry(NodeFixtures.ORIGIN, 17, AFTER_DEMO, forB,
        new DecisionEndorsed("D-1", draftHash, geometryOfD1()), rootOf(17)), KEYS.key("a-chair-1"));
    Path file = forge(store -> store.append(forged.storedBytes(), forged.hash().bytes(), 17));

    assertFails(file, 17, "member \"Party A co-chair\" belongs to party A but acts for party B");
  }

  @Test
  void a_checkpoint_with_a_wrong_root_is_reported_at_its_last_entry() throws Exception {
    MerkleHash wrong = MerkleHash.leaf("not the journal's first ten entries".getBytes(StandardCharsets.UTF_8));
    SignedNote note = new Checkpoint(NodeFixtures.ORIGIN, 10, wrong)
        .sign(DemoCommission.OPERATOR_NAME, KEYS.key("operator"));
    Path file = forge(store -> store.appendCheckpoint(10, note.format()));

    assertFails(file, 9, "checkpoint at size 10: root " + wrong.hex() + " differs from the entries' root ");
  }

  @Test
  void a_cosignature_by_a_witness_the_genesis_does_not_name_is_reported() throws Exception {
    SigningKey stranger = SigningKey.generate(Seeded.random(404));
    String line = cosignatureLine("witness.stranger", stranger);
    Path file = forge(store -> store.appendCosignature(0, "witness.stranger", line));

    assertFails(file, 16, "cosignature 2 is by \"witness.stranger\", who is not a witness named in the genesis");
  }

  @Test
  void a_cosignature_in_a_genesis_witness_name_by_another_key_is_reported() throws Exception {
    SigningKey stranger = SigningKey.generate(Seeded.random(404));
    String line = cosignatureLine(DemoCommission.WITNESS_A_NAME, stranger);
    Path file = forge(store -> store.appendCosignature(0, DemoCommission.WITNESS_A_NAME, line));

    assertFails(file, 16, "cosignature 2 by \"" + DemoCommission.WITNESS_A_NAME + "\" is not made with the key"
        + " the genesis names for that witness");
  }

  // ---------------------------------------------------------------- helpers

  /** Verification fails at {@code seq} with a reason containing {@code reason}; a node refuses the file. */
  private static void assertFails(Path file, long seq, String reason) {
    VerificationResult r = CommissionNode.verify(file, n -> {});
    assertThat(r.ok()).as("verification of the forged store").isFalse();
    VerificationError error = r.firstError().orElseThrow();
    assertThat(error.reason()).contains(reason);
    assertThat(error.seq()).as("seq of: " + error.reason()).isEqualTo(seq);
    assertThatThrownBy(() -> CommissionNode.open(file, CommissionNode.Options.full()))
        .isInstanceOf(JournalVerificationException.class)
        .hasMessageContaining("entry " + seq + ": ").hasMessageContaining(reason);
  }

  interface Forgery {
    void apply(CommissionStore store) throws Exception;
  }

  /** A copy of the pristine store with {@code forgery} written through the store (its hashes valid). */
  private Path forge(Forgery forgery) throws Exception {
    Path file = dir.resolve("forged.gpkg");
    Files.copy(pristine, file);
    try (CommissionStore store = CommissionStore.open(file)) {
      forgery.apply(store);
    }
    return file;
  }

  /**
   * A new store holding {@code items} (as {@link #storedItems} names them), written through the store so
   * that its leaf hashes and row digests are those of the bytes given. Text that a changed byte made invalid
   * UTF-8 is stored with the replacement character: still a changed item.
   */
  private Path rewritten(Map<String, byte[]> items) {
    Map<String, String> witnesses = new LinkedHashMap<>();
    try (CommissionStore store = CommissionStore.open(pristine)) {
      store.cosignatures(0).forEach(c -> witnesses.put("cosignature " + c.seq(), c.witness()));
    }
    Path file = dir.resolve("rewritten.gpkg");
    try (CommissionStore store = CommissionStore.create(file, NodeFixtures.ORIGIN)) {
      List<NewEntry> entries = items.entrySet().stream().filter(e -> e.getKey().startsWith("entry "))
          .map(e -> NewEntry.of(e.getValue())).toList();
      store.appendBatch(entries, 0);
      items.forEach((name, bytes) -> {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (name.startsWith("checkpoint ")) {
          store.appendCheckpoint(entries.size(), text);
        } else if (name.startsWith("cosignature ")) {
          store.appendCosignature(0, witnesses.get(name), text);
        }
      });
    }
    return file;
  }

  private static SignedEntry signed(long seq, Actor labelled, String keyLabel, CommissionEvent event) {
    return SignedEntry.sign(EntryMapping.entry(NodeFixtures.ORIGIN, seq, AFTER_DEMO, KEYS.actor(labelled), event,
        rootOf(seq)), KEYS.key(keyLabel));
  }

  /** The Merkle root of the pristine journal's first {@code size} entries (what an entry at that seq commits to). */
  private static org.groma.journal.log.MerkleHash rootOf(long size) {
    org.groma.journal.log.MerkleFrontier f = new org.groma.journal.log.MerkleFrontier();
    try (CommissionStore store = CommissionStore.open(pristine)) {
      for (long i = 0; i < size; i++) {
        f.append(org.groma.journal.log.MerkleHash.of(store.hashAt(i).orElseThrow()));
      }
    }
    return f.root();
  }

  private static String geometryOfD1() {
    try (CommissionNode node = CommissionNode.open(pristine, CommissionNode.Options.full())) {
      return node.state().geometryHash(node.state().decision("D-1").orElseThrow());
    }
  }

  /** A well-formed cosignature line of the stored checkpoint, named {@code name}, made with {@code key}. */
  private static String cosignatureLine(String name, SigningKey key) {
    try (CommissionStore store = CommissionStore.open(pristine)) {
      Checkpoint cp = Checkpoint.parseBody(SignedNote.parse(store.latestCheckpoint().orElseThrow().note()).text());
      NoteVerifierKey vk = new NoteVerifierKey(name, NoteKeyType.COSIGNATURE_V1, key.verifyingKey());
      return Cosignature.sign(cp, name, key, AFTER_DEMO.getEpochSecond()).toNoteSignature(vk).line();
    }
  }

  /** A copy of the pristine file with {@code mask} xored into the byte at {@code offset}. */
  private Path flipped(int offset, byte mask) throws Exception {
    byte[] bytes = pristineBytes.clone();
    bytes[offset] ^= mask;
    Path copy = dir.resolve("tampered.gpkg");
    Files.write(copy, bytes);
    return copy;
  }

  private static void delete(Path file) throws Exception {
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(file + suffix));
    }
  }

  /** Each stored item by name: the bytes of every entry, checkpoint note and cosignature line. */
  private static Map<String, byte[]> storedItems(Path file) {
    Map<String, byte[]> items = new LinkedHashMap<>();
    try (CommissionStore store = CommissionStore.open(file)) {
      store.entries(0, store.size()).forEach(e -> items.put("entry " + e.seq(), e.entry()));
      for (StoredCheckpoint cp : store.checkpoints()) {
        items.put("checkpoint " + cp.seq(), cp.note().getBytes(StandardCharsets.UTF_8));
        for (StoredCosignature c : store.cosignatures(cp.seq())) {
          items.put("cosignature " + c.seq(), c.signature().getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return items;
  }

  /** The signed record as read back through the store: entries, checkpoint notes, cosignature lines. */
  static byte[] record(Path file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    storedItems(file).forEach((name, bytes) -> {
      out.writeBytes((name + " " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(bytes);
    });
    return out.toByteArray();
  }

  private static List<Integer> occurrences(byte[] haystack, byte[] needle) {
    List<Integer> at = new ArrayList<>();
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      at.add(i);
    }
    return at;
  }

  /** Which layer of checks caught a flip, from its reason. */
  private static String kind(String reason) {
    if (reason.contains("SQLite") || reason.contains("truncated")) {
      return "SQLite's own checks";
    }
    if (reason.contains("altered outside Groma") || reason.contains("was changed") || reason.contains("Groma store")
        || reason.contains("GeoPackage") || reason.contains("gpkg_")) {
      return "schema, triggers and GeoPackage registrations";
    }
    if (reason.contains("row_sha256") || reason.contains("SHA-256(0x00")) {
      return "row digests and entry hashes";
    }
    return "signatures, checkpoints and rules";
  }
}
