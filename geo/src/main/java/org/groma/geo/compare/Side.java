package org.groma.geo.compare;

/**
 * The two sides of a line oriented for comparison: side A lies on its left, side B on its right. A disputed
 * area is given to one side by each line ({@link DisputedArea#line1Gives()}).
 *
 * <p>Not a party of a commission (that is {@code org.groma.journal.entry.Party}, with its mediator): this
 * library knows no commission, only which side of an oriented line a place lies on. A caller that orients
 * the lines so that a party's territory lies on the left reads side A as that party, which is how the
 * commission and the command line name them ("A", "B").
 */
public enum Side {
  A,
  B;

  /** The other side. */
  public Side other() {
    return this == A ? B : A;
  }
}
