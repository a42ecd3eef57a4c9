package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.DemoCommission;
import org.groma.app.commission.InMemoryCommission;
import org.groma.app.commission.TreatyRegister.Version;
import org.groma.app.commission.TreatyScript;
import org.junit.jupiter.api.Test;

/** {@code journal append --quote-hashes} on a treaty version's acceptance and initials. */
class QuotedTreatyHashesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void fills_the_versions_entry_hash_and_the_sha256_of_its_text_in_every_language() throws Exception {
    InMemoryCommission c = DemoCommission.inMemory();
    TreatyScript.script(c, DemoCommission.PLACEHOLDER_KEYS);
    CommissionState s = c.state();
    Version v = s.treaties().treaty(TreatyScript.TREATY).orElseThrow().version("2.1-B1").orElseThrow();
    StringWriter err = new StringWriter();
    ObjectNode body = (ObjectNode) JSON.readTree("{\"treatyId\":\"T-1\",\"versionId\":\"2.1-B1\","
        + "\"acceptance\":\"definitive\"}");
    JsonNode filled = QuotedHashes.fill("version-accepted", body, s, new PrintWriter(err, true));
    assertThat(filled.get("versionHash").asText()).isEqualTo(v.entryHash());
    assertThat(filled.at("/textHashes/en").asText()).isEqualTo(v.proposal().textHashes().get("en"));
    assertThat(filled.at("/textHashes/ru").asText()).isEqualTo(v.proposal().textHashes().get("ru"));
    assertThat(err.toString()).contains("quoting versionHash " + v.entryHash() + " (version 2.1-B1, entry "
        + v.seq() + ")");
    ObjectNode unknown = (ObjectNode) JSON.readTree("{\"treatyId\":\"T-1\",\"versionId\":\"9.9-X\"}");
    assertThatThrownBy(() -> QuotedHashes.fill("version-initialled", unknown, s, new PrintWriter(err)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("no version 9.9-X of treaty T-1");
  }
}
