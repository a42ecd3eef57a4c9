package org.groma.geo.sheet;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;

/**
 * The issued sheet that contains a point, at a given scale.
 *
 * <h2>Algorithm</h2>
 * The Pulkovo 1942 latitude and longitude are taken in arc-seconds; the 1:1 000 000 row
 * and column are floor(φ / 4°) and floor((λ + 180°) / 6°) + 1; at each lower level the cell is found by
 * floor division from the parent's south-west corner, and numbered from the north-west. North of 60° that
 * ordinary sheet is one of the {@link SheetName#issuedSpan} sheets joined from the western edge of the group
 * of that many sheet widths, counted from 180°W, in which the point lies.
 *
 * <h2>Accuracy</h2>
 * Exact except on an edge: a point on a shared edge belongs to the sheet north or east of
 * it (the floor convention), and within about 1e-12° of an edge the binary degree value may fall either
 * side. 180° itself is in column 60.
 *
 * <h2>Limitations</h2>
 * The point must already be in Pulkovo 1942 (EPSG:4284): converting from WGS 84 needs a
 * named datum transformation, which this class does not choose. Latitudes south of 0° and from 84°N are refused
 * (see {@link SheetName}).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class SheetNomenclature {

  /** Northern limit of the sheets named here: the standard's joined sheets end at 84°N. */
  public static final double NORTH_LIMIT_DEG = 84;

  private SheetNomenclature() {}

  /**
   * The issued sheet at {@code scale} containing the Pulkovo 1942 point: an ordinary sheet up to 60°N, a
   * doubled one to 76°N, a quadrupled (1:200 000 tripled) one to 84°N.
   *
   * @throws GeoInputException for a point outside 0° ≤ φ < 84°N, −180° ≤ λ ≤ 180°, or not finite
   */
  public static SheetName sheetAt(double latDeg, double lonDeg, SheetScale scale) {
    SheetName ordinary = ordinaryAt(latDeg, lonDeg, scale);
    int span = SheetName.issuedSpan(ordinary.rowIndex(), scale);
    if (span == 1) {
      return ordinary;
    }
    int first = ordinary.longitudeIndex() / span * span;
    SheetFrame f = ordinary.frame();
    double westCell = ((first + 0.5) * scale.widthArcSec() - 180 * 3600) / 3600;
    SheetName west = ordinaryAt((f.southDeg() + f.northDeg()) / 2, westCell, scale);
    return new SheetName(west.rowIndex(), west.column(), west.path(), scale, span);
  }

  /** The ordinary (not joined) sheet containing the point. */
  static SheetName ordinaryAt(double latDeg, double lonDeg, SheetScale scale) {
    if (!Double.isFinite(latDeg) || !Double.isFinite(lonDeg) || lonDeg < -180 || lonDeg > 180) {
      throw new GeoInputException("point " + latDeg + ", " + lonDeg + " is not a latitude and longitude");
    }
    if (latDeg < 0) {
      throw new GeoInputException("latitude " + latDeg + "° is south of the equator: southern-hemisphere sheets "
          + "are not supported (their suffix and numbering could not be confirmed from a published source; "
          + "docs/sheets.md)");
    }
    if (latDeg >= NORTH_LIMIT_DEG) {
      throw new GeoInputException("latitude " + latDeg + "° is at or north of 84°: not supported (the joining "
          + "rule Groma follows stops at 84°; rows V and Z are not named)");
    }
    double lat = latDeg * 3600;
    double lon = lonDeg * 3600 + 180 * 3600;
    int rowIndex = (int) Math.floor(lat / SheetScale.S1_000_000.heightArcSec());
    int column = Math.min(60, (int) Math.floor(lon / SheetScale.S1_000_000.widthArcSec()) + 1);
    SheetName million = new SheetName(rowIndex, column, List.of(), SheetScale.S1_000_000);
    SheetFrame parent = million.frame();
    List<Integer> path = new ArrayList<>();
    for (SheetScale level : SheetName.levels(scale)) {
      int fromSouth = clamp((int) Math.floor((lat - parent.southArcSec()) / level.heightArcSec()), level.rows());
      int fromWest = clamp((int) Math.floor((lon - 180 * 3600 - parent.westArcSec()) / level.widthArcSec()),
          level.columns());
      int rowFromNorth = level.rows() - 1 - fromSouth;
      path.add(rowFromNorth * level.columns() + fromWest);
      int south = parent.southArcSec() + fromSouth * level.heightArcSec();
      int west = parent.westArcSec() + fromWest * level.widthArcSec();
      parent = new SheetFrame(south, south + level.heightArcSec(), west, west + level.widthArcSec());
    }
    return new SheetName(rowIndex, column, path, scale);
  }

  /** Guards the last cell against a value that rounds onto the parent's far edge (e.g. λ = 180°). */
  private static int clamp(int i, int n) {
    return Math.max(0, Math.min(n - 1, i));
  }
}
