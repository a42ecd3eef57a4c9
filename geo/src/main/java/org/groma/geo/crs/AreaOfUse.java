package org.groma.geo.crs;

import java.util.Objects;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * Where a transformation is meant to be used, as the EPSG dataset gives it: a description and a bounding box
 * in degrees. The box may cross the antimeridian (then {@code westDeg > eastDeg}, e.g. Russia: 19.58°E to
 * 168.97°W). It is a box around the area, so a point inside it may still lie outside the area itself.
 *
 * @param description EPSG's description of the area, e.g. {@code "Armenia; Azerbaijan; ..."}
 * @param southDeg southern bound, degrees
 * @param westDeg western bound, degrees
 * @param northDeg northern bound, degrees
 * @param eastDeg eastern bound, degrees
 */
public record AreaOfUse(String description, double southDeg, double westDeg, double northDeg, double eastDeg) {

  /** The whole world, for transformations whose area nobody stated. */
  public static final AreaOfUse WORLD = new AreaOfUse("World", -90, -180, 90, 180);

  public AreaOfUse {
    Objects.requireNonNull(description, "description");
    GeoPoint.requireLatitude(southDeg);
    GeoPoint.requireLatitude(northDeg);
    GeoPoint.requireLongitude(westDeg);
    GeoPoint.requireLongitude(eastDeg);
    if (southDeg > northDeg) {
      throw new GeoInputException("area of use \"" + description + "\": south " + southDeg + "° is north of north " + northDeg + "°");
    }
  }

  /** True if the point (on any datum; bounding boxes are far coarser than datum differences) is in the box. */
  public boolean contains(double latDeg, double lonDeg) {
    if (latDeg < southDeg || latDeg > northDeg) {
      return false;
    }
    return westDeg <= eastDeg ? lonDeg >= westDeg && lonDeg <= eastDeg : lonDeg >= westDeg || lonDeg <= eastDeg;
  }
}
