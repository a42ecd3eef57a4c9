package org.groma.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What opening a store checks before anything else touches it, in this order (the first failure is
 * reported, as a {@link StoreCorruptException} naming the reason and, where it applies, the journal seq):
 *
 * <ol>
 *   <li>the file starts with the SQLite header and is not shorter than its header says (a truncated copy);
 *   <li>{@code application_id} is GeoPackage's and {@code user_version} is 10300;
 *   <li>the {@code meta} table exists (otherwise it is some other GeoPackage) and the store format version
 *       is one this code reads;
 *   <li>every table and trigger of the store exists with exactly the SQL Groma created it with, and no
 *       other trigger sits on Groma's tables;
 *   <li>{@code PRAGMA integrity_check} and {@code PRAGMA foreign_key_check} find nothing;
 *   <li>the journal is in WAL mode;
 *   <li>the three required spatial reference systems are unchanged and Groma's tables are registered;
 *   <li>every row of meta, journal, checkpoints and cosignatures: {@code seq} contiguous from 0,
 *       {@code row_sha256} matches, each entry hash equals {@code SHA-256(0x00 || entry)}, each checkpoint's
 *       size is within the journal and each cosignature names a stored checkpoint.
 * </ol>
 *
 * <p>It only reads.
 *
 * <h2>Limitations</h2>
 * It cannot tell a forger who rewrites the file consistently (recomputing
 * hashes and row digests) from an honest writer; signatures, checked above the store, do that.
 */
final class StoreVerifier {

  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int SQLITE_HEADER_BYTES = 100;

  private final String file;
  private final Connection connection;

