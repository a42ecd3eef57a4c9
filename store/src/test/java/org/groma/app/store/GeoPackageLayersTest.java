package org.groma.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.BadInputException;
import org.groma.app.testing.ExternalTool;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GeoPackageLayersTest {

  @TempDir Path dir;

  // ------------------------------------------------------------------ geometry encoding against GDAL

  record GdalGeometry(String type, String geoJson, String hex) {}

  static List<GdalGeometry> gdalGeometries() throws IOException {
    List<GdalGeometry> list = new ArrayList<>();
    try (InputStream in = GeoPackageLayersTest.class.getResourceAsStream("/store/gdal-geometries.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] fields = line.split("\t");
          list.add(new GdalGeometry(fields[0], fields[1], fields[2]));
        }
      }
    }
    return list;
  }

  @ParameterizedTest
  @MethodSource("gdalGeometries")
  void encodes_geometries_byte_for_byte_as_gdal_does(GdalGeometry gdal) throws IOException {
    LayerGeometry geometry = fromGeoJson(new ObjectMapper().readTree(gdal.geoJson()));
    byte[] ours = GeoPackageGeometry.encode(geometry, 4326);
    byte[] theirs = HexFormat.of().parseHex(gdal.hex());
    if (geometry instanceof LayerGeometry.Point) {
      // GDAL omits a point's envelope (flags 0x01, 8-byte header); Groma writes one (flags 0x03). Same WKB.
      assertThat(Arrays.copyOfRange(ours, 0, 3)).isEqualTo(Arrays.copyOfRange(theirs, 0, 3));
      assertThat(Arrays.copyOfRange(ours, 40, ours.length)).isEqualTo(Arrays.copyOfRange(theirs, 8, theirs.length));
    } else {
      assertThat(HexFormat.of().withUpperCase().formatHex(ours)).isEqualTo(gdal.hex());
    }
    assertThat(GeoPackageGeometry.decode(ours)).isEqualTo(geometry);
    assertThat(GeoPackageGeometry.decode(theirs)).isEqualTo(geometry);
    assertThat(GeoPackageGeometry.srsId(ours)).isEqualTo(4326);
  }

  private static LayerGeometry fromGeoJson(JsonNode node) {
    JsonNode c = node.get("coordinates");
    return switch (node.get("type").asText()) {
      case "Point" -> new LayerGeometry.Point(point(c));
      case "LineString" -> new LayerGeometry.LineString(points(c));
      case "Polygon" -> new LayerGeometry.Polygon(lists(c));
      case "MultiLineString" -> new LayerGeometry.MultiLineString(lists(c));
      default -> throw new IllegalArgumentException(node.toString());
    };
  }

  private static GeoPoint point(JsonNode c) {
    return GeoPoint.ofLonLat(c.get(0).asDouble(), c.get(1).asDouble());
  }

  private static List<GeoPoint> points(JsonNode c) {
    List<GeoPoint> list = new ArrayList<>();
    c.forEach(p -> list.add(point(p)));
    return list;
  }

  private static List<List<GeoPoint>> lists(JsonNode c) {
    List<List<GeoPoint>> list = new ArrayList<>();
    c.forEach(p -> list.add(points(p)));
    return list;
  }

  // ------------------------------------------------------------------ layers in a store

  static final List<GeoPoint> LINE_1 = List.of(GeoPoint.ofLonLat(45.0123456789, 41.1), GeoPoint.ofLonLat(45.2, 41.05));
  static final List<GeoPoint> LINE_2 = List.of(GeoPoint.ofLonLat(45.2, 41.05), GeoPoint.ofLonLat(45.3, 40.9),
      GeoPoint.ofLonLat(45.35, 40.85));

  static Feature feature(LayerGeometry geometry, Object... keyValues) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      attributes.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new Feature(geometry, attributes);
  }

  /** A store with the four projection layers filled with sample features (3 sections, 2 segments, 1 proposal, no decision). */
  static Path storeWithLayers(Path dir) {
    Path file = dir.resolve("layers.gpkg");
    try (CommissionStore store = CommissionStore.create(file, CommissionStoreTest.ORIGIN, CommissionStoreTest.CLOCK)) {
      NewEntry e = TestEntries.entry("layers", 0);
      store.append(e.entry(), e.entryHash(), 0);
      store.writeLayer(ProjectionLayers.SECTIONS, List.of(
          feature(new LayerGeometry.MultiLineString(List.of(LINE_1, LINE_2)), "section_id", "S-1", "name",
              "Tavush–Gazakh", "status", "agreed", "decision_seq", 0L, "length_m", 41234.567),
          feature(new LayerGeometry.MultiLineString(List.of(LINE_2)), "section_id", "S-2", "name", "Northern",
              "status", "open"),
          feature(new LayerGeometry.MultiLineString(List.of(LINE_1)), "section_id", "S-3", "status", "open")));
      store.writeLayer(ProjectionLayers.SEGMENTS, List.of(
          feature(new LayerGeometry.LineString(LINE_1), "section_id", "S-1", "segment_no", 1, "from_point", "TP-1",
              "to_point", "TP-2", "line_type", "geodesic", "status", "agreed", "length_m", 17000.25),
          feature(new LayerGeometry.LineString(LINE_2), "section_id", "S-1", "segment_no", 2L, "status", "proposed")));
      store.writeLayer(ProjectionLayers.PROPOSALS, List.of(
          feature(new LayerGeometry.MultiLineString(List.of(LINE_1)), "proposal_id", "P-1", "section_id", "S-1",
              "party", "A", "status", "open", "proposed_seq", 0L)));
      store.writeLayer(ProjectionLayers.DECISIONS, List.of());
    }
    return file;
  }

  @Test
  void layers_are_written_registered_and_read_back() throws Exception {
    Path file = storeWithLayers(dir);
    try (CommissionStore store = CommissionStore.open(file)) {
      List<Feature> sections = store.readLayer(ProjectionLayers.SECTIONS);
      assertThat(sections).hasSize(3);
      assertThat(sections.get(0).geometry()).isEqualTo(new LayerGeometry.MultiLineString(List.of(LINE_1, LINE_2)));
      assertThat(sections.get(0).attributes()).containsEntry("name", "Tavush–Gazakh")
          .containsEntry("decision_seq", 0L).containsEntry("length_m", 41234.567);
      assertThat(sections.get(2).attributes()).containsEntry("name", null).containsEntry("length_m", null);
      assertThat(store.readLayer(ProjectionLayers.SEGMENTS).get(0).attributes()).containsEntry("segment_no", 1L);
      assertThat(store.readLayer(ProjectionLayers.DECISIONS)).isEmpty();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      assertThat(CommissionStoreTest.strings(s, "SELECT table_name || ' ' || data_type || ' ' || srs_id || ' '"
          + " || coalesce(min_x, '-') || ' ' || coalesce(min_y, '-') || ' ' || coalesce(max_x, '-') || ' ' || coalesce(max_y, '-')"
          + " FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name"))
          .containsExactly("decisions features 4326 - - - -",
              "proposals features 4326 45.0123456789 41.05 45.2 41.1",
              "sections features 4326 45.0123456789 40.85 45.35 41.1",
              "segments features 4326 45.0123456789 40.85 45.35 41.1");
      assertThat(CommissionStoreTest.strings(s, "SELECT table_name || ' ' || column_name || ' ' || geometry_type_name"
          + " || ' ' || srs_id || ' ' || z || ' ' || m FROM gpkg_geometry_columns ORDER BY table_name"))
          .containsExactly("decisions geom MULTILINESTRING 4326 0 0", "proposals geom MULTILINESTRING 4326 0 0",
              "sections geom MULTILINESTRING 4326 0 0", "segments geom LINESTRING 4326 0 0");
      assertThat(CommissionStoreTest.stringOf(s, "PRAGMA integrity_check")).isEqualTo("ok");
      assertThat(CommissionStoreTest.strings(s, "PRAGMA foreign_key_check")).isEmpty();
    }
  }

  @Test
  void rewriting_a_layer_replaces_it() {
    Path file = storeWithLayers(dir);
    try (CommissionStore store = CommissionStore.open(file)) {
      store.writeLayer(ProjectionLayers.SECTIONS, List.of(
          feature(new LayerGeometry.MultiLineString(List.of(LINE_2)), "section_id", "S-9")));
      assertThat(store.readLayer(ProjectionLayers.SECTIONS)).extracting(f -> f.attributes().get("section_id"))
          .containsExactly("S-9");
    }
  }

  @Test
  void a_bad_feature_is_refused_and_the_old_layer_stays() {
    Path file = storeWithLayers(dir);
    try (CommissionStore store = CommissionStore.open(file)) {
      assertThatThrownBy(() -> store.writeLayer(ProjectionLayers.SEGMENTS, List.of(
          feature(new LayerGeometry.LineString(LINE_1), "section_id", "S-1"),
          feature(new LayerGeometry.LineString(LINE_2), "segment_no", "two"))))
          .isInstanceOf(BadInputException.class)
          .hasMessage("layer 'segments' feature 1 attribute 'segment_no' = two (String) is not a INTEGER");
      assertThatThrownBy(() -> store.writeLayer(ProjectionLayers.SEGMENTS, List.of(
          feature(new LayerGeometry.MultiLineString(List.of(LINE_1))))))
          .isInstanceOf(BadInputException.class)
          .hasMessage("layer 'segments' feature 0 has a MULTILINESTRING geometry; the layer holds LINESTRING");
      assertThatThrownBy(() -> store.writeLayer(ProjectionLayers.SEGMENTS, List.of(
          feature(new LayerGeometry.LineString(LINE_1), "colour", "red"))))
          .isInstanceOf(BadInputException.class).hasMessageContaining("has attribute 'colour', which is not a column");
      assertThat(store.readLayer(ProjectionLayers.SEGMENTS)).hasSize(2);
    }
  }

  @Test
  void layer_specs_refuse_reserved_names_and_other_srs() {
    assertThatThrownBy(() -> FeatureLayerSpec.wgs84("journal", GeometryType.POINT, "", List.of()))
        .isInstanceOf(BadInputException.class).hasMessage("layer name 'journal' is reserved for the store's own tables");
    assertThatThrownBy(() -> FeatureLayerSpec.wgs84("gpkg_x", GeometryType.POINT, "", List.of()))
        .isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> FeatureLayerSpec.wgs84("Bad Name", GeometryType.POINT, "", List.of()))
        .isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> new FeatureLayerSpec("pillars", GeometryType.POINT, 32638, "", List.of()))
        .isInstanceOf(BadInputException.class).hasMessageContaining("srs_id 32638");
    assertThatThrownBy(() -> new LayerColumn("geom", ColumnType.TEXT)).isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> new LayerGeometry.Polygon(List.of(List.of(GeoPoint.ofLonLat(0, 0),
        GeoPoint.ofLonLat(1, 0), GeoPoint.ofLonLat(1, 1), GeoPoint.ofLonLat(0, 1)))))
        .isInstanceOf(BadInputException.class).hasMessageContaining("polygon ring 0 is not closed");
  }

  // ------------------------------------------------------------------ GDAL's ogrinfo reads the file

  @Test
  void ogrinfo_lists_the_layers_and_reads_their_features() throws Exception {
    Path ogrinfo = ExternalTool.required("ogrinfo", "gdal-bin");
    Path file = storeWithLayers(dir);

    String summary = ExternalTool.run(ogrinfo.toString(), "-ro", "-al", "-so", file.toString());
    assertThat(summary).doesNotContain("ERROR").doesNotContain("Warning");
    assertThat(layerBlock(summary, "sections")).contains("\nGeometry: Multi Line String\nFeature Count: 3\n"
        + "Extent: (45.012346, 40.850000) - (45.350000, 41.100000)\n")
        .contains("ID[\"EPSG\",4326]]").contains("Data axis to CRS axis mapping: 2,1")
        .contains("section_id: String (0.0)\nname: String (0.0)\nstatus: String (0.0)\n"
            + "decision_seq: Integer64 (0.0)\nlength_m: Real (0.0)");
    assertThat(layerBlock(summary, "segments")).contains("\nGeometry: Line String\nFeature Count: 2\n")
        .contains("segment_no: Integer64 (0.0)");
    assertThat(layerBlock(summary, "proposals")).contains("\nGeometry: Multi Line String\nFeature Count: 1\n");
    assertThat(layerBlock(summary, "decisions")).contains("\nGeometry: Multi Line String\nFeature Count: 0\n");
    assertThat(layerBlock(summary, "journal")).contains("\nGeometry: None\nFeature Count: 1\n")
        .contains("entry_hash: Binary (0.0)");
    assertThat(layerBlock(summary, "meta")).contains("Feature Count: 3\n");

    String sections = ExternalTool.run(ogrinfo.toString(), "-ro", file.toString(), "sections");
    assertThat(sections).doesNotContain("ERROR");
    assertThat(sections).contains("Feature Count: 3");
    assertThat(sections).contains("OGRFeature(sections):1\n  section_id (String) = S-1\n  name (String) = Tavush–Gazakh\n"
        + "  status (String) = agreed\n  decision_seq (Integer64) = 0\n  length_m (Real) = 41234.567\n"
        + "  MULTILINESTRING ((45.0123456789 41.1,45.2 41.05),(45.2 41.05,45.3 40.9,45.35 40.85))");
    assertThat(sections).contains("OGRFeature(sections):3\n  section_id (String) = S-3\n  name (String) = (null)");
  }

  /** GDAL's GeoPackage validator, shipped by Debian python3-gdal (not by gdal-bin). */
  static final Path VALIDATE_GPKG = Path.of("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
  static final Path SYSTEM_PYTHON = Path.of("/usr/bin/python3");

  @Test
  void gdals_geopackage_validator_finds_nothing_to_report() throws Exception {
    if (!Files.isRegularFile(VALIDATE_GPKG) || !Files.isExecutable(SYSTEM_PYTHON)) {
      String reason = VALIDATE_GPKG + " (Debian python3-gdal) or " + SYSTEM_PYTHON + " is missing";
      System.out.println("Skipping GDAL's GeoPackage validator: " + reason);
      Assumptions.abort(reason);
    }
    Path file = storeWithLayers(dir);
    // --extra runs checks beyond the strict requirements; --warning-as-error makes any remark fail the run.
    String output = ExternalTool.run(SYSTEM_PYTHON.toString(), VALIDATE_GPKG.toString(), "--extra", "--warning-as-error", file.toString());
    assertThat(output).isEmpty();
  }

  /** The part of ogrinfo's output about one layer. */
  static String layerBlock(String output, String layer) {
    int start = output.indexOf("Layer name: " + layer + "\n");
    assertThat(start).as("ogrinfo lists layer " + layer + ":\n" + output).isNotNegative();
    int end = output.indexOf("\nLayer name: ", start + 1);
    return output.substring(start, end < 0 ? output.length() : end);
  }

}
