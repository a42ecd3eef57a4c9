package org.groma.app.server;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.groma.app.server.http.ProblemException;

/**
 * Signed-in sessions, in memory: a random 256-bit token in an HttpOnly, SameSite=Strict cookie. A session
 * ends after {@link #IDLE} without a request or {@link #ABSOLUTE} after sign-in, whichever comes first
 * (OWASP session guidance: short idle timeout for privileged users); a restart signs everyone out.
 */
final class Sessions {

  static final String COOKIE = "groma_session";
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration ABSOLUTE = Duration.ofHours(12);
  private static final String ATTRIBUTE = "groma.account";

  private record Session(Account account, Instant created, Instant lastSeen) {}

  private final Map<String, Session> byToken = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  /** Starts a session and sets its cookie. */
  void start(Context ctx, Account account) {
    byte[] t = new byte[32];
    random.nextBytes(t);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(t);
    Instant now = clock.instant();
    byTokenPut(token, new Session(account, now, now));
    ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
        + ABSOLUTE.toSeconds());
  }

  private void byTokenPut(String token, Session s) {
    byToken.put(token, s);
  }

  void end(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token != null) {
      byToken.remove(token);
    }
    ctx.header("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
  }

  /** The signed-in account of this request, if its session is live (and marks it seen). */
  Optional<Account> current(Context ctx) {
    Account cached = ctx.attribute(ATTRIBUTE);
    if (cached != null) {
      return Optional.of(cached);
    }
    String token = ctx.cookie(COOKIE);
    if (token == null) {
      return Optional.empty();
    }
    Session s = byToken.get(token);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.created().plus(ABSOLUTE))) {
      byToken.remove(token);
      throw ProblemException.unauthorized("your session has expired; sign in again");
    }
    byToken.put(token, new Session(s.account(), s.created(), now));
    ctx.attribute(ATTRIBUTE, s.account());
    return Optional.of(s.account());
  }

  /** The signed-in account, or 401. */
  Account require(Context ctx) {
    return current(ctx).orElseThrow(() -> ProblemException.unauthorized(
        "sign in first: POST /api/session with {\"user\": …, \"password\": …}"));
  }

  /** For logs: who made this request. */
  static String describe(Context ctx) {
    Account a = ctx.attribute(ATTRIBUTE);
    return a == null ? "an anonymous client (" + ctx.ip() + ")" : "user " + a.user() + " (" + a.member() + ", party "
        + a.party().code() + ")";
  }
}
