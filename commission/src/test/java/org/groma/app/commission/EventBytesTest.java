package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.groma.journal.json.Json;
import org.groma.journal.json.JsonObject;
import org.groma.journal.json.JsonParser;
import org.groma.journal.json.JsonString;
import org.junit.jupiter.api.Test;

/**
 * The event codec writes the journal's JSON value directly; the bytes the journal canonicalises and signs are
 * the ones the earlier path (a Jackson tree, written as text, parsed by the journal library) produced, for
 * every entry type. The fixtures were written by that earlier path (see their headers).
 */
class EventBytesTest {

  static String resource(String name) throws IOException {
    try (InputStream in = EventBytesTest.class.getResourceAsStream("/commission/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String canonical(JsonObject body) {
    return new String(body.canonicalBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void every_demo_and_codec_case_encodes_to_the_bytes_the_earlier_codec_wrote() throws IOException {
    Set<String> expected = new LinkedHashSet<>();
    resource("event-bytes.tsv").lines().filter(l -> !l.startsWith("#")).forEach(expected::add);
    Set<String> actual = new LinkedHashSet<>();
    List<CommissionEvent> events = new ArrayList<>();
    DemoCommission.inMemory().acts().forEach(a -> events.add(a.event()));
    events.addAll(CodecCases.cases().values());
    for (CommissionEvent e : events) {
      actual.add(e.type() + "\t" + canonical(EventCodec.encode(e)));
    }
    assertThat(actual).containsExactlyElementsOf(expected);
    Set<String> types = new HashSet<>();
    expected.forEach(l -> types.add(l.substring(0, l.indexOf('\t'))));
    assertThat(types).containsExactlyInAnyOrderElementsOf(EntryTypes.codes());
  }

  @Test
  void the_demo_commissions_stored_bodies_decode_and_encode_to_the_same_bytes() throws IOException {
    List<String> lines = resource("demo-journal-entries.jsonl").lines().toList();
    assertThat(lines).hasSize(21);
    Set<String> types = new HashSet<>();
    for (String line : lines) {
      JsonObject entry = (JsonObject) ((JsonObject) JsonParser.parse(line)).get("entry").orElseThrow();
      String type = ((JsonString) entry.get("type").orElseThrow()).value();
      JsonObject body = (JsonObject) entry.get("body").orElseThrow();
      CommissionEvent event = EventCodec.decode(type, (Json) body);
      assertThat(event.type()).isEqualTo(type);
      assertThat(canonical(EventCodec.encode(event))).as("seq %s", entry.get("seq").orElseThrow())
          .isEqualTo(canonical(body));
      // the stored entry holds the body in exactly these bytes
      assertThat(line).contains("\"body\":" + canonical(body));
      types.add(type);
    }
    assertThat(types).contains("genesis", "member-added", "sitting-opened", "sitting-closed", "source-registered",
        "line-proposed", "note", "decision-drafted", "decision-endorsed");
  }
}
