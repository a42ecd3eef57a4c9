package org.groma.app.commission;

import org.groma.app.BadInputException;

/** What a member may do in the commission (docs/design.md, "Glossary"); see docs/commission.md for the table. */
public enum Role {
  EXPERT("expert"),
  CO_CHAIR("co-chair"),
  SURVEYOR("surveyor"),
  MONITOR("monitor"),
  OBSERVER("observer"),
  ADMIN("admin");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  /** The code written in the journal, e.g. {@code co-chair}. */
  public String code() {
    return code;
  }

  public static Role ofCode(String code) {
    for (Role r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new BadInputException(
        "unknown role \"" + code + "\" (expected expert, co-chair, surveyor, monitor, observer or admin)");
  }
}
