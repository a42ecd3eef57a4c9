package org.groma.app.cli;

import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.angle.DmsParser;

/**
 * Reads the angles given on the command line, in decimal degrees or any DMS notation that
 * {@link DmsParser} reads ({@code 40°30′15.123″N}, {@code 40 30 15,1 с.ш.}, …), naming the argument in every
 * error. Plain decimal degrees take a fast path ({@link StrictDecimal#angle}) with the same result, for the
 * {@code --batch} modes that read millions.
 */
final class Angles {

  private Angles() {}

  static double latitude(String text, String argument) {
    double fast = StrictDecimal.angle(text, 90);
    if (fast == fast) {
      return fast;
    }
    try {
      return DmsParser.parseLatitude(text);
    } catch (GeoInputException e) {
      throw e.at(argument);
    }
  }

  static double longitude(String text, String argument) {
    double fast = StrictDecimal.angle(text, 180);
    if (fast == fast) {
      return fast;
    }
    try {
      return DmsParser.parseLongitude(text);
    } catch (GeoInputException e) {
      throw e.at(argument);
    }
  }

  /** An azimuth or other angle without hemisphere, in degrees or DMS. */
  static double angle(String text, String argument) {
    double fast = StrictDecimal.angle(text, 360);
    if (fast == fast) {
      return fast;
    }
    try {
      return DmsParser.parse(text).degrees();
    } catch (GeoInputException e) {
      throw e.at(argument);
    }
  }

  /** A plain decimal number, such as a distance in metres. */
  static double number(String text, String argument) {
    return Numbers.decimal(text, argument);
  }

  static GeoPoint point(String lat, String lon, String latArgument, String lonArgument) {
    return new GeoPoint(latitude(lat, latArgument), longitude(lon, lonArgument));
  }
}
