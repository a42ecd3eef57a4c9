package org.groma.app.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.groma.app.BadInputException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One commission's store: a SQLite file that is also a GeoPackage 1.3, holding the append-only journal,
 * checkpoints, cosignatures and the projection layers.
 *
 * <h2>Algorithm</h2>
 * Writes go through one writer thread that commits every queued write in one transaction
 * (group commit, see {@link GroupCommitWriter}); an append returns only after its transaction is committed
 * with {@code synchronous=FULL} in WAL mode, i.e. after the WAL is synced. Reads use a second connection;
 * WAL lets them run while the writer commits. {@link #open} verifies the whole file first (see
 * {@link StoreVerifier}); {@link #create} refuses to overwrite a file.
 *
 * <p>Journal entries are opaque bytes with a caller-supplied hash, which must be the RFC 6962 leaf hash
 * {@code SHA-256(0x00 || entry)}; seq is the 0-based position (the Merkle leaf index). Appends state the
 * journal size they expect, and are idempotent by entry hash.
 *
 * <h2>Limitations</h2>
 * One {@code CommissionStore} per file per process; another process may read the file
 * (QGIS, ogrinfo) but should not write it. Projection layers are derived data: they are not append-only and
 * not verified on open; rebuild them from the journal.
 *
 * <h2>Thread safety</h2>
 * All methods may be called from any thread.
 */
public final class CommissionStore implements AutoCloseable {

  /** How long a statement waits for a lock held by another connection (e.g. a reader in another process). */
  private static final int BUSY_TIMEOUT_MS = 10_000;

  /** Rows fetched per query when streaming entries: bounds memory whatever the range. */
  private static final int STREAM_PAGE_ROWS = 512;

  /** Longest origin accepted; C2SP tlog-checkpoint origins are short URL-like names. */
  private static final int MAX_ORIGIN_CHARS = 255;

  /** GeoPackage's timestamp form (GeoPackage 1.3 clause 1.1.3.1.1: ISO 8601, UTC, millisecond precision). */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Path path;
  private final String origin;
  private final Clock clock;
  private final Connection reader;
  private final GroupCommitWriter writer;

  private CommissionStore(Path path, String origin, Clock clock, Connection reader, Connection writerConnection) {
    this.path = path;
    this.origin = origin;
    this.clock = clock;
    this.reader = reader;
    this.writer = writerConnection == null ? null : new GroupCommitWriter(writerConnection, path.getFileName().toString());
  }

  /** Creates a new store at {@code path} for the commission log named {@code origin}; refuses an existing file. */
  public static CommissionStore create(Path path, String origin) {
    return create(path, origin, Clock.systemUTC());
  }

  public static CommissionStore create(Path path, String origin, Clock clock) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(clock, "clock");
    checkOrigin(origin);
    for (String suffix : List.of("", "-wal", "-journal", "-shm")) {
      if (Files.exists(Path.of(path + suffix))) {
        throw new BadInputException("refusing to create a store at " + path + ": " + (suffix.isEmpty()
            ? "the file exists" : path + suffix + " exists"));
      }
    }
    // Build the file beside its destination, then link it into place: a crash while creating leaves at
    // most a stray temporary file, never a half-made store at path, and the link fails if path exists.
    Path temporary;
    try {
      Path parent = path.toAbsolutePath().getParent();
      temporary = Files.createTempFile(parent, "." + path.getFileName() + ".", ".creating");
    } catch (IOException e) {
      throw new StoreException("cannot create " + path + ": " + e.getMessage(), e);
    }
    try {
      try (Connection connection = connect(temporary)) {
        initialize(connection, origin, timestamp(clock.instant()));
      }
      linkIntoPlace(temporary, path);
    } catch (SQLException | IOException | RuntimeException e) {
      deleteQuietly(temporary, e);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new StoreException("cannot create " + path + ": " + e.getMessage(), e);
    }
    try {
      Files.delete(temporary);
    } catch (IOException e) {
      throw new StoreException("created " + path + " but cannot remove the temporary " + temporary + ": "
          + e.getMessage(), e);
    }
    return open(path, clock);
  }

  private static void linkIntoPlace(Path temporary, Path path) throws IOException {
    try {
      // A hard link is created atomically and fails if anything exists at path: never an overwrite.
      Files.createLink(path, temporary);
    } catch (FileAlreadyExistsException e) {
      throw new BadInputException("refusing to create a store at " + path + ": the file exists", e);
    } catch (UnsupportedOperationException e) {
      // File systems without hard links: a plain move, which does not replace an existing file either.
      Files.move(temporary, path);
    }
    // Sync the directory so that the new name survives a power loss (POSIX: a rename or link is durable
    // only once its directory is synced). Opening a directory for reading works on Linux and macOS.
    Path directory = path.toAbsolutePath().getParent();
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory as a channel; NTFS journals metadata itself.
      if (!System.getProperty("os.name", "").startsWith("Windows")) {
        throw e;
      }
    }
  }

  /** Opens and verifies the store at {@code path}. Nothing is modified if verification fails. */
  public static CommissionStore open(Path path) {
    return open(path, Clock.systemUTC());
  }

  public static CommissionStore open(Path path, Clock clock) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(clock, "clock");
    if (!Files.isRegularFile(path)) {
      throw new StoreException("no store at " + path + ": " + (Files.exists(path) ? "not a regular file" : "no such file"));
    }
    StoreVerifier.FileHeader header = StoreVerifier.checkFileHeader(path);
    Connection reader = null;
    Connection writerConnection = null;
    try {
      reader = connect(path);
      StoreVerifier.verify(path.toString(), reader, header);
      String origin = metaValue(reader, StoreSchema.META_ORIGIN);
      configure(reader);
      writerConnection = connect(path);
      configure(writerConnection);
      return new CommissionStore(path, origin, clock, reader, writerConnection);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(writerConnection, e);
      closeQuietly(reader, e);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new StoreCorruptException(path.toString(), OptionalLong.empty(), "SQLite cannot open it: " + e.getMessage(), e);
    }
  }

  /**
   * Opens and verifies the store at {@code path} for reading only: nothing is written, created or touched,
   * not even a {@code -wal} or {@code -shm} beside it (see {@link ReadOnlyConnection}). A store with a
   * pending write-ahead log is refused with a {@link StoreException} saying how to fold the log in. Every
   * write method throws {@link IllegalStateException}.
   */
  public static CommissionStore openReadOnly(Path given) {
    Objects.requireNonNull(given, "path");
    Path path = realPath(given);
    if (!Files.isRegularFile(path)) {
      throw new StoreException("no store at " + path + ": " + (Files.exists(path) ? "not a regular file" : "no such file"));
    }
    Connection reader = null;
    try {
      StoreVerifier.FileHeader header = StoreVerifier.checkFileHeader(path);
      reader = ReadOnlyConnection.open(path);
      StoreVerifier.verify(path.toString(), reader, header);
      return new CommissionStore(path, metaValue(reader, StoreSchema.META_ORIGIN), Clock.systemUTC(), reader, null);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(reader, e);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new StoreCorruptException(path.toString(), OptionalLong.empty(), "SQLite cannot open it: " + e.getMessage(), e);
    }
  }

  /** The file a link leads to (SQLite keeps the write-ahead log beside it), or {@code p} if it is missing. */
  static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p;
    }
  }

  /** The file. */
  public Path path() {
    return path;
  }

  /** The commission log's origin, as given at creation. */
  public String origin() {
    return origin;
  }

  // ---------------------------------------------------------------- journal writes

  /**
   * Appends one entry, expecting the journal to hold {@code expectedSize} entries; returns once the entry
   * is durable. If an entry with the same hash is stored, returns {@link AppendResult.AlreadyPresent} and
   * writes nothing, whatever {@code expectedSize} says (a retry after a lost acknowledgement).
   *
   * <p>An {@code expectedSize} below the journal's size is refused at once. One above it waits (at most
   * {@link GroupCommitWriter#MAX_DEFER_NANOS}, 1 s) for the entries before it: a sequencer may hand out
   * positions to threads that sign in parallel and reach the store out of order. Appends queued together
   * are committed in one transaction (group commit).
   *
   * @throws StoreConflictException if the journal does not hold {@code expectedSize} entries
   * @throws BadInputException if {@code entryHash} is not {@code SHA-256(0x00 || entry)}
   */
  public AppendResult append(byte[] entry, byte[] entryHash, long expectedSize) {
    return await(appendAsync(new NewEntry(entry, entryHash), expectedSize));
  }

  /** {@link #append} without waiting: the future completes once the entry is durable, or with the refusal. */
  public CompletableFuture<AppendResult> appendAsync(NewEntry entry, long expectedSize) {
    Objects.requireNonNull(entry, "entry");
    return appendBatchAsync(List.of(entry), expectedSize).thenApply(results -> results.get(0));
  }

  /**
   * Appends entries in order at {@code expectedSize}, {@code expectedSize + 1}, ... in one transaction: all or
   * none. If every entry is already stored, returns their {@link AppendResult.AlreadyPresent} seqs (a retry);
   * a batch mixing stored and new entries is refused.
   */
  public List<AppendResult> appendBatch(List<NewEntry> entries, long expectedSize) {
    return await(appendBatchAsync(entries, expectedSize));
  }

  /** As {@link #appendBatchAsync(List, long, LayerContents)}, waiting until it is durable. */
  public List<AppendResult> appendBatch(List<NewEntry> entries, long expectedSize, LayerContents layers) {
    return await(appendBatchAsync(entries, expectedSize, layers));
  }

  public CompletableFuture<List<AppendResult>> appendBatchAsync(List<NewEntry> entries, long expectedSize) {
    return appendBatchAsync(entries, expectedSize, null);
  }

  /**
   * The feature layers as they stand after some appended entries: computed only if written (see
   * {@link #appendBatchAsync(List, long, LayerContents)}).
   */
  @FunctionalInterface
  public interface LayerContents {
    Map<FeatureLayerSpec, List<Feature>> layers();
  }

  /**
   * As {@link #appendBatchAsync(List, long)}, and rewrites the feature layers to {@code layers} in the same
   * transaction, so a reader of the file (QGIS, GDAL) never sees the journal and its layers disagree. When
   * appends queue up, only the newest one submitted writes its layers (each rewrite replaces the one
   * before): {@code layers} is computed only then, on the writer's thread.
   */
  public CompletableFuture<List<AppendResult>> appendBatchAsync(List<NewEntry> entries, long expectedSize,
      LayerContents layers) {
    List<NewEntry> batch = List.copyOf(entries);
    if (batch.isEmpty()) {
      throw new BadInputException("append batch is empty");
    }
    if (expectedSize < 0) {
      throw new BadInputException("expected journal size must be >= 0, got " + expectedSize);
    }
    Set<String> hashes = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      if (!hashes.add(HexFormat.of().formatHex(batch.get(i).entryHashUnsafe()))) {
        throw new BadInputException("append batch holds entry " + i + " twice (same entry hash)");
      }
    }
    if (layers == null) {
      return writer().submit(expectedSize, (connection, mayDefer) -> appendEntries(connection, batch, expectedSize,
          mayDefer));
    }
    long last = expectedSize + batch.size() - 1;
    newestWithLayers.accumulateAndGet(last, Math::max);
    return writer().submit(expectedSize, (connection, mayDefer) -> {
      List<AppendResult> r = appendEntries(connection, batch, expectedSize, mayDefer);
      if (newestWithLayers.get() == last) {
        String now = timestamp(clock.instant());
        for (Map.Entry<FeatureLayerSpec, List<Feature>> layer : layers.layers().entrySet()) {
          FeatureLayerWriter.checkFeatures(layer.getKey(), layer.getValue());
          FeatureLayerWriter.rebuild(connection, layer.getKey(), layer.getValue(), now);
        }
      }
      return r;
    });
  }

  /** The last seq of the newest append submitted with layers: only that append writes them. */
  private final java.util.concurrent.atomic.AtomicLong newestWithLayers = new java.util.concurrent.atomic.AtomicLong(-1);

  private List<AppendResult> appendEntries(Connection connection, List<NewEntry> batch, long expectedSize,
      boolean mayDefer) throws SQLException {
    long size = journalSize(connection);
    List<AppendResult> present = new ArrayList<>();
    OptionalLong firstPresent = OptionalLong.empty();
    int firstNewIndex = -1;
    for (int i = 0; i < batch.size(); i++) {
      OptionalLong seq = findByHash(connection, batch.get(i).entryHashUnsafe());
      if (seq.isPresent()) {
        present.add(new AppendResult.AlreadyPresent(seq.getAsLong()));
        if (firstPresent.isEmpty()) {
          firstPresent = seq;
        }
      } else if (firstNewIndex < 0) {
        firstNewIndex = i;
      }
    }
    if (present.size() == batch.size()) {
      return present;
    }
    if (!present.isEmpty()) {
      throw new StoreConflictException("append batch mixes entries already stored (first at seq "
          + firstPresent.getAsLong() + ") with new ones (first new: batch entry " + firstNewIndex
          + "); nothing was written", expectedSize, size);
    }
    if (expectedSize > size && mayDefer) {
      // The entries before this position may be on their way from other threads: wait for them.
      throw GroupCommitWriter.Defer.INSTANCE;
    }
    if (size != expectedSize) {
      throw StoreConflictException.sizeMismatch(expectedSize, size);
    }
    String now = timestamp(clock.instant());
    List<AppendResult> appended = new ArrayList<>(batch.size());
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO journal (seq, entry_hash, entry, appended_at, row_sha256) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < batch.size(); i++) {
        long seq = size + i;
        byte[] hash = batch.get(i).entryHashUnsafe();
        insert.setLong(1, seq);
        insert.setBytes(2, hash);
        insert.setBytes(3, batch.get(i).entryUnsafe());
        insert.setString(4, now);
        insert.setBytes(5, journalDigest(seq, hash, now));
        insert.executeUpdate();
        appended.add(new AppendResult.Appended(seq));
      }
    }
    touchContents(connection, StoreSchema.JOURNAL, now);
    return appended;
  }

  // ---------------------------------------------------------------- checkpoints and cosignatures

  /**
   * Stores a checkpoint (a signed note, kept as text) committing to the first {@code size} entries. Stored
   * before: returns {@link AppendResult.AlreadyPresent}. The store does not verify the note.
   *
   * @throws StoreConflictException if the journal holds fewer than {@code size} entries
   */
  public AppendResult appendCheckpoint(long size, String note) {
    if (size < 0) {
      throw new BadInputException("checkpoint size must be >= 0, got " + size);
    }
    if (note == null || note.isEmpty()) {
      throw new BadInputException("checkpoint note is empty");
    }
    return await(writer().submit(Long.MAX_VALUE, (connection, mayDefer) -> {
      OptionalLong stored = lookupSeq(connection, "SELECT seq, size FROM checkpoints WHERE note = ?", note);
      if (stored.isPresent()) {
        return new AppendResult.AlreadyPresent(stored.getAsLong());
      }
      long journalSize = journalSize(connection);
      if (size > journalSize) {
        throw new StoreConflictException("checkpoint commits to " + size + " entries but the journal holds "
            + journalSize + "; store the entries first", size, journalSize);
      }
      long seq = nextSeq(connection, StoreSchema.CHECKPOINTS);
      String now = timestamp(clock.instant());
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO checkpoints (seq, size, note, stored_at, row_sha256) VALUES (?, ?, ?, ?, ?)")) {
        insert.setLong(1, seq);
        insert.setLong(2, size);
        insert.setString(3, note);
        insert.setString(4, now);
        insert.setBytes(5, checkpointDigest(seq, size, note, now));
        insert.executeUpdate();
      }
      touchContents(connection, StoreSchema.CHECKPOINTS, now);
      return new AppendResult.Appended(seq);
    }));
  }

  /**
   * Stores a witness's cosignature of the checkpoint stored at {@code checkpointSeq}. Stored before:
   * {@link AppendResult.AlreadyPresent}. The store does not verify the signature.
   */
  public AppendResult appendCosignature(long checkpointSeq, String witness, String signature) {
    if (witness == null || witness.isBlank()) {
      throw new BadInputException("cosignature has no witness name");
    }
    if (signature == null || signature.isEmpty()) {
      throw new BadInputException("cosignature is empty");
    }
    return await(writer().submit(Long.MAX_VALUE, (connection, mayDefer) -> {
      if (nextSeq(connection, StoreSchema.CHECKPOINTS) <= checkpointSeq || checkpointSeq < 0) {
        throw new BadInputException("no checkpoint stored at seq " + checkpointSeq + " to cosign");
      }
      try (PreparedStatement find = connection.prepareStatement(
          "SELECT seq FROM cosignatures WHERE checkpoint_seq = ? AND signature = ?")) {
        find.setLong(1, checkpointSeq);
        find.setString(2, signature);
        try (ResultSet rows = find.executeQuery()) {
          if (rows.next()) {
            return new AppendResult.AlreadyPresent(rows.getLong(1));
          }
        }
      }
      long seq = nextSeq(connection, StoreSchema.COSIGNATURES);
      String now = timestamp(clock.instant());
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cosignatures"
          + " (seq, checkpoint_seq, witness, signature, stored_at, row_sha256) VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setLong(1, seq);
        insert.setLong(2, checkpointSeq);
        insert.setString(3, witness);
        insert.setString(4, signature);
        insert.setString(5, now);
        insert.setBytes(6, cosignatureDigest(seq, checkpointSeq, witness, signature, now));
        insert.executeUpdate();
      }
      touchContents(connection, StoreSchema.COSIGNATURES, now);
      return new AppendResult.Appended(seq);
    }));
  }

  // ---------------------------------------------------------------- projection layers

  /** Replaces the layer's table with {@code features} in one transaction (the old layer stays on any error). */
  public void writeLayer(FeatureLayerSpec spec, List<Feature> features) {
    Objects.requireNonNull(spec, "spec");
    List<Feature> rows = List.copyOf(features);
    FeatureLayerWriter.checkFeatures(spec, rows);
    await(writer().submit(Long.MAX_VALUE, (connection, mayDefer) -> {
      FeatureLayerWriter.rebuild(connection, spec, rows, timestamp(clock.instant()));
      return null;
    }));
  }

  /** The layer's features in the order written; empty if the layer has not been written. */
  public List<Feature> readLayer(FeatureLayerSpec spec) {
    return read(connection -> FeatureLayerWriter.read(connection, spec));
  }

  // ---------------------------------------------------------------- reads

  /** Number of entries in the journal. */
  public long size() {
    return read(CommissionStore::journalSize);
  }

  /** The entry at {@code seq}, if the journal is that long. */
  public Optional<StoredEntry> entry(long seq) {
    return read(connection -> {
      List<StoredEntry> page = page(connection, seq, seq + 1);
      return page.isEmpty() ? Optional.empty() : Optional.of(page.get(0));
    });
  }

  /** The hash of the entry at {@code seq}, if the journal is that long. */
  public Optional<byte[]> hashAt(long seq) {
    return read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT entry_hash FROM journal WHERE seq = ?")) {
        statement.setLong(1, seq);
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
        }
      }
    });
  }

  /** The seq of the entry with this hash, if stored. */
  public OptionalLong findByHash(byte[] entryHash) {
    Objects.requireNonNull(entryHash, "entryHash");
    return read(connection -> findByHash(connection, entryHash));
  }

  /**
   * Entries {@code fromSeq} (inclusive) to {@code toSeqExclusive}, in order, read a page at a time so any
   * range streams in bounded memory. A range past the end stops at the end. Holds no database resources
   * between pages, so an abandoned stream leaks nothing.
   */
  public Stream<StoredEntry> entries(long fromSeq, long toSeqExclusive) {
    if (fromSeq < 0 || toSeqExclusive < fromSeq) {
      throw new BadInputException("entry range [" + fromSeq + ", " + toSeqExclusive + ") is not a valid range");
    }
    Iterator<StoredEntry> iterator = new Iterator<>() {
      private long next = fromSeq;
      private Iterator<StoredEntry> page = List.<StoredEntry>of().iterator();
      private boolean exhausted;

      @Override
      public boolean hasNext() {
        if (page.hasNext()) {
          return true;
        }
        if (exhausted || next >= toSeqExclusive) {
          return false;
        }
        long end = Math.min(toSeqExclusive, next + STREAM_PAGE_ROWS);
        List<StoredEntry> rows = read(connection -> page(connection, next, end));
        if (rows.size() < end - next) {
          exhausted = true;
        }
        next = end;
        page = rows.iterator();
        return page.hasNext();
      }

      @Override
      public StoredEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
  }

  /** Every stored checkpoint in the order stored. */
  public List<StoredCheckpoint> checkpoints() {
    return read(connection -> checkpoints(connection, "SELECT seq, size, note, stored_at FROM checkpoints ORDER BY seq"));
  }

  /** The checkpoint with the largest size (the latest stored among equals), if any. */
  public Optional<StoredCheckpoint> latestCheckpoint() {
    return read(connection -> checkpoints(connection,
        "SELECT seq, size, note, stored_at FROM checkpoints ORDER BY size DESC, seq DESC LIMIT 1"))
        .stream().findFirst();
  }

  /** The cosignatures stored for the checkpoint at {@code checkpointSeq}, in the order stored. */
  public List<StoredCosignature> cosignatures(long checkpointSeq) {
    return read(connection -> {
      List<StoredCosignature> list = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement("SELECT seq, checkpoint_seq, witness, signature,"
          + " stored_at FROM cosignatures WHERE checkpoint_seq = ? ORDER BY seq")) {
        statement.setLong(1, checkpointSeq);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            list.add(new StoredCosignature(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                Instant.parse(rows.getString(5))));
          }
        }
      }
      return list;
    });
  }

  /** A PRAGMA's value as the writer connection and the reader connection see it (for tests). */
  List<String> pragmaOnBothConnections(String pragma) {
    String writerValue = await(writer().submit(Long.MAX_VALUE, (connection, mayDefer) -> pragma(connection, pragma)));
    String readerValue = read(connection -> pragma(connection, pragma));
    return List.of(writerValue, readerValue);
  }

  private static String pragma(Connection connection, String pragma) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  /** Finishes every queued write, then closes the file. */
  @Override
  public void close() {
    if (writer != null) {
      writer.close();
    }
    synchronized (reader) {
      try {
        reader.close();
      } catch (SQLException e) {
        throw new StoreException(path + ": cannot close: " + e.getMessage(), e);
      }
    }
  }

  // ---------------------------------------------------------------- internals

  private GroupCommitWriter writer() {
    if (writer == null) {
      throw new IllegalStateException(path + " was opened read-only");
    }
    return writer;
  }

  @FunctionalInterface
  private interface Read<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T read(Read<T> read) {
    synchronized (reader) {
      try {
        return read.run(reader);
      } catch (SQLException e) {
        throw new StoreException(path + ": read failed: " + e.getMessage(), e);
      }
    }
  }

  private static List<StoredEntry> page(Connection connection, long from, long to) throws SQLException {
    List<StoredEntry> list = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT seq, entry_hash, entry, appended_at FROM journal WHERE seq >= ? AND seq < ? ORDER BY seq")) {
      statement.setLong(1, from);
      statement.setLong(2, to);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          list.add(new StoredEntry(rows.getLong(1), rows.getBytes(2), rows.getBytes(3), Instant.parse(rows.getString(4))));
        }
      }
    }
    return list;
  }

  private static List<StoredCheckpoint> checkpoints(Connection connection, String sql) throws SQLException {
    List<StoredCheckpoint> list = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        list.add(new StoredCheckpoint(rows.getLong(1), rows.getLong(2), rows.getString(3), Instant.parse(rows.getString(4))));
      }
    }
    return list;
  }

  private static long journalSize(Connection connection) throws SQLException {
    return nextSeq(connection, StoreSchema.JOURNAL);
  }

  /** max(seq) + 1: O(log n) on the rowid b-tree, where count(*) would scan; equal to the row count (seq is contiguous from 0). */
  private static long nextSeq(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT coalesce(max(seq), -1) + 1 FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static OptionalLong findByHash(Connection connection, byte[] entryHash) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT seq FROM journal WHERE entry_hash = ?")) {
      statement.setBytes(1, entryHash);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  private static OptionalLong lookupSeq(Connection connection, String sql, String key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  private static void touchContents(Connection connection, String table, String now) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?")) {
      statement.setString(1, now);
      statement.setString(2, table);
      statement.executeUpdate();
    }
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the write to commit; it may or may not have been"
          + " stored (appends are idempotent: retry)", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CompletionException completion && completion.getCause() != null) {
        cause = completion.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        // Rethrown on the caller's thread; keep the writer thread's stack as the cause's.
        throw runtime;
      }
      throw new StoreException("write failed: " + cause, cause);
    }
  }

  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  static byte[] journalDigest(long seq, byte[] entryHash, String appendedAt) {
    return RowDigest.of(StoreSchema.JOURNAL).integer(seq).blob(entryHash).text(appendedAt).digest();
  }

  static byte[] checkpointDigest(long seq, long size, String note, String storedAt) {
    return RowDigest.of(StoreSchema.CHECKPOINTS).integer(seq).integer(size).text(note).text(storedAt).digest();
  }

  static byte[] cosignatureDigest(long seq, long checkpointSeq, String witness, String signature, String storedAt) {
    return RowDigest.of(StoreSchema.COSIGNATURES).integer(seq).integer(checkpointSeq).text(witness).text(signature)
        .text(storedAt).digest();
  }

  static byte[] metaDigest(long seq, String key, String value) {
    return RowDigest.of(StoreSchema.META).integer(seq).text(key).text(value).digest();
  }

  private static void checkOrigin(String origin) {
    if (origin == null || origin.isBlank()) {
      throw new BadInputException("commission origin is empty");
    }
    if (origin.length() > MAX_ORIGIN_CHARS) {
      throw new BadInputException("commission origin is " + origin.length() + " characters; at most "
          + MAX_ORIGIN_CHARS + " allowed");
    }
    for (int i = 0; i < origin.length(); i++) {
      if (Character.isISOControl(origin.charAt(i))) {
        // C2SP tlog-checkpoint: the origin is the note's first line, so it cannot hold a newline.
        throw new BadInputException("commission origin holds a control character at index " + i);
      }
    }
  }

  private static Connection connect(Path path) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    // Never let SQLite create a missing file: create() makes it first, open() must find it.
    config.resetOpenMode(SQLiteOpenMode.CREATE);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    return config.createConnection("jdbc:sqlite:" + path.toAbsolutePath());
  }

  /** Per-connection settings, applied after verification (journal_mode=WAL is stored in the file itself). */
  private static void configure(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // FULL: in WAL mode the WAL is synced at every commit, so an acknowledged append survives power loss.
      statement.execute("PRAGMA synchronous = FULL");
      statement.execute("PRAGMA foreign_keys = ON");
    }
  }

  private static void initialize(Connection connection, String origin, String now) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA application_id = " + StoreSchema.GEOPACKAGE_APPLICATION_ID);
      statement.execute("PRAGMA user_version = " + StoreSchema.GEOPACKAGE_USER_VERSION);
      try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
        if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
          throw new StoreException("SQLite refused WAL mode for this file (a network or read-only file system?)");
        }
      }
      statement.execute("PRAGMA synchronous = FULL");
      statement.execute("PRAGMA foreign_keys = ON");
      statement.execute("BEGIN IMMEDIATE");
      try {
        for (String table : StoreSchema.tableCreationOrder()) {
          statement.execute(StoreSchema.TABLES.get(table));
        }
        for (String trigger : StoreSchema.TRIGGERS.values()) {
          statement.execute(trigger);
        }
        try (PreparedStatement srs = connection.prepareStatement("INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id,"
            + " organization, organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)")) {
          for (StoreSchema.SpatialRefSys row : StoreSchema.REQUIRED_SRS) {
            srs.setString(1, row.name());
            srs.setInt(2, row.srsId());
            srs.setString(3, row.organization());
            srs.setInt(4, row.organizationCoordsysId());
            srs.setString(5, row.definition());
            srs.setString(6, row.description());
            srs.executeUpdate();
          }
        }
        try (PreparedStatement contents = connection.prepareStatement("INSERT INTO gpkg_contents (table_name,"
            + " data_type, identifier, description, last_change) VALUES (?, 'attributes', ?, ?, ?)")) {
          for (String table : List.of(StoreSchema.META, StoreSchema.JOURNAL, StoreSchema.CHECKPOINTS,
              StoreSchema.COSIGNATURES)) {
            contents.setString(1, table);
            contents.setString(2, table);
            contents.setString(3, StoreSchema.ATTRIBUTE_TABLES.get(table));
            contents.setString(4, now);
            contents.executeUpdate();
          }
        }
        try (PreparedStatement meta = connection.prepareStatement(
            "INSERT INTO meta (seq, key, value, row_sha256) VALUES (?, ?, ?, ?)")) {
          List<String[]> rows = List.of(
              new String[] {StoreSchema.META_FORMAT_VERSION, StoreSchema.FORMAT_VERSION},
              new String[] {StoreSchema.META_ORIGIN, origin},
              new String[] {StoreSchema.META_CREATED_AT, now});
          for (int seq = 0; seq < rows.size(); seq++) {
            meta.setLong(1, seq);
            meta.setString(2, rows.get(seq)[0]);
            meta.setString(3, rows.get(seq)[1]);
            meta.setBytes(4, metaDigest(seq, rows.get(seq)[0], rows.get(seq)[1]));
            meta.executeUpdate();
          }
        }
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        statement.execute("ROLLBACK");
        throw e;
      }
    }
  }

  private static String metaValue(Connection connection, String key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      statement.setString(1, key);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new StoreException("meta has no " + key);
        }
        return rows.getString(1);
      }
    }
  }

  private static void deleteQuietly(Path path, Exception cause) {
    for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
      try {
        Files.deleteIfExists(Path.of(path + suffix));
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
  }

  private static void closeQuietly(Connection connection, Exception cause) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
