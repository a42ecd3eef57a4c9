package org.groma.geo.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.groma.geo.GeoInputException;
import org.groma.geo.crs.Coordinate;
import org.groma.geo.crs.CoordinateTransform;
import org.groma.geo.crs.CrsRegistry;
import org.groma.geo.crs.GeographicCrs;
import org.groma.geo.crs.ProjectedCrs;

/**
 * Ground control points for georeferencing a scanned sheet: its four frame corners and every intersection of
 * the Gauss–Krüger kilometre grid inside the frame, with the scan pixel at which each is predicted.
 *
 * <h2>Algorithm</h2>
 * The frame corners (SK-42 graticule, {@link SheetFrame}) are projected into the sheet's
 * 6° zone, Pulkovo 1942 / Gauss-Kruger zone z (EPSG:28400 + z, same datum, no transformation). A
 * {@link ProjectiveMapping} from the corners' grid coordinates to the four corner pixels given by the user then
 * predicts the pixel of every grid intersection: the sheet is printed in that Gauss–Krüger projection, so the
 * kilometre grid is straight on paper and a flat scan of it is a projective image of the grid plane. The
 * intersections are the multiples of the grid step inside the frame: candidates from the corners' grid
 * bounding box, kept when their geographic position (inverse projection) lies in the frame.
 *
 * <h2>Accuracy</h2>
 * Grid coordinates are exact to the projection's nanometres. Predicted pixels are only as
 * good as the four corner pixels and the flatness of the scan; paper shrinks unevenly (0.1–0.5 %), which is
 * why the points are for a person to check against the scan and correct, then to check with
 * {@link GcpResiduals}.
 *
 * <h2>Limitations</h2>
 * Zones with an EPSG Gauss–Krüger CRS only (zones 4–32, columns 34–60); the frame's
 * parallels are slightly curved on paper, and their intersections with the grid are not points here.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class SheetGcps {

  private SheetGcps() {}

  /** The CRS of a sheet's grid: Pulkovo 1942 / Gauss-Kruger zone of the sheet. */
  public static ProjectedCrs gridCrs(SheetName sheet) {
    int zone = sheet.gaussKruegerZone();
    if (zone < CrsRegistry.GK6_FIRST_ZONE || zone > CrsRegistry.GK6_LAST_ZONE) {
      throw new GeoInputException("sheet " + sheet + " lies in Gauss-Kruger zone " + zone
          + ", which has no EPSG Pulkovo 1942 CRS (zones " + CrsRegistry.GK6_FIRST_ZONE + "-" + CrsRegistry.GK6_LAST_ZONE + ")");
    }
    return CrsRegistry.gaussKrueger6Degree(zone);
  }

  /**
   * The control points of a sheet.
   *
   * @param cornerPixels the scan's pixel {x, y} of the frame corners NW, NE, SE, SW
   * @param gridStepKm the grid spacing, km (1 on 1:50 000 and 1:25 000 sheets, 2 on 1:100 000)
   */
  public static List<GroundControlPoint> generate(SheetName sheet, double[][] cornerPixels, int gridStepKm) {
    if (cornerPixels.length != 4) {
      throw new GeoInputException("need the pixels of 4 frame corners (NW NE SE SW), got " + cornerPixels.length);
    }
    if (gridStepKm < 1 || gridStepKm > 100) {
      throw new GeoInputException("grid step " + gridStepKm + " km is outside 1-100 km");
    }
    ProjectedCrs grid = gridCrs(sheet);
    CoordinateTransform toGrid = CoordinateTransform.between(GeographicCrs.PULKOVO_1942, grid);
    CoordinateTransform toGeo = toGrid.inverse();
    SheetFrame frame = sheet.frame();
    double[][] corners = frame.cornersLatLon();
    double[][] cornerGrid = new double[4][];
    String[] ids = {"NW", "NE", "SE", "SW"};
    List<GroundControlPoint> out = new ArrayList<>();
    double minE = Double.MAX_VALUE, maxE = -Double.MAX_VALUE, minN = Double.MAX_VALUE, maxN = -Double.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      Coordinate c = toGrid.apply(Coordinate.ofLatLon(GeographicCrs.PULKOVO_1942, corners[i][0], corners[i][1]));
      cornerGrid[i] = new double[] {c.eastingM(), c.northingM()};
      minE = Math.min(minE, c.eastingM());
      maxE = Math.max(maxE, c.eastingM());
      minN = Math.min(minN, c.northingM());
      maxN = Math.max(maxN, c.northingM());
    }
    // Parallels bulge north on a Gauss–Krüger map: the northern edge's middle lies above its corners.
    Coordinate midNorth = toGrid.apply(Coordinate.ofLatLon(GeographicCrs.PULKOVO_1942, frame.northDeg(),
        (frame.westDeg() + frame.eastDeg()) / 2));
    maxN = Math.max(maxN, midNorth.northingM());
    ProjectiveMapping toPixel = ProjectiveMapping.fromFourPoints(cornerGrid, cornerPixels);
    for (int i = 0; i < 4; i++) {
      out.add(new GroundControlPoint(ids[i], cornerGrid[i][0], cornerGrid[i][1], cornerPixels[i][0], cornerPixels[i][1]));
    }
    long step = gridStepKm * 1000L;
    for (long n = (long) Math.ceil(maxN / step) * step; n >= minN; n -= step) {
      for (long e = (long) Math.ceil(minE / step) * step; e <= maxE; e += step) {
        Coordinate g = toGeo.apply(Coordinate.ofEastingNorthing(grid, e, n));
        if (frame.contains(g.latDeg(), g.lonDeg())) {
          double[] px = toPixel.apply(e, n);
          out.add(new GroundControlPoint(String.format(Locale.ROOT, "X%dY%d", n / 1000, e / 1000), e, n, px[0], px[1]));
        }
      }
    }
    return out;
  }
}
