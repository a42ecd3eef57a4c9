package org.groma.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The store's single writer: one thread takes queued write operations from any number of callers and
 * commits as many as are waiting in one transaction (group commit), then completes each caller's future.
 *
 * <p>Algorithm: take one operation, drain up to {@link #MAX_OPERATIONS_PER_COMMIT} more, {@code BEGIN
 * IMMEDIATE}; run each inside its own savepoint, rolling back to it if the operation refuses (so a refused
 * operation leaves nothing behind while the others in the batch go ahead); {@code COMMIT}; then complete
 * the futures. With {@code synchronous=FULL} in WAL mode SQLite syncs the WAL file before {@code COMMIT}
 * returns, so a future completes only once its write is durable. One sync then serves every operation in
 * the batch, which is what makes many concurrent appends cheap.
 *
 * <p>Thread safety: {@link #submit} may be called from any thread. The connection is used only by the
 * writer thread.
 */
final class GroupCommitWriter implements AutoCloseable {

  /**
   * Upper bound on operations per transaction: bounds the WAL growth and the latency of the first caller
   * in a batch; large enough that one sync serves every caller of a busy node (16 threads in the benchmark).
   */
  static final int MAX_OPERATIONS_PER_COMMIT = 1024;

  /** One unit of work, run by the writer thread inside the batch's transaction. */
  @FunctionalInterface
  interface Operation<T> {
    T run(Connection connection) throws SQLException;
  }

  private record Task<T>(Operation<T> operation, CompletableFuture<T> future) {}

  private static final Task<Void> STOP = new Task<>(c -> null, new CompletableFuture<>());

  private final Connection connection;
  private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean closed;

  GroupCommitWriter(Connection connection, String name) {
    this.connection = connection;
    this.thread = Thread.ofPlatform().name("groma-store-writer " + name).daemon(true).unstarted(this::loop);
    thread.start();
  }

  /** Queues {@code operation}; the future completes after the transaction holding it has committed. */
  <T> CompletableFuture<T> submit(Operation<T> operation) {
    CompletableFuture<T> future = new CompletableFuture<>();
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the store is closed");
      }
      queue.add(new Task<>(operation, future));
    }
    return future;
  }

  private void loop() {
    List<Task<?>> batch = new ArrayList<>();
    boolean stop = false;
    while (!stop) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        // Only close() stops the writer; an interrupt from elsewhere is ignored so queued callers are served.
        continue;
      }
      queue.drainTo(batch, MAX_OPERATIONS_PER_COMMIT - 1);
      stop = batch.remove(STOP);
      if (!batch.isEmpty()) {
        runBatch(batch);
      }
      batch.clear();
    }
  }

  private void runBatch(List<Task<?>> batch) {
    Object[] results = new Object[batch.size()];
    Throwable[] refusals = new Throwable[batch.size()];
    try (Statement statement = connection.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      try {
        for (int i = 0; i < batch.size(); i++) {
          statement.execute("SAVEPOINT operation");
          try {
            results[i] = batch.get(i).operation().run(connection);
            statement.execute("RELEASE operation");
          } catch (RuntimeException | SQLException e) {
            statement.execute("ROLLBACK TO operation");
            statement.execute("RELEASE operation");
            refusals[i] = e instanceof SQLException sql ? new StoreException("write failed: " + sql.getMessage(), sql) : e;
          }
        }
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(statement, e);
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      StoreException failure = new StoreException("commit failed, nothing of this write was stored: " + e.getMessage(), e);
      for (Task<?> task : batch) {
        task.future().completeExceptionally(failure);
      }
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      complete(batch.get(i), results[i], refusals[i]);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void complete(Task<T> task, Object result, Throwable refusal) {
    if (refusal != null) {
      task.future().completeExceptionally(refusal);
    } else {
      task.future().complete((T) result);
    }
  }

  private static void rollbackQuietly(Statement statement, Exception cause) {
    try {
      statement.execute("ROLLBACK");
    } catch (SQLException rollbackFailure) {
      // SQLite may already have rolled back (e.g. on SQLITE_FULL); keep the first error, record this one.
      cause.addSuppressed(rollbackFailure);
    }
  }

  /** Runs every operation already queued, then stops the writer thread. Idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      queue.add(STOP);
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
