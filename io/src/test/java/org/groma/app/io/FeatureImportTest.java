package org.groma.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.app.geojson.GeoJson;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format's good path in small hand-made files, and every kind of bad input the issue lists. */
class FeatureImportTest {

  @TempDir Path dir;

  Path file(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  static ImportResult read(Path p) throws Exception {
    return FeatureImport.read(p, ImportOptions.defaults());
  }

  static final String KML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n";

  static final String GPX_HEAD = "<?xml version=\"1.0\"?>\n"
      + "<gpx version=\"1.1\" creator=\"hand\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n";

  // ---- good input ----

  @Test
  void kml_reads_points_lines_rings_polygons_with_holes_and_multigeometry() throws Exception {
    Path p = file("a.kml", KML_HEAD
        + "<Placemark id=\"p1\"><name>Pillar 12</name><description>concrete</description>"
        + "<ExtendedData><Data name=\"party\"><value>A</value></Data></ExtendedData>"
        + "<Point><coordinates>44.5,40.2,1000</coordinates></Point></Placemark>\n"
        + "<Folder><Placemark><name>line</name><LineString><tessellate>1</tessellate><coordinates>\n"
        + "  44.0,40.0 44.1,40.1\n  44.2,40.0 </coordinates></LineString></Placemark></Folder>\n"
        + "<Placemark><name>area</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
        + "44,40 45,40 45,41 44,41 44,40</coordinates></LinearRing></outerBoundaryIs>"
        + "<innerBoundaryIs><LinearRing><coordinates>44.2,40.2 44.4,40.2 44.4,40.4 44.2,40.2</coordinates>"
        + "</LinearRing></innerBoundaryIs></Polygon></Placemark>\n"
        + "<Placemark><name>multi</name><MultiGeometry><LineString><coordinates>44,40 44,41</coordinates>"
        + "</LineString><LinearRing><coordinates>46,40 46.5,40 46.5,40.5 46,40</coordinates></LinearRing>"
        + "</MultiGeometry></Placemark>\n"
        + "</Document></kml>\n");
    ImportResult r = read(p);
    assertThat(r.features()).hasSize(4);
    GeoFeature pillar = r.features().get(0);
    assertThat(pillar.id()).isEqualTo("p1");
    assertThat(pillar.properties().get("name").asText()).isEqualTo("Pillar 12");
    assertThat(pillar.properties().get("description").asText()).isEqualTo("concrete");
    assertThat(pillar.properties().get("party").asText()).isEqualTo("A");
    assertThat(((GeoGeometry.Point) pillar.geometry()).point()).isEqualTo(new GeoPoint(40.2, 44.5));
    assertThat(((GeoGeometry.Line) r.features().get(1).geometry()).parts().getFirst()).hasSize(3);
    GeoGeometry.Area area = (GeoGeometry.Area) r.features().get(2).geometry();
    assertThat(area.parts().getFirst().holes()).hasSize(1);
    assertThat(((GeoGeometry.Line) r.features().get(3).geometry()).parts()).hasSize(2);
    assertThat(r.vertexCount()).isEqualTo(1 + 3 + 4 + 3 + 2 + 4);
    assertThat(r.warnings()).singleElement().asString().contains("1 tuples have an altitude");
  }

  @Test
  void gpx_reads_waypoints_routes_and_track_segments() throws Exception {
    Path p = file("a.gpx", GPX_HEAD
        + "<wpt lat=\"40.2\" lon=\"44.5\"><ele>1012.5</ele><time>2024-05-15T08:00:00Z</time><name>P-12</name></wpt>\n"
        + "<rte><name>patrol</name><rtept lat=\"40.0\" lon=\"44.0\"/><rtept lat=\"40.1\" lon=\"44.1\"/></rte>\n"
        + "<trk><name>survey</name><trkseg><trkpt lat=\"40.0\" lon=\"44.0\"><ele>900</ele></trkpt>"
        + "<trkpt lat=\"40.01\" lon=\"44.01\"/></trkseg><trkseg><trkpt lat=\"40.1\" lon=\"44.1\"/></trkseg>"
        + "<trkseg><trkpt lat=\"40.2\" lon=\"44.2\"/><trkpt lat=\"40.3\" lon=\"44.3\"/><trkpt lat=\"40.4\" lon=\"44.4\"/>"
        + "</trkseg></trk>\n</gpx>\n");
    ImportResult r = read(p);
    assertThat(r.features()).hasSize(3);
    GeoFeature wpt = r.features().get(0);
    assertThat(wpt.properties().get("name").asText()).isEqualTo("P-12");
    assertThat(wpt.properties().get("ele").asDouble()).isEqualTo(1012.5);
    assertThat(wpt.properties().get("time").asText()).isEqualTo("2024-05-15T08:00:00Z");
    assertThat(r.features().get(1).properties().get("gpx").asText()).isEqualTo("rte");
    GeoGeometry.Line track = (GeoGeometry.Line) r.features().get(2).geometry();
    assertThat(track.parts()).hasSize(2);
    assertThat(track.parts().get(1)).hasSize(3);
    assertThat(r.warnings()).singleElement().asString().contains("trk 0, trkseg 1").contains("1 trkpt, not a line");
  }

  @Test
  void csv_points_with_id_and_properties_in_lat_lon_columns() throws Exception {
    Path p = file("pillars.csv", "\uFEFFnumber,lat,lon,material\n# surveyed 2024\n12,40.2,44.5,concrete\n"
        + "13,\"40.21\",44.51,\"stone, dressed\"\n");
    ImportResult r = FeatureImport.read(p, ImportOptions.defaults().withCrs("EPSG:4326")
        .withCsv(CsvLayout.latLon("lat", "lon").withId("number")));
    assertThat(r.features()).hasSize(2);
    assertThat(r.features().get(1).id()).isEqualTo("13");
    assertThat(r.features().get(1).properties().get("material").asText()).isEqualTo("stone, dressed");
    assertThat(((GeoGeometry.Point) r.features().get(1).geometry()).point()).isEqualTo(new GeoPoint(40.21, 44.51));
  }

  @Test
  void csv_in_utm_converts_to_wgs84() throws Exception {
    // echo "44.5 40.2" | cs2cs -f %.6f +proj=longlat +datum=WGS84 +to +proj=utm +zone=38 +datum=WGS84
    //   -> 457444.837152 4450075.498325 (printed to 1 µm, so the way back agrees to about 1e-11°)
    Path p = file("utm.csv", "E,N\n457444.837152,4450075.498325\n");
    ImportResult r = FeatureImport.read(p, ImportOptions.defaults().withCrs("EPSG:32638")
        .withCsv(CsvLayout.xy("E", "N")));
    GeoPoint q = ((GeoGeometry.Point) r.features().getFirst().geometry()).point();
    assertThat(q.lonDeg()).isCloseTo(44.5, within(1e-8));
    assertThat(q.latDeg()).isCloseTo(40.2, within(1e-8));
  }

  @Test
  void csv_decimal_comma_is_read_only_when_stated() throws Exception {
    Path p = file("comma.csv", "lat;lon\n40,2;44,5\n");
    CsvLayout layout = CsvLayout.latLon("lat", "lon").withDelimiter(';', false);
    assertThatThrownBy(() -> FeatureImport.read(p, ImportOptions.defaults().withCrs("EPSG:4326").withCsv(layout)))
        .hasMessageContaining("comma.csv: line 2, column \"lon\": \"44,5\" has a decimal comma; state --decimal-comma");
    ImportResult r = FeatureImport.read(p, ImportOptions.defaults().withCrs("EPSG:4326")
        .withCsv(layout.withDelimiter(';', true)));
    assertThat(((GeoGeometry.Point) r.features().getFirst().geometry()).point()).isEqualTo(new GeoPoint(40.2, 44.5));
  }

  @Test
  void geopackage_layers_are_listed_and_one_must_be_chosen() throws Exception {
    Path g = dir.resolve("two.gpkg");
    try (TinyGpkg t = new TinyGpkg(g)) {
      t.srs(4326, "EPSG", 4326, "WGS 84")
          .layer("pillars", "POINT", 4326, TinyGpkg.blob(4326, TinyGpkg.point(44.5, 40.2, null), 44.5, 44.5, 40.2, 40.2))
          .layer("line", "LINESTRING", 4326,
              TinyGpkg.blob(4326, TinyGpkg.lineString(44, 40, 44.1, 40.1), 44, 44.1, 40, 40.1));
    }
    assertThat(FeatureImport.listLayers(g)).containsExactly(
        new FeatureImport.LayerInfo("line", "LINESTRING", "EPSG:4326", 1),
        new FeatureImport.LayerInfo("pillars", "POINT", "EPSG:4326", 1));
    assertThatThrownBy(() -> read(g)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("has 2 feature layers (line, pillars); state one with --layer NAME");
    ImportResult r = FeatureImport.read(g, ImportOptions.defaults().withLayer("pillars"));
    assertThat(r.features().getFirst().id()).isEqualTo("1");
    assertThat(r.features().getFirst().properties().get("name").asText()).isEqualTo("pillars-0");
    assertThat(((GeoGeometry.Point) r.features().getFirst().geometry()).point()).isEqualTo(new GeoPoint(40.2, 44.5));
    assertThatThrownBy(() -> FeatureImport.read(g, ImportOptions.defaults().withLayer("roads")))
        .hasMessageContaining("no feature layer \"roads\"; the layers are line, pillars");
  }

  @Test
  void geopackage_z_values_are_dropped_with_a_warning_that_says_so() throws Exception {
    Path g = dir.resolve("z.gpkg");
    try (TinyGpkg t = new TinyGpkg(g)) {
      t.srs(4326, "EPSG", 4326, "WGS 84").layer("pillars", "POINT", 4326,
          TinyGpkg.blob(4326, TinyGpkg.point(44.5, 40.2, 1012.5), 44.5, 44.5, 40.2, 40.2),
          TinyGpkg.blob(4326, TinyGpkg.point(44.6, 40.3, 1020.0), 44.6, 44.6, 40.3, 40.3));
    }
    ImportResult r = read(g);
    assertThat(r.features()).hasSize(2);
    assertThat(((GeoGeometry.Point) r.features().get(1).geometry()).point()).isEqualTo(new GeoPoint(40.3, 44.6));
    assertThat(r.warnings()).singleElement().asString()
        .contains("2 geometries have Z or M values").contains("the Z and M values were dropped");
  }

  @Test
  void geopackage_in_pulkovo_needs_a_named_transformation() throws Exception {
    Path g = dir.resolve("gk.gpkg");
    // the first vertex of arm_gk8_epsg15865.csv: X (northing) 4555491.502, Y (easting) 8372056.028
    try (TinyGpkg t = new TinyGpkg(g)) {
      t.srs(28408, "EPSG", 28408, "Pulkovo 1942 / Gauss-Kruger zone 8").layer("pillars", "POINT", 28408,
          TinyGpkg.blob(28408, TinyGpkg.point(8372056.028, 4555491.502, null), 0, 0, 0, 0));
    }
    assertThatThrownBy(() -> read(g)).isInstanceOf(GeoInputException.class)
        .hasMessageContaining("EPSG:28408").hasMessageContaining("state the datum transformation")
        .hasMessageContaining("Candidates: EPSG:");
    ImportResult r = FeatureImport.read(g, ImportOptions.defaults().withTransformation("EPSG:15865"));
    assertThat(r.transformationName()).isEqualTo("EPSG:15865");
    GeoPoint q = ((GeoGeometry.Point) r.features().getFirst().geometry()).point();
    // cs2cs reference (arm_gk8_epsg15865_to_wgs84.txt, first line): 43.475230004916 41.123420001353
    assertThat(q.lonDeg()).isCloseTo(43.475230004916, within(1e-9));
    assertThat(q.latDeg()).isCloseTo(41.123420001353, within(1e-9));
  }

  @Test
  void geopackage_with_an_unknown_srs_is_refused() throws Exception {
    Path g = dir.resolve("merc.gpkg");
    try (TinyGpkg t = new TinyGpkg(g)) {
      t.srs(3857, "EPSG", 3857, "WGS 84 / Pseudo-Mercator").layer("pillars", "POINT", 3857,
          TinyGpkg.blob(3857, TinyGpkg.point(4955000, 4893000, null), 0, 0, 0, 0));
    }
    assertThatThrownBy(() -> read(g)).isInstanceOf(GeoInputException.class)
        .hasMessageContaining("layer pillars: srs_id 3857 (\"WGS 84 / Pseudo-Mercator\")")
        .hasMessageContaining("unknown CRS code \"EPSG:3857\"");
    Path u = dir.resolve("undefined.gpkg");
    try (TinyGpkg t = new TinyGpkg(u)) {
      t.layer("pillars", "POINT", 0, TinyGpkg.blob(0, TinyGpkg.point(44.5, 40.2, null), 0, 0, 0, 0));
    }
    assertThatThrownBy(() -> read(u)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("srs_id 0 is NONE:0").hasMessageContaining("not an EPSG CRS");
  }

  @Test
  void geopackage_blob_without_the_GP_magic_is_refused_with_the_feature() throws Exception {
    Path g = dir.resolve("raw.gpkg");
    try (TinyGpkg t = new TinyGpkg(g)) {
      t.srs(4326, "EPSG", 4326, "WGS 84").layer("pillars", "POINT", 4326, TinyGpkg.point(44.5, 40.2, null));
    }
    assertThatThrownBy(() -> read(g)).hasMessageContaining("layer pillars, feature 0 (fid 1): not a GeoPackage "
        + "geometry (no 'GP' magic)");
  }

  @Test
  void geopackage_geometry_nested_thousands_of_levels_deep_is_refused_with_the_feature() throws Exception {
    Path g = dir.resolve("deep.gpkg");
    byte[] deep = nestedCollections(10_000, TinyGpkg.point(44.5, 40.2, null));
    try (TinyGpkg t = new TinyGpkg(g)) {
      t.srs(4326, "EPSG", 4326, "WGS 84").layer("pillars", "GEOMETRY", 4326,
          TinyGpkg.blob(4326, deep, 44.5, 44.5, 40.2, 40.2));
    }
    assertThatThrownBy(() -> read(g)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("layer pillars, feature 0 (fid 1)")
        .hasMessageContaining("nested more than " + WkbNesting.MAX_DEPTH + " levels deep");
  }

  @Test
  void geopackage_nesting_is_found_in_a_later_member_too() throws Exception {
    // The deep branch is the second member of the outer collection: the check walks every member.
    byte[] deep = nestedCollections(WkbNesting.MAX_DEPTH, TinyGpkg.point(44.5, 40.2, null));
    byte[] outer = collection(TinyGpkg.point(44.5, 40.2, null), deep);
    assertThatThrownBy(() -> WkbNesting.check(outer, "here"))
        .isInstanceOf(BadInputException.class).hasMessageStartingWith("here: ");
    WkbNesting.check(nestedCollections(WkbNesting.MAX_DEPTH - 1, TinyGpkg.point(44.5, 40.2, null)), "here");
  }

  /** {@code levels} GeometryCollections, each holding the next, around {@code inner} (little-endian WKB). */
  static byte[] nestedCollections(int levels, byte[] inner) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(levels * 9 + inner.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < levels; i++) {
      b.put((byte) 1).putInt(7).putInt(1);
    }
    return b.put(inner).array();
  }

  static byte[] collection(byte[]... members) {
    int length = 9;
    for (byte[] m : members) {
      length += m.length;
    }
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 1).putInt(7).putInt(members.length);
    for (byte[] m : members) {
      b.put(m);
    }
    return b.array();
  }

  // ---- bad input ----

  @ParameterizedTest
  @ValueSource(strings = {"a.geojson", "a.kml", "a.kmz", "a.gpx", "a.csv", "a.gpkg"})
  void an_empty_file_is_refused(String name) throws Exception {
    Path p = file(name, "");
    assertThatThrownBy(() -> FeatureImport.read(p, ImportOptions.defaults().withCrs("EPSG:4326")
            .withCsv(CsvLayout.latLon("lat", "lon"))))
        .isInstanceOf(BadInputException.class).hasMessageEndingWith(name + ": the file is empty");
  }

  @Test
  void a_missing_file_is_an_io_error() {
    assertThatThrownBy(() -> read(dir.resolve("nowhere.kml"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void truncated_files_are_refused_with_where_they_end() throws Exception {
    String geojson = Files.readString(GdalCrossCheckTest.fixture("arm.geojson"));
    Path g = file("cut.geojson", geojson.substring(0, geojson.length() / 2));
    assertThatThrownBy(() -> read(g)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("cut.geojson: not valid JSON at line");
    String kml = Files.readString(GdalCrossCheckTest.fixture("arm.kml"));
    Path k = file("cut.kml", kml.substring(0, kml.length() / 2));
    assertThatThrownBy(() -> read(k)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("cut.kml: not well-formed XML at line");
    String gpx = Files.readString(GdalCrossCheckTest.fixture("arm.gpx"));
    Path x = file("cut.gpx", gpx.substring(0, gpx.length() / 2));
    assertThatThrownBy(() -> read(x)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("cut.gpx: not well-formed XML at line");
    byte[] gpkg = Files.readAllBytes(GdalCrossCheckTest.fixture("arm.gpkg"));
    Path p = dir.resolve("cut.gpkg");
    Files.write(p, Arrays.copyOf(gpkg, gpkg.length / 2));
    assertThatThrownBy(() -> read(p)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("cut.gpkg: cannot read the GeoPackage (damaged or truncated?)");
  }

  @Test
  void a_file_whose_content_does_not_match_its_extension_is_refused() throws Exception {
    Path p = file("looks.geojson", KML_HEAD + "</Document></kml>");
    assertThatThrownBy(() -> read(p)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("looks.geojson: read as geojson (from its extension or --input-format), but it starts like "
            + "XML (KML or GPX?)");
    Path q = file("track.kml", GPX_HEAD + "</gpx>");
    assertThatThrownBy(() -> read(q)).hasMessageContaining("the root element is <gpx>, not <kml>: this looks like GPX");
    Path r = file("layer.gpkg", "{\"type\": \"FeatureCollection\", \"features\": []}");
    assertThatThrownBy(() -> read(r)).hasMessageContaining("starts like JSON (GeoJSON?)");
    Path s = file("noext", "{}");
    assertThatThrownBy(() -> read(s)).hasMessageContaining("cannot tell the format from the file name");
    assertThat(FeatureImport.read(file("real.txt", "{\"type\": \"FeatureCollection\", \"features\": []}"),
        ImportOptions.defaults().withFormat(ImportFormat.GEOJSON)).features()).isEmpty();
  }

  @Test
  void swapped_axes_are_refused_in_geojson_and_kml() throws Exception {
    Path g = file("swapped.geojson", "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": "
        + "{\"type\": \"LineString\", \"coordinates\": [[40.5, 45.25], [40.5, 95.25]]}}");
    assertThatThrownBy(() -> read(g)).hasMessageContaining("feature 0, position 1: [40.5, 95.25] looks like "
        + "latitude, longitude order");
    Path k = file("swapped.kml", KML_HEAD + "<Placemark><name>x</name><LineString>\n<coordinates>40.5,45.25 "
        + "40.5,95.25</coordinates></LineString></Placemark></Document></kml>");
    assertThatThrownBy(() -> read(k)).hasMessageContaining("swapped.kml: placemark 0 (\"x\"), <coordinates> at line 4, "
        + "column 14, tuple 1: \"40.5,95.25\" looks like latitude, longitude order");
    // in the middle latitudes both orders are valid numbers: the stated region decides
    Path m = file("mid.kml", KML_HEAD + "<Placemark><Point><coordinates>40.2,44.5</coordinates></Point>"
        + "</Placemark></Document></kml>");
    assertThat(read(m).features()).hasSize(1);
    assertThatThrownBy(() -> FeatureImport.read(m, ImportOptions.defaults().withRegion(Region.parse("43,38,51,42.5"))))
        .hasMessageContaining("lies outside the expected region 43.0,38.0,51.0,42.5 but its swap lies inside");
  }

  @Test
  void coordinates_out_of_range_name_their_place() throws Exception {
    Path g = file("far.geojson", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
        + "\"properties\": {}, \"geometry\": null}, {\"type\": \"Feature\", \"properties\": {}, \"geometry\": "
        + "{\"type\": \"Point\", \"coordinates\": [190.5, 40.2]}}]}");
    assertThatThrownBy(() -> read(g)).isInstanceOf(GeoInputException.class)
        .hasMessageContaining("far.geojson: feature 1: longitude 190.5° is outside [-180°, 180°]");
    Path c = file("far.csv", "lat,lon\n40.2,44.5\n\n40.3,194.5\n");
    assertThatThrownBy(() -> FeatureImport.read(c, ImportOptions.defaults().withCrs("EPSG:4326")
            .withCsv(CsvLayout.latLon("lat", "lon"))))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("far.csv: line 4 (lon 194.5, lat 40.3): longitude 194.5° is outside [-180°, 180°]");
    Path x = file("far.gpx", GPX_HEAD + "<wpt lat=\"40.2\" lon=\"44.5\"/>\n  <wpt lat=\"-91\" lon=\"44.5\"/></gpx>");
    assertThatThrownBy(() -> read(x)).hasMessageContaining("far.gpx: wpt 1 at line 4, column")
        .hasMessageContaining("latitude -91.0° is outside [-90°, 90°]");
    Path k = file("far.kml", KML_HEAD + "<Placemark><Point><coordinates>144.5,-95</coordinates></Point>"
        + "</Placemark></Document></kml>");
    assertThatThrownBy(() -> read(k)).hasMessageContaining("far.kml: placemark 0, <coordinates> at line 3")
        .hasMessageContaining("latitude -95.0° is outside [-90°, 90°]");
  }

  @Test
  void grid_coordinates_outside_their_zone_are_refused_with_the_line() throws Exception {
    // easting and northing given the wrong way round: the classic Soviet X/Y mix-up
    Path c = file("gk.csv", "X,Y\n4555491.502,8372056.028\n");
    assertThatThrownBy(() -> FeatureImport.read(c, ImportOptions.defaults().withCrs("EPSG:28408")
            .withTransformation("EPSG:15865").withCsv(CsvLayout.xy("X", "Y"))))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("gk.csv: line 2 (X 4555491.502, Y 8372056.028)")
        .hasMessageContaining("outside the zone of EPSG:28408");
  }

  @Test
  void non_numeric_values_are_refused_with_line_and_column() throws Exception {
    Path c = file("bad.csv", "id,lat,lon\n1,40.2,44.5\n2,40.3,44.5x\n");
    assertThatThrownBy(() -> FeatureImport.read(c, ImportOptions.defaults().withCrs("EPSG:4326")
            .withCsv(CsvLayout.latLon("lat", "lon"))))
        .hasMessage("bad.csv: line 3, column \"lon\" is not a decimal number: \"44.5x\"".replace("bad.csv", c.toString()));
    Path h = file("hex.csv", "lat,lon\n0x1p5,44.5\n");
    assertThatThrownBy(() -> FeatureImport.read(h, ImportOptions.defaults().withCrs("EPSG:4326")
            .withCsv(CsvLayout.latLon("lat", "lon")))).hasMessageContaining("is not a decimal number: \"0x1p5\"");
    Path k = file("bad.kml", KML_HEAD + "<Placemark><Point><coordinates>44.5,forty</coordinates></Point>"
        + "</Placemark></Document></kml>");
    assertThatThrownBy(() -> read(k)).hasMessageContaining("tuple 0: latitude is not a decimal number: \"forty\"");
    Path x = file("bad.gpx", GPX_HEAD + "<wpt lat=\"4O.2\" lon=\"44.5\"/></gpx>");
    assertThatThrownBy(() -> read(x)).hasMessageContaining("wpt 0 at line 3, column")
        .hasMessageContaining("lat is not a decimal number: \"4O.2\"");
    Path g = file("bad.geojson", "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": "
        + "{\"type\": \"Point\", \"coordinates\": [\"44.5\", 40.2]}}");
    assertThatThrownBy(() -> read(g)).hasMessageContaining("feature 0: a position must be [longitude, latitude] "
        + "numbers, got [\"44.5\",40.2]");
  }

  @Test
  void csv_rows_with_missing_cells_unknown_columns_and_ambiguous_order_are_refused() throws Exception {
    Path c = file("short.csv", "lat,lon,name\n40.2,44.5\n");
    ImportOptions o = ImportOptions.defaults().withCrs("EPSG:4326").withCsv(CsvLayout.latLon("lat", "lon"));
    assertThatThrownBy(() -> FeatureImport.read(c, o)).hasMessageContaining("line 2: 2 cells, the header has 3");
    Path d = file("cols.csv", "y,x\n40.2,44.5\n");
    assertThatThrownBy(() -> FeatureImport.read(d, o))
        .hasMessageContaining("column \"lon\" is not in the header; the columns are y, x");
    Path e = file("order.csv", "part,seq,lat,lon\na,1,40.2,44.5\na,2,40.3,44.6\na,1,40.4,44.7\n");
    assertThatThrownBy(() -> FeatureImport.read(e, ImportOptions.defaults().withCrs("EPSG:4326")
            .withCsv(CsvLayout.latLon("lat", "lon").withLines("part", Optional.of("seq")))))
        .hasMessageContaining("part \"a\": seq 1.0 appears on lines 2 and 4; the vertex order is ambiguous");
    assertThatThrownBy(() -> FeatureImport.read(c, ImportOptions.defaults().withCsv(CsvLayout.latLon("lat", "lon"))))
        .hasMessageContaining("a CSV file needs its CRS stated with --crs");
    assertThatThrownBy(() -> FeatureImport.read(c, ImportOptions.defaults().withCrs("EPSG:4326")))
        .hasMessageContaining("a CSV file needs its coordinate columns stated");
  }

  @Test
  void a_ring_that_is_not_closed_is_refused() throws Exception {
    Path g = file("open.geojson", "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Polygon\", "
        + "\"coordinates\": [[[44, 40], [45, 40], [45, 41], [44, 41]]]}}");
    assertThatThrownBy(() -> read(g)).hasMessageContaining("feature 0, ring 0: a GeoJSON ring needs at least 4 "
        + "positions and must end where it starts");
    Path k = file("open.kml", KML_HEAD + "<Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>"
        + "44,40 45,40 45,41 44,41</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>");
    assertThatThrownBy(() -> read(k)).hasMessageContaining("placemark 0, LinearRing at line 3")
        .hasMessageContaining("must end where it starts (OGC 07-147r2, 10.5), got 4 tuples, not closed");
  }

  static final String BOWTIE = "{\"type\": \"Feature\", \"id\": \"bt\", \"properties\": {}, \"geometry\": "
      + "{\"type\": \"Polygon\", \"coordinates\": [[[44, 40], [45, 41], [45, 40], [44, 41], [44, 40]]]}}";

  @Test
  void a_self_intersecting_polygon_is_refused_unless_repair_is_asked() throws Exception {
    Path g = file("bowtie.geojson", BOWTIE);
    assertThatThrownBy(() -> read(g)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("bowtie.geojson: feature 0 (id \"bt\"): invalid polygon: Self-intersection at or near "
            + "[44.5, 40.5] (longitude, latitude)")
        .hasMessageContaining("--repair fixes it");
    ImportResult r = FeatureImport.read(g, ImportOptions.defaults().withRepair(true));
    GeoGeometry.Area area = (GeoGeometry.Area) r.features().getFirst().geometry();
    assertThat(area.parts()).hasSize(2);
    assertThat(r.repairs()).singleElement().satisfies(rep -> {
      assertThat(rep.partsBefore()).isEqualTo(1);
      assertThat(rep.partsAfter()).isEqualTo(2);
      assertThat(rep.ringsAfter()).isEqualTo(2);
      // the bow-tie's two lobes cancel as drawn; repaired, each triangle counts: about 2 × 2 350 km²
      assertThat(Math.abs(rep.areaM2Before())).isLessThan(1e8);
      assertThat(rep.areaM2After()).isBetween(4.6e9, 4.8e9);
    });
    assertThat(r.warnings()).singleElement().asString().contains("feature 0: repaired (invalid polygon: "
        + "Self-intersection").contains("parts 1 -> 2");
    // the repaired triangles share the crossing point as a new vertex
    assertThat(area.parts().getFirst().shell().vertices()).contains(new GeoPoint(40.5, 44.5));
  }

  @Test
  void doctype_with_an_external_entity_is_refused() throws Exception {
    Path secret = file("secret.txt", "44.5,40.2");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><Point><coordinates>&xxe;</coordinates>"
        + "</Point></Placemark></kml>";
    Path k = file("xxe.kml", xxe);
    assertThatThrownBy(() -> read(k)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("xxe.kml: line 2").hasMessageContaining("a DOCTYPE declaration is refused");
    Path x = file("xxe.gpx", xxe.replace("kml", "gpx"));
    assertThatThrownBy(() -> read(x)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("a DOCTYPE declaration is refused");
  }

  @Test
  void unknown_crs_and_inapplicable_transformations_are_refused() throws Exception {
    Path c = file("merc.csv", "x,y\n4955000,4893000\n");
    assertThatThrownBy(() -> FeatureImport.read(c, ImportOptions.defaults().withCrs("EPSG:3857")
            .withCsv(CsvLayout.xy("x", "y"))))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("unknown CRS code \"EPSG:3857\"");
    Path g = file("a.geojson", "{\"type\": \"FeatureCollection\", \"features\": []}");
    assertThat(FeatureImport.read(g, ImportOptions.defaults().withTransformation("EPSG:15865")).transformation())
        .as("a transformation named for WGS 84 data is not applied, and the result says none was used").isEmpty();
    assertThatThrownBy(() -> FeatureImport.read(g, ImportOptions.defaults().withTransformation("EPSG:9999")))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("EPSG:9999");
    assertThatThrownBy(() -> FeatureImport.read(g, ImportOptions.defaults().withCrs("EPSG:28408")))
        .hasMessageContaining("geojson coordinates are WGS 84 longitude and latitude by definition; --crs EPSG:28408 "
            + "does not apply");
    Path d = file("declared.geojson", "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", "
        + "\"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::28408\"}}, \"features\": []}");
    assertThatThrownBy(() -> read(d)).hasMessageContaining("the file declares \"crs\"")
        .hasMessageContaining("WGS 84 longitude, latitude only");
    Path e = file("crs84.geojson", "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", "
        + "\"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}, \"features\": []}");
    assertThat(read(e).features()).isEmpty();
    assertThatThrownBy(() -> FeatureImport.read(c, ImportOptions.defaults().withCrs("EPSG:28408")
            .withTransformation("EPSG:9999").withCsv(CsvLayout.xy("x", "y"))))
        .hasMessageContaining("unknown datum transformation code \"EPSG:9999\"");
  }

  @Test
  void geojson_members_may_come_in_any_order_and_the_writer_round_trips() throws Exception {
    Path g = file("order.geojson", "{\"features\": [{\"geometry\": {\"coordinates\": [[[44, 40], [45, 40], [45, 41], "
        + "[44, 40]]], \"type\": \"Polygon\"}, \"properties\": {\"name\": \"t\"}, \"id\": 7, \"type\": \"Feature\"},"
        + "{\"type\": \"Feature\", \"properties\": null, \"geometry\": {\"type\": \"MultiLineString\", \"coordinates\": "
        + "[[[44, 40, 900], [44.5, 40.5]], [[45, 41], [45.5, 41.5]]]}}], \"type\": \"FeatureCollection\"}");
    ImportResult r = read(g);
    assertThat(r.features()).hasSize(2);
    assertThat(r.features().getFirst().id()).isEqualTo("7");
    assertThat(r.warnings()).singleElement().asString().contains("1 positions have a third number (altitude)");
    Path out = dir.resolve("out.geojson");
    GeoJson.write(r.features().stream().map(GeoFeature::toGeoJson).toList(), out);
    ImportResult back = read(out);
    assertThat(back.features()).isEqualTo(r.features().stream()
        .map(f -> new GeoFeature(f.index(), f.id(), f.properties(), f.geometry())).toList());
  }
}
