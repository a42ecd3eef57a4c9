package org.groma.geo.crs;

import org.groma.geo.GeoInputException;

/**
 * The numbers of a Helmert datum shift, in the units of the EPSG dataset. Their meaning (in particular the
 * sign of the rotations) depends on the {@link TransformationMethod} they come with.
 *
 * @param txM translation along X, metres
 * @param tyM translation along Y, metres
 * @param tzM translation along Z, metres
 * @param rxArcsec rotation about X, arc-seconds
 * @param ryArcsec rotation about Y, arc-seconds
 * @param rzArcsec rotation about Z, arc-seconds
 * @param scalePpm scale difference, parts per million (the scale is 1 + scalePpm·10⁻⁶)
 */
public record HelmertParameters(
    double txM, double tyM, double tzM, double rxArcsec, double ryArcsec, double rzArcsec, double scalePpm) {

  /**
   * Bounds far beyond any published shift between terrestrial datums (the largest in the EPSG Pulkovo 1942
   * set: 926 m, 26″, 7 ppm). They catch gross unit mistakes, such as millimetres for metres,
   * milli-arc-seconds for arc-seconds or parts per billion for ppm, which the linearised formulas would
   * otherwise apply without complaint.
   */
  public static final double MAX_TRANSLATION_M = 10_000;

  /** See {@link #MAX_TRANSLATION_M}. */
  public static final double MAX_ROTATION_ARCSEC = 3_600;

  /** See {@link #MAX_TRANSLATION_M}. */
  public static final double MAX_SCALE_PPM = 1_000;

  public HelmertParameters {
    requireWithin("X translation", txM, "m", MAX_TRANSLATION_M);
    requireWithin("Y translation", tyM, "m", MAX_TRANSLATION_M);
    requireWithin("Z translation", tzM, "m", MAX_TRANSLATION_M);
    requireWithin("X rotation", rxArcsec, "arc-seconds", MAX_ROTATION_ARCSEC);
    requireWithin("Y rotation", ryArcsec, "arc-seconds", MAX_ROTATION_ARCSEC);
    requireWithin("Z rotation", rzArcsec, "arc-seconds", MAX_ROTATION_ARCSEC);
    requireWithin("scale difference", scalePpm, "ppm", MAX_SCALE_PPM);
  }

  /** Three translations, no rotation, no scale (EPSG method 9603). */
  public static HelmertParameters translations(double txM, double tyM, double tzM) {
    return new HelmertParameters(txM, tyM, tzM, 0, 0, 0, 0);
  }

  /** True if all rotations and the scale difference are zero. */
  public boolean isTranslationOnly() {
    return rxArcsec == 0 && ryArcsec == 0 && rzArcsec == 0 && scalePpm == 0;
  }

  private static void requireWithin(String what, double value, String unit, double limit) {
    if (!(Math.abs(value) <= limit)) {
      throw new GeoInputException(what + " " + value + " " + unit + " is not a number within ±" + limit + " " + unit);
    }
  }
}
