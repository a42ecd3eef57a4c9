package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.groma.app.BadInputException;
import org.groma.journal.json.Json;
import org.groma.journal.json.JsonObject;
import org.groma.journal.json.JsonParser;
import org.groma.journal.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> fixtures() {
    return CodecCases.cases().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static JsonNode fixture(String name) throws IOException {
    try (InputStream in = EventCodecTest.class.getResourceAsStream("/commission/events/" + name + ".json")) {
      assertThat(in).as("fixture %s.json", name).isNotNull();
      return JSON.readTree(in);
    }
  }

  /** The fixture as the journal reads it: its own JSON values (org.groma.journal.json). */
  static Json journalFixture(String name) throws IOException {
    try (InputStream in = EventCodecTest.class.getResourceAsStream("/commission/events/" + name + ".json")) {
      assertThat(in).as("fixture %s.json", name).isNotNull();
      return JsonParser.parse(in.readAllBytes());
    }
  }

  /** The object without one member. */
  static JsonObject without(JsonObject o, String name) {
    TreeMap<String, Json> members = new TreeMap<>(o.members());
    members.remove(name);
    return new JsonObject(members);
  }

  static String typeOf(String fixtureName) {
    int plus = fixtureName.indexOf('+');
    return plus < 0 ? fixtureName : fixtureName.substring(0, plus);
  }

  @Test
  void there_is_a_fixture_for_every_entry_type() {
    assertThat(CodecCases.cases().keySet().stream().map(EventCodecTest::typeOf).distinct())
        .containsExactlyInAnyOrderElementsOf(EntryTypes.codes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void the_fixture_body_decodes_to_the_event_and_the_event_encodes_to_the_fixture(String name,
      CommissionEvent event) throws IOException {
    JsonNode body = fixture(name);
    Json journalBody = journalFixture(name);
    assertThat(event.type()).isEqualTo(typeOf(name));
    assertThat(EventCodec.decode(event.type(), body)).isEqualTo(event);
    assertThat(EventCodec.decode(event.type(), journalBody)).isEqualTo(event);
    // the journal's JSON values: same fields, same values (the order is the journal's canonical one)
    assertThat(EventCodec.encode(event)).isEqualTo(journalBody);
    // and in the order the codec writes (and the fixture lists) the fields
    assertThat(EventCodec.orderedText(event)).isEqualTo(JSON.writeValueAsString(body));
  }

  /**
   * Bodies of format 1 entries (written before acts quoted the hashes of what they name) stay readable: they
   * decode with {@link EventCodec#decodeLegacy} to events whose hashes are null, encode back to the same
   * JSON, and are refused by the current decoder, which requires the hashes.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"decision-drafted", "decision-endorsed",
      "proposal-withdrawn"})
  void format_1_bodies_decode_without_their_hashes_and_only_as_format_1(String name) throws IOException {
    Json body = journalFixture("v1/" + name);
    CommissionEvent legacy = EventCodec.decodeLegacy(name, body);
    CommissionEvent current = CodecCases.cases().get(name);
    assertThat(EventCodec.encode(legacy)).isEqualTo(body);
    assertThat(EventCodec.orderedText(legacy)).isEqualTo(JSON.writeValueAsString(fixture("v1/" + name)));
    List<String> legacyFields = new ArrayList<>(((JsonObject) body).members().keySet());
    List<String> currentFields = new ArrayList<>(EventCodec.encode(current).members().keySet());
    assertThat(currentFields).containsAll(legacyFields).hasSizeGreaterThan(legacyFields.size());
    assertThatThrownBy(() -> EventCodec.decode(name, body)).isInstanceOf(BadInputException.class)
        .hasMessageEndingWith(": missing field");
    assertThatThrownBy(() -> EventCodec.decodeLegacy(name, EventCodec.encode(current)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("unknown field");
  }

  /** Writes the fixture of each case that has none yet (run by hand with -Dgroma.codec.writeFixtures=DIR). */
  @Test
  @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "groma.codec.writeFixtures", matches = ".+")
  void write_missing_fixtures() throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("groma.codec.writeFixtures"));
    for (var e : CodecCases.cases().entrySet()) {
      java.nio.file.Path f = dir.resolve(e.getKey() + ".json");
      if (!java.nio.file.Files.exists(f)) {
        java.nio.file.Files.writeString(f, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
            JSON.readTree(EventCodec.orderedText(e.getValue()))));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void encoding_is_deterministic_and_round_trips_through_text(String name, CommissionEvent event)
      throws IOException {
    String once = EventCodec.encode(event).toString();
    String twice = EventCodec.encode(EventCodec.decode(event.type(), JsonParser.parse(once))).toString();
    assertThat(twice).isEqualTo(once);
    String viaJackson = EventCodec.encode(EventCodec.decode(event.type(), JSON.readTree(once))).toString();
    assertThat(viaJackson).isEqualTo(once);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void every_missing_or_unknown_field_is_refused_by_name(String name, CommissionEvent event) {
    JsonObject body = EventCodec.encode(event);
    for (String f : body.members().keySet()) {
      JsonObject without = without(body, f);
      if (event instanceof CommissionEvent.SittingOpened o && f.equals("details")) {
        // the one optional field: a sitting opened before particulars were recorded has none
        assertThat(EventCodec.decode(event.type(), without))
            .isEqualTo(new CommissionEvent.SittingOpened(o.sittingId(), o.title(), o.agenda()));
        continue;
      }
      if (name.equals("genesis+missions") && f.equals("missions")) {
        // A genesis without missions is the form every genesis before them has: it admits none.
        assertThat(((CommissionEvent.Genesis) EventCodec.decode(event.type(), without)).missions()).isEmpty();
        continue;
      }
      assertThatThrownBy(() -> EventCodec.decode(event.type(), without)).isInstanceOf(BadInputException.class)
          .hasMessage(event.type() + "." + f + ": missing field");
    }
    TreeMap<String, Json> members = new TreeMap<>(body.members());
    members.put("signedBy", JsonString.of("someone"));
    JsonObject extra = new JsonObject(members);
    assertThatThrownBy(() -> EventCodec.decode(event.type(), extra)).isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(event.type() + ".signedBy: unknown field (expected ");
  }

  @Test
  void nested_objects_are_read_strictly_too() throws IOException {
    ObjectNode g = (ObjectNode) fixture("genesis");
    ((ObjectNode) g.get("members").get(2)).remove("keyId");
    assertThatThrownBy(() -> EventCodec.decode("genesis", g)).hasMessage("genesis.members[2].keyId: missing field");
    ObjectNode g2 = (ObjectNode) fixture("genesis");
    ((ObjectNode) g2.get("logOperator")).put("url", "http://x");
    assertThatThrownBy(() -> EventCodec.decode("genesis", g2))
        .hasMessage("genesis.logOperator.url: unknown field (expected name, publicKey)");
  }

  @Test
  void refuses_genesis_bodies_that_break_its_own_rules() throws IOException {
    Map<String, String> cases = Map.of(
        "{\"agreeToleranceM\":\"1e-3\"}",
        "genesis.tolerances.agreeToleranceM: \"1e-3\" must be a plain decimal such as 0.05 (no exponent, no sign +)",
        "{\"agreeToleranceM\":0.05}",
        "genesis.tolerances.agreeToleranceM: expected a string, got number",
        "{\"agreeTolerance\":\"0.05\"}",
        "genesis: tolerance name \"agreeTolerance\" must be lower camel case ending with its unit (M, Mm, M2 or"
            + " Deg), e.g. agreeToleranceM",
        "{\"agreeToleranceM\":\"-0.05\"}",
        "genesis: tolerance agreeToleranceM must be a non-negative decimal");
    for (var c : cases.entrySet()) {
      ObjectNode g = (ObjectNode) fixture("genesis");
      g.set("tolerances", JSON.readTree(c.getKey()));
      assertThatThrownBy(() -> EventCodec.decode("genesis", g)).as(c.getKey()).hasMessage(c.getValue());
    }
    ObjectNode oneWitness = (ObjectNode) fixture("genesis");
    ((com.fasterxml.jackson.databind.node.ArrayNode) oneWitness.get("witnesses")).remove(1);
    assertThatThrownBy(() -> EventCodec.decode("genesis", oneWitness))
        .hasMessage("genesis: witnesses must be exactly one per party, A then B");
    ObjectNode noChairB = (ObjectNode) fixture("genesis");
    ((ObjectNode) noChairB.get("members").get(1)).set("roles", JSON.readTree("[\"expert\"]"));
    assertThatThrownBy(() -> EventCodec.decode("genesis", noChairB))
        .hasMessage("genesis: no co-chair of party B among the founding members");
    ObjectNode sameCodes = (ObjectNode) fixture("genesis");
    ((ObjectNode) sameCodes.get("partyB")).put("code", "PA");
    assertThatThrownBy(() -> EventCodec.decode("genesis", sameCodes))
        .hasMessage("genesis: the parties' and the mediator's codes must differ: PA, PA, MED");
  }

  @Test
  void tolerances_keep_their_decimal_digits() throws IOException {
    ObjectNode g = (ObjectNode) fixture("genesis");
    g.set("tolerances", JSON.readTree("{\"agreeToleranceM\":\"0.050\",\"areaToleranceM2\":\"12\"}"));
    var genesis = (CommissionEvent.Genesis) EventCodec.decode("genesis", g);
    assertThat(genesis.tolerances().get("agreeToleranceM").toPlainString()).isEqualTo("0.050");
    assertThat(EventCodec.encode(genesis).get("tolerances")).contains(JsonParser.parse(g.get("tolerances").toString()));
  }

  static Stream<Arguments> rejections() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = EventCodecTest.class.getResourceAsStream("/commission/codec-rejections.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Iterator<String> lines = text.lines().iterator();
      int lineNo = 0;
      while (lines.hasNext()) {
        String line = lines.next();
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        assertThat(cols).as("line %d of codec-rejections.tsv", lineNo).hasSize(3);
        out.add(Arguments.of(lineNo, cols[0], cols[1], cols[2]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "line {0}: {1} {3}")
  @MethodSource("rejections")
  void refuses_bad_bodies_with_a_message_naming_the_field(int line, String type, String body, String message)
      throws IOException {
    JsonNode json = JSON.readTree(body);
    assertThatThrownBy(() -> EventCodec.decode(type, json)).isInstanceOf(BadInputException.class)
        .hasMessage(message);
  }

  @Test
  void a_scale_denominator_the_journal_cannot_hold_exactly_is_bad_input() throws Exception {
    String body = "{\"sourceId\":\"SRC-9\",\"title\":\"t\",\"sha256\":\"" + "ab".repeat(32)
        + "\",\"scaleDenominator\":9007199254740993,\"date\":\"1975\",\"crs\":null}";
    assertThatThrownBy(() -> EventCodec.decode("source-registered", JSON.readTree(body)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("source-registered: scaleDenominator 9007199254740993 is above 9007199254740991, the largest integer a journal "
            + "entry holds exactly");
    String largest = body.replace("9007199254740993", "9007199254740991");
    assertThat(EventCodec.decode("source-registered", JSON.readTree(largest)))
        .isInstanceOfSatisfying(CommissionEvent.SourceRegistered.class,
            s -> assertThat(s.scaleDenominator()).isEqualTo(9007199254740991L));
  }
}
