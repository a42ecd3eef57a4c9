package org.groma.geo.angle;

import java.util.Objects;
import org.groma.geo.GeoInputException;

/**
 * An angle read from text: its signed value and the axis its hemisphere letter named.
 *
 * <p>The axis lets a caller notice a latitude given where a longitude was expected ({@code "40°N"} in a
 * longitude column) instead of silently using it; {@link DmsParser#parseLatitude(String)} and
 * {@link DmsParser#parseLongitude(String)} do that check for you.
 *
 * @param degrees the angle in degrees, negative for south and west; within ±{@link Axis#maxDeg()} of its axis
 * @param axis {@link Axis#LATITUDE} or {@link Axis#LONGITUDE} from a hemisphere letter, else {@link Axis#UNKNOWN}
 */
public record ParsedAngle(double degrees, Axis axis) {

  /** Checks that the value is finite and within its axis. */
  public ParsedAngle {
    Objects.requireNonNull(axis, "axis");
    if (!Double.isFinite(degrees) || Math.abs(degrees) > axis.maxDeg()) {
      throw new GeoInputException(
          axis.word() + " " + degrees + "° is outside [-" + axis.maxDeg() + "°, " + axis.maxDeg() + "°]");
    }
  }
}
