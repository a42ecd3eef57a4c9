package org.groma.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.groma.app.server.http.ProblemException;
import org.junit.jupiter.api.Test;

/** Issue "Trust", item 7: the throttle's policy on a clock the test moves (no sleeping, no wall clock). */
class SignInThrottleTest {

  private final ApiRoutesTest.MovableClock clock = new ApiRoutesTest.MovableClock();
  private final SignInThrottle throttle = new SignInThrottle(SignInPolicy.standard(), clock);

  private long refusedFor(String user, String address) {
    try {
      throttle.admit(user, address).failed();
      return 0;
    } catch (ProblemException e) {
      assertThat(e.status()).isEqualTo(429);
      return e.retryAfterSeconds();
    }
  }

  @Test
  void five_failures_are_free_then_the_delay_doubles_from_one_second_to_fifteen_minutes() {
    for (int i = 0; i < 5; i++) {
      assertThat(refusedFor("a-chair", "10.0.0." + i)).isZero();
    }
    // The 5th failure holds nothing off; the 6th (let through) holds the account off 1 s, the 7th 2 s, ...
    assertThat(refusedFor("a-chair", "10.0.1.1")).isZero();
    long expected = 1;
    for (int i = 0; i < 14; i++) {
      assertThat(refusedFor("a-chair", "10.0.2." + i)).as("failure %d", 6 + i).isEqualTo(Math.min(expected, 900));
      clock.now = clock.now.plusMillis(expected * 1000 - 1);
      assertThat(refusedFor("a-chair", "10.0.3." + i)).isEqualTo(1);
      clock.now = clock.now.plusMillis(1);
      assertThat(refusedFor("a-chair", "10.0.4." + i)).isZero();
      expected = Math.min(expected * 2, 900);
    }
    assertThat(expected).isEqualTo(900);
    assertThat(refusedFor("a-chair", "10.0.5.1")).isEqualTo(900);
  }

  @Test
  void a_success_clears_the_account_but_not_the_address() {
    for (int i = 0; i < 5; i++) {
      throttle.admit("a-chair", "10.0.0.1").failed();
    }
    throttle.admit("a-chair", "10.0.0.1").succeeded();
    assertThat(throttle.failures("a-chair")).isZero();
    // The address still has its five failures; the next one from it holds it off, whatever the name.
    throttle.admit("b-chair", "10.0.0.1").failed();
    assertThat(refusedFor("mediator", "10.0.0.1")).isEqualTo(1);
    assertThat(refusedFor("mediator", "10.0.0.2")).isZero();
  }

  @Test
  void attempts_count_from_the_moment_they_are_let_through_and_unchecked_ones_are_taken_back() {
    for (int i = 0; i < 6; i++) {
      throttle.admit("a-chair", "10.0.0." + i); // all in flight, none checked yet
    }
    assertThatThrownBy(() -> throttle.admit("a-chair", "10.0.1.1")).isInstanceOf(ProblemException.class)
        .hasMessageContaining("try again in 1 s");
    SignInThrottle.Attempt busy = new SignInThrottle(SignInPolicy.standard(), clock).admit("x", "y");
    busy.abandoned();
    busy.abandoned();
  }

  @Test
  void counters_are_forgotten_an_hour_after_the_last_failure() {
    for (int i = 0; i < 6; i++) {
      throttle.admit("a-chair", "10.0.0." + i).failed();
    }
    clock.now = clock.now.plus(Duration.ofHours(1)).plusSeconds(1);
    assertThat(refusedFor("a-chair", "10.0.1.1")).isZero();
    assertThat(throttle.failures("a-chair")).isEqualTo(1);
  }

  @Test
  void the_policy_delays() {
    SignInPolicy p = SignInPolicy.standard();
    assertThat(p.delayAfter(5)).isEqualTo(Duration.ZERO);
    assertThat(p.delayAfter(6)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.delayAfter(7)).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.delayAfter(15)).isEqualTo(Duration.ofSeconds(512));
    assertThat(p.delayAfter(16)).isEqualTo(Duration.ofMinutes(15));
    assertThat(p.delayAfter(1_000_000)).isEqualTo(Duration.ofMinutes(15));
  }
}
