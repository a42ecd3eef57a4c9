package org.groma.geo.crs;

import static org.groma.geo.crs.TransformationMethod.COORDINATE_FRAME;
import static org.groma.geo.crs.TransformationMethod.GEOCENTRIC_TRANSLATIONS;
import static org.groma.geo.crs.TransformationMethod.POSITION_VECTOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import net.sf.geographiclib.Geodesic;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoInputException;

/**
 * The EPSG transformations Groma knows: every non-deprecated "Pulkovo 1942 to WGS 84" Helmert transformation
 * of the EPSG dataset v10.076 (as shipped with PROJ 9.1.1). Parameters, accuracies and areas of use are copied
 * from {@code projinfo} (the output is kept in {@code src/test/resources/crs/projinfo-pulkovo1942-to-wgs84.txt}
 * and a test checks every number against it).
 *
 * <p>The ones that matter for the South Caucasus: EPSG:15865 "(16)" (all former USSR, 4.5 m; what PROJ picks
 * for Armenia), EPSG:1808 "(14)" (Azerbaijan and Georgia, 5 m; what PROJ picks for Azerbaijan), EPSG:5044
 * "(20)" (Russia, GOST R 51794-2008, 3 m) and EPSG:1267 "(17)" (its predecessor, GOST R 51794-2001, 4 m; what
 * proj4j uses). They disagree by metres; this registry names them, it never picks one. The commission's
 * genesis names the agreed transformation.
 *
 * <h2>Thread safety</h2>
 * An immutable table; safe for concurrent use.
 */
public final class TransformationRegistry {

  private static final List<DatumTransformation> ALL = List.of(
      epsg(1254, "Pulkovo 1942 to WGS 84 (1)", GEOCENTRIC_TRANSLATIONS,
          new HelmertParameters(28, -130, -95, 0, 0, 0, 0),
          OptionalDouble.empty(), new AreaOfUse("Russian Federation - onshore.", 41.19, 19.58, 81.91, -168.97), Optional.empty()),
      epsg(1267, "Pulkovo 1942 to WGS 84 (17)", COORDINATE_FRAME,
          new HelmertParameters(23.92, -141.27, -80.9, 0, -0.35, -0.82, -0.12),
          OptionalDouble.of(4), new AreaOfUse("Russian Federation - onshore.", 41.19, 19.58, 81.91, -168.97), Optional.of("EPSG:5044")),
      epsg(1290, "Pulkovo 1942 to WGS 84 (6)", GEOCENTRIC_TRANSLATIONS,
          new HelmertParameters(24, -124, -82, 0, 0, 0, 0),
          OptionalDouble.of(4), new AreaOfUse("Latvia - onshore.", 55.67, 20.87, 58.09, 28.24), Optional.empty()),
      epsg(1291, "Pulkovo 1942 to WGS 84 (7)", GEOCENTRIC_TRANSLATIONS,
          new HelmertParameters(15, -130, -84, 0, 0, 0, 0),
          OptionalDouble.of(44), new AreaOfUse("Kazakhstan - onshore including Caspian Sea.", 40.59, 46.49, 55.45, 87.35), Optional.empty()),
      epsg(1303, "Pulkovo 1942 to WGS 84 (10)", POSITION_VECTOR,
          new HelmertParameters(43.822, -108.842, -119.585, 1.455, -0.761, 0.737, 0.549),
          OptionalDouble.of(2), new AreaOfUse("Kazakhstan - Caspian Sea.", 41.15, 48.9, 46.97, 53.15), Optional.empty()),
      epsg(1334, "Pulkovo 1942 to WGS 84 (12)", COORDINATE_FRAME,
          new HelmertParameters(21.58719, -97.54127, -60.92546, -1.01378, -0.58117, -0.2348, -4.6121),
          OptionalDouble.of(9), new AreaOfUse("Estonia - onshore.", 57.52, 21.74, 59.75, 28.2), Optional.empty()),
      epsg(1679, "Pulkovo 1942 to WGS 84 (2)", COORDINATE_FRAME,
          new HelmertParameters(-40.595, -18.55, -69.339, -2.508, -1.832, 2.611, -4.299),
          OptionalDouble.of(9), new AreaOfUse("Lithuania - onshore.", 53.89, 20.86, 56.45, 26.82), Optional.empty()),
      epsg(1807, "Pulkovo 1942 to WGS 84 (13)", POSITION_VECTOR,
          new HelmertParameters(27, -135, -84.5, 0, 0, 0.554, 0.2263),
          OptionalDouble.of(10), new AreaOfUse("Azerbaijan - onshore and offshore.", 37.89, 44.77, 42.59, 51.73), Optional.of("EPSG:1808")),
      epsg(1808, "Pulkovo 1942 to WGS 84 (14)", POSITION_VECTOR,
          new HelmertParameters(686.1, -123.5, -574.4, 8.045, -23.366, 10.791, -2.926),
          OptionalDouble.of(5), new AreaOfUse("Azerbaijan (including Caspian) and Georgia onshore.", 37.89, 39.99, 43.59, 51.73), Optional.empty()),
      epsg(1809, "Pulkovo 1942 to WGS 84 (15)", POSITION_VECTOR,
          new HelmertParameters(926.4, -715.9, -186.4, -10.364, -20.78, 26.452, -7.224),
          OptionalDouble.of(2), new AreaOfUse("Azerbaijan - coastal area Baku to Astara.", 38.31, 48.93, 40.33, 50.4), Optional.empty()),
      epsg(5044, "Pulkovo 1942 to WGS 84 (20)", COORDINATE_FRAME,
          new HelmertParameters(23.57, -140.95, -79.8, 0, -0.35, -0.79, -0.22),
          OptionalDouble.of(3), new AreaOfUse("Russian Federation - onshore.", 41.19, 19.58, 81.91, -168.97), Optional.empty()),
      epsg(6899, "Pulkovo 1942 to WGS 84 (21)", GEOCENTRIC_TRANSLATIONS,
          new HelmertParameters(22, -126, -85, 0, 0, 0, 0),
          OptionalDouble.of(5), new AreaOfUse("Estonia - onshore.", 57.52, 21.74, 59.75, 28.2), Optional.empty()),
      epsg(15865, "Pulkovo 1942 to WGS 84 (16)", COORDINATE_FRAME,
          new HelmertParameters(25, -141, -78.5, 0, -0.35, -0.736, 0),
          OptionalDouble.of(4.5), new AreaOfUse("Armenia; Azerbaijan; Belarus; Estonia - onshore; Georgia - onshore; "
              + "Kazakhstan; Kyrgyzstan; Latvia - onshore; Lithuania - onshore; Moldova; Russian Federation - onshore; "
              + "Tajikistan; Turkmenistan; Ukraine - onshore; Uzbekistan.", 35.14, 19.57, 81.91, -168.97), Optional.empty()));

