package org.groma.app.node;

/**
 * Two views of the same journal that cannot both be true: two checkpoints of one origin and size with
 * different roots, a checkpoint inconsistent with one already held, or a different entry at a seq both hold.
 * Carries both sides as evidence (checkpoint notes or entries as text), so the parties can show the
 * operator's equivocation to anyone. Nothing was stored.
 */
public final class ForkException extends RuntimeException {

  private final String ours;
  private final String theirs;

  public ForkException(String what, String ours, String theirs) {
    super("fork detected: " + what + "; nothing was stored. This node holds:\n" + ours
        + "\nThe other side presents:\n" + theirs);
    this.ours = ours;
    this.theirs = theirs;
  }

  /** The evidence this node holds. */
  public String ours() {
    return ours;
  }

  /** The conflicting evidence received. */
  public String theirs() {
    return theirs;
  }
}
