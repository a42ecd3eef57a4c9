package org.groma.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A private copy of a store that has a pending log beside it (a non-empty {@code -wal} or a
 * {@code -journal}: a node still running, or one stopped abruptly), for a reader that must never write the
 * original yet must see every committed entry. The file and its log are copied together into a fresh
 * temporary folder, where opening the copy read-write folds the log into it; the original is only read.
 *
 * <h2>Limitations</h2>
 * A writer that changes the original while it is copied can leave a torn copy, which then
 * fails verification; stop the node for a definitive answer.
 */
public final class StoreSnapshot implements AutoCloseable {

  private final Path folder;
  private final Path copy;
  private final String description;

  private StoreSnapshot(Path folder, Path copy, String description) {
    this.folder = folder;
    this.copy = copy;
    this.description = description;
  }

  /**
   * A copy of {@code given} with its pending log, or empty when there is no pending log. A link is followed:
   * SQLite keeps the log beside the real file.
   */
  public static Optional<StoreSnapshot> ifPendingLog(Path given) {
    Path store = CommissionStore.realPath(given);
    List<Path> logs = Stream.of("-wal", "-journal").map(s -> Path.of(store + s)).filter(StoreSnapshot::nonEmpty)
        .toList();
    if (logs.isEmpty()) {
      return Optional.empty();
    }
    try {
      Path folder = Files.createTempDirectory("groma-verify-");
      Path copy = folder.resolve(store.getFileName());
      // The log first: a writer folds it into the file, never the other way, so a log copied before the
      // file holds nothing the file lacks that the copy's log does not also hold.
      StringBuilder what = new StringBuilder();
      for (Path log : logs) {
        Files.copy(log, Path.of(copy + log.toString().substring(store.toString().length())),
            StandardCopyOption.COPY_ATTRIBUTES);
        what.append(what.isEmpty() ? "" : ", ").append(log.getFileName()).append(" (").append(Files.size(log))
            .append(" bytes)");
      }
      Files.copy(store, copy, StandardCopyOption.COPY_ATTRIBUTES);
      return Optional.of(new StoreSnapshot(folder, copy, "read from a private copy of " + store.getFileName()
          + " with its pending " + what + ", made in " + folder + " and removed after; " + store
          + " itself was only read"));
    } catch (IOException e) {
      throw new StoreException(store + ": cannot copy it with its pending log to verify it: " + e.getMessage(), e);
    }
  }

  private static boolean nonEmpty(Path p) {
    try {
      return Files.exists(p) && Files.size(p) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The copy, to open read-write. */
  public Path copy() {
    return copy;
  }

  /** What was read, for the report. */
  public String description() {
    return description;
  }

  @Override
  public void close() {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the temporary copy in " + folder, e);
    }
  }
}
