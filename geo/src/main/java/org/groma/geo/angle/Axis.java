package org.groma.geo.angle;

/**
 * What an angle measures, as far as its text tells: a hemisphere letter N/S (с.ш./ю.ш.) marks a latitude,
 * E/W (в.д./з.д.) a longitude; without a letter the axis is {@link #UNKNOWN}.
 */
public enum Axis {
  /** North–south: N/S, с.ш./ю.ш.; at most 90°. */
  LATITUDE(90),
  /** East–west: E/W, в.д./з.д.; at most 180°. */
  LONGITUDE(180),
  /** No hemisphere letter: a signed latitude, longitude or bearing. Bounded by a full turn. */
  UNKNOWN(360);

  private final int maxDeg;

  Axis(int maxDeg) {
    this.maxDeg = maxDeg;
  }

  /** The largest magnitude an angle on this axis may have, in degrees (90, 180 or 360). */
  public int maxDeg() {
    return maxDeg;
  }

  /** Lower-case name used in messages: "latitude", "longitude" or "angle". */
  String word() {
    return switch (this) {
      case LATITUDE -> "latitude";
      case LONGITUDE -> "longitude";
      case UNKNOWN -> "angle";
    };
  }
}
