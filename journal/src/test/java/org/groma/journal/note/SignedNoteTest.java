package org.groma.journal.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.groma.journal.JournalFormatException;
import org.groma.journal.TestJournal;
import org.groma.journal.TestResources;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.sign.SigningKey;
import org.junit.jupiter.api.Test;

class SignedNoteTest {
  private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
      + "then you don't know what your problem is.\n";

  private static String resource(String name) {
    return new String(TestResources.bytes("vectors/note/" + name), StandardCharsets.UTF_8);
  }

  private static SigningKey peterNeumann() {
    String skey = resource("sumdb_private_key.txt").strip();
    String[] parts = skey.split("\\+", 5);
    byte[] typed = Base64.getDecoder().decode(parts[4]);
    assertThat(typed[0]).isEqualTo((byte) 1);
    return SigningKey.fromSeed(Arrays.copyOfRange(typed, 1, typed.length));
  }

  @Test
  void reproduces_the_go_sumdb_note_example_byte_for_byte() throws Exception {
    SigningKey key = peterNeumann();
    NoteVerifierKey vkey = new NoteVerifierKey("PeterNeumann", NoteKeyType.ED25519, key.verifyingKey());
    assertThat(vkey.format()).isEqualTo(resource("sumdb_vkey.txt").strip());

    SignedNote note = SignedNote.sign(TEXT, "PeterNeumann", key);
    assertThat(note.format()).isEqualTo(resource("sumdb_note.txt"));

    SignedNote parsed = SignedNote.parse(TestResources.bytes("vectors/note/sumdb_note.txt"));
    assertThat(parsed).isEqualTo(note);
    parsed.verify(NoteVerifierKey.parse(resource("sumdb_vkey.txt").strip()));
  }

  @Test
  void a_tampered_note_does_not_verify() {
    NoteVerifierKey vkey = NoteVerifierKey.parse(resource("sumdb_vkey.txt").strip());
    SignedNote tampered = SignedNote.parse(resource("sumdb_note.txt").replace("cryptography", "cryptographY"));
    assertThatThrownBy(() -> tampered.verify(vkey)).isInstanceOf(NoteVerificationException.class)
        .hasMessage("signature by PeterNeumann (key ID c74f20a3) does not verify over the note text");
    NoteVerifierKey other = new NoteVerifierKey("PeterNeumann", NoteKeyType.ED25519,
        SigningKey.fromSeed(new byte[32]).verifyingKey());
    assertThatThrownBy(() -> SignedNote.parse(resource("sumdb_note.txt")).verify(other))
        .hasMessageStartingWith("note has no signature by PeterNeumann with key ID");
  }

  @Test
  void vkeys_with_a_wrong_key_id_or_type_are_refused() {
    String good = resource("sumdb_vkey.txt").strip();
    assertThatThrownBy(() -> NoteVerifierKey.parse(good.replace("c74f20a3", "c74f20a4")))
        .hasMessage("verifier key ID c74f20a4 does not match the key (expected c74f20a3)");
    assertThatThrownBy(() -> NoteVerifierKey.parse("a+b")).hasMessageContaining("2 parts");
    assertThatThrownBy(() -> NoteVerifierKey.parse(good.replace("+ARpc", "+Ahpc")))
        .isInstanceOf(JournalFormatException.class);
  }

  @Test
  void malformed_notes_name_the_line() {
    assertThatThrownBy(() -> SignedNote.parse("text\n— name abc\n")).hasMessageContaining("no blank line");
    assertThatThrownBy(() -> SignedNote.parse("text\n\n- name AAAAAAAA\n"))
        .hasMessage("note line 3: a signature line starts with \"— \"");
    assertThatThrownBy(() -> SignedNote.parse("text\n\n— name !!!!\n"))
        .hasMessage("note line 3: signature is not valid base64");
    assertThatThrownBy(() -> SignedNote.parse("te\u0007xt\n\n— name AAAAAAAA\n"))
        .hasMessage("note text line 1 has control character 0x07");
    assertThatThrownBy(() -> SignedNote.parse(new byte[] {'a', (byte) 0xC0, (byte) 0xAF, '\n', '\n'}))
        .hasMessage("note is not valid UTF-8");
  }

  // ---- checkpoints and cosignatures ----


