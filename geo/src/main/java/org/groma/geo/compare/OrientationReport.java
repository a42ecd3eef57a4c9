package org.groma.geo.compare;

import java.util.List;

/**
 * How the parts were oriented, and what ambiguity the user accepted.
 *
 * @param method {@code "as-drawn"} (the lines' own direction), {@code "reference-points"} or
 *     {@code "territory"}
 * @param accepted what was accepted with {@code acceptAmbiguousOrientation}: each ambiguous part (left as
 *     drawn) with the reason, and label conflicts; empty when nothing was
 */
public record OrientationReport(String method, List<String> accepted) {

  public OrientationReport {
    accepted = List.copyOf(accepted);
  }
}
