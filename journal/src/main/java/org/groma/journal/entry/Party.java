package org.groma.journal.entry;

import java.util.Optional;

/**
 * Which side an author acts for: party A, party B, or the mediator, whose code is {@code M}
 * (docs/design.md, "Glossary"). The one definition of a party: the commission's rules use it too. The
 * mediator advises and witnesses and never agrees anything on a party's behalf (docs/design.md, principle 2).
 *
 * <h2>Thread safety</h2>
 * Immutable.
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

  /** The party of this code, if it is exactly "A", "B" or "M". */
  public static Optional<Party> ofCode(String code) {
    for (Party p : values()) {
      if (p.code.equals(code)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Parses "A", "B" or "M" exactly. */
  public static Party parse(String s) {
    return ofCode(s).orElseThrow(() ->
        new IllegalArgumentException("party must be \"A\", \"B\" or \"M\", got \"" + s + "\""));
  }
}
