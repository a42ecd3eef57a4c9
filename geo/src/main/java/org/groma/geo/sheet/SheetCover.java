package org.groma.geo.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.groma.geo.GeoInputException;

/**
 * The sheets of one scale that a line meets.
 *
 * <h2>Algorithm</h2>
 * The line is given as Pulkovo 1942 points joined by chords straight in the latitude–
 * longitude plane (the caller densifies a geodesic line first, so that the chords stay within a stated sag of
 * it). Sheets of one scale tile that plane in cells of whole arc-seconds aligned on 180°W and the equator,
 * since every level divides its parent evenly. Each chord is cut where it crosses a cell edge; every cut and
 * the middle of every piece between cuts is located in the cells. A sheet is <em>crossed</em> where a piece
 * runs through its interior, and only <em>touched</em> where the line meets its frame at a corner or runs
 * along an edge without entering it.
 *
 * <h2>Accuracy</h2>
 * A point within {@link #EDGE_ARCSEC} (about 0.03 mm) of a frame line is taken to lie on
 * it, so that a chord through a corner given in decimal degrees meets the corner's four sheets.
 *
 * <h2>Limitations</h2>
 * The sheets named by {@link SheetNomenclature} only (0° to 84°N).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class SheetCover {

  /** Distance from a frame line within which a point lies on it, arc-seconds (about 0.03 mm). */
  public static final double EDGE_ARCSEC = 1e-6;

  private SheetCover() {}

  /** A sheet the line meets, and whether it runs through its interior (else it only touches the frame). */
  public record Meeting(SheetName sheet, boolean crossed) {}

  /**
   * The sheets met by the chords between consecutive points, in the order the line first meets them.
   *
   * @param latLonSk42 Pulkovo 1942 points as {latitude, longitude} in degrees, at least one
   */
  public static List<Meeting> alongChords(List<double[]> latLonSk42, SheetScale scale) {
    if (latLonSk42.isEmpty()) {
      throw new GeoInputException("a line needs at least one point");
    }
    Map<Long, Boolean> met = new LinkedHashMap<>();
    double w = scale.widthArcSec();
    double h = scale.heightArcSec();
    for (int i = 0; i < latLonSk42.size(); i++) {
      double[] p = arcSec(latLonSk42.get(i), i);
      if (i == 0) {
        locate(p[0], p[1], false, scale, met);
        continue;
      }
      double[] q = arcSec(latLonSk42.get(i - 1), i - 1);
      chord(q, p, scale, met);
    }
    // cells of one joined sheet become one sheet, at the place the line first met any of them
    Map<SheetName, Boolean> sheets = new LinkedHashMap<>();
    for (Map.Entry<Long, Boolean> e : met.entrySet()) {
      long ix = e.getKey() >> 32;
      long iy = e.getKey() & 0xffffffffL;
      double lat = (iy + 0.5) * h / 3600;
      double lon = -180 + (ix + 0.5) * w / 3600;
      sheets.merge(SheetNomenclature.sheetAt(lat, lon, scale), e.getValue(), Boolean::logicalOr);
    }
    List<Meeting> out = new ArrayList<>();
    sheets.forEach((sheet, crossed) -> out.add(new Meeting(sheet, crossed)));
    return out;
  }

  /** {x, y} = {longitude east of 180°W, latitude}, arc-seconds. */
  private static double[] arcSec(double[] latLon, int index) {
    double lat = latLon[0];
    double lon = latLon[1];
    if (!(lat >= 0 && lat < SheetNomenclature.NORTH_LIMIT_DEG) || !(lon >= -180 && lon <= 180)) {
      // the sheets' own refusal, with the point's place
      try {
        SheetNomenclature.sheetAt(lat, lon, SheetScale.S1_000_000);
      } catch (GeoInputException e) {
        throw e.at("point " + (index + 1));
      }
    }
    return new double[] {(lon + 180) * 3600, lat * 3600};
  }

  private static void chord(double[] p, double[] q, SheetScale scale, Map<Long, Boolean> met) {
    double w = scale.widthArcSec();
    double h = scale.heightArcSec();
    TreeSet<Double> cuts = new TreeSet<>(List.of(0.0, 1.0));
    addCuts(p[0], q[0], w, cuts);
    addCuts(p[1], q[1], h, cuts);
    Double previous = null;
    for (double t : cuts) {
      if (previous != null) {
        double m = (previous + t) / 2;
        locate(p[0] + m * (q[0] - p[0]), p[1] + m * (q[1] - p[1]), true, scale, met);
      }
      locate(p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]), false, scale, met);
      previous = t;
    }
  }

  /** Parameters in (0, 1) where the chord from a to b crosses a multiple of {@code size}. */
  private static void addCuts(double a, double b, double size, TreeSet<Double> cuts) {
    if (a == b) {
      return;
    }
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    for (long k = (long) Math.ceil(lo / size); k * size <= hi; k++) {
      double t = (k * size - a) / (b - a);
      if (t > 0 && t < 1) {
        cuts.add(t);
      }
    }
  }

  /**
   * Records the cells whose closed frame holds (x, y); with {@code piece}, the point is the middle of a piece
   * of chord between cuts, and a cell holding it away from every edge is crossed, as are the cells of one joined
   * sheet whose shared edge holds it.
   */
  private static void locate(double x, double y, boolean piece, SheetScale scale, Map<Long, Boolean> met) {
    double w = scale.widthArcSec();
    double h = scale.heightArcSec();
    long maxX = Math.round(360 * 3600 / w) - 1;
    long x0 = Math.max(0, Math.min(maxX, (long) Math.floor((x - EDGE_ARCSEC) / w)));
    long x1 = Math.max(0, Math.min(maxX, (long) Math.floor((x + EDGE_ARCSEC) / w)));
    long y0 = (long) Math.floor((y - EDGE_ARCSEC) / h);
    long y1 = (long) Math.floor((y + EDGE_ARCSEC) / h);
    boolean inside = piece && y0 == y1 && (x0 == x1 || joinedCell(x0, y0, scale) == joinedCell(x1, y1, scale));
    for (long iy = y0; iy <= y1; iy++) {
      for (long ix = x0; ix <= x1; ix++) {
        if (iy < 0 || iy * h >= SheetNomenclature.NORTH_LIMIT_DEG * 3600) {
          continue; // beyond the named rows: the points themselves were checked
        }
        met.merge((ix << 32) | iy, inside, Boolean::logicalOr);
      }
    }
  }

  /** The western cell of the issued sheet that holds cell (ix, iy): the cell itself south of 60°. */
  private static long joinedCell(long ix, long iy, SheetScale scale) {
    int row = (int) (iy * scale.heightArcSec() / SheetScale.S1_000_000.heightArcSec());
    int span = SheetName.issuedSpan(Math.max(0, row), scale);
    return ix - ix % span;
  }
}
