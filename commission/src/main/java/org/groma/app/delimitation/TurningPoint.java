package org.groma.app.delimitation;

import java.util.Objects;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;

/**
 * A numbered point where the boundary changes direction, on WGS 84.
 *
 * @param number the turning point's number in its boundary (1, 2, …; a table may start at any number ≥ 0)
 * @param point its position on WGS 84
 * @param pillar the label of the pillar (boundary marker) standing on it, if any
 */
public record TurningPoint(int number, GeoPoint point, Optional<String> pillar) {

  public TurningPoint {
    if (number < 0) {
      throw new BadInputException("turning point number " + number + " is negative");
    }
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(pillar, "pillar");
    if (pillar.isPresent() && (pillar.get().isBlank() || pillar.get().chars().anyMatch(Character::isISOControl))) {
      // A label is printed in one cell of a table; a line break or tab in it would break the row.
      throw new BadInputException("turning point " + number + ": a pillar label must not be blank or hold control "
          + "characters, got \"" + pillar.get().replace("\n", "\\n") + "\"");
    }
  }

  /** A turning point without a pillar. */
  public static TurningPoint of(int number, GeoPoint point) {
    return new TurningPoint(number, point, Optional.empty());
  }
}