  private StoreVerifier(String file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Checks the raw file before SQLite opens it (item 1). */
  /** What the raw header says, for the checks that need an open connection to run first. */
  record FileHeader(byte writeVersion, byte readVersion) {
    boolean walMode() {
      return writeVersion == 2 && readVersion == 2;
    }
  }

  static FileHeader checkFileHeader(Path path) {
    String file = path.toString();
    byte[] header = new byte[SQLITE_HEADER_BYTES];
    long length;
    try (InputStream in = Files.newInputStream(path)) {
      length = Files.size(path);
      int read = in.readNBytes(header, 0, SQLITE_HEADER_BYTES);
      if (read < SQLITE_HEADER_BYTES) {
        throw new StoreCorruptException(file, OptionalLong.empty(), "not a Groma store: " + read
            + " bytes, shorter than the 100-byte SQLite header (empty or truncated file)");
      }
    } catch (IOException e) {
      throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (!Arrays.equals(Arrays.copyOf(header, SQLITE_HEADER.length), SQLITE_HEADER)) {
      throw new StoreCorruptException(file, OptionalLong.empty(),
          "not a Groma store: not an SQLite database (it does not start with \"SQLite format 3\")");
    }
    ByteBuffer buffer = ByteBuffer.wrap(header);
    int pageSize = Short.toUnsignedInt(buffer.getShort(16));
    if (pageSize == 1) {
      pageSize = 65536;
    }
    long pages = Integer.toUnsignedLong(buffer.getInt(28));
    boolean sizeValid = pages != 0 && buffer.getInt(24) == buffer.getInt(92);
    // With a WAL file beside it, the main file may legitimately lag its header until the WAL is
    // checkpointed (a crash mid-checkpoint); SQLite completes that, so judge the length only without one.
    Path wal = Path.of(file + "-wal");
    boolean walPending;
    try {
      walPending = Files.exists(wal) && Files.size(wal) > 0;
    } catch (IOException e) {
      throw new StoreException(wal + ": cannot read: " + e.getMessage(), e);
    }
    if (!walPending && sizeValid && length < pages * pageSize) {
      throw new StoreCorruptException(file, OptionalLong.empty(), "truncated: its header says " + pages
          + " pages of " + pageSize + " bytes (" + pages * pageSize + " bytes) but the file has " + length + " bytes");
    }
    // WAL mode is stored here: bytes 18 and 19 (write and read format versions) are 2. It is read now, before
    // SQLite opens the file, and never through a second descriptor while a connection is open: closing that
    // descriptor would drop the process's POSIX locks on the file, and another process (QGIS, GDAL) closing
    // it next would then delete the write-ahead log from under the node. (PRAGMA journal_mode will not do:
    // a read-only immutable connection reports "delete" whatever the file says.)
    return new FileHeader(header[18], header[19]);
  }

  /** Checks items 2–8 through an open connection that has issued no writes. */
  static void verify(String file, Connection connection, FileHeader header) {
    StoreVerifier verifier = new StoreVerifier(file, connection);
    try {
      verifier.checkHeaderPragmas();
      verifier.checkSchema();
      verifier.checkIntegrity();
      verifier.checkWalMode(header);
      verifier.checkSpatialRefSys();
      verifier.checkMeta();
      long journalSize = verifier.checkJournal();
      verifier.checkCheckpoints(journalSize);
    } catch (SQLException e) {
      throw verifier.corrupt(OptionalLong.empty(), "SQLite cannot read it: " + e.getMessage(), e);
    }
  }

  private void checkHeaderPragmas() throws SQLException {
    long applicationId = pragmaLong("application_id");
    if (applicationId != StoreSchema.GEOPACKAGE_APPLICATION_ID) {
      throw corrupt("not a Groma store: application_id is 0x" + Long.toHexString(applicationId)
          + ", not 0x47504b47 ('GPKG', a GeoPackage)");
    }
    long userVersion = pragmaLong("user_version");
    if (userVersion != StoreSchema.GEOPACKAGE_USER_VERSION) {
      throw corrupt("not a Groma store: user_version is " + userVersion + ", not 10300 (GeoPackage 1.3)");
    }
  }

  private void checkSchema() throws SQLException {
    Map<String, String> tables = new HashMap<>();
    Map<String, String> triggers = new HashMap<>();
    Map<String, String> triggerTables = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
      while (rows.next()) {
        String type = rows.getString(1);
        if ("table".equals(type)) {
          tables.put(rows.getString(2), rows.getString(4));
        } else if ("trigger".equals(type)) {
          triggers.put(rows.getString(2), rows.getString(4));
          triggerTables.put(rows.getString(2), rows.getString(3));
        }
      }
    }
    if (!tables.containsKey(StoreSchema.META)) {
      throw corrupt("not a Groma store: a GeoPackage without Groma's meta table");
    }
    for (Map.Entry<String, String> expected : StoreSchema.TABLES.entrySet()) {
      String actual = tables.get(expected.getKey());
      if (actual == null) {
        throw corrupt("table " + expected.getKey() + " is missing");
      }
      if (!actual.equals(expected.getValue())) {
        throw corrupt("table " + expected.getKey() + " was altered outside Groma: its definition is\n  " + actual
            + "\nnot\n  " + expected.getValue());
      }
    }
    for (Map.Entry<String, String> expected : StoreSchema.TRIGGERS.entrySet()) {
      String actual = triggers.get(expected.getKey());
      if (actual == null) {
        throw corrupt("append-only trigger " + expected.getKey() + " is missing");
      }
      if (!actual.equals(expected.getValue())) {
        throw corrupt("append-only trigger " + expected.getKey() + " was altered outside Groma: it is\n  " + actual
            + "\nnot\n  " + expected.getValue());
      }
    }
    Set<String> groma = Set.of(StoreSchema.META, StoreSchema.JOURNAL, StoreSchema.CHECKPOINTS, StoreSchema.COSIGNATURES);
    for (Map.Entry<String, String> trigger : triggerTables.entrySet()) {
      if (groma.contains(trigger.getValue()) && !StoreSchema.TRIGGERS.containsKey(trigger.getKey())) {
        throw corrupt("unexpected trigger " + trigger.getKey() + " on table " + trigger.getValue()
            + " (added outside Groma)");
      }
    }
  }

  private void checkIntegrity() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
      if (!rows.next()) {
        throw corrupt("PRAGMA integrity_check returned nothing");
      }
      String first = rows.getString(1);
      if (!"ok".equals(first)) {
        throw corrupt("SQLite integrity check failed: " + first);
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
      if (rows.next()) {
        throw corrupt("foreign key check failed: table " + rows.getString(1) + " row " + rows.getLong(2)
            + " refers to a missing row of " + rows.getString(3));
      }
    }
  }

