package org.groma.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.ProtocolRegister.ProtocolRecord;
import org.groma.app.commission.Role;
import org.groma.app.node.ProtocolView;
import org.groma.app.node.SittingsView;
import org.groma.app.server.http.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sittings and their protocols under {@code /api}: {@code GET /api/sittings} (the regulations in force,
 * every sitting with its particulars and its protocols' status, the working groups' kilometres; never a
 * protocol's text) and {@code GET /api/protocols/{id}} (one protocol in full, to a reader the regulations
 * allow). A protocol whose level the asking account's roles may not read is refused: 401 to a client that
 * has not signed in (who reads as an observer), 403 to an account without a reading role; both name the level and who may read it, and
 * the refusal is logged. Both take {@code ?at=SEQ} or {@code ?atTime=ISO} like {@code /api/state}.
 */
final class ProtocolRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(ProtocolRoutes.class);

  private ProtocolRoutes() {}

  static void install(RoutesConfig r, ServerContext s) {
    r.get("/api/sittings", ctx -> {
      CommissionState state = ApiRoutes.stateAsOf(ctx, s);
      ctx.json(SittingsView.of(state, asOf(ctx, s, state), roles(s.sessions().current(ctx))));
    });
    r.get("/api/protocols/{id}", ctx -> protocol(ctx, s));
  }

  /**
   * The roles of the signed-in account. An anonymous client reads what an observer reads: the node serves the
   * shared record (state, entries) without signing in, and an observer is the least any reader is.
   */
  static Set<Role> roles(Optional<Account> account) {
    return account.map(a -> a.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.roles()))
        .orElse(EnumSet.of(Role.OBSERVER));
  }

  /** A protocol's status is read at the state's last act when the client asked for a past state, else now. */
  private static Instant asOf(Context ctx, ServerContext s, CommissionState state) {
    boolean past = ctx.queryParam("at") != null || ctx.queryParam("atTime") != null;
    return past ? state.lastTime().orElse(s.clock().instant()) : s.clock().instant();
  }

  private static void protocol(Context ctx, ServerContext s) {
    String id = ctx.pathParam("id");
    CommissionState state = ApiRoutes.stateAsOf(ctx, s);
    ProtocolRecord p = state.protocols().protocol(id).orElseThrow(() -> ProblemException.notFound("no protocol "
        + id));
    Optional<Account> account = s.sessions().current(ctx);
    String level = p.confidentiality();
    if (!state.procedure().mayRead(level, roles(account))) {
      String readers = state.procedure().readers(level).map(r -> String.join(", ", r.stream().map(Role::code).toList()))
          .orElse("no role: the regulations in force do not define it");
      LOG.warn("withheld protocol {} ({}) from {}", id, level, Sessions.describe(ctx));
      if (account.isEmpty()) {
        throw ProblemException.unauthorized("protocol " + id + " is " + level + "; sign in as a member whose role"
            + " may read it (" + readers + ")");
      }
      throw ProblemException.forbidden("protocol " + id + " is " + level + " and user " + account.get().user()
          + " (" + String.join(", ", account.get().roles().stream().map(Role::code).toList()) + ") may not read it;"
          + " the regulations let " + readers + " read " + level + " protocols");
    }
    ctx.json(ProtocolView.of(state, p, asOf(ctx, s, state)));
  }
}
