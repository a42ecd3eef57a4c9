package org.groma.geo.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;
import org.junit.jupiter.api.Test;

class SheetGcpsTest {

  /** A synthetic scan: 400 dpi of a 1:50 000 sheet, rotated 0.5°, with 0.3 % more shrink across than along. */
  private static double[] scan(double e, double n, double e0, double n0) {
    double pxPerM = 400 / 25.4 / 50; // 400 dpi, 1 mm on paper = 50 m
    double a = Math.toRadians(0.5);
    double x = (e - e0) * pxPerM * 0.997, y = (n0 - n) * pxPerM;
    return new double[] {300 + x * Math.cos(a) - y * Math.sin(a), 200 + x * Math.sin(a) + y * Math.cos(a)};
  }

  @Test
  void gridPointsFollowTheScan() {
    SheetName sheet = SheetNameParser.parse("K-38-123-А");
    // corner pixels from the synthetic scan, using the grid corners the library computes
    List<GroundControlPoint> probe = SheetGcps.generate(sheet, new double[][] {{0, 0}, {1, 0}, {1, 1}, {0, 1}}, 1);
    double e0 = probe.get(0).eastingM(), n0 = probe.get(0).northingM();
    double[][] px = new double[4][];
    for (int i = 0; i < 4; i++) {
      px[i] = scan(probe.get(i).eastingM(), probe.get(i).northingM(), e0, n0);
    }
    List<GroundControlPoint> gcps = SheetGcps.generate(sheet, px, 1);
    assertEquals(List.of("NW", "NE", "SE", "SW"), gcps.subList(0, 4).stream().map(GroundControlPoint::id).toList());
    // K-38-123-А: 15' x 10' at about 40.8°N, 46.5°E: some 21 km x 18.5 km, so about 20 x 18 km points
    int grid = gcps.size() - 4;
    assertTrue(grid > 300 && grid < 420, "grid points: " + grid);
    SheetFrame frame = sheet.frame();
    for (GroundControlPoint g : gcps) {
      assertTrue(g.eastingM() > 8_000_000 && g.eastingM() < 9_000_000, "zone 8 prefix: " + g);
      double[] want = scan(g.eastingM(), g.northingM(), e0, n0);
      assertEquals(want[0], g.pixel(), 1e-6, g.id());
      assertEquals(want[1], g.line(), 1e-6, g.id());
      if (!g.id().startsWith("X")) {
        continue;
      }
      assertEquals(0, g.eastingM() % 1000, 0);
      assertEquals(0, g.northingM() % 1000, 0);
    }
    assertTrue(frame.contains(40.6, 43.1));
  }

  @Test
  void refusals() {
    SheetName sheet = SheetNameParser.parse("K-38-123-А");
    assertThrows(GeoInputException.class, () -> SheetGcps.generate(sheet, new double[3][2], 1));
    // three collinear corners
    assertThrows(GeoInputException.class,
        () -> SheetGcps.generate(sheet, new double[][] {{0, 0}, {1, 0}, {2, 0}, {0, 1}}, 1));
    // zone 40 (column 10, western hemisphere): no EPSG Pulkovo grid
    assertThrows(GeoInputException.class,
        () -> SheetGcps.generate(SheetNameParser.parse("K-10-1-А"), new double[][] {{0, 0}, {1, 0}, {1, 1}, {0, 1}}, 1));
  }

  @Test
  void residuals() {
    List<GroundControlPoint> pts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        double e = 8_400_000 + 1000 * i, n = 4_500_000 - 1000 * j;
        pts.add(new GroundControlPoint("p" + i + j, e, n, 100 + 315 * i + 2 * j, 50 + 315 * j - 3 * i));
      }
    }
    GcpResiduals.Report exact = GcpResiduals.compute(pts, SheetScale.S50_000);
    assertEquals(0, exact.rmsGroundM(), 1e-6);
    // one point misread by 10 px across (about 32 m on the ground at 315 px/km)
    GroundControlPoint bad = pts.get(12);
    pts.set(12, new GroundControlPoint(bad.id(), bad.eastingM(), bad.northingM(), bad.pixel() + 10, bad.line()));
    GcpResiduals.Report r = GcpResiduals.compute(pts, SheetScale.S50_000);
    GcpResiduals.Residual worst = r.residuals().stream()
        .max((a, b) -> Double.compare(a.groundM(), b.groundM())).orElseThrow();
    assertEquals("p22", worst.id());
    assertTrue(worst.groundM() > 25 && worst.groundM() < 32, "" + worst);
    assertEquals(worst.groundM() / 50, worst.mapMm(), 1e-12); // 1 m on the ground is 0.02 mm at 1:50 000
    assertThrows(GeoInputException.class, () -> GcpResiduals.compute(pts.subList(0, 3), SheetScale.S50_000));
  }
}
