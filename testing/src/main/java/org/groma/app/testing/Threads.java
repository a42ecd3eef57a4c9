package org.groma.app.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Many threads released together on one piece of work, for the concurrency tests. */
public final class Threads {

  /** The work of thread number {@code thread} (0-based). */
  @FunctionalInterface
  public interface Body {
    void run(int thread) throws Exception;
  }

  private Threads() {}

  /** Runs {@code body} on {@code count} threads released together; every failure goes to {@code failures}. */
  public static void together(int count, Body body, List<Throwable> failures) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      int thread = t;
      threads.add(Thread.ofPlatform().start(() -> {
        try {
          start.await();
          body.run(thread);
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
  }

  /** As {@link #together(int, Body, List)}, then throws one error carrying every failure, if any. */
  public static void togetherOrThrow(int count, Body body) throws InterruptedException {
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    together(count, body, failures);
    if (!failures.isEmpty()) {
      AssertionError error = new AssertionError(failures.size() + " thread(s) failed", failures.get(0));
      failures.stream().skip(1).forEach(error::addSuppressed);
      throw error;
    }
  }
}