  private TransformationRegistry() {}

  /**
   * The transformation for a code: {@code "EPSG:15865"} (any case) or {@code "15865"}.
   *
   * @throws GeoInputException naming the code if Groma does not know it
   */
  public static DatumTransformation lookup(String code) {
    if (code == null) {
      throw new GeoInputException("transformation code is missing (null)");
    }
    String c = code.trim().toUpperCase(Locale.ROOT);
    String normalized = c.startsWith("EPSG:") ? c : "EPSG:" + c;
    for (DatumTransformation t : ALL) {
      if (t.code().equals(normalized)) {
        return t;
      }
    }
    throw new GeoInputException("unknown datum transformation code \"" + code + "\"; Groma knows "
        + String.join(", ", ALL.stream().map(DatumTransformation::code).toList()));
  }

  /** Every known transformation, by EPSG code. */
  public static List<DatumTransformation> all() {
    return ALL;
  }

  /** The transformations that connect the datums of the two CRSs (in either direction); empty if the datums are equal. */
  public static List<DatumTransformation> candidates(Crs from, Crs to) {
    return ALL.stream().filter(t -> t.connects(from.datum(), to.datum())).toList();
  }

  /** The {@link #candidates(Crs, Crs)} whose area of use (bounding box) contains the point. */
  public static List<DatumTransformation> candidatesAt(Coordinate at, Crs to) {
    GeodeticPosition p = geographicPosition(at);
    return candidates(at.crs(), to).stream().filter(t -> t.areaOfUse().contains(p.latDeg(), p.lonDeg())).toList();
  }

  /** {@link #compare(Coordinate, Crs, List)} over the {@link #candidatesAt(Coordinate, Crs)}. */
  public static CandidateComparison compare(Coordinate at, Crs to) {
    return compare(at, to, candidatesAt(at, to));
  }

  /**
   * Transforms the point with each candidate and measures how far the results lie from each other: geodesic
   * distances on the target datum's ellipsoid (Karney's algorithm, GeographicLib; exact to nanometres).
   *
   * @throws GeoInputException if a candidate does not apply to the pair, or the point is outside a zone
   */
  public static CandidateComparison compare(Coordinate at, Crs to, List<DatumTransformation> candidates) {
    List<CandidateResult> results = new ArrayList<>();
    for (DatumTransformation t : candidates) {
      Coordinate result = CoordinateTransform.between(at.crs(), to, t).apply(at);
      results.add(new CandidateResult(t, result, geographicPosition(result)));
    }
    Ellipsoid e = to.datum().ellipsoid();
    Geodesic geodesic = e.equals(Ellipsoid.WGS84) ? Geodesic.WGS84 : new Geodesic(e.equatorialRadiusM(), e.flattening());
    List<CandidateComparison.Distance> distances = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      for (int j = i + 1; j < results.size(); j++) {
        GeodeticPosition a = results.get(i).position(), b = results.get(j).position();
        double s12 = geodesic.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg()).s12;
        distances.add(new CandidateComparison.Distance(
            results.get(i).transformation().code(), results.get(j).transformation().code(), s12));
      }
    }
    return new CandidateComparison(at, results, distances);
  }

  /** Latitude and longitude of a coordinate on its own datum. */
  private static GeodeticPosition geographicPosition(Coordinate c) {
    Coordinate g = CoordinateTransform.between(c.crs(), c.crs().geographicBase()).apply(c);
    return new GeodeticPosition(g.latDeg(), g.lonDeg(), 0);
  }

  private static DatumTransformation epsg(int code, String name, TransformationMethod method, HelmertParameters p,
      OptionalDouble accuracyM, AreaOfUse area, Optional<String> supersededBy) {
    return new DatumTransformation("EPSG:" + code, name, GeodeticDatum.PULKOVO_1942, GeodeticDatum.WGS84, method, p,
        accuracyM, area, supersededBy);
  }
}
