package org.groma.app.server;

import io.javalin.config.RoutesConfig;
import org.groma.app.commission.CommitmentDashboard;
import org.groma.app.node.CommitmentsView;

/**
 * The commitments register under {@code /api}: {@code GET /api/commitments} (agreements, commitments, each
 * party's latest scores and answers) and {@code GET /api/commitments/dashboard} (the roll-ups per agreement
 * and theme and period). Readable without signing in, like the state: the register is the shared record.
 * Both take {@code ?at=SEQ} or {@code ?atTime=ISO}.
 */
final class CommitmentRoutes {

  private CommitmentRoutes() {}

  static void install(RoutesConfig r, ServerContext s) {
    r.get("/api/commitments", ctx -> ctx.json(CommitmentsView.of(ApiRoutes.stateAsOf(ctx, s).commitments())));
    r.get("/api/commitments/dashboard", ctx -> ctx.json(CommitmentsView.dashboard(
        CommitmentDashboard.of(ApiRoutes.stateAsOf(ctx, s).commitments()))));
  }
}
