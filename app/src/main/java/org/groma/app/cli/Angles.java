package org.groma.app.cli;

import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/** Reads the angles given on the command line, naming the argument in every error. */
final class Angles {

  private Angles() {}

  static double latitude(String text, String argument) {
    double v = number(text, argument);
    try {
      return GeoPoint.requireLatitude(v);
    } catch (GeoInputException e) {
      throw e.at(argument);
    }
  }

  static double longitude(String text, String argument) {
    double v = number(text, argument);
    try {
      return GeoPoint.requireLongitude(v);
    } catch (GeoInputException e) {
      throw e.at(argument);
    }
  }

  static double number(String text, String argument) {
    try {
      double v = Double.parseDouble(text.trim());
      if (!Double.isFinite(v)) {
        throw new GeoInputException(argument + ": not a finite number: \"" + text + "\"");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new GeoInputException(argument + ": not a number: \"" + text + "\"", e);
    }
  }

  static GeoPoint point(String lat, String lon, String latArgument, String lonArgument) {
    return new GeoPoint(latitude(lat, latArgument), longitude(lon, lonArgument));
  }
}
