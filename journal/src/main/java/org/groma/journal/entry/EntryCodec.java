package org.groma.journal.entry;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.groma.journal.JournalFormatException;
import org.groma.journal.json.Json;
import org.groma.journal.json.JsonNumber;
import org.groma.journal.json.JsonObject;
import org.groma.journal.json.JsonParseException;
import org.groma.journal.json.JsonParser;
import org.groma.journal.json.JsonString;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.sign.Signature;

/**
 * Encodes and strictly decodes the stored form of a {@link SignedEntry}.
 *
 * <p>Decoding refuses, naming the field: bytes that are not strict I-JSON, a missing or unknown field at any
 * level, a field of the wrong JSON type, an unsupported format version or hash algorithm, and any stored
 * bytes that are not exactly the RFC 8785 canonical form (so one entry has one byte sequence and one hash).
 * It does not check the signature: that needs the author's key (see {@code JournalVerifier}).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class EntryCodec {
  private static final Set<String> TOP_FIELDS = Set.of("entry", "sig");
  private static final Set<String> LEGACY_ENTRY_FIELDS =
      Set.of("v", "hashAlg", "origin", "seq", "time", "type", "author", "body");
  private static final Set<String> ENTRY_FIELDS =
      Set.of("v", "hashAlg", "origin", "seq", "time", "type", "author", "body", "prevRoot");
  private static final Set<String> AUTHOR_FIELDS = Set.of("party", "member", "keyId");
  private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

  private EntryCodec() {
  }

  /** The stored bytes of {@code entry}. */
  public static byte[] encode(SignedEntry entry) {
    return entry.storedBytes();
  }

  /**
   * Decodes stored bytes.
   *
   * @throws JournalFormatException saying which field is wrong and why
   */
  public static SignedEntry decode(byte[] stored) {
    return decode(stored, true);
  }

  /**
   * Decodes stored bytes known to be canonical, without encoding them again to check: only for entries whose
   * bytes are bound by their hashes to a checkpoint root that was verified in full before (a node reopening
   * its own journal). Every field is still checked; the entry's own bytes are cut from the stored form.
   */
  public static SignedEntry decodeKnownCanonical(byte[] stored) {
    return decode(stored, false);
  }

  private static SignedEntry decode(byte[] stored, boolean checkCanonical) {
    Json root;
    try {
      root = JsonParser.parse(stored);
    } catch (JsonParseException e) {
      throw new JournalFormatException("entry bytes are not valid JSON: " + e.getMessage(), e);
    }
    JsonObject top = object(root, "the stored entry");
    checkFields(top, TOP_FIELDS, "the stored entry");
    JsonObject e = object(top.members().get("entry"), "field \"entry\"");
    if (!e.has("v")) {
      throw new JournalFormatException("field \"entry\" is missing field \"v\"");
    }
    int v = (int) integer(e, "v", 0, Integer.MAX_VALUE);
    if (v != Entry.FORMAT_VERSION && v != Entry.LEGACY_FORMAT_VERSION) {
      throw new JournalFormatException("entry field \"v\": format version " + v + " is not supported (only "
          + Entry.LEGACY_FORMAT_VERSION + " and " + Entry.FORMAT_VERSION + ")");
    }
    checkFields(e, v == Entry.FORMAT_VERSION ? ENTRY_FIELDS : LEGACY_ENTRY_FIELDS, "field \"entry\"");
    JsonObject a = object(e.members().get("author"), "entry field \"author\"");
    checkFields(a, AUTHOR_FIELDS, "entry field \"author\"");

    Party party;
    try {
      party = Party.parse(string(a, "party", "entry field \"author\""));
    } catch (IllegalArgumentException ex) {
      throw new JournalFormatException("entry field \"author.party\": " + ex.getMessage());
    }
    Entry entry = new Entry(v,
          string(e, "hashAlg", "entry"),
          string(e, "origin", "entry"),
          integer(e, "seq", 0, JsonNumber.MAX_EXACT_INTEGER),
          time(string(e, "time", "entry")),
          string(e, "type", "entry"),
          new Author(party, string(a, "member", "entry field \"author\""),
              string(a, "keyId", "entry field \"author\"")),
          object(e.members().get("body"), "entry field \"body\""),
          v == Entry.FORMAT_VERSION ? hash(string(e, "prevRoot", "entry"), "prevRoot") : null);
    Signature sig;
    try {
      sig = Signature.fromBase64(string(top, "sig", "the stored entry"));
    } catch (JournalFormatException ex) {
      throw new JournalFormatException("field \"sig\": " + ex.getMessage());
    }
    if (!checkCanonical) {
      int tail = SignedEntry.storedBytes(new byte[0], sig).length - ENTRY_PREFIX_LENGTH;
      return SignedEntry.decoded(entry, sig, Arrays.copyOfRange(stored, ENTRY_PREFIX_LENGTH, stored.length - tail),
          stored);
    }
    byte[] entryBytes = entry.canonicalBytes();
    byte[] canonical = SignedEntry.storedBytes(entryBytes, sig);
    if (!Arrays.equals(canonical, stored)) {
      throw new JournalFormatException(
          "entry bytes are not in RFC 8785 canonical form (first difference at byte "
              + firstDifference(canonical, stored) + ")");
    }
    return SignedEntry.decoded(entry, sig, entryBytes, canonical);
  }

  private static int firstDifference(byte[] a, byte[] b) {
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      if (a[i] != b[i]) {
        return i;
      }
    }
    return n;
  }

  private static JsonObject object(Json j, String what) {
    if (j instanceof JsonObject o) {
      return o;
    }
    throw new JournalFormatException(what + " must be a JSON object, got " + (j == null ? "nothing" : j.kind()));
  }

  private static void checkFields(JsonObject o, Set<String> expected, String what) {
    for (String name : o.members().keySet()) {
      if (!expected.contains(name)) {
        throw new JournalFormatException(what + " has unknown field \"" + name + "\"");
      }
    }
    for (String name : expected.stream().sorted().toList()) {
      if (!o.has(name)) {
        throw new JournalFormatException(what + " is missing field \"" + name + "\"");
      }
    }
  }

  private static String string(JsonObject o, String name, String where) {
    Json j = o.members().get(name);
    if (j instanceof JsonString s) {
      return s.value();
    }
    throw new JournalFormatException(label(where, name) + " must be a string, got " + j.kind());
  }

  private static long integer(JsonObject o, String name, long min, long max) {
    Json j = o.members().get(name);
    if (j instanceof JsonNumber n && n.isExactInteger() && n.longValueExact() >= min && n.longValueExact() <= max) {
      return n.longValueExact();
    }
    throw new JournalFormatException("entry field \"" + name + "\" must be an integer in " + min + ".." + max
        + ", got " + j);
  }

  private static MerkleHash hash(String hex, String name) {
    if (!HEX32.matcher(hex).matches()) {
      throw new JournalFormatException("entry field \"" + name + "\": \"" + hex
          + "\" is not 64 lower-case hex digits (a SHA-256 Merkle root)");
    }
    return MerkleHash.fromHex(hex);
  }

  private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{64}");

  private static String label(String where, String name) {
    if (where.equals("entry")) {
      return "entry field \"" + name + "\"";
    }
    if (where.startsWith("entry field \"author\"")) {
      return "entry field \"author." + name + "\"";
    }
    return "field \"" + name + "\"";
  }

  /** {@code {"entry":} — the stored form's bytes before the entry's own. */
  private static final int ENTRY_PREFIX_LENGTH = "{\"entry\":".length();

  private static int digits(String text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }

  private static Instant time(String text) {
    if (!TIME.matcher(text).matches()) {
      throw new JournalFormatException("entry field \"time\": \"" + text
          + "\" is not RFC 3339 UTC with milliseconds (e.g. 2024-05-15T10:00:00.000Z)");
    }
    try {
      // The pattern fixed every position; LocalDateTime.of checks the ranges (no 30 February, no second 60).
      return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
          digits(text, 14, 16), digits(text, 17, 19), digits(text, 20, 23) * 1_000_000).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException ex) {
      throw new JournalFormatException("entry field \"time\": \"" + text + "\" is not a valid date and time");
    }
  }
}
