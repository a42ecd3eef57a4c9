package org.groma.app.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.groma.app.server.http.ProblemException;

/**
 * Counts failed sign-ins per account (by the user name tried, whether or not it exists, so the answers do
 * not tell which names exist) and per client address, and refuses early — 429 with Retry-After, no thread
 * put to sleep, no password checked — while either is held off ({@link SignInPolicy}).
 *
 * <p>An attempt counts as a failure from the moment it is let through until it proves right, so many
 * attempts sent at once cannot all slip past the limit before the first one is checked. A success clears
 * the account's counter and takes back its own count from the address (other failures from that address
 * stay counted: one valid account must not buy unlimited guesses at others). Times come from an injected
 * {@link Clock}.
 *
 * <p>Memory: at most {@link #MAX_KEYS} counters; past that, counters idle for {@code forgetAfter} are
 * dropped, and if that is not enough, those not holding anyone off.
 */
final class SignInThrottle {

  static final int MAX_KEYS = 100_000;

  private static final class Counter {
    long failures;
    Instant lastFailure;
    Instant heldUntil = Instant.MIN;
  }

  /** One let-through attempt; tell the throttle how it ended. */
  final class Attempt {
    private final String account;
    private final String address;
    private boolean ended;

    private Attempt(String account, String address) {
      this.account = account;
      this.address = address;
    }

    /** The password was right: the account starts afresh. */
    void succeeded() {
      end(true);
    }

    /** The password was wrong: the counts stand. */
    void failed() {
      ended = true;
    }

    /** The password was never checked (the node was busy): the attempt does not count. */
    void abandoned() {
      end(false);
    }

    private void end(boolean success) {
      if (!ended) {
        ended = true;
        settle(account, address, success);
      }
    }
  }

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final SignInPolicy policy;
  private final Clock clock;

  SignInThrottle(SignInPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Lets an attempt as {@code user} from {@code address} through and counts it, or throws 429 with the
   * seconds until both are free again.
   */
  Attempt admit(String user, String address) {
    String account = "user:" + user;
    String from = "address:" + address;
    Instant now = clock.instant();
    if (counters.size() > MAX_KEYS) {
      prune(now);
    }
    synchronized (this) {
      Instant until = later(heldUntil(account, now), heldUntil(from, now));
      if (until.isAfter(now)) {
        long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
        throw new ProblemException(429, "Too many sign-in attempts", "too many failed sign-ins for this user name"
            + " or from this address; try again in " + seconds + " s", seconds);
      }
      count(account, now);
      count(from, now);
    }
    return new Attempt(account, from);
  }

  private Instant heldUntil(String key, Instant now) {
    Counter c = counters.get(key);
    if (c == null) {
      return Instant.MIN;
    }
    if (c.lastFailure != null && now.isAfter(c.lastFailure.plus(policy.forgetAfter()))
        && !c.heldUntil.isAfter(now)) {
      counters.remove(key);
      return Instant.MIN;
    }
    return c.heldUntil;
  }

  private void count(String key, Instant now) {
    Counter c = counters.computeIfAbsent(key, k -> new Counter());
    c.failures++;
    c.lastFailure = now;
    Duration delay = policy.delayAfter(c.failures);
    if (!delay.isZero()) {
      c.heldUntil = now.plus(delay);
    }
  }

  private synchronized void settle(String account, String address, boolean success) {
    if (success) {
      counters.remove(account);
    } else {
      undo(account);
    }
    undo(address);
  }

  private void undo(String key) {
    Counter c = counters.get(key);
    if (c != null && c.failures > 0) {
      c.failures--;
      if (policy.delayAfter(c.failures).isZero()) {
        c.heldUntil = Instant.MIN; // the hold came from the attempt taken back
      }
    }
  }

  private synchronized void prune(Instant now) {
    counters.entrySet().removeIf(e -> e.getValue().lastFailure != null
        && now.isAfter(e.getValue().lastFailure.plus(policy.forgetAfter())) && !e.getValue().heldUntil.isAfter(now));
    if (counters.size() > MAX_KEYS) {
      counters.entrySet().removeIf(e -> !e.getValue().heldUntil.isAfter(now));
    }
  }

  /** Failures counted against a user name or address (for tests). */
  synchronized long failures(String user) {
    Counter c = counters.get("user:" + user);
    return c == null ? 0 : c.failures;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
