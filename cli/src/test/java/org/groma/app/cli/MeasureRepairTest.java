package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `geo measure --repair` says what the repair changed, as its help promises. */
class MeasureRepairTest {

  static String file(String name) throws Exception {
    return Path.of(MeasureRepairTest.class.getResource("/cli/" + name).toURI()).toString();
  }

  @Test
  void a_repaired_bowtie_is_reported_with_its_kind_parts_and_area_before_and_after() throws Exception {
    Cli r = Cli.run("geo", "measure", file("bowtie.geojson"), "--repair", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode repairs = new ObjectMapper().readTree(r.out()).get("repairs");
    assertThat(repairs).hasSize(1);
    assertThat(repairs.get(0).get("problem").asText()).isNotBlank();
    assertThat(repairs.get(0).get("partsAfter").asInt()).isEqualTo(2);
    assertThat(repairs.get(0).has("areaM2Before")).isTrue();
    assertThat(repairs.get(0).get("areaM2After").asDouble()).isPositive();
    Cli text = Cli.run("geo", "measure", file("bowtie.geojson"), "--repair");
    assertThat(text.out()).contains("repair: feature 0: repaired (").contains("geodesic area");
  }
}
