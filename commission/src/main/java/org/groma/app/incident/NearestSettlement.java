package org.groma.app.incident;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.groma.app.delimitation.comparison.Settlement;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.GeodesicInverse;
import org.groma.geo.geodesic.Geodesics;

/**
 * "3.2 km NNE of Goravan": the settlement nearest to a point by geodesic distance, with the distance and the
 * direction from the settlement to the point on a 16-point compass, as monitoring reports write it.
 *
 * <h2>Algorithm</h2>
 * An equirectangular estimate of every distance picks the candidates (those within 2 % plus 1 km of the
 * least estimate: the estimate is within a fraction of a percent of the geodesic distance at the few hundred
 * kilometres a settlement list spans); the candidates are then measured geodesically and the nearest wins.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class NearestSettlement {

  private static final String[] COMPASS = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW",
      "WSW", "W", "WNW", "NW", "NNW"};

  /** Mean Earth radius (IUGG), metres: only for the estimate that picks candidates. */
  private static final double MEAN_RADIUS_M = 6_371_008.8;

  /** The nearest settlement, the geodesic distance to it and the azimuth from it to the point. */
  public record Bearing(Settlement settlement, double distanceM, double azimuthDeg) {
    /** "3.2 km NNE of Goravan" (kilometres to one decimal). */
    public String text() {
      return String.format(Locale.ROOT, "%.1f km %s of %s", distanceM / 1000, compass(azimuthDeg),
          settlement.name());
    }
  }

  private final List<Settlement> settlements;

  public NearestSettlement(List<Settlement> settlements) {
    this.settlements = List.copyOf(settlements);
  }

  /** The nearest settlement to {@code p}; empty when there are none. */
  public Optional<Bearing> of(GeoPoint p) {
    if (settlements.isEmpty()) {
      return Optional.empty();
    }
    double[] estimate = new double[settlements.size()];
    double least = Double.POSITIVE_INFINITY;
    for (int i = 0; i < estimate.length; i++) {
      estimate[i] = estimateM(settlements.get(i).location(), p);
      least = Math.min(least, estimate[i]);
    }
    Bearing best = null;
    for (int i = 0; i < estimate.length; i++) {
      if (estimate[i] <= least * 1.02 + 1000) {
        Settlement s = settlements.get(i);
        GeodesicInverse inv = Geodesics.WGS84.inverse(s.location(), p);
        if (best == null || inv.distanceM() < best.distanceM()) {
          best = new Bearing(s, inv.distanceM(), inv.azimuth1Deg());
        }
      }
    }
    return Optional.of(best);
  }

  /** The 16-point compass direction of an azimuth, e.g. 22.5° → NNE. */
  static String compass(double azimuthDeg) {
    int i = (int) Math.floorMod(Math.round(azimuthDeg / 22.5), 16L);
    return COMPASS[i];
  }

  private static double estimateM(GeoPoint a, GeoPoint b) {
    double k = Math.cos(Math.toRadians((a.latDeg() + b.latDeg()) / 2));
    double dLon = b.lonDeg() - a.lonDeg();
    dLon -= 360 * Math.round(dLon / 360);
    return MEAN_RADIUS_M * Math.toRadians(Math.hypot(b.latDeg() - a.latDeg(), dLon * k));
  }
}
