package org.groma.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.groma.app.commission.CommissionEvent.PartyName;
import org.junit.jupiter.api.Test;

class ShippedDataTest {

  private static final ShippedData DATA = new ShippedData();

  @Test
  void party_a_is_the_shipped_country_the_roster_names_by_code_or_name() {
    PartyName arm = new PartyName("ARM", "Armenia");
    PartyName aze = new PartyName("AZE", "Azerbaijan");
    assertThat(ShippedData.sideA(arm, aze)).isEqualTo(ShippedData.ARMENIA);
    assertThat(ShippedData.sideA(aze, arm)).isEqualTo(ShippedData.AZERBAIJAN);
    assertThat(ShippedData.sideA(new PartyName("AZ", "AZERBAIJAN"), new PartyName("X", "Other")))
        .isEqualTo(ShippedData.AZERBAIJAN);
    assertThat(ShippedData.sideA(new PartyName("AZE", "Republic of Azerbaijan"), new PartyName("B", "B")))
        .isEqualTo(ShippedData.AZERBAIJAN);
    // party B named Armenia makes A the other country, though A's own name is neither
    assertThat(ShippedData.sideA(new PartyName("PA", "Party A"), arm)).isEqualTo(ShippedData.AZERBAIJAN);
    // a fictional roster keeps the extracts' order
    assertThat(ShippedData.sideA(new PartyName("PA", "Party A"), new PartyName("PB", "Party B")))
        .isEqualTo(ShippedData.ARMENIA);
  }

  @Test
  void the_files_on_the_class_path_are_the_files_of_data() throws Exception {
    for (ShippedData.Extract e : ShippedData.Extract.values()) {
      assertThat(DATA.bytes(e)).as(e.fileName()).isEqualTo(Files.readAllBytes(Path.of("../data", e.fileName())));
    }
    assertThat(DATA.territories(ShippedData.Extract.OSM)).containsKeys("ARM", "AZE", "GEO", "IRN", "TUR");
    assertThat(DATA.territories(ShippedData.Extract.NATURAL_EARTH)).containsKeys("Armenia", "Azerbaijan");
    assertThat(DATA.settlements()).hasSize(485);
  }

  @Test
  void a_reversed_roster_reverses_every_part_of_a_shipped_line() {
    var asArmenia = DATA.sourceLine("source:ne", null).orElseThrow();
    assertThat(asArmenia.sideA()).isEqualTo("Armenia");
    assertThat(asArmenia.credit()).contains("Natural Earth").contains("not an agreed boundary");
    assertThat(asArmenia.parts()).hasSize(5);
    assertThat(DATA.sourceLine("source:nope", null)).isEmpty();
    assertThat(ShippedData.lineRefs()).containsExactly("source:osm", "source:ne");
  }
}
