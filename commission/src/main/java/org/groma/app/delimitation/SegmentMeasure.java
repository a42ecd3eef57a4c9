package org.groma.app.delimitation;

import java.util.OptionalDouble;

/**
 * Length and azimuths of a segment, following its {@link LineType}.
 *
 * <ul>
 *   <li>geodesic: Karney's inverse solution on WGS 84 (GeographicLib);</li>
 *   <li>rhumb: the rhumb-line inverse; both azimuths then differ by exactly 180°;</li>
 *   <li>follows-feature: the geodesic length of the feature's polyline from turning point to turning point;
 *       no azimuths, because the line runs in no single direction.</li>
 * </ul>
 *
 * @param lengthM length along the segment, metres
 * @param forwardAzimuthDeg azimuth at the first turning point towards the second, degrees clockwise from
 *     north in [0°, 360°); empty for a follows-feature segment
 * @param backAzimuthDeg azimuth at the second turning point back towards the first, degrees in [0°, 360°);
 *     for a geodesic, the forward azimuth at the end turned by 180°
 */
public record SegmentMeasure(double lengthM, OptionalDouble forwardAzimuthDeg, OptionalDouble backAzimuthDeg) {

  public SegmentMeasure {
    if (!(lengthM >= 0) || !Double.isFinite(lengthM)) {
      throw new IllegalArgumentException("segment length must be a finite number ≥ 0, got " + lengthM);
    }
  }

  /** An azimuth in degrees brought into [0°, 360°). */
  static double normalizeAzimuthDeg(double deg) {
    double a = deg % 360;
    if (a < 0) {
      a += 360;
    }
    // -1e-17 % 360 + 360 rounds to 360.0 exactly: that is north.
    return a >= 360 ? 0 : a;
  }
}
