package org.groma.journal.entry;

/**
 * Which side an author acts for: party A, party B, or the mediator M (docs/design.md, "Glossary").
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public enum Party {
  A,
  B,
  M;

  /** Parses "A", "B" or "M" exactly. */
  public static Party parse(String s) {
    return switch (s) {
      case "A" -> A;
      case "B" -> B;
      case "M" -> M;
      default -> throw new IllegalArgumentException("party must be \"A\", \"B\" or \"M\", got \"" + s + "\"");
    };
  }
}
