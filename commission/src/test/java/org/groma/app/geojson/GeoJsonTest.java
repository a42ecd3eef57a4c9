package org.groma.app.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.junit.jupiter.api.Test;

class GeoJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GeoPoint YEREVAN = new GeoPoint(40.1811, 44.5136);

  @Test
  void a_position_is_longitude_then_latitude_with_every_digit_kept() {
    GeoPoint p = new GeoPoint(40.123456789012345, 44.1);
    String text = GeoJson.text(collection(new GeoJson.Feature(Map.of(), new GeoJson.Point(p))));
    assertThat(text).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
        + "\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[44.1,40.123456789012344]}}]}");
    // the shortest decimal of that double, and it reads back to the very same double
    assertThat(Double.parseDouble("40.123456789012344")).isEqualTo(p.latDeg());
  }

  @Test
  void members_come_type_id_properties_geometry_and_an_unlocated_feature_has_null_geometry()
      throws Exception {
    String text = JSON.writeValueAsString(new GeoJson.Feature("7", Map.of("name", "t"), null));
    assertThat(text).isEqualTo("{\"type\":\"Feature\",\"id\":\"7\",\"properties\":{\"name\":\"t\"},\"geometry\":null}");
  }

  @Test
  void polygon_rings_are_written_closed_and_one_part_takes_the_single_form() throws Exception {
    GeoRing shell = GeoRing.of(List.of(new GeoPoint(40, 44), new GeoPoint(40, 45), new GeoPoint(41, 45)));
    GeoJson.Geometry area = GeoJson.area(List.of(new GeoPolygon(shell, List.of())));
    assertThat(JSON.writeValueAsString(area))
        .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[44.0,40.0],[45.0,40.0],[45.0,41.0],[44.0,40.0]]]}");
    assertThat(JSON.writeValueAsString(GeoJson.line(List.of(List.of(YEREVAN, YEREVAN), List.of(YEREVAN, YEREVAN)))))
        .startsWith("{\"type\":\"MultiLineString\",\"coordinates\":[[[44.5136,40.1811],");
  }

  @Test
  void written_inside_an_indented_document_it_matches_the_same_document_built_from_maps() throws Exception {
    ObjectMapper indented = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("lengthM", 12.5);
    Map<String, Object> geometry = new LinkedHashMap<>();
    geometry.put("type", "LineString");
    geometry.put("coordinates", List.of(new double[] {44.5136, 40.1811}, new double[] {44.6, 40.2}));
    Map<String, Object> feature = new LinkedHashMap<>();
    feature.put("type", "Feature");
    feature.put("properties", props);
    feature.put("geometry", geometry);
    Map<String, Object> byHand = new LinkedHashMap<>();
    byHand.put("type", "FeatureCollection");
    byHand.put("features", List.of(feature));

    GeoJson.FeatureCollection written = collection(
        new GeoJson.Feature(props, new GeoJson.LineString(List.of(YEREVAN, new GeoPoint(40.2, 44.6)))));
    assertThat(indented.writeValueAsString(Map.of("areas", written)))
        .isEqualTo(indented.writeValueAsString(Map.of("areas", byHand)));
  }

  @Test
  void a_stream_puts_each_feature_on_its_own_line_and_reads_back() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GeoJson.write(List.of(new GeoJson.Feature("a", Map.of(), new GeoJson.Point(YEREVAN)),
        new GeoJson.Feature(null, Map.of(), new GeoJson.MultiPoint(List.of(YEREVAN)))), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.split("\n")).hasSize(3);
    assertThat(text).startsWith("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"id\":\"a\"")
        .endsWith("]}\n");
    assertThat(JSON.readTree(text).path("features").get(1).path("geometry").path("coordinates").get(0).get(1)
        .asDouble()).isEqualTo(40.1811);
  }

  private static GeoJson.FeatureCollection collection(GeoJson.Feature... features) {
    return new GeoJson.FeatureCollection(List.of(features));
  }
}
