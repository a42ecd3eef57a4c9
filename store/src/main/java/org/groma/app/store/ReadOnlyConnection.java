package org.groma.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens a store so that nothing on disk can change: SQLite's {@code mode=ro&immutable=1} URI on a
 * read-only connection. A plain read-only connection is not enough: on a WAL file it creates the
 * {@code -wal} and {@code -shm} files beside it, and writes the {@code -shm} (as observed with sqlite-jdbc
 * 3.54; {@code VerifyReadOnlyTest} checks that this class leaves the folder untouched). {@code immutable}
 * touches nothing, and for the same reason never reads a {@code -wal}: committed transactions still in the
 * log would be silently missing.
 *
 * <p>So it first refuses a store with a pending log beside it (a non-empty {@code -wal}, or a
 * {@code -journal}), naming the way out, rather than verify content that is not the latest.
 *
 * <h2>Limitations</h2>
 * A writer that starts while the connection is open is not seen (nor locked out); open
 * stores that no process is writing.
 */
final class ReadOnlyConnection {

  private ReadOnlyConnection() {}

  static Connection open(Path path) throws SQLException {
    refusePendingLog(path);
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.resetOpenMode(SQLiteOpenMode.CREATE);
    // toUri percent-encodes any '?', '#' or '%' in the path, as SQLite's URI filenames require.
    return config.createConnection("jdbc:sqlite:" + path.toAbsolutePath().toUri().toASCIIString()
        + "?mode=ro&immutable=1");
  }

  private static void refusePendingLog(Path path) {
    for (String suffix : List.of("-wal", "-journal")) {
      Path log = Path.of(path + suffix);
      long bytes;
      try {
        bytes = Files.exists(log) ? Files.size(log) : 0;
      } catch (IOException e) {
        throw new StoreException(log + ": cannot read: " + e.getMessage(), e);
      }
      if (bytes > 0) {
        throw new StoreException(path + " has a pending " + (suffix.equals("-wal") ? "write-ahead log" : "rollback journal")
            + " beside it (" + log + ", " + bytes + " bytes): changes a writer has not yet folded into the file"
            + " (a node still running, or one stopped abruptly). Reading it strictly read-only would miss them,"
            + " so nothing was read and nothing was written. Stop the node if it runs; otherwise open the store"
            + " read-write once (e.g. groma journal show " + path + "), which folds the log into the file, or"
            + " copy the file and its " + suffix + " together and verify the copy");
      }
    }
  }
}
