package org.groma.geo.sheet;

/**
 * The frame of a sheet: the Pulkovo 1942 (SK-42, EPSG:4284) meridians and parallels that bound it, in whole
 * arc-seconds (every Soviet sheet frame is a whole number of arc-seconds, so the values are exact).
 *
 * <p>These are SK-42 graticule lines, not WGS 84 ones: the same sheet corner lies some 100 m away in WGS 84.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 *
 * @param southArcSec southern parallel, arc-seconds north of the equator
 * @param northArcSec northern parallel
 * @param westArcSec western meridian, arc-seconds east of Greenwich (negative west)
 * @param eastArcSec eastern meridian
 */
public record SheetFrame(int southArcSec, int northArcSec, int westArcSec, int eastArcSec) {

  public double southDeg() {
    return southArcSec / 3600.0;
  }

  public double northDeg() {
    return northArcSec / 3600.0;
  }

  public double westDeg() {
    return westArcSec / 3600.0;
  }

  public double eastDeg() {
    return eastArcSec / 3600.0;
  }

  /** True if the SK-42 point lies in the frame or on its edge. */
  public boolean contains(double latDeg, double lonDeg) {
    return latDeg >= southDeg() && latDeg <= northDeg() && lonDeg >= westDeg() && lonDeg <= eastDeg();
  }

  /**
   * Corners as {lat, lon} degree pairs, in the order north-west, north-east, south-east, south-west (the
   * order in which a scan's corner pixels are given).
   */
  public double[][] cornersLatLon() {
    return new double[][] {
        {northDeg(), westDeg()}, {northDeg(), eastDeg()}, {southDeg(), eastDeg()}, {southDeg(), westDeg()}};
  }
}
