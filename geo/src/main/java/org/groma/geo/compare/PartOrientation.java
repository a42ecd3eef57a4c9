package org.groma.geo.compare;

/**
 * How one part is to be read: reversed or not, or undecided with the reason.
 *
 * @param reverse whether the part must be turned round to put A on its left (false when undecided)
 * @param ambiguity why the orientation could not be decided, or null when it was
 */
record PartOrientation(boolean reverse, String ambiguity) {

  static PartOrientation decided(boolean reverse) {
    return new PartOrientation(reverse, null);
  }

  static PartOrientation ambiguous(String why) {
    return new PartOrientation(false, why);
  }

  boolean isAmbiguous() {
    return ambiguity != null;
  }
}
