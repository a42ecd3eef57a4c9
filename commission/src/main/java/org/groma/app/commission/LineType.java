package org.groma.app.commission;

import org.groma.app.BadInputException;

/**
 * How a segment runs between two turning points (docs/design.md, "Geodesy conventions"): a geodesic unless the
 * proposal says otherwise.
 */
public enum LineType {
  GEODESIC("geodesic"),
  RHUMB("rhumb"),
  /** Follows a named feature on the ground (a river's median line, a watershed); the feature is named. */
  FOLLOWS_FEATURE("follows-feature");

  private final String code;

  LineType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static LineType ofCode(String code) {
    for (LineType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new BadInputException(
        "unknown line type \"" + code + "\" (expected geodesic, rhumb or follows-feature)");
  }
}
