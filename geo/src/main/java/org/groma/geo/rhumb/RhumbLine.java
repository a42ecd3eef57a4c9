package org.groma.geo.rhumb;

import net.sf.geographiclib.GeoMath;
import net.sf.geographiclib.Pair;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * One rhumb line, given by its start and azimuth, with the start's auxiliary latitudes computed once so that
 * many points along it (densification) cost one series evaluation each.
 */
final class RhumbLine {

  /** A point on the line with its longitude unrolled: start longitude plus the signed longitude travelled. */
  record Position(double latDeg, double lonUnrolledDeg) {

    GeoPoint toGeoPoint() {
      return new GeoPoint(latDeg, GeoMath.AngNormalize(lonUnrolledDeg));
    }
  }

  private final AuxiliaryLatitudes aux;
  private final GeoPoint start;
  private final double azimuthDeg;
  private final double sinAzimuth;
  private final double cosAzimuth;
  private final boolean startsAtPole;
  private final double tanChi1;
  private final double chi1;
  private final double mu1;

  RhumbLine(AuxiliaryLatitudes aux, GeoPoint start, double azimuthDeg) {
    this.aux = aux;
    this.start = start;
    this.azimuthDeg = GeoMath.AngNormalize(azimuthDeg);
    // sincosd is exact at multiples of 90°, so an east–west line has cos = 0 exactly and stays on its parallel.
    var sc = new Pair();
    GeoMath.sincosd(sc, this.azimuthDeg);
    this.sinAzimuth = sc.first;
    this.cosAzimuth = sc.second;
    this.startsAtPole = Math.abs(start.latDeg()) == 90;
    this.tanChi1 = aux.conformalTan(AuxiliaryLatitudes.tanOfLatitude(start.latDeg()));
    this.chi1 = Math.atan(tanChi1);
    // At a pole μ = ±π/2 exactly, so a meridian from a pole never looks as if it went past it by round-off.
    this.mu1 = startsAtPole ? Math.copySign(Math.PI / 2, start.latDeg()) : aux.rectifyingFromConformal(chi1);
  }

  /**
   * The point at {@code distanceM} along the line (negative: backwards).
   *
   * @throws GeoInputException if the line would pass a pole, or leaves a pole other than along a meridian:
   *     in both cases its longitude is undefined
   */
  Position position(double distanceM) {
    if (distanceM == 0) {
      return new Position(start.latDeg(), start.lonDeg());
    }
    double r12 = distanceM / aux.rectifyingRadiusM(); // arc of the rectifying sphere, radians
    double mu12 = r12 * cosAzimuth;
    double mu2 = mu1 + mu12;
    if (Math.abs(mu2) > Math.PI / 2) {
      double toPoleM = (Math.copySign(Math.PI / 2, mu12) - mu1) / cosAzimuth * aux.rectifyingRadiusM();
      throw new GeoInputException("a rhumb line from " + start + " at azimuth " + azimuthDeg + "° reaches the "
          + (mu2 > 0 ? "north" : "south") + " pole after " + toPoleM + " m; distance " + distanceM
          + " m would go past it, where its longitude is undefined");
    }
    if (startsAtPole && sinAzimuth != 0) {
      throw new GeoInputException("a rhumb line leaving a pole must follow a meridian (azimuth "
          + (mu1 > 0 ? "180° from the north" : "0° from the south") + " pole); at azimuth " + azimuthDeg
          + "° from " + start + " it would spiral and its longitude is undefined");
    }
    if (Math.abs(mu2) == Math.PI / 2) {
      // Reaching a pole exactly: every longitude names the same point; keep the start's.
      return new Position(Math.copySign(90, mu2), start.lonDeg());
    }
    double latDeg;
    double chi2;
    double tanChi2;
    if (mu12 == 0) {
      // East–west: keep the parallel exactly rather than round-tripping φ → μ → φ.
      latDeg = start.latDeg();
      chi2 = chi1;
      tanChi2 = tanChi1;
    } else {
      chi2 = aux.conformalFromRectifying(mu2);
      tanChi2 = Math.tan(chi2);
      latDeg = Math.max(-90, Math.min(90, GeoMath.atan2d(aux.geodeticTan(tanChi2), 1)));
    }
    double lon12Deg = 0;
    if (sinAzimuth != 0) {
      // λ₁₂ = ψ₁₂ tan α = r₁₂ sin α / (Δμ/Δψ); the divided difference Δμ/Δψ stays accurate as μ₁₂ → 0,
      // where it tends to the ratio of the parallel's radius to the rectifying radius.
      double muPerPsi = aux.rectifyingPerConformal(chi1, chi2)
          / AuxiliaryLatitudes.isometricPerConformal(tanChi1, tanChi2);
      lon12Deg = Math.toDegrees(r12 * sinAzimuth / muPerPsi);
    }
    return new Position(latDeg, start.lonDeg() + lon12Deg);
  }

  /** The end point at {@code distanceM}, longitude normalised; see {@link #position(double)}. */
  GeoPoint point(double distanceM) {
    return position(distanceM).toGeoPoint();
  }

  /** Distance along the line to where it crosses the equator (negative if behind the start; ±∞ if it doesn't). */
  double distanceToEquatorM() {
    return -mu1 / cosAzimuth * aux.rectifyingRadiusM();
  }
}
