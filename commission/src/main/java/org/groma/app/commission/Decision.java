package org.groma.app.commission;

import java.util.List;
import java.util.Objects;

/** The rules' answer to a command: the events to append, or a refusal that says who, what and why. */
public sealed interface Decision {

  /** The command is allowed; append these events, in this order. */
  record Accepted(List<CommissionEvent> events) implements Decision {
    public Accepted {
      events = List.copyOf(events);
      if (events.isEmpty()) {
        throw new IllegalArgumentException("an accepted command appends at least one event");
      }
    }
  }

  /** The command is refused and nothing is appended. */
  record Refused(String reason) implements Decision {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
