package org.groma.journal.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.groma.journal.JournalFormatException;
import org.groma.journal.TestJournal;
import org.groma.journal.json.JsonCanonicalizer;
import org.groma.journal.json.JsonObject;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.sign.SignatureContext;
import org.groma.journal.sign.SigningKey;
import org.junit.jupiter.api.Test;

class EntryCodecTest {
  private final SigningKey key = SigningKey.fromSeed(new byte[32]);

  private Entry entry() {
    return Entry.of("groma.test/x", 0, Instant.parse("2024-05-15T10:00:00Z"), "line-proposed",
        Author.of(Party.A, "Expert A", key.verifyingKey()),
        JsonObject.builder().put("section", "S-3").put("line", Nanodegrees.line(new long[][] {
          {45_123_456_789L, 41_000_000_001L}, {45_123_457_000L, 41_000_000_500L}})).build(),
        MerkleHash.EMPTY_ROOT);
  }

  @Test
  void canonical_bytes_are_the_jcs_form_with_sorted_fields_and_millisecond_time() {
    String expected = "{\"author\":{\"keyId\":\"" + key.keyId() + "\",\"member\":\"Expert A\",\"party\":\"A\"},"
        + "\"body\":{\"line\":[[45123456789,41000000001],[45123457000,41000000500]],\"section\":\"S-3\"},"
        + "\"hashAlg\":\"SHA-256\",\"origin\":\"groma.test/x\","
        + "\"prevRoot\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\"seq\":0,"
        + "\"time\":\"2024-05-15T10:00:00.000Z\",\"type\":\"line-proposed\",\"v\":2}";
    assertThat(new String(entry().canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void stored_form_signature_and_hash() {
    SignedEntry s = SignedEntry.sign(entry(), key);
    String stored = new String(s.storedBytes(), StandardCharsets.UTF_8);
    assertThat(stored).isEqualTo("{\"entry\":" + new String(entry().canonicalBytes(), StandardCharsets.UTF_8)
        + ",\"sig\":\"" + s.signature().base64() + "\"}");
    assertThat(s.hash()).isEqualTo(MerkleHash.leaf(s.storedBytes()));
    JsonObject viaCanonicalizer = JsonObject.builder().put("entry", entry().toJson())
        .put("sig", s.signature().base64()).build();
    assertThat(s.storedBytes()).isEqualTo(JsonCanonicalizer.canonicalize(viaCanonicalizer));
    assertThat(key.verifyingKey().verify(SignatureContext.ENTRY, entry().canonicalBytes(), s.signature())).isTrue();
    assertThat(s.verify(key.verifyingKey())).isTrue();
    SignedEntry decoded = EntryCodec.decode(s.storedBytes());
    assertThat(decoded).isEqualTo(s);
    assertThat(decoded.entry()).isEqualTo(entry());
    assertThat(decoded.hash()).isEqualTo(s.hash());
  }

  @Test
  void signing_with_another_key_than_the_author_names_is_refused() {
    SigningKey other = SigningKey.fromSeed(new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    assertThatThrownBy(() -> SignedEntry.sign(entry(), other)).hasMessageContaining("is not the signing key's ID");
    assertThat(SignedEntry.sign(entry(), key).verify(other.verifyingKey())).isFalse();
  }

  private String stored() {
    return new String(SignedEntry.sign(entry(), key).storedBytes(), StandardCharsets.UTF_8);
  }

  private static void refused(String stored, String message) {
    assertThatThrownBy(() -> EntryCodec.decode(stored.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(JournalFormatException.class).hasMessageContaining(message);
  }

  @Test
  void decoding_refuses_with_the_field_named() {
    String s = stored();
    refused(s.replace("\"v\":2", "\"v\":3"), "entry field \"v\": format version 3 is not supported");
    refused(s.replace("\"v\":2", "\"v\":1"), "field \"entry\" has unknown field \"prevRoot\"");
    refused(s.replace("\"prevRoot\":\"e3b0c442", "\"prevRoot\":\"E3B0C442"), "entry field \"prevRoot\": \"E3B0C442");
    refused(s.replace("\"prevRoot\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",", ""),
        "field \"entry\" is missing field \"prevRoot\"");
    refused(s.replace("\"hashAlg\":\"SHA-256\"", "\"hashAlg\":\"SHA-512\""),
        "entry field \"hashAlg\": \"SHA-512\" is not supported");
    refused(s.replace("\"v\":2", "\"v\":2,\"x\":0"), "field \"entry\" has unknown field \"x\"");
    refused(s.replace("\"seq\":0,", ""), "field \"entry\" is missing field \"seq\"");
    refused(s.replace("\"seq\":0", "\"seq\":-1"), "entry field \"seq\" must be an integer in 0..");
    refused(s.replace("\"seq\":0", "\"seq\":\"0\""), "entry field \"seq\" must be an integer");
    refused(s.replace(".000Z", "Z"), "entry field \"time\": \"2024-05-15T10:00:00Z\" is not RFC 3339 UTC with milliseconds");
    refused(s.replace("\"party\":\"A\"", "\"party\":\"C\""), "entry field \"author.party\"");
    refused(s.replace("\"member\":\"Expert A\"", "\"member\":7"), "entry field \"author.member\" must be a string");
    refused(s.replace("\"type\":\"line-proposed\"", "\"type\":\"LineProposed\""), "is not lower-kebab-case");
    refused(s.replace("\"sig\":\"", "\"sig\":\"A"), "field \"sig\"");
    refused(s.replace("{\"entry\":", "{\"extra\":1,\"entry\":"), "the stored entry has unknown field \"extra\"");
    refused(s.replace(",\"section\"", " ,\"section\""), "not in RFC 8785 canonical form");
    refused(s.replace("41000000001", "4.1000000001e10"), "not in RFC 8785 canonical form");
    refused(s + " ", "not in RFC 8785 canonical form");
    refused(s.substring(1), "not valid JSON");
  }

  @Test
  void entries_refuse_invalid_values() {
    Author a = Author.of(Party.B, "Expert B", key.verifyingKey());
    JsonObject body = JsonObject.empty();
    assertThatThrownBy(() -> Entry.of("o", 0, Instant.parse("2024-05-15T10:00:00.000123Z"), "note", a, body,
        MerkleHash.EMPTY_ROOT)).hasMessageContaining("sub-millisecond");
    assertThatThrownBy(() -> Entry.of("o", -1, Instant.EPOCH, "note", a, body, MerkleHash.EMPTY_ROOT))
        .hasMessageContaining("\"seq\"");
    assertThatThrownBy(() -> Entry.of("", 0, Instant.EPOCH, "note", a, body, MerkleHash.EMPTY_ROOT))
        .hasMessageContaining("\"origin\"");
    assertThatThrownBy(() -> new Author(Party.A, "x", "ABCDEF0123456789")).hasMessageContaining("keyId");
    assertThatThrownBy(() -> new Entry(3, "SHA-256", "o", 0, Instant.EPOCH, "note", a, body,
        MerkleHash.EMPTY_ROOT)).hasMessageContaining("format version 3");
    assertThatThrownBy(() -> new Entry(2, "SHA-256", "o", 0, Instant.EPOCH, "note", a, body, null))
        .hasMessageContaining("commits to the log before it");
    assertThatThrownBy(() -> new Entry(1, "SHA-256", "o", 0, Instant.EPOCH, "note", a, body,
        MerkleHash.EMPTY_ROOT)).hasMessageContaining("a format 1 entry has none");
  }

  @Test
  void nanodegrees_convert_exactly_and_check_axis_ranges() {
    assertThat(Nanodegrees.fromDegrees("45.123456789")).isEqualTo(45_123_456_789L);
    assertThat(Nanodegrees.fromDegrees("-0.000000001")).isEqualTo(-1L);
    assertThat(Nanodegrees.format(-45_000_000_001L)).isEqualTo("-45.000000001");
    assertThat(Nanodegrees.format(180_000_000_000L)).isEqualTo("180.000000000");
    assertThatThrownBy(() -> Nanodegrees.fromDegrees("45.1234567891")).hasMessageContaining("more than 9 decimal");
    assertThat(Nanodegrees.roundFromDegrees(45.1234567894)).isEqualTo(45_123_456_789L);
    assertThat(Nanodegrees.roundFromDegrees(-0.0000000005)).isEqualTo(-1L);
    assertThatThrownBy(() -> Nanodegrees.point(45_000_000_000L, 91_000_000_000L))
        .hasMessageContaining("latitude 91.000000000° is outside ±90°");
    assertThat(Nanodegrees.readPoint(Nanodegrees.point(-1, 2), "p")).containsExactly(-1, 2);
    assertThatThrownBy(() -> Nanodegrees.readPoint(Nanodegrees.point(1, 2).get(0), "body.line[0]"))
        .hasMessageStartingWith("body.line[0]: a point is a JSON array");
  }

  @Test
  void keeps_a_fixture_journal_verifiable_by_later_versions() {
    // Entries written by this version: the first entry of the seeded test journal, byte for byte.
    TestJournal j = new TestJournal(2026).append(1);
    SignedEntry e = j.entries.get(0);
    assertThat(EntryCodec.decode(e.storedBytes())).isEqualTo(e);
    assertThat(e.verify(j.expertA.verifyingKey())).isTrue();
  }

  @Test
  void times_are_written_and_read_exactly_as_the_jdk_formats_and_parses_them() {
    java.time.format.DateTimeFormatter jdk = java.time.format.DateTimeFormatter
        .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);
    java.util.Random r = new java.util.Random(42);
    long min = Instant.parse("0000-01-01T00:00:00Z").toEpochMilli();
    long max = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    for (int i = 0; i < 20_000; i++) {
      Instant t = Instant.ofEpochMilli(min + (long) (r.nextDouble() * (max - min)));
      Entry e = new Entry(2, "SHA-256", "o", 0, t, "note", entry().author(), entry().body(), MerkleHash.EMPTY_ROOT);
      assertThat(e.timeText()).isEqualTo(jdk.format(t));
      SignedEntry back = EntryCodec.decode(SignedEntry.sign(e, key).storedBytes());
      assertThat(back.entry().time()).isEqualTo(t);
    }
    for (String bad : new String[] {"2023-02-29T10:00:00.000Z", "2024-05-15T24:00:00.000Z",
        "2024-05-15T23:59:60.000Z", "2024-13-01T00:00:00.000Z"}) {
      byte[] stored = SignedEntry.sign(entry(), key).storedBytes();
      String text = new String(stored, StandardCharsets.UTF_8).replace(entry().timeText(), bad);
      assertThatThrownBy(() -> EntryCodec.decode(text.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(JournalFormatException.class).hasMessageContaining(bad);
    }
  }

  @Test
  void decoding_known_canonical_bytes_gives_the_same_entry_without_encoding_again() {
    SignedEntry signed = SignedEntry.sign(entry(), key);
    SignedEntry fast = EntryCodec.decodeKnownCanonical(signed.storedBytes());
    assertThat(fast).isEqualTo(signed);
    assertThat(fast.entryBytes()).isEqualTo(signed.entryBytes());
    assertThat(fast.verify(key.verifyingKey())).isTrue();
    assertThat(fast.hash()).isEqualTo(signed.hash());
  }
}
