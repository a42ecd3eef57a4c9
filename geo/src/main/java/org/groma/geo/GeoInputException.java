package org.groma.geo;

/**
 * Input that cannot be a valid geodetic value: NaN, a latitude out of range, a malformed angle, an unknown
 * CRS code, a transformation that does not fit the CRS pair.
 *
 * <p>The message names the offending value and, where the caller knows it, its position ("row 12",
 * "feature 3, vertex 7"), so that a person can find and mend it. Callers that know more about where a value
 * came from wrap it with {@link #at(String)}.
 */
public class GeoInputException extends IllegalArgumentException {

  public GeoInputException(String message) {
    super(message);
  }

  public GeoInputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The same error, prefixed with where the value was found, e.g. {@code "row 12"}. */
  public GeoInputException at(String position) {
    return new GeoInputException(position + ": " + getMessage(), this);
  }
}