  private void checkWalMode(FileHeader header) {
    if (!header.walMode()) {
      throw corrupt("journal_mode is not wal: header bytes 18 and 19 are " + header.writeVersion() + " and "
          + header.readVersion() + ", not 2 and 2 (changed outside Groma)");
    }
  }

  private void checkSpatialRefSys() throws SQLException {
    for (StoreSchema.SpatialRefSys srs : StoreSchema.REQUIRED_SRS) {
      try (var statement = connection.prepareStatement("SELECT srs_name, organization, organization_coordsys_id,"
          + " definition, description FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
        statement.setInt(1, srs.srsId());
        try (ResultSet rows = statement.executeQuery()) {
          if (!rows.next()) {
            throw corrupt("gpkg_spatial_ref_sys has no row for srs_id " + srs.srsId());
          }
          boolean same = srs.name().equals(rows.getString(1)) && srs.organization().equals(rows.getString(2))
              && srs.organizationCoordsysId() == rows.getInt(3) && srs.definition().equals(rows.getString(4))
              && srs.description().equals(rows.getString(5));
          if (!same) {
            throw corrupt("gpkg_spatial_ref_sys row for srs_id " + srs.srsId() + " was changed");
          }
        }
      }
    }
    for (String table : StoreSchema.ATTRIBUTE_TABLES.keySet()) {
      try (var statement = connection.prepareStatement(
          "SELECT data_type FROM gpkg_contents WHERE table_name = ?")) {
        statement.setString(1, table);
        try (ResultSet rows = statement.executeQuery()) {
          if (!rows.next() || !"attributes".equals(rows.getString(1))) {
            throw corrupt("table " + table + " is not registered in gpkg_contents as attributes");
          }
        }
      }
    }
  }

  private void checkMeta() throws SQLException {
    Map<String, String> meta = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT seq, key, value, row_sha256 FROM meta ORDER BY seq")) {
      long expectedSeq = 0;
      while (rows.next()) {
        long seq = rows.getLong(1);
        if (seq != expectedSeq) {
          throw corrupt("meta rows are not contiguous: row " + seq + " where " + expectedSeq + " was expected");
        }
        String key = rows.getString(2);
        String value = rows.getString(3);
        checkDigest("meta", seq, rows.getBytes(4), CommissionStore.metaDigest(seq, key, value), OptionalLong.empty());
        meta.put(key, value);
        expectedSeq++;
      }
    }
    String version = meta.get(StoreSchema.META_FORMAT_VERSION);
    if (!StoreSchema.FORMAT_VERSION.equals(version)) {
      throw corrupt("store format version is " + version + "; this Groma reads version " + StoreSchema.FORMAT_VERSION);
    }
    if (meta.get(StoreSchema.META_ORIGIN) == null) {
      throw corrupt("meta has no commission origin");
    }
  }

