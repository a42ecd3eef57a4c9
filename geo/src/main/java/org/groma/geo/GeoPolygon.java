package org.groma.geo;

import java.util.List;

/**
 * A polygon on the WGS84 ellipsoid whose edges are geodesics: one outer ring and any number of holes.
 *
 * <p>Ring orientation is free: measures take each ring's area as positive and subtract the holes'. Whether
 * the rings are simple and the holes lie inside the shell is the caller's to check (the delimitation engine
 * validates topology); this record only guarantees well-formed rings.
 *
 * @param shell the outer ring
 * @param holes inner rings
 */
public record GeoPolygon(GeoRing shell, List<GeoRing> holes) {

  public GeoPolygon {
    if (shell == null) {
      throw new GeoInputException("a polygon needs an outer ring");
    }
    holes = List.copyOf(holes);
  }

  public GeoPolygon(GeoRing shell) {
    this(shell, List.of());
  }
}
