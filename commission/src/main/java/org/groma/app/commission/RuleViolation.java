package org.groma.app.commission;

/**
 * An act in a journal that the rules would have refused: replaying it would give a state that no honest
 * history can reach (a forged or corrupted journal). Verification reports the act's seq and the reason.
 */
public class RuleViolation extends RuntimeException {

  private final long seq;
  private final String reason;

  public RuleViolation(long seq, String reason) {
    super("act " + seq + " breaks the commission's rules: " + reason);
    this.seq = seq;
    this.reason = reason;
  }

  /** The seq of the offending act. */
  public long seq() {
    return seq;
  }

  /** Why it breaks the rules, as {@link CommissionRules#decide} would have said when refusing it. */
  public String reason() {
    return reason;
  }
}
