package org.groma.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.groma.app.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommissionStoreTest {

  static final String ORIGIN = "groma.example/am-az-commission";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-15T09:30:00.123Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void a_new_store_is_a_geopackage_1_3_with_the_required_tables_and_pragmas() throws Exception {
    Path file = dir.resolve("c.gpkg");
    try (CommissionStore store = CommissionStore.create(file, ORIGIN, CLOCK)) {
      assertThat(store.origin()).isEqualTo(ORIGIN);
      assertThat(store.size()).isZero();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      assertThat(longOf(s, "PRAGMA application_id")).isEqualTo(0x47504B47L);
      assertThat(longOf(s, "PRAGMA user_version")).isEqualTo(10300L);
      assertThat(stringOf(s, "PRAGMA journal_mode")).isEqualTo("wal");
      assertThat(stringOf(s, "PRAGMA integrity_check")).isEqualTo("ok");
      assertThat(strings(s, "SELECT srs_id || ' ' || organization || ' ' || organization_coordsys_id"
          + " FROM gpkg_spatial_ref_sys ORDER BY srs_id"))
          .containsExactly("-1 NONE -1", "0 NONE 0", "4326 EPSG 4326");
      assertThat(stringOf(s, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 4326"))
          .startsWith("GEOGCS[\"WGS 84\"");
      assertThat(strings(s, "SELECT table_name || ' ' || data_type FROM gpkg_contents ORDER BY table_name"))
          .containsExactly("checkpoints attributes", "cosignatures attributes", "journal attributes", "meta attributes");
      assertThat(strings(s, "SELECT key || '=' || value FROM meta ORDER BY seq"))
          .containsExactly("format_version=1", "origin=" + ORIGIN, "created_at=2026-05-15T09:30:00.123Z");
      assertThat(strings(s, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'journal' ORDER BY name"))
          .containsExactly("journal_next_seq", "journal_no_delete", "journal_no_replace_entry_hash", "journal_no_update");
    }
  }

  @Test
  void both_connections_sync_fully_and_enforce_foreign_keys() {
    Path file = dir.resolve("c.gpkg");
    CommissionStore.create(file, ORIGIN, CLOCK).close();
    try (CommissionStore store = CommissionStore.open(file, CLOCK)) {
      // synchronous: 2 = FULL (SQLite PRAGMA synchronous documentation).
      assertThat(store.pragmaOnBothConnections("synchronous")).containsExactly("2", "2");
      assertThat(store.pragmaOnBothConnections("foreign_keys")).containsExactly("1", "1");
      assertThat(store.pragmaOnBothConnections("journal_mode")).containsExactly("wal", "wal");
    }
  }

  @Test
  void a_read_only_store_reads_everything_refuses_writes_and_leaves_no_file_beside_it() throws Exception {
    Path file = dir.resolve("c.gpkg");
    try (CommissionStore store = CommissionStore.create(file, ORIGIN, CLOCK)) {
      store.appendAsync(TestEntries.entry("ro", 0), 0).join();
    }
    try (CommissionStore store = CommissionStore.openReadOnly(file)) {
      assertThat(store.origin()).isEqualTo(ORIGIN);
      assertThat(store.size()).isEqualTo(1);
      assertThat(store.entry(0).orElseThrow().entry()).isEqualTo(TestEntries.entry("ro", 0).entry());
      assertThatThrownBy(() -> store.appendAsync(TestEntries.entry("ro", 1), 1))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
      assertThat(dir.toFile().list()).containsExactly("c.gpkg");
    }
  }

  @Test
  void a_store_no_longer_in_wal_mode_is_refused_also_when_read_only() throws Exception {
    Path file = dir.resolve("c.gpkg");
    CommissionStore.create(file, ORIGIN, CLOCK).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = DELETE");
    }
    assertThatThrownBy(() -> CommissionStore.openReadOnly(file)).isInstanceOf(StoreCorruptException.class)
        .hasMessageContaining("journal_mode is not wal");
    assertThatThrownBy(() -> CommissionStore.open(file)).isInstanceOf(StoreCorruptException.class)
        .hasMessageContaining("journal_mode is not wal");
  }

  @Test
  void create_refuses_to_overwrite_an_existing_file() throws Exception {
    Path file = dir.resolve("taken.gpkg");
    Files.writeString(file, "precious");
    assertThatThrownBy(() -> CommissionStore.create(file, ORIGIN))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("refusing to create a store at " + file + ": the file exists");
    assertThat(Files.readString(file)).isEqualTo("precious");
  }

  @Test
  void create_refuses_an_origin_with_a_newline_and_leaves_no_file() {
    Path file = dir.resolve("bad-origin.gpkg");
    assertThatThrownBy(() -> CommissionStore.create(file, "a\nb"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("control character at index 1");
    assertThat(file).doesNotExist();
  }

  @Test
  void appends_are_read_back_byte_for_byte_after_reopening() {
    Path file = dir.resolve("c.gpkg");
    List<NewEntry> written = new ArrayList<>();
    try (CommissionStore store = CommissionStore.create(file, ORIGIN, CLOCK)) {
      for (int i = 0; i < 1200; i++) {
        NewEntry entry = TestEntries.entry("read-back", i);
        written.add(entry);
        assertThat(store.append(entry.entry(), entry.entryHash(), i)).isEqualTo(new AppendResult.Appended(i));
      }
    }
    try (CommissionStore store = CommissionStore.open(file, CLOCK)) {
      assertThat(store.size()).isEqualTo(1200);
      List<StoredEntry> all = store.entries(0, Long.MAX_VALUE).collect(Collectors.toList());
      assertThat(all).hasSize(1200);
      for (int i = 0; i < all.size(); i++) {
        assertThat(all.get(i).seq()).isEqualTo(i);
        assertThat(all.get(i).entry()).isEqualTo(written.get(i).entry());
        assertThat(all.get(i).entryHash()).isEqualTo(written.get(i).entryHash());
        assertThat(all.get(i).appendedAt()).isEqualTo(CLOCK.instant());
      }
      assertThat(store.entries(510, 515).map(StoredEntry::seq)).containsExactly(510L, 511L, 512L, 513L, 514L);
      assertThat(store.entry(700).orElseThrow().entry()).isEqualTo(written.get(700).entry());
      assertThat(store.entry(1200)).isEmpty();
      assertThat(store.hashAt(3).orElseThrow()).isEqualTo(written.get(3).entryHash());
      assertThat(store.findByHash(written.get(999).entryHash())).hasValue(999);
      assertThat(store.findByHash(new byte[32])).isEmpty();
    }
  }

  @Test
  void appending_the_same_entry_again_is_idempotent() {
    try (CommissionStore store = CommissionStore.create(dir.resolve("c.gpkg"), ORIGIN, CLOCK)) {
      NewEntry a = TestEntries.entry("idem", 0);
      NewEntry b = TestEntries.entry("idem", 1);
      assertThat(store.append(a.entry(), a.entryHash(), 0)).isEqualTo(new AppendResult.Appended(0));
      assertThat(store.append(b.entry(), b.entryHash(), 1)).isEqualTo(new AppendResult.Appended(1));
      // A retry states the size it expected the first time; it is still recognised by its hash.
      assertThat(store.append(a.entry(), a.entryHash(), 0)).isEqualTo(new AppendResult.AlreadyPresent(0));
      assertThat(store.append(a.entry(), a.entryHash(), 2)).isEqualTo(new AppendResult.AlreadyPresent(0));
      assertThat(store.size()).isEqualTo(2);
    }
  }

  @Test
  void an_append_stating_the_wrong_size_is_refused_and_changes_nothing() throws Exception {
    Path file = dir.resolve("c.gpkg");
    try (CommissionStore store = CommissionStore.create(file, ORIGIN, CLOCK)) {
      NewEntry a = TestEntries.entry("conflict", 0);
      store.append(a.entry(), a.entryHash(), 0);
      byte[] before = snapshot(store);
      NewEntry b = TestEntries.entry("conflict", 1);
      assertThatThrownBy(() -> store.append(b.entry(), b.entryHash(), 5))
          .isInstanceOfSatisfying(StoreConflictException.class, e -> {
            assertThat(e.expectedSize()).isEqualTo(5);
            assertThat(e.actualSize()).isEqualTo(1);
          })
          .hasMessage("append expected journal size 5 but the journal holds 1 entries; nothing was written");
      assertThatThrownBy(() -> store.appendBatch(List.of(b, TestEntries.entry("conflict", 2)), 0))
          .isInstanceOf(StoreConflictException.class);
      assertThat(store.size()).isEqualTo(1);
      assertThat(store.findByHash(b.entryHash())).isEmpty();
      assertThat(snapshot(store)).isEqualTo(before);
    }
  }

  @Test
  void appends_queued_out_of_order_by_their_threads_commit_in_position_order() throws Exception {
    try (CommissionStore store = CommissionStore.create(dir.resolve("c.gpkg"), ORIGIN, CLOCK)) {
      NewEntry first = TestEntries.entry("order", 0);
      NewEntry second = TestEntries.entry("order", 1);
      var later = store.appendAsync(second, 1);
      var earlier = store.appendAsync(first, 0);
      assertThat(later.get()).isEqualTo(new AppendResult.Appended(1));
      assertThat(earlier.get()).isEqualTo(new AppendResult.Appended(0));
      assertThat(store.entry(0).orElseThrow().entry()).isEqualTo(first.entry());
    }
  }

  @Test
  void an_entry_whose_stated_hash_is_not_its_leaf_hash_is_refused() {
    try (CommissionStore store = CommissionStore.create(dir.resolve("c.gpkg"), ORIGIN, CLOCK)) {
      byte[] entry = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
      byte[] plainSha256 = LeafHash.sha256().digest(entry);
      assertThatThrownBy(() -> store.append(entry, plainSha256, 0))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("is not SHA-256(0x00 || entry)");
      assertThat(store.size()).isZero();
    }
  }

  @Test
  void leaf_hash_is_rfc_6962_sha256_of_zero_byte_and_entry() {
    // RFC 6962 leaf hash of the empty leaf: SHA-256(0x00) (a well-known value, e.g. in the Certificate
    // Transparency test vectors): 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d.
    assertThat(java.util.HexFormat.of().formatHex(LeafHash.of(new byte[0])))
        .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
  }

  @Test
  void a_batch_is_all_or_nothing_and_a_repeated_batch_is_recognised() {
    try (CommissionStore store = CommissionStore.create(dir.resolve("c.gpkg"), ORIGIN, CLOCK)) {
      List<NewEntry> batch = List.of(TestEntries.entry("batch", 0), TestEntries.entry("batch", 1),
          TestEntries.entry("batch", 2));
      assertThat(store.appendBatch(batch, 0)).containsExactly(new AppendResult.Appended(0),
          new AppendResult.Appended(1), new AppendResult.Appended(2));
      assertThat(store.appendBatch(batch, 0)).containsExactly(new AppendResult.AlreadyPresent(0),
          new AppendResult.AlreadyPresent(1), new AppendResult.AlreadyPresent(2));
      assertThatThrownBy(() -> store.appendBatch(List.of(batch.get(2), TestEntries.entry("batch", 3)), 3))
          .isInstanceOf(StoreConflictException.class)
          .hasMessageContaining("mixes entries already stored (first at seq 2)");
      assertThatThrownBy(() -> store.appendBatch(List.of(batch.get(0), batch.get(0)), 3))
          .isInstanceOf(BadInputException.class).hasMessageContaining("entry 1 twice");
      assertThat(store.size()).isEqualTo(3);
    }
  }

  @Test
  void checkpoints_and_cosignatures_are_stored_listed_and_idempotent() {
    try (CommissionStore store = CommissionStore.create(dir.resolve("c.gpkg"), ORIGIN, CLOCK)) {
      store.appendBatch(List.of(TestEntries.entry("cp", 0), TestEntries.entry("cp", 1)), 0);
      String note1 = ORIGIN + "\n1\nAAAA\n\n— operator sig1\n";
      String note2 = ORIGIN + "\n2\nBBBB\n\n— operator sig2\n";
      assertThat(store.appendCheckpoint(1, note1)).isEqualTo(new AppendResult.Appended(0));
      assertThat(store.appendCheckpoint(2, note2)).isEqualTo(new AppendResult.Appended(1));
      assertThat(store.appendCheckpoint(2, note2)).isEqualTo(new AppendResult.AlreadyPresent(1));
      assertThatThrownBy(() -> store.appendCheckpoint(3, ORIGIN + "\n3\nCCCC\n"))
          .isInstanceOf(StoreConflictException.class)
          .hasMessageContaining("checkpoint commits to 3 entries but the journal holds 2");
      assertThat(store.latestCheckpoint().orElseThrow().note()).isEqualTo(note2);
      assertThat(store.checkpoints()).extracting(StoredCheckpoint::size).containsExactly(1L, 2L);

      assertThat(store.appendCosignature(1, "witness-a", "— witness-a AAA")).isEqualTo(new AppendResult.Appended(0));
      assertThat(store.appendCosignature(1, "witness-b", "— witness-b BBB")).isEqualTo(new AppendResult.Appended(1));
      assertThat(store.appendCosignature(1, "witness-a", "— witness-a AAA")).isEqualTo(new AppendResult.AlreadyPresent(0));
      assertThatThrownBy(() -> store.appendCosignature(7, "witness-a", "x"))
          .isInstanceOf(BadInputException.class).hasMessage("no checkpoint stored at seq 7 to cosign");
      assertThat(store.cosignatures(1)).extracting(StoredCosignature::witness).containsExactly("witness-a", "witness-b");
      assertThat(store.cosignatures(0)).isEmpty();
    }
  }

  @Test
  void opening_a_file_that_is_not_a_store_says_so() throws Exception {
    Path text = dir.resolve("notes.gpkg");
    Files.writeString(text, "This is not a database at all, it is a text file that is long enough to hold a header. ".repeat(3));
    assertThatThrownBy(() -> CommissionStore.open(text)).isInstanceOf(StoreCorruptException.class)
        .hasMessage(text + ": not a Groma store: not an SQLite database (it does not start with \"SQLite format 3\")");

    Path empty = Files.createFile(dir.resolve("empty.gpkg"));
    assertThatThrownBy(() -> CommissionStore.open(empty)).isInstanceOf(StoreCorruptException.class)
        .hasMessageContaining("0 bytes, shorter than the 100-byte SQLite header");

    Path plainSqlite = dir.resolve("plain.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plainSqlite); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (x)");
    }
    assertThatThrownBy(() -> CommissionStore.open(plainSqlite)).isInstanceOf(StoreCorruptException.class)
        .hasMessageContaining("not a Groma store: application_id is 0x0");

    Path otherGpkg = dir.resolve("other.gpkg");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + otherGpkg); Statement s = c.createStatement()) {
      s.execute("PRAGMA application_id = 1196444487");
      s.execute("PRAGMA user_version = 10300");
      s.execute(StoreSchema.GPKG_SPATIAL_REF_SYS);
    }
    assertThatThrownBy(() -> CommissionStore.open(otherGpkg)).isInstanceOf(StoreCorruptException.class)
        .hasMessageContaining("not a Groma store: a GeoPackage without Groma's meta table");

    assertThatThrownBy(() -> CommissionStore.open(dir.resolve("missing.gpkg"))).isInstanceOf(StoreException.class)
        .hasMessageContaining("no such file");
    assertThat(dir.resolve("missing.gpkg")).doesNotExist();
  }

  @Test
  void opening_a_truncated_store_says_it_is_truncated() throws Exception {
    Path file = dir.resolve("c.gpkg");
    try (CommissionStore store = CommissionStore.create(file, ORIGIN, CLOCK)) {
      for (int i = 0; i < 300; i++) {
        NewEntry e = TestEntries.entry("trunc", i);
        store.append(e.entry(), e.entryHash(), i);
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    Path truncated = dir.resolve("truncated.gpkg");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> CommissionStore.open(truncated)).isInstanceOf(StoreCorruptException.class)
        .hasMessageContaining(truncated + ": truncated: its header says " + bytes.length / 4096
            + " pages of 4096 bytes (" + bytes.length + " bytes) but the file has " + bytes.length / 2 + " bytes");
  }

  /** The whole record as bytes, to show a refused write left it unchanged. */
  static byte[] snapshot(CommissionStore store) {
    var out = new java.io.ByteArrayOutputStream();
    store.entries(0, Long.MAX_VALUE).forEach(e -> {
      out.writeBytes(Long.toString(e.seq()).getBytes(StandardCharsets.UTF_8));
      out.writeBytes(e.entryHash());
      out.writeBytes(e.entry());
      out.writeBytes(e.appendedAt().toString().getBytes(StandardCharsets.UTF_8));
    });
    for (StoredCheckpoint c : store.checkpoints()) {
      out.writeBytes(c.toString().getBytes(StandardCharsets.UTF_8));
      store.cosignatures(c.seq()).forEach(s -> out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8)));
    }
    out.writeBytes(store.origin().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static long longOf(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static String stringOf(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  static List<String> strings(Statement s, String sql) throws Exception {
    List<String> list = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        list.add(r.getString(1));
      }
    }
    return list;
  }
}
