package org.groma.geo.median;

import org.groma.geo.GeoInputException;

/**
 * What {@link MedianLineOp} is asked for.
 *
 * @param toleranceM the largest distance, metres, that a point of the median line between its vertices may
 *     lie from true equidistance (and a point of the true line from the computed one); at least
 *     {@link #MIN_TOLERANCE_M}
 * @param weight the distance ratio w of d_A = w·d_B: 1 for the median line, otherwise an equiratio line
 *     (w &lt; 1 lies nearer side A); finite and greater than 0
 */
public record MedianOptions(double toleranceM, double weight) {

  /**
   * Smallest tolerance, metres: vertices are published on the 0.1 mm nanodegree grid and stated
   * equidistant to 1 mm, so a tighter bound between them could not be kept.
   */
  public static final double MIN_TOLERANCE_M = 1e-3;

  /** Largest weight (and, inverted, smallest): beyond it the line hugs one side within noise. */
  public static final double MAX_WEIGHT = 100;

  public MedianOptions {
    if (!(toleranceM >= MIN_TOLERANCE_M) || !Double.isFinite(toleranceM)) {
      throw new GeoInputException("tolerance must be at least " + MIN_TOLERANCE_M + " m, got " + toleranceM);
    }
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new GeoInputException("weight must be a finite number greater than 0, got " + weight);
    }
    if (weight > MAX_WEIGHT || weight < 1 / MAX_WEIGHT) {
      throw new GeoInputException("weight " + weight + " is outside [" + (1 / MAX_WEIGHT) + ", " + MAX_WEIGHT
          + "]");
    }
  }

  /** The (unweighted) median line within {@code toleranceM}. */
  public static MedianOptions median(double toleranceM) {
    return new MedianOptions(toleranceM, 1);
  }
}
