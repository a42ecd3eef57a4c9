package org.groma.geo.sheet;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;

/**
 * How well control points read off a scan agree with each other: a least-squares affine fit from pixels to
 * Gauss–Krüger metres, and each point's residual on the ground and at map scale.
 *
 * <h2>Algorithm</h2>
 * Easting and northing are each fitted as a + b·pixel + c·line by least squares (normal
 * equations on centred coordinates); a point's residual is its known grid position minus the fitted one.
 * An affine model absorbs scan scale, rotation, skew and uniform paper shrink, so what remains is misreading
 * and uneven paper deformation.
 *
 * <h2>Accuracy</h2>
 * Double precision on centred coordinates: far below a micrometre.
 *
 * <h2>Limitations</h2>
 * Needs at least 4 points (3 fit exactly and show nothing); the residuals of an affine
 * fit, not of GDAL's or QGIS's chosen transformation (a higher-order polynomial would show smaller ones).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class GcpResiduals {

  /** The fewest points whose residuals say anything: an affine fit has 3 points' worth of freedom. */
  public static final int MIN_POINTS = 4;

  /**
   * @param id the point
   * @param dEastingM known minus fitted easting, m
   * @param dNorthingM known minus fitted northing, m
   * @param groundM length of the residual, m
   * @param mapMm the same at map scale, mm on paper
   */
  public record Residual(String id, double dEastingM, double dNorthingM, double groundM, double mapMm) {}

  /** The residuals and their root mean square (ground metres, map millimetres). */
  public record Report(List<Residual> residuals, double rmsGroundM, double rmsMapMm) {}

  private GcpResiduals() {}

  public static Report compute(List<GroundControlPoint> points, SheetScale scale) {
    if (points.size() < MIN_POINTS) {
      throw new GeoInputException("need at least " + MIN_POINTS + " control points for residuals, got " + points.size());
    }
    int n = points.size();
    double mx = 0, my = 0, me = 0, mn = 0;
    for (GroundControlPoint p : points) {
      mx += p.pixel() / n;
      my += p.line() / n;
      me += p.eastingM() / n;
      mn += p.northingM() / n;
    }
    double sxx = 0, sxy = 0, syy = 0, sxe = 0, sye = 0, sxn = 0, syn = 0;
    for (GroundControlPoint p : points) {
      double x = p.pixel() - mx, y = p.line() - my, e = p.eastingM() - me, no = p.northingM() - mn;
      sxx += x * x;
      sxy += x * y;
      syy += y * y;
      sxe += x * e;
      sye += y * e;
      sxn += x * no;
      syn += y * no;
    }
    double det = sxx * syy - sxy * sxy;
    if (Math.abs(det) <= 1e-12 * sxx * syy || !(sxx > 0 && syy > 0)) {
      throw new GeoInputException("the control points' pixels lie on one line: no affine fit");
    }
    double be = (sxe * syy - sye * sxy) / det, ce = (sye * sxx - sxe * sxy) / det;
    double bn = (sxn * syy - syn * sxy) / det, cn = (syn * sxx - sxn * sxy) / det;
    List<Residual> out = new ArrayList<>();
    double sum = 0;
    for (GroundControlPoint p : points) {
      double x = p.pixel() - mx, y = p.line() - my;
      double de = (p.eastingM() - me) - (be * x + ce * y);
      double dn = (p.northingM() - mn) - (bn * x + cn * y);
      double g = Math.hypot(de, dn);
      sum += g * g;
      out.add(new Residual(p.id(), de, dn, g, g * 1000 / scale.denominator()));
    }
    double rms = Math.sqrt(sum / n);
    return new Report(out, rms, rms * 1000 / scale.denominator());
  }
}
