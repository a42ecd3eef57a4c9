package org.groma.app.commission;

import org.groma.app.BadInputException;

/**
 * Who an act is made for: one of the two parties, or the mediator (who advises and witnesses and never agrees
 * anything on a party's behalf, docs/design.md, principle 2).
 */
public enum Party {
  A("A"),
  B("B"),
  MEDIATOR("M");

  private final String code;

  Party(String code) {
    this.code = code;
  }

  /** The code written in the journal: {@code A}, {@code B} or {@code M}. */
  public String code() {
    return code;
  }

  /** True for A and B, the parties whose co-chairs endorse decisions. */
  public boolean isParty() {
    return this != MEDIATOR;
  }

  public static Party ofCode(String code) {
    for (Party p : values()) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    throw new BadInputException("unknown party \"" + code + "\" (expected A, B or M)");
  }
}
