package org.groma.app.selfcheck;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.GeodesicDirect;
import org.groma.geo.geodesic.GeodesicInverse;
import org.groma.geo.angle.DmsParser;
import org.groma.geo.crs.Coordinate;
import org.groma.geo.crs.CoordinateTransform;
import org.groma.geo.crs.Crs;
import org.groma.geo.crs.CrsRegistry;
import org.groma.geo.crs.GeographicCrs;
import org.groma.geo.crs.TransformationRegistry;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.rhumb.Rhumb;
import org.groma.geo.rhumb.RhumbInverse;

/**
 * A quick proof, run by {@code groma selfcheck}, that this build's geodesy reproduces outside reference values:
 * GeographicLib 2.1.2's GeodSolve, RhumbSolve and Planimeter, and PROJ 9.1.1's cs2cs. The values were computed once with the commands given in
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

    String rhumb = "echo 40.1811 44.5136 40.3777 49.892 | RhumbSolve -i -p 9";
    RhumbInverse r = Rhumb.WGS84.inverse(YEREVAN, BAKU);
    checks.add(new Check("rhumb distance Yerevan–Baku", rhumb, 457925.046423764, r.distanceM(), 1e-3, "m"));
    checks.add(new Check("rhumb azimuth", rhumb, 87.26752708073988, r.azimuthDeg(), 1e-9, "°"));

    checks.addAll(gridChecks());

    String dms = "40 + 30/60 + 15.123/3600, exactly";
    checks.add(new Check("DMS 40°30′15.123″N read", dms, 40.504200833333333,
        DmsParser.parseLatitude("40°30′15.123″N"), 1e-15, "°"));
    checks.add(new Check("DMS 40°30′15,123″ с.ш. read", dms, 40.504200833333333,
        DmsParser.parseLatitude("40°30′15,123″ с.ш."), 1e-15, "°"));
    return checks;
  }

  /** WGS 84 to UTM 38N and to SK-42 Gauss–Krüger zone 8 with the two transformations PROJ prefers here. */
  private static List<Check> gridChecks() {
    List<Check> checks = new ArrayList<>();
    Coordinate yerevan = Coordinate.of(GeographicCrs.WGS84, YEREVAN);
    String utm = "echo 40.1811 44.5136 | cs2cs -f %.6f EPSG:4326 EPSG:32638";
    Coordinate u = CoordinateTransform.between(GeographicCrs.WGS84, CrsRegistry.lookup("EPSG:32638")).apply(yerevan);
    checks.add(new Check("UTM 38N easting of Yerevan", utm, 458590.849493, u.eastingM(), 1e-3, "m"));
    checks.add(new Check("UTM 38N northing of Yerevan", utm, 4447971.269818, u.northingM(), 1e-3, "m"));
    String gk = "echo 44.5136 40.1811 | cs2cs -f %.6f +proj=longlat +datum=WGS84 +to +proj=tmerc +lat_0=0 "
        + "+lon_0=45 +k=1 +x_0=8500000 +y_0=0 +ellps=krass +units=m +towgs84=";
    Crs gk8 = CrsRegistry.lookup("EPSG:28408");
    Coordinate g16 = CoordinateTransform.between(GeographicCrs.WGS84, gk8, TransformationRegistry.lookup("EPSG:15865"))
        .apply(yerevan);
    String with15865 = gk + "25,-141,-78.5,0,0.35,0.736,0 (EPSG:15865, Coordinate Frame signs flipped)";
    checks.add(new Check("SK-42 GK8 easting, EPSG:15865", with15865, 8458679.185492, g16.eastingM(), 1e-3, "m"));
    checks.add(new Check("SK-42 GK8 northing, EPSG:15865", with15865, 4449842.018237, g16.northingM(), 1e-3, "m"));
    Coordinate g14 = CoordinateTransform.between(GeographicCrs.WGS84, gk8, TransformationRegistry.lookup("EPSG:1808"))
        .apply(yerevan);
    String with1808 = gk + "686.1,-123.5,-574.4,8.045,-23.366,10.791,-2.926 (EPSG:1808)";
    checks.add(new Check("SK-42 GK8 easting, EPSG:1808", with1808, 8458676.158695, g14.eastingM(), 1e-3, "m"));
    checks.add(new Check("SK-42 GK8 northing, EPSG:1808", with1808, 4449836.547970, g14.northingM(), 1e-3, "m"));
    return checks;
  }
}
