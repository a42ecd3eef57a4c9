package org.groma.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writes made with plain JDBC, outside Groma, against a closed store: the triggers refuse them. */
class AppendOnlyTriggersTest {

  @TempDir Path dir;
  Path file;
  byte[] snapshotBefore;

  @BeforeEach
  void storeWithEntriesAndACheckpoint() {
    file = dir.resolve("c.gpkg");
    try (CommissionStore store = CommissionStore.create(file, CommissionStoreTest.ORIGIN, CommissionStoreTest.CLOCK)) {
      for (int i = 0; i < 5; i++) {
        NewEntry e = TestEntries.entry("triggers", i);
        store.append(e.entry(), e.entryHash(), i);
      }
      store.appendCheckpoint(5, "note-5");
      store.appendCosignature(0, "w", "— w sig");
      snapshotBefore = CommissionStoreTest.snapshot(store);
    }
  }

  static Stream<String> forbiddenWrites() {
    NewEntry fresh = TestEntries.entry("triggers", 99);
    String freshHash = "x'" + java.util.HexFormat.of().formatHex(fresh.entryHash()) + "'";
    return Stream.of(
        "UPDATE journal SET entry = x'00' WHERE seq = 2",
        "UPDATE journal SET appended_at = '2020-01-01T00:00:00.000Z'",
        "DELETE FROM journal WHERE seq = 4",
        "DELETE FROM journal",
        "INSERT OR REPLACE INTO journal (seq, entry_hash, entry, appended_at, row_sha256)"
            + " VALUES (2, " + freshHash + ", x'01', 't', zeroblob(32))",
        "INSERT OR REPLACE INTO journal (seq, entry_hash, entry, appended_at, row_sha256)"
            + " SELECT 5, entry_hash, x'01', 't', zeroblob(32) FROM journal WHERE seq = 1",
        "INSERT INTO journal (seq, entry_hash, entry, appended_at, row_sha256)"
            + " VALUES (7, " + freshHash + ", x'01', 't', zeroblob(32))",
        "INSERT INTO journal (entry_hash, entry, appended_at, row_sha256) VALUES (" + freshHash + ", x'01', 't', zeroblob(32))",
        "INSERT INTO journal (seq, entry_hash, entry, appended_at, row_sha256)"
            + " VALUES (2, " + freshHash + ", x'01', 't', zeroblob(32)) ON CONFLICT (seq) DO UPDATE SET entry = x'02'",
        "UPDATE checkpoints SET size = 1",
        "DELETE FROM checkpoints",
        "INSERT OR REPLACE INTO checkpoints (seq, size, note, stored_at, row_sha256) VALUES (0, 1, 'forged', 't', zeroblob(32))",
        "UPDATE cosignatures SET witness = 'x'",
        "DELETE FROM cosignatures",
        "UPDATE meta SET value = 'other.origin' WHERE key = 'origin'",
        "DELETE FROM meta",
        "INSERT OR REPLACE INTO meta (seq, key, value, row_sha256) VALUES (3, 'origin', 'other', zeroblob(32))");
  }

  @ParameterizedTest
  @MethodSource("forbiddenWrites")
  void a_write_outside_groma_that_would_change_the_record_is_refused(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> {
        for (String part : sql.split("; ")) {
          s.execute(part);
        }
      }).isInstanceOf(SQLException.class).hasMessageContaining("is append-only");
    }
    try (CommissionStore store = CommissionStore.open(file)) {
      assertThat(CommissionStoreTest.snapshot(store)).isEqualTo(snapshotBefore);
    }
  }

  @Test
  void an_entry_appended_outside_groma_with_a_wrong_hash_is_caught_on_open() throws Exception {
    // The triggers allow appends (that is what the table is for) but SQLite cannot compute SHA-256, so the
    // leaf hash is checked when the file is opened.
    execute("INSERT INTO journal (seq, entry_hash, entry, appended_at, row_sha256)"
        + " VALUES (5, zeroblob(32), x'01', '2026-01-01T00:00:00.000Z', zeroblob(32))");
    assertThatThrownBy(() -> CommissionStore.open(file))
        .isInstanceOfSatisfying(StoreCorruptException.class, e -> assertThat(e.seq()).hasValue(5));
  }

  @Test
  void a_dropped_trigger_is_caught_on_open() throws Exception {
    execute("DROP TRIGGER journal_no_delete");
    assertThatThrownBy(() -> CommissionStore.open(file)).isInstanceOf(StoreCorruptException.class)
        .hasMessage(file + ": append-only trigger journal_no_delete is missing");
  }

  @Test
  void an_edited_trigger_is_caught_on_open() throws Exception {
    execute("DROP TRIGGER journal_no_update",
        "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal WHEN 0 BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END");
    assertThatThrownBy(() -> CommissionStore.open(file)).isInstanceOf(StoreCorruptException.class)
        .hasMessageContaining("append-only trigger journal_no_update was altered outside Groma");
  }

  @Test
  void an_extra_trigger_on_the_journal_is_caught_on_open() throws Exception {
    execute("CREATE TRIGGER sneaky AFTER INSERT ON journal BEGIN SELECT 1; END");
    assertThatThrownBy(() -> CommissionStore.open(file)).isInstanceOf(StoreCorruptException.class)
        .hasMessageContaining("unexpected trigger sneaky on table journal");
  }

  @Test
  void an_entry_rewritten_after_dropping_the_triggers_is_caught_with_its_seq() throws Exception {
    execute("DROP TRIGGER journal_no_update", "UPDATE journal SET entry = x'7b7d' WHERE seq = 3",
        StoreSchema.TRIGGERS.get("journal_no_update"));
    assertThatThrownBy(() -> CommissionStore.open(file))
        .isInstanceOfSatisfying(StoreCorruptException.class, e -> {
          assertThat(e.seq()).hasValue(3);
          assertThat(e.reason()).startsWith("stored entry hash ").contains("is not SHA-256(0x00 || entry)");
        });
  }

  @Test
  void a_deleted_entry_is_caught_as_a_gap() throws Exception {
    execute("DROP TRIGGER journal_no_delete", "DELETE FROM journal WHERE seq = 2",
        StoreSchema.TRIGGERS.get("journal_no_delete"));
    assertThatThrownBy(() -> CommissionStore.open(file))
        .isInstanceOfSatisfying(StoreCorruptException.class, e -> {
          assertThat(e.seq()).hasValue(2);
          assertThat(e.reason()).isEqualTo("journal is not contiguous: next stored seq is 3");
        });
  }

  @Test
  void a_changed_appended_at_is_caught_by_the_row_digest() throws Exception {
    execute("DROP TRIGGER journal_no_update", "UPDATE journal SET appended_at = '2020-01-01T00:00:00.000Z' WHERE seq = 1",
        StoreSchema.TRIGGERS.get("journal_no_update"));
    assertThatThrownBy(() -> CommissionStore.open(file))
        .isInstanceOfSatisfying(StoreCorruptException.class, e -> {
          assertThat(e.seq()).hasValue(1);
          assertThat(e.reason()).isEqualTo("journal row 1 does not match its row_sha256 (a value was changed)");
        });
  }

  private void execute(String... statements) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      for (String sql : List.of(statements)) {
        s.execute(sql);
      }
    }
  }
}
