package org.groma.geo.compare;

/** The two parties of a boundary: A lies on the left of a line oriented for comparison, B on its right. */
public enum Party {
  A,
  B;

  /** The other party. */
  public Party other() {
    return this == A ? B : A;
  }
}
