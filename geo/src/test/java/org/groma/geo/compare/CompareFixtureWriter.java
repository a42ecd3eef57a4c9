package org.groma.geo.compare;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;

/**
 * Writes {@code arm_aze_input.sql}: the OSM-derived and Natural Earth ARM–AZE lines densified exactly as
 * {@link LineComparisonOp} densifies them (1 mm sag), and the connectors the comparison closes the ends
 * with, as WKT for PostGIS (see {@code src/test/resources/compare/README.md}). Run by hand, not by the build.
 */
final class CompareFixtureWriter {

  static final GeoPoint YEREVAN = new GeoPoint(40.1811, 44.5136);
  /** Inside the Natural Earth exclave of Armenia near Artsvashen (NE ring at 45.47° E, 40.63° N). */
  static final GeoPoint ARTSVASHEN = new GeoPoint(40.64, 45.50);

  /** Each line oriented from Armenia's territory (party A) in its own source extract. */
  static ComparisonOptions armAzeOptions() {
    try {
      return ComparisonOptions.defaults().withATerritory(org.groma.geo.boundary.TestGeoJson
          .territories(org.groma.geo.boundary.TestGeoJson.data("osm_caucasus.geojson"), "A3").get("ARM").polygons())
          .withATerritory2(org.groma.geo.boundary.TestGeoJson.territories(
              org.groma.geo.boundary.TestGeoJson.data("ne10m_caucasus.geojson"), "name").get("Armenia").polygons());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static void main(String[] args) throws IOException {
    List<List<GeoPoint>> osm = LineFixtures.read("osm_arm_aze.geojson");
    List<List<GeoPoint>> ne = LineFixtures.read("ne_arm_aze.geojson");
    ComparisonOptions options = armAzeOptions();
    LineComparison c = LineComparisonOp.compare(osm, ne, options);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
      out.println("-- Written by org.groma.geo.compare.CompareFixtureWriter (geo test sources); see README.md.");
      out.println("-- line 1: OpenStreetMap-derived (ODbL, (c) OpenStreetMap contributors); line 2: Natural Earth"
          + " (public domain); line 0: connectors. Every geodesic edge densified with Geodesics.densify, sag "
          + options.maxSagM() + " m.");
      out.println("CREATE TABLE cmp_lines (line int, part int, geom geometry(LineString, 4326));");
      write(out, 1, osm, options.maxSagM());
      write(out, 2, ne, options.maxSagM());
      List<List<GeoPoint>> connectors = new ArrayList<>();
      for (Connector k : c.closedEnds()) {
        connectors.add(Geodesics.WGS84.densify(k.from().point(), k.to().point(), options.maxSagM()));
      }
      write(out, 0, connectors, -1);
    }
  }

  private static void write(PrintWriter out, int line, List<List<GeoPoint>> parts, double sag) {
    for (int p = 0; p < parts.size(); p++) {
      List<GeoPoint> part = parts.get(p);
      StringBuilder wkt = new StringBuilder("LINESTRING(");
      for (int v = 0; v < part.size(); v++) {
        List<GeoPoint> piece = sag > 0 && v > 0
            ? Geodesics.WGS84.densify(part.get(v - 1), part.get(v), sag) : List.of(part.get(v));
        for (int i = v > 0 && sag > 0 ? 1 : 0; i < piece.size(); i++) {
          if (wkt.length() > 11) {
            wkt.append(',');
          }
          wkt.append(piece.get(i).lonDeg()).append(' ').append(piece.get(i).latDeg());
        }
      }
      wkt.append(')');
      out.println("INSERT INTO cmp_lines VALUES (" + line + ", " + p + ", ST_GeomFromText('" + wkt + "', 4326));");
    }
  }
}
