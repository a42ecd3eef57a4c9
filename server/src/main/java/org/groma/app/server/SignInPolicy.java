package org.groma.app.server;

import java.time.Duration;

/**
 * How the node holds off password guessing (docs/server.md, "Sign-in under attack"). After {@code
 * freeFailures} failed attempts on one account, or from one client address, each further attempt is refused
 * with 429 until a delay has passed: {@code firstDelay} after the first failure beyond the free ones, then
 * doubling with each failure up to {@code maxDelay}. A counter is forgotten {@code forgetAfter} after its
 * last failure. Passwords are checked by at most {@code checkers} threads with at most {@code queue} attempts
 * waiting; beyond that the node answers 503.
 */
public record SignInPolicy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter,
    int checkers, int queue) {

  /** 5 free failures, then 1 s doubling to 15 min; one checker a core; 8 waiting a checker. */
  public static SignInPolicy standard() {
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    return new SignInPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), cores,
        8 * cores);
  }

  public SignInPolicy {
    if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || checkers < 1
        || queue < 0) {
      throw new IllegalArgumentException("sign-in policy out of range: " + freeFailures + ", " + firstDelay + ", "
          + maxDelay + ", " + checkers + " checkers, queue " + queue);
    }
  }

  /** The same policy with other limits on password checking (the bench module tries several). */
  public SignInPolicy withCheckers(int checkers, int queue) {
    return new SignInPolicy(freeFailures, firstDelay, maxDelay, forgetAfter, checkers, queue);
  }

  /** The same policy without throttling: every attempt is checked (to load the checkers in a benchmark). */
  public SignInPolicy unthrottled() {
    return new SignInPolicy(Integer.MAX_VALUE, firstDelay, maxDelay, forgetAfter, checkers, queue);
  }

  /** How long a key is refused after its {@code failures}-th failure: zero up to the free ones. */
  Duration delayAfter(long failures) {
    if (failures <= freeFailures) {
      return Duration.ZERO;
    }
    long doublings = failures - freeFailures - 1;
    if (doublings >= 40) {
      return maxDelay;
    }
    Duration d = firstDelay.multipliedBy(1L << doublings);
    return d.compareTo(maxDelay) > 0 ? maxDelay : d;
  }
}
