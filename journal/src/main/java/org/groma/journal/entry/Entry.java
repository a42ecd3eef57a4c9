package org.groma.journal.entry;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Pattern;
import org.groma.journal.JournalFormatException;
import org.groma.journal.json.JsonCanonicalizer;
import org.groma.journal.json.JsonNumber;
import org.groma.journal.json.JsonObject;
import org.groma.journal.log.MerkleHash;

/**
 * One act in the commission's journal (docs/design.md, "The journal"). Its canonical bytes are the RFC 8785
 * form of
 * <pre>
 * {"author":{"keyId":…,"member":…,"party":…},"body":{…},"hashAlg":"SHA-256","origin":…,
 *  "prevRoot":"…64 hex…","seq":N,"time":"2024-05-15T10:00:00.000Z","type":…,"v":2}
 * </pre>
 *
 * <p>History commitment: from format 2 on, {@code prevRoot} is the RFC 9162 Merkle root of the log's first
 * {@code seq} entries, the log its author saw (the empty root for the genesis). Signing the entry signs that
 * root, so rewriting any earlier entry breaks the signature of every later entry that saw it. Format 1
 * entries (written before format 2) have no {@code prevRoot}; they are still read and verified, but they
 * commit to nothing before them.
 *
 * @param v       the format version, {@link #FORMAT_VERSION}
 * @param hashAlg the hash algorithm of the log, {@link #HASH_ALG}
 * @param origin  the commission log's name (the checkpoint origin)
 * @param seq     0-based position in the journal, at most 2^53 − 1
 * @param time    when the act was recorded, UTC, whole milliseconds, years 0000–9999
 * @param type    the kind of act, lower-kebab-case ("line-proposed", "decision-endorsed")
 * @param author  who signs it
 * @param body    the act's content
 * @param prevRoot the Merkle root of the log before this entry (format 2); null in a format 1 entry
 */
public record Entry(int v, String hashAlg, String origin, long seq, Instant time, String type, Author author,
    JsonObject body, MerkleHash prevRoot) {
  /** The entry format this version writes: entries commit to the log before them. */
  public static final int FORMAT_VERSION = 2;
  /** The first format, still read: entries without {@code prevRoot}, committing to no history. */
  public static final int LEGACY_FORMAT_VERSION = 1;
  /** The log's hash algorithm; named in every entry so it can change later. */
  public static final String HASH_ALG = "SHA-256";
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Instant MIN_TIME = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant MAX_TIME = Instant.parse("9999-12-31T23:59:59.999Z");

  public Entry {
    Objects.requireNonNull(hashAlg, "hashAlg");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(body, "body");
    if (v != FORMAT_VERSION && v != LEGACY_FORMAT_VERSION) {
      throw new JournalFormatException("entry field \"v\": format version " + v + " is not supported (only "
          + LEGACY_FORMAT_VERSION + " and " + FORMAT_VERSION + ")");
    }
    if ((v == FORMAT_VERSION) != (prevRoot != null)) {
      throw new JournalFormatException(v == FORMAT_VERSION
          ? "entry field \"prevRoot\": a format " + FORMAT_VERSION + " entry commits to the log before it"
          : "entry field \"prevRoot\": a format " + LEGACY_FORMAT_VERSION + " entry has none");
    }
    if (!HASH_ALG.equals(hashAlg)) {
      throw new JournalFormatException("entry field \"hashAlg\": \"" + hashAlg + "\" is not supported (only "
          + HASH_ALG + ")");
    }
    if (origin.isEmpty() || origin.contains("\n")) {
      throw new JournalFormatException("entry field \"origin\": must be one non-empty line");
    }
    if (seq < 0 || seq > JsonNumber.MAX_EXACT_INTEGER) {
      throw new JournalFormatException("entry field \"seq\": " + seq + " is outside 0..2^53 − 1");
    }
    if (time.getNano() % 1_000_000 != 0) {
      throw new JournalFormatException("entry field \"time\": " + time
          + " has sub-millisecond digits; the journal records whole milliseconds");
    }
    if (time.isBefore(MIN_TIME) || time.isAfter(MAX_TIME)) {
      throw new JournalFormatException("entry field \"time\": " + time + " is outside years 0000–9999");
    }
    if (!TYPE.matcher(type).matches()) {
      throw new JournalFormatException("entry field \"type\": \"" + type + "\" is not lower-kebab-case");
    }
  }

  /**
   * An entry of the current format version and hash algorithm.
   *
   * @param prevRoot the Merkle root of the log's first {@code seq} entries, as its author holds them
   */
  public static Entry of(String origin, long seq, Instant time, String type, Author author, JsonObject body,
      MerkleHash prevRoot) {
    return new Entry(FORMAT_VERSION, HASH_ALG, origin, seq, time, type, author, body,
        java.util.Objects.requireNonNull(prevRoot, "prevRoot"));
  }

  /** A format 1 entry, as written before entries committed to history (tests of old journals). */
  public static Entry legacy(String origin, long seq, Instant time, String type, Author author, JsonObject body) {
    return new Entry(LEGACY_FORMAT_VERSION, HASH_ALG, origin, seq, time, type, author, body, null);
  }

  /** True for a format 1 entry, which commits to no history. */
  public boolean legacy() {
    return v == LEGACY_FORMAT_VERSION;
  }

  /** RFC 3339 UTC with exactly three fractional digits, e.g. 2024-05-15T10:00:00.000Z. */
  public String timeText() {
    // Hand-formatted: the journal's one time form, and the verifier formats every entry's time.
    LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    char[] c = "0000-00-00T00:00:00.000Z".toCharArray();
    put(c, 0, 4, t.getYear());
    put(c, 5, 7, t.getMonthValue());
    put(c, 8, 10, t.getDayOfMonth());
    put(c, 11, 13, t.getHour());
    put(c, 14, 16, t.getMinute());
    put(c, 17, 19, t.getSecond());
    put(c, 20, 23, t.getNano() / 1_000_000);
    return new String(c);
  }

  private static void put(char[] c, int from, int to, int value) {
    for (int i = to - 1; i >= from; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The entry as a JSON object. */
  public JsonObject toJson() {
    JsonObject authorJson = JsonObject.builder()
        .put("party", author.party().code())
        .put("member", author.member())
        .put("keyId", author.keyId())
        .build();
    var b = JsonObject.builder()
        .put("v", v)
        .put("hashAlg", hashAlg)
        .put("origin", origin)
        .put("seq", seq)
        .put("time", timeText())
        .put("type", type)
        .put("author", authorJson)
        .put("body", body);
    if (prevRoot != null) {
      b.put("prevRoot", prevRoot.hex());
    }
    return b.build();
  }

  /** The RFC 8785 canonical bytes: what the author signs (after the "groma-entry/v1\n" context line). */
  public byte[] canonicalBytes() {
    return JsonCanonicalizer.canonicalize(toJson());
  }
}
