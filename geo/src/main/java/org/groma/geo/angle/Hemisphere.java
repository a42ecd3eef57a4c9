package org.groma.geo.angle;

/** A hemisphere letter: the axis it marks, the sign it carries and how it is written. */
enum Hemisphere {
  NORTH(Axis.LATITUDE, false, "N", "с.ш."),
  SOUTH(Axis.LATITUDE, true, "S", "ю.ш."),
  EAST(Axis.LONGITUDE, false, "E", "в.д."),
  WEST(Axis.LONGITUDE, true, "W", "з.д.");

  final Axis axis;
  final boolean negative;
  final String latin;
  /** Russian abbreviation: северной/южной широты, восточной/западной долготы. */
  final String russian;

  Hemisphere(Axis axis, boolean negative, String latin, String russian) {
    this.axis = axis;
    this.negative = negative;
    this.latin = latin;
    this.russian = russian;
  }

  static Hemisphere of(Axis axis, boolean negative) {
    return switch (axis) {
      case LATITUDE -> negative ? SOUTH : NORTH;
      case LONGITUDE -> negative ? WEST : EAST;
      case UNKNOWN -> throw new IllegalArgumentException("an angle of unknown axis has no hemisphere");
    };
  }
}