  @Test
  void checkpoint_body_is_the_c2sp_form_and_round_trips() throws Exception {
    MerkleHash root = MerkleHash.fromHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    Checkpoint cp = new Checkpoint("groma.example/commission/am-az", 8, root);
    assertThat(cp.body()).isEqualTo("groma.example/commission/am-az\n8\n"
        + "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
    SigningKey operator = SigningKey.generate(TestJournal.seeded(1));
    NoteVerifierKey opKey = new NoteVerifierKey("operator.example", NoteKeyType.ED25519, operator.verifyingKey());
    SignedNote signed = cp.sign("operator.example", operator);
    SignedNote reparsed = SignedNote.parse(signed.bytes());
    assertThat(Checkpoint.open(reparsed, opKey)).isEqualTo(cp);
    assertThat(Checkpoint.parseBody("o\n0\n" + root.base64() + "\next one\n").extensions())
        .containsExactly("ext one");
  }

  @Test
  void malformed_checkpoint_bodies_are_refused_with_the_line() {
    String root = MerkleHash.EMPTY_ROOT.base64();
    assertThatThrownBy(() -> Checkpoint.parseBody("o\n08\n" + root + "\n"))
        .hasMessage("checkpoint line 2: tree size \"08\" is not a decimal without leading zeros");
    assertThatThrownBy(() -> Checkpoint.parseBody("o\n-1\n" + root + "\n"))
        .hasMessageContaining("checkpoint line 2");
    assertThatThrownBy(() -> Checkpoint.parseBody("o\n1\nAAAA\n"))
        .hasMessage("checkpoint line 3: root hash must be 32 bytes in canonical base64");
    assertThatThrownBy(() -> Checkpoint.parseBody("o\n1\n")).hasMessageContaining("needs at least 3");
    assertThatThrownBy(() -> Checkpoint.parseBody("\n1\n" + root + "\n")).hasMessageContaining("origin is empty");
  }

  @Test
  void parses_the_c2sp_cosignature_example() {
    SignedNote note = SignedNote.parse(TestResources.bytes("vectors/note/c2sp_cosigned_checkpoint.txt"));
    Checkpoint cp = Checkpoint.parseBody(note.text());
    assertThat(cp.origin()).isEqualTo("example.com/behind-the-sofa");
    assertThat(cp.size()).isEqualTo(20852163L);
    NoteSignature line = note.signatures().get(1);
    assertThat(line.name()).isEqualTo("witness.example.com/w1");
    assertThat(line.keyIdHex()).isEqualTo("8d66cf3f");
    Cosignature c = Cosignature.fromNoteSignature(line);
    assertThat(c.timestampSec()).isEqualTo(1679315147L);
    assertThat(new String(Cosignature.payload(c.timestampSec(), note.text()), StandardCharsets.UTF_8))
        .isEqualTo("time 1679315147\nexample.com/behind-the-sofa\n20852163\n"
            + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
  }

  @Test
  void cosignatures_verify_and_carry_the_cosignature_key_id() throws Exception {
    SigningKey operator = SigningKey.generate(TestJournal.seeded(2));
    SigningKey witnessA = SigningKey.generate(TestJournal.seeded(3));
    NoteVerifierKey opKey = new NoteVerifierKey("operator.example", NoteKeyType.ED25519, operator.verifyingKey());
    NoteVerifierKey wKey = new NoteVerifierKey("witness.party-a", NoteKeyType.COSIGNATURE_V1,
        witnessA.verifyingKey());
    Checkpoint cp = new Checkpoint("commission/x", 5, MerkleHash.leaf(new byte[] {5}));
    Cosignature cos = Cosignature.sign(cp, "witness.party-a", witnessA, 1_715_767_200L);
    SignedNote note = cp.sign("operator.example", operator).withSignature(cos.toNoteSignature(wKey));

    SignedNote parsed = SignedNote.parse(note.bytes());
    Checkpoint.open(parsed, opKey);
    assertThat(Cosignature.open(parsed, wKey)).isEqualTo(cos);
    // key ID = SHA-256(name ‖ 0x0A ‖ 0x04 ‖ key)[:4] differs from the type-0x01 ID of the same key
    assertThat(wKey.keyIdHex()).isNotEqualTo(
        new NoteVerifierKey("witness.party-a", NoteKeyType.ED25519, witnessA.verifyingKey()).keyIdHex());
    // the cosignature is not a note signature, and the note signature is not a cosignature
    NoteVerifierKey wAsNoteKey = new NoteVerifierKey("witness.party-a", NoteKeyType.ED25519,
        witnessA.verifyingKey());
    assertThatThrownBy(() -> parsed.verify(wAsNoteKey)).isInstanceOf(NoteVerificationException.class);

    Checkpoint other = new Checkpoint("commission/x", 5, MerkleHash.leaf(new byte[] {6}));
    assertThat(cos.verifies(other, wKey)).isFalse();
    Cosignature retimed = new Cosignature(cos.name(), cos.timestampSec() + 1, cos.signature());
    assertThat(retimed.verifies(cp, wKey)).isFalse();
  }

  @Test
  void every_changed_byte_of_a_cosigned_checkpoint_is_detected() {
    SigningKey operator = SigningKey.generate(TestJournal.seeded(4));
    SigningKey witness = SigningKey.generate(TestJournal.seeded(5));
    NoteVerifierKey opKey = new NoteVerifierKey("op", NoteKeyType.ED25519, operator.verifyingKey());
    NoteVerifierKey wKey = new NoteVerifierKey("w", NoteKeyType.COSIGNATURE_V1, witness.verifyingKey());
    Checkpoint cp = new Checkpoint("commission/y", 42, MerkleHash.leaf(new byte[] {42}));
    byte[] bytes = cp.sign("op", operator)
        .withSignature(Cosignature.sign(cp, "w", witness, 1_700_000_000L).toNoteSignature(wKey)).bytes();
    assertThatCode(() -> {
      SignedNote n = SignedNote.parse(bytes);
      Checkpoint.open(n, opKey);
      Cosignature.open(n, wKey);
    }).doesNotThrowAnyException();
    for (int i = 0; i < bytes.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] t = bytes.clone();
        t[i] ^= (byte) (1 << bit);
        int at = i;
        assertThatThrownBy(() -> {
          SignedNote n = SignedNote.parse(t);
          Checkpoint.open(n, opKey);
          Cosignature.open(n, wKey);
        }).as("byte %d bit %d", at, bit).isInstanceOfAny(JournalFormatException.class,
            NoteVerificationException.class);
      }
    }
  }

  @Test
  void key_names_with_spaces_or_plus_are_refused() {
    assertThatThrownBy(() -> new NoteVerifierKey("a b", NoteKeyType.ED25519,
        SigningKey.fromSeed(new byte[32]).verifyingKey())).isInstanceOf(JournalFormatException.class);
    assertThatThrownBy(() -> new NoteVerifierKey("a+b", NoteKeyType.ED25519,
        SigningKey.fromSeed(new byte[32]).verifyingKey())).isInstanceOf(JournalFormatException.class);
    assertThat(List.of(NoteKeyType.values())).hasSize(2);
  }
}
