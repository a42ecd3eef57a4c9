package org.groma.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The store's single writer: one thread takes queued write operations from any number of callers and
 * commits as many as are waiting in one transaction (group commit), then completes each caller's future.
 *
 * <h2>Algorithm</h2>
 * Take one operation, drain up to {@link #MAX_OPERATIONS_PER_COMMIT} more, add those carried
 * over from the last round, and sort them by their position hint (an append's expected journal size), so
 * that appends handed out in order by a sequencer but queued out of order by their threads still commit
 * in order. {@code BEGIN IMMEDIATE}; run each inside its own savepoint, rolling back to it if it refuses,
 * so a refused operation leaves nothing behind while the others go ahead. An operation may ask to wait
 * ({@link Defer}: an append whose expected size lies ahead of the journal) for at most
 * {@link #MAX_DEFER_NANOS}; the writer retries it after others in the batch succeed, then carries it to the
 * next round. {@code COMMIT}; then complete the futures. With {@code synchronous=FULL} in WAL mode SQLite
 * syncs the WAL before {@code COMMIT} returns, so a future completes only once its write is durable, and one
 * sync serves every operation in the batch.
 *
 * <h2>Thread safety</h2>
 * {@link #submit} may be called from any thread. The connection is used only by the
 * writer thread.
 */
final class GroupCommitWriter implements AutoCloseable {

  /**
   * Upper bound on operations per transaction: bounds the WAL growth and the latency of the first caller
   * in a batch; large enough that one sync serves every caller of a busy node (16 threads in the benchmark).
   */
  static final int MAX_OPERATIONS_PER_COMMIT = 1024;

  /**
   * Longest an operation may wait for its turn (an append whose expected size is ahead of the journal).
   * Why 1 s: the caller holding the missing position is at most a signature (~0.1 ms) and some scheduling
   * away; 1 s is generous for that and still bounds how long a caller with a wrong size waits for its refusal.
   */
  static final long MAX_DEFER_NANOS = TimeUnit.SECONDS.toNanos(1);

  /** One unit of work, run by the writer thread inside the batch's transaction. */
  @FunctionalInterface
  interface Operation<T> {
    /**
     * @param mayDefer whether the operation may still throw {@link Defer}; false once its wait is over
     */
    T run(Connection connection, boolean mayDefer) throws SQLException;
  }

  /** Thrown by an operation that cannot run yet but may later in this or a following batch. */
  static final class Defer extends RuntimeException {
    static final Defer INSTANCE = new Defer();

    private Defer() {
      super("not yet", null, false, false);
    }
  }

  private static final class Task<T> {
    final Operation<T> operation;
    final long orderHint;
    final CompletableFuture<T> future = new CompletableFuture<>();
    final long deferDeadlineNanos;
    Object result;
    Throwable refusal;
    boolean done;

    Task(Operation<T> operation, long orderHint) {
      this.operation = operation;
      this.orderHint = orderHint;
      this.deferDeadlineNanos = System.nanoTime() + MAX_DEFER_NANOS;
    }

    @SuppressWarnings("unchecked")
    void complete() {
      if (refusal != null) {
        future.completeExceptionally(refusal);
      } else {
        future.complete((T) result);
      }
    }
  }

  private static final Task<Void> STOP = new Task<>((c, d) -> null, Long.MAX_VALUE);

  private final Connection connection;
  private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean closed;

  GroupCommitWriter(Connection connection, String name) {
    this.connection = connection;
    this.thread = Thread.ofPlatform().name("groma-store-writer " + name).daemon(true).unstarted(this::loop);
    thread.start();
  }

  /**
   * Queues {@code operation}; the future completes after the transaction holding it has committed.
   *
   * @param orderHint operations in one batch run in ascending order of this (stable); appends pass their
   *     expected journal size, other writes {@link Long#MAX_VALUE}
   */
  <T> CompletableFuture<T> submit(long orderHint, Operation<T> operation) {
    Task<T> task = new Task<>(operation, orderHint);
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the store is closed");
      }
      queue.add(task);
    }
    return task.future;
  }

  private void loop() {
    List<Task<?>> deferred = new ArrayList<>();
    boolean stop = false;
    while (!stop || !deferred.isEmpty()) {
      List<Task<?>> batch = new ArrayList<>(deferred);
      deferred.clear();
      try {
        Task<?> first;
        if (stop) {
          first = null;
        } else if (batch.isEmpty()) {
          first = queue.take();
        } else {
          long earliest = batch.stream().mapToLong(t -> t.deferDeadlineNanos).min().orElseThrow();
          first = queue.poll(Math.max(0, earliest - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        if (first != null) {
          batch.add(first);
        }
      } catch (InterruptedException e) {
        // Only close() stops the writer; an interrupt from elsewhere is ignored so queued callers are served.
        deferred.addAll(batch);
        continue;
      }
      if (!stop) {
        queue.drainTo(batch, MAX_OPERATIONS_PER_COMMIT);
        stop = batch.remove(STOP);
      }
      if (!batch.isEmpty()) {
        try {
          deferred.addAll(runBatch(batch, stop));
        } catch (Error e) {
          // An Error (out of memory, ...) leaves the transaction in an unknown state: fail every waiting
          // caller rather than leave them blocked, refuse further writes, and let the thread die with it.
          failAll(batch, deferred, e);
          throw e;
        }
      }
    }
  }

  private void failAll(List<Task<?>> batch, List<Task<?>> deferred, Error cause) {
    synchronized (this) {
      closed = true;
    }
    StoreException failure = new StoreException("the store's writer failed; this write may not be stored: " + cause, cause);
    List<Task<?>> all = new ArrayList<>(batch);
    all.addAll(deferred);
    queue.drainTo(all);
    for (Task<?> task : all) {
      task.future.completeExceptionally(failure);
    }
  }

  /** Runs and commits the batch; returns the operations that asked to wait. */
  private List<Task<?>> runBatch(List<Task<?>> batch, boolean stopping) {
    batch.sort(Comparator.comparingLong(t -> t.orderHint));
    List<Task<?>> pending = batch;
    try (Statement statement = connection.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      try {
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
          progress = false;
          List<Task<?>> stillPending = new ArrayList<>();
          for (Task<?> task : pending) {
            boolean mayDefer = !stopping && System.nanoTime() < task.deferDeadlineNanos;
            if (runOne(statement, task, mayDefer)) {
              progress = true;
            } else {
              stillPending.add(task);
            }
          }
          pending = stillPending;
        }
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(statement, e);
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      StoreException failure = new StoreException("commit failed, nothing of this write was stored: " + e.getMessage(), e);
      for (Task<?> task : batch) {
        task.future.completeExceptionally(failure);
      }
      return List.of();
    }
    for (Task<?> task : batch) {
      if (task.done) {
        task.complete();
      }
    }
    return pending;
  }

  /** Runs one operation in a savepoint; false if it asked to wait. */
  private boolean runOne(Statement statement, Task<?> task, boolean mayDefer) throws SQLException {
    statement.execute("SAVEPOINT operation");
    try {
      task.result = task.operation.run(connection, mayDefer);
      statement.execute("RELEASE operation");
      task.done = true;
      return true;
    } catch (Defer defer) {
      statement.execute("ROLLBACK TO operation");
      statement.execute("RELEASE operation");
      return false;
    } catch (RuntimeException | SQLException e) {
      statement.execute("ROLLBACK TO operation");
      statement.execute("RELEASE operation");
      task.refusal = e instanceof SQLException sql ? new StoreException("write failed: " + sql.getMessage(), sql) : e;
      task.done = true;
      return true;
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

  /** Runs every operation already queued, stops the writer thread and closes its connection. Idempotent. */
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
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store's writer connection: " + e.getMessage(), e);
    }
  }
}
