package org.groma.app.node;

import org.groma.app.BadInputException;

/** The commission's rules refused a command; nothing was appended. The message says who, what and why. */
public final class CommandRefusedException extends BadInputException {

  private final String reason;

  public CommandRefusedException(String reason) {
    super("refused: " + reason + "; nothing was appended");
    this.reason = reason;
  }

  /** The rules' reason, without the framing. */
  public String reason() {
    return reason;
  }
}
