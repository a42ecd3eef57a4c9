package org.groma.geo.compare;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs independent pieces of one computation (the faces and the two directions of offsets of a comparison)
 * on the calling thread and on idle threads of the common pool, and returns when all are done.
 *
 * <p>Each task is claimed once, in the order given (longest first is best), by whichever thread is free:
 * the caller never waits for a task no thread has started, so this cannot deadlock, also when called from
 * the pool itself, and on one core it is the sequential loop. The results do not depend on the threads:
 * each task works on its own state and reads only what no task writes. A failure is thrown as the
 * sequential loop would have thrown it: the first failing task's in the order given, unchanged.
 */
final class IndependentTasks {

  private IndependentTasks() {}

  static void run(List<Runnable> tasks) {
    int n = tasks.size();
    AtomicInteger next = new AtomicInteger();
    AtomicReferenceArray<Throwable> failures = new AtomicReferenceArray<>(n);
    CountDownLatch done = new CountDownLatch(n);
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
        try {
          tasks.get(i).run();
        } catch (Throwable t) {
          failures.set(i, t);
        } finally {
          done.countDown();
        }
      }
    };
    int helpers = Math.min(n - 1, ForkJoinPool.getCommonPoolParallelism());
    for (int h = 0; h < helpers; h++) {
      ForkJoinPool.commonPool().execute(worker);
    }
    worker.run();
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the tasks already started must finish before their state is read
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    for (int i = 0; i < n; i++) {
      Throwable t = failures.get(i);
      if (t instanceof RuntimeException r) {
        throw r;
      }
      if (t instanceof Error e) {
        throw e;
      }
    }
  }
}
