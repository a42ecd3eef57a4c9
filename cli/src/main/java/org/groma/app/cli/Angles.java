package org.groma.app.cli;

import java.util.function.ToDoubleFunction;
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
    return read(text, argument, 90, DmsParser::parseLatitude);
  }

  static double longitude(String text, String argument) {
    return read(text, argument, 180, DmsParser::parseLongitude);
  }

  /** An azimuth or other angle without hemisphere, in degrees or DMS. */
  static double angle(String text, String argument) {
    return read(text, argument, 360, t -> DmsParser.parse(t).degrees());
  }

  /** Plain decimal degrees up to {@code limit} by the fast path, anything else by {@code dms}. */
  private static double read(String text, String argument, int limit, ToDoubleFunction<String> dms) {
    double fast = StrictDecimal.angle(text, limit);
    if (fast == fast) {
      return fast;
    }
    try {
      return dms.applyAsDouble(text);
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
