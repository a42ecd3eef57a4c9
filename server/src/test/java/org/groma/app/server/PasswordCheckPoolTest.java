package org.groma.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.groma.app.server.http.ProblemException;
import org.junit.jupiter.api.Test;

/** The bounded pool: one checker, one waiting, the third refused at once with 503 and Retry-After. */
class PasswordCheckPoolTest {

  @Test
  void a_full_pool_refuses_with_503_and_retry_after() throws Exception {
    try (PasswordCheckPool pool = new PasswordCheckPool(1, 1)) {
      CountDownLatch running = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      // Own threads, not the common pool (one thread on a two-core machine).
      ExecutorService callers = Executors.newFixedThreadPool(2);
      Future<Boolean> first = callers.submit(() -> pool.check(() -> {
        running.countDown();
        release.await();
        return true;
      }));
      running.await();
      CountDownLatch queued = new CountDownLatch(1);
      Future<Boolean> second = callers.submit(() -> {
        queued.countDown();
        return pool.check(() -> true);
      });
      queued.await();
      while (pool.started() < 2) {
        Thread.sleep(1);
      }
      assertThatThrownBy(() -> pool.check(() -> true)).isInstanceOfSatisfying(ProblemException.class, e -> {
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.retryAfterSeconds()).isEqualTo(1);
      });
      release.countDown();
      assertThat(first.get()).isTrue();
      assertThat(second.get()).isTrue();
      assertThat(pool.check(() -> false)).isFalse();
      callers.shutdown();
    }
  }
}
