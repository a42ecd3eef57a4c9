package org.groma.app.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.groma.app.server.http.ProblemException;

/**
 * Where password hashes are checked: a fixed number of threads with a bounded queue. Each Argon2id check
 * holds 19 MiB for tens of milliseconds, so hundreds of sign-ins at once, unbounded, would take gigabytes and
 * every core; here at most {@code checkers} run at a time and at most {@code queue} wait, and beyond that
 * the attempt is refused with 503 and Retry-After at once. Other requests never wait for a checker.
 */
final class PasswordCheckPool implements AutoCloseable {

  private final ThreadPoolExecutor executor;

  PasswordCheckPool(int checkers, int queue) {
    AtomicInteger n = new AtomicInteger();
    executor = new ThreadPoolExecutor(checkers, checkers, 0, TimeUnit.SECONDS,
        queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
          Thread t = new Thread(r, "groma-password-check-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
  }

  /** Runs {@code check} on a checker and waits for it; 503 when every checker is busy and the queue full. */
  <T> T check(Callable<T> check) throws Exception {
    Future<T> f;
    try {
      f = executor.submit(check);
    } catch (RejectedExecutionException e) {
      throw new ProblemException(503, "Busy", "too many sign-ins are being checked at once; try again in a"
          + " second", 1);
    }
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
    }
  }

  long started() {
    return executor.getTaskCount();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
