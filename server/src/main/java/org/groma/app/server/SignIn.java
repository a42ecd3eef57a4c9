package org.groma.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.app.server.http.ProblemException;
import org.groma.app.server.http.RequestJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/session}: checks the request's shape and the user name's form (400), the throttle (429),
 * then the password in the bounded pool (503 when it is full), and starts a session or answers 401. Only an
 * attempt that passes the cheap checks costs an Argon2id hash.
 */
final class SignIn implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);
  /** Longest password taken; longer is no stronger and costs more to hash. */
  static final int MAX_PASSWORD_CHARS = 1024;

  private final Accounts accounts;
  private final Sessions sessions;
  private final SignInThrottle throttle;
  private final PasswordCheckPool pool;

  SignIn(Accounts accounts, Sessions sessions, SignInPolicy policy, Clock clock) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.throttle = new SignInThrottle(policy, clock);
    this.pool = new PasswordCheckPool(policy.checkers(), policy.queue());
  }

  SignInThrottle throttle() {
    return throttle;
  }

  /** Password checks started so far (for tests: which requests cost a hash). */
  long checksStarted() {
    return pool.started();
  }

  void handle(Context ctx) throws Exception {
    JsonNode body = RequestJson.read(ctx.bodyAsBytes());
    if (body == null || !body.isObject() || !body.path("user").isTextual() || !body.path("password").isTextual()) {
      throw ProblemException.badRequest("sign in with {\"user\": \"…\", \"password\": \"…\"}");
    }
    String user = body.get("user").asText();
    char[] password = body.get("password").asText().toCharArray();
    try {
      Accounts.checkUserName(user);
    } catch (BadInputException e) {
      throw ProblemException.badRequest("\"user\": " + e.getMessage());
    }
    if (password.length > MAX_PASSWORD_CHARS) {
      throw ProblemException.badRequest("\"password\": longer than " + MAX_PASSWORD_CHARS + " characters");
    }
    SignInThrottle.Attempt attempt = throttle.admit(user, ctx.ip());
    Optional<Account> account;
    try {
      account = pool.check(() -> accounts.authenticate(user, password));
    } catch (Exception e) {
      attempt.abandoned();
      throw e;
    }
    if (account.isEmpty()) {
      attempt.failed();
      LOG.warn("failed sign-in as \"{}\" from {}", LogText.escape(user), ctx.ip());
      throw ProblemException.unauthorized("wrong user name or password");
    }
    attempt.succeeded();
    sessions.start(ctx, account.get());
    ctx.json(ApiRoutes.me(account.get()));
  }

  @Override
  public void close() {
    pool.close();
  }
}
