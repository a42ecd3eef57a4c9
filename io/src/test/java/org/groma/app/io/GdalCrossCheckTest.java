package org.groma.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.junit.jupiter.api.Test;

/**
 * Each format GDAL wrote from the same Armenia feature reads back to the vertices of the GeoJSON
 * (fixtures and the exact ogr2ogr and cs2cs commands in src/test/resources/io/gdal/README.md).
 */
class GdalCrossCheckTest {

  /** The bound for "the same vertices": 1e-9°, about 0.1 mm, the journal's canonical step. */
  static final double SAME_VERTEX_DEG = 1e-9;

  static Path fixture(String name) throws Exception {
    return Path.of(GdalCrossCheckTest.class.getResource("/io/gdal/" + name).toURI());
  }

  static ImportResult read(String name, ImportOptions options) throws Exception {
    return FeatureImport.read(fixture(name), options);
  }

  /** Every ring of the reference polygon as a closed list of positions. */
  static List<List<GeoPoint>> rings(GeoGeometry g) {
    List<List<GeoPoint>> out = new ArrayList<>();
    for (GeoPolygon p : ((GeoGeometry.Area) g).parts()) {
      out.add(p.shell().closed());
      for (GeoRing h : p.holes()) {
        out.add(h.closed());
      }
    }
    return out;
  }

