package org.groma.app.selfcheck;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.GeodesicDirect;
import org.groma.geo.geodesic.GeodesicInverse;
import org.groma.geo.geodesic.Geodesics;

/**
 * A quick proof, run by {@code groma demo}, that this build's geodesy reproduces outside reference values:
 * GeographicLib 2.1.2's GeodSolve and Planimeter. The values were computed once with the commands given in
 * each check and are written here as literals; the test suite compares far more cases against fixtures.
 */
public final class GeodesySelfCheck {

  /** Yerevan and Baku city centres, a familiar pair for the commission. */
  static final GeoPoint YEREVAN = new GeoPoint(40.1811, 44.5136);
  static final GeoPoint BAKU = new GeoPoint(40.3777, 49.892);

  private GeodesySelfCheck() {}

  public static List<Check> run() {
    Geodesics wgs84 = Geodesics.WGS84;
    List<Check> checks = new ArrayList<>();

    String inverse = "echo 40.1811 44.5136 40.3777 49.892 | GeodSolve -i -p 9";
    GeodesicInverse g = wgs84.inverse(YEREVAN, BAKU);
    checks.add(new Check("geodesic distance Yerevan–Baku", inverse, 457854.738164299, g.distanceM(), 1e-6, "m"));
    checks.add(new Check("geodesic azimuth at Yerevan", inverse, 85.53018162694852, g.azimuth1Deg(), 1e-9, "°"));
    checks.add(new Check("geodesic azimuth at Baku", inverse, 89.00889829916359, g.azimuth2Deg(), 1e-9, "°"));

    String direct = "echo 40.1811 44.5136 47.5 100000 | GeodSolve -p 9";
    GeodesicDirect d = wgs84.direct(YEREVAN, 47.5, 100_000);
    checks.add(new Check("direct problem: latitude after 100 km", direct, 40.78621989922644, d.point().latDeg(), 1e-11, "°"));
    checks.add(new Check("direct problem: longitude after 100 km", direct, 45.38708277304485, d.point().lonDeg(), 1e-11, "°"));

    String area = "printf '40 44\\n40 46\\n41 46\\n41 44\\n' | Planimeter -p 12";
    GeoRing ring = new GeoRing(List.of(new GeoPoint(40, 44), new GeoPoint(40, 46), new GeoPoint(41, 46), new GeoPoint(41, 44)));
    checks.add(new Check("area of a 1°×2° quadrangle", area, 18825200194.31165,
        wgs84.measure(new GeoPolygon(ring)).areaM2(), 1e-3, "m²"));

    return checks;
  }
}