  /** Returns the journal size. */
  private long checkJournal() throws SQLException {
    long expectedSeq = 0;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT seq, entry_hash, entry, appended_at, row_sha256 FROM journal ORDER BY seq")) {
      while (rows.next()) {
        long seq = rows.getLong(1);
        OptionalLong at = OptionalLong.of(seq);
        if (seq != expectedSeq) {
          throw corrupt(OptionalLong.of(expectedSeq), "journal is not contiguous: next stored seq is " + seq);
        }
        byte[] entryHash = rows.getBytes(2);
        byte[] entry = rows.getBytes(3);
        String appendedAt = rows.getString(4);
        if (entry == null || entryHash == null) {
          throw corrupt(at, "entry or entry hash is missing");
        }
        byte[] computed = LeafHash.of(entry);
        if (!Arrays.equals(computed, entryHash)) {
          throw corrupt(at, "stored entry hash " + HexFormat.of().formatHex(entryHash)
              + " is not SHA-256(0x00 || entry) = " + HexFormat.of().formatHex(computed));
        }
        checkDigest("journal", seq, rows.getBytes(5), CommissionStore.journalDigest(seq, entryHash, appendedAt), at);
        checkTime("journal", seq, appendedAt, at);
        expectedSeq++;
      }
    }
    return expectedSeq;
  }

  private void checkCheckpoints(long journalSize) throws SQLException {
    Set<Long> checkpoints = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT seq, size, note, stored_at, row_sha256 FROM checkpoints ORDER BY seq")) {
      long expectedSeq = 0;
      while (rows.next()) {
        long seq = rows.getLong(1);
        if (seq != expectedSeq) {
          throw corrupt("checkpoints are not contiguous: row " + seq + " where " + expectedSeq + " was expected");
        }
        long size = rows.getLong(2);
        String note = rows.getString(3);
        String storedAt = rows.getString(4);
        checkDigest("checkpoints", seq, rows.getBytes(5), CommissionStore.checkpointDigest(seq, size, note, storedAt),
            OptionalLong.empty());
        checkTime("checkpoints", seq, storedAt, OptionalLong.empty());
        if (size > journalSize) {
          throw corrupt("checkpoint " + seq + " commits to " + size + " entries but the journal holds " + journalSize);
        }
        checkpoints.add(seq);
        expectedSeq++;
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT seq, checkpoint_seq, witness, signature, stored_at, row_sha256 FROM cosignatures ORDER BY seq")) {
      long expectedSeq = 0;
      while (rows.next()) {
        long seq = rows.getLong(1);
        if (seq != expectedSeq) {
          throw corrupt("cosignatures are not contiguous: row " + seq + " where " + expectedSeq + " was expected");
        }
        long checkpointSeq = rows.getLong(2);
        String storedAt = rows.getString(5);
        checkDigest("cosignatures", seq, rows.getBytes(6),
            CommissionStore.cosignatureDigest(seq, checkpointSeq, rows.getString(3), rows.getString(4), storedAt),
            OptionalLong.empty());
        checkTime("cosignatures", seq, storedAt, OptionalLong.empty());
        if (!checkpoints.contains(checkpointSeq)) {
          throw corrupt("cosignature " + seq + " names checkpoint " + checkpointSeq + ", which is not stored");
        }
        expectedSeq++;
      }
    }
  }

  private void checkDigest(String table, long seq, byte[] stored, byte[] computed, OptionalLong journalSeq) {
    if (!Arrays.equals(stored, computed)) {
      throw corrupt(journalSeq, table + " row " + seq + " does not match its row_sha256 (a value was changed)");
    }
  }

  private void checkTime(String table, long seq, String text, OptionalLong journalSeq) {
    try {
      Instant.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw corrupt(journalSeq, table + " row " + seq + " has an unreadable time '" + text + "'");
    }
  }

  private long pragmaLong(String pragma) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  private StoreCorruptException corrupt(String reason) {
    return corrupt(OptionalLong.empty(), reason);
  }

  private StoreCorruptException corrupt(OptionalLong seq, String reason) {
    return new StoreCorruptException(file, seq, reason);
  }

  private StoreCorruptException corrupt(OptionalLong seq, String reason, Throwable cause) {
    return new StoreCorruptException(file, seq, reason, cause);
  }
}
