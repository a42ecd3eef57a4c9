package org.groma.app.commission;

import java.time.Instant;
import java.util.Objects;

/**
 * A member asking to append one entry: who acts, when, and the event they want recorded. Each event carries
 * its own client-chosen id (decisionId, proposalId, noteId, ...) so that a command sent twice is refused the
 * second time rather than recorded twice.
 */
public record Command(Actor actor, Instant time, CommissionEvent event) {

  public Command {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(event, "event");
  }
}