  static void assertSameParts(List<List<GeoPoint>> actual, List<List<GeoPoint>> expected, double tolDeg) {
    assertThat(actual.size()).as("parts").isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).size()).as("part %d", i).isEqualTo(expected.get(i).size());
      for (int k = 0; k < expected.get(i).size(); k++) {
        GeoPoint a = actual.get(i).get(k);
        GeoPoint e = expected.get(i).get(k);
        assertThat(Math.abs(a.lonDeg() - e.lonDeg())).as("part %d vertex %d lon", i, k).isLessThanOrEqualTo(tolDeg);
        assertThat(Math.abs(a.latDeg() - e.latDeg())).as("part %d vertex %d lat", i, k).isLessThanOrEqualTo(tolDeg);
      }
    }
  }

  static ImportResult reference() throws Exception {
    return read("arm.geojson", ImportOptions.defaults());
  }

  @Test
  void the_reference_geojson_is_one_multipolygon_of_six_parts() throws Exception {
    ImportResult r = reference();
    assertThat(r.features()).hasSize(1);
    assertThat(((GeoGeometry.Area) r.features().getFirst().geometry()).parts()).hasSize(6);
    assertThat(r.features().getFirst().properties().get("A3").asText()).isEqualTo("ARM");
    // 1 106 positions in 115 rings (shells and holes), each ring repeating its first position at the end
    assertThat(rings(r.features().getFirst().geometry())).hasSize(115);
    assertThat(r.vertexCount()).isEqualTo(1106 - 115);
    assertThat(r.crs().code()).isEqualTo("OGC:CRS84");
    assertThat(r.transformation()).isEmpty();
  }

  @Test
  void geopackage_gives_the_geojson_vertices() throws Exception {
    ImportResult r = read("arm.gpkg", ImportOptions.defaults());
    assertThat(r.format()).isEqualTo(ImportFormat.GPKG);
    assertThat(r.crs().code()).isEqualTo("EPSG:4326");
    assertThat(r.features()).hasSize(1);
    assertThat(r.features().getFirst().properties().get("A3").asText()).isEqualTo("ARM");
    assertSameParts(rings(r.features().getFirst().geometry()), rings(reference().features().getFirst().geometry()),
        SAME_VERTEX_DEG);
  }

  @Test
  void geopackage_in_utm_38n_converts_back_to_the_geojson_vertices() throws Exception {
    ImportResult r = read("arm_utm38n.gpkg", ImportOptions.defaults());
    assertThat(r.crs().code()).isEqualTo("EPSG:32638");
    assertThat(r.transformation()).isEmpty();
    assertSameParts(rings(r.features().getFirst().geometry()), rings(reference().features().getFirst().geometry()),
        SAME_VERTEX_DEG);
  }

  @Test
  void kml_gives_the_geojson_vertices_and_its_extended_data() throws Exception {
    ImportResult r = read("arm.kml", ImportOptions.defaults());
    assertThat(r.format()).isEqualTo(ImportFormat.KML);
    assertThat(r.features()).hasSize(1);
    assertThat(r.features().getFirst().properties().get("A3").asText()).isEqualTo("ARM");
    assertSameParts(rings(r.features().getFirst().geometry()), rings(reference().features().getFirst().geometry()),
        SAME_VERTEX_DEG);
  }

  @Test
  void kmz_reads_the_kml_inside() throws Exception {
    Path kmz = Files.createTempFile("arm", ".kmz");
    try {
      try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(kmz))) {
        zip.putNextEntry(new java.util.zip.ZipEntry("doc.kml"));
        zip.write(Files.readAllBytes(fixture("arm.kml")));
        zip.closeEntry();
      }
      ImportResult r = FeatureImport.read(kmz, ImportOptions.defaults());
      assertThat(r.format()).isEqualTo(ImportFormat.KMZ);
      assertSameParts(rings(r.features().getFirst().geometry()), rings(reference().features().getFirst().geometry()),
          SAME_VERTEX_DEG);
    } finally {
      Files.delete(kmz);
    }
  }

  @Test
  void gpx_track_segments_give_the_rings_as_lines() throws Exception {
    ImportResult r = read("arm.gpx", ImportOptions.defaults());
    assertThat(r.features()).hasSize(1);
    assertThat(r.features().getFirst().properties().get("gpx").asText()).isEqualTo("trk");
    GeoGeometry.Line line = (GeoGeometry.Line) r.features().getFirst().geometry();
    GeoGeometry.Line expected = (GeoGeometry.Line) read("arm_line.geojson", ImportOptions.defaults())
        .features().getFirst().geometry();
    assertSameParts(line.parts(), expected.parts(), SAME_VERTEX_DEG);
    assertSameParts(line.parts(), rings(reference().features().getFirst().geometry()), SAME_VERTEX_DEG);
  }

  @Test
  void csv_track_points_with_part_and_order_columns_give_the_rings_as_lines() throws Exception {
    ImportResult r = read("arm.csv", ImportOptions.defaults().withCrs("EPSG:4326")
        .withCsv(CsvLayout.xy("X", "Y").withLines("track_seg_id", java.util.Optional.of("track_seg_point_id"))));
    List<List<GeoPoint>> parts = new ArrayList<>();
    for (GeoFeature f : r.features()) {
      parts.addAll(((GeoGeometry.Line) f.geometry()).parts());
    }
    assertThat(r.features().size()).isEqualTo(115);
    assertThat(r.features().getFirst().id()).isEqualTo("0");
    assertSameParts(parts, rings(reference().features().getFirst().geometry()), SAME_VERTEX_DEG);
  }

  @Test
  void soviet_grid_csv_converted_with_the_named_transformation_matches_cs2cs() throws Exception {
    ImportResult r = read("arm_gk8_epsg15865.csv", ImportOptions.defaults().withCrs("EPSG:28408")
        .withTransformation("EPSG:15865")
        .withCsv(CsvLayout.xy("Y", "X").withLines("part", java.util.Optional.of("seq")).withDelimiter(';', false)));
    assertThat(r.crs().code()).isEqualTo("EPSG:28408");
    assertThat(r.transformationName()).isEqualTo("EPSG:15865");
    List<GeoPoint> expected = new ArrayList<>();
    for (String line : Files.readAllLines(fixture("arm_gk8_epsg15865_to_wgs84.txt"))) {
      String[] v = line.trim().split("\\s+");
      expected.add(GeoPoint.ofLonLat(Double.parseDouble(v[0]), Double.parseDouble(v[1])));
    }
    GeoGeometry.Line line = (GeoGeometry.Line) r.features().getFirst().geometry();
    assertThat(r.features()).hasSize(1);
    assertSameParts(line.parts(), List.of(expected), SAME_VERTEX_DEG);
  }

  @Test
  void soviet_grid_csv_without_a_transformation_is_refused_listing_the_candidates() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("arm_gk8_epsg15865.csv",
            ImportOptions.defaults().withCrs("EPSG:28408")
                .withCsv(CsvLayout.xy("Y", "X").withLines("part", java.util.Optional.of("seq"))
                    .withDelimiter(';', false))))
        .isInstanceOf(org.groma.geo.GeoInputException.class)
        .hasMessageContaining("EPSG:28408")
        .hasMessageContaining("none is chosen silently")
        .hasMessageContaining("EPSG:1267")
        .hasMessageContaining("EPSG:15865")
        .hasMessageContaining("EPSG:1808");
  }
}
