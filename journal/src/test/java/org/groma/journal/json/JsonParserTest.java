package org.groma.journal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonParserTest {

  @Test
  void parses_nested_values_and_keeps_integers_exact() {
    Json v = JsonParser.parse("{\"a\":[1,-2,3.5,true,false,null],\"b\":{\"c\":\"d\"},\"n\":9007199254740991}");
    JsonObject o = (JsonObject) v;
    assertThat(((JsonNumber) o.get("n").orElseThrow()).longValueExact()).isEqualTo(9007199254740991L);
    assertThat(((JsonArray) o.get("a").orElseThrow()).size()).isEqualTo(6);
    assertThat(JsonCanonicalizer.canonicalString(v))
        .isEqualTo("{\"a\":[1,-2,3.5,true,false,null],\"b\":{\"c\":\"d\"},\"n\":9007199254740991}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "duplicate member                |{\"a\":1,\"a\":2}           |7 |duplicate member name \"a\"",
    "duplicate after unescaping      |{\"a\":1,\"\\u0061\":2}      |7 |duplicate member name \"a\"",
    "trailing data                   |{} x                        |3 |unexpected data after the JSON value",
    "two values                      |1 2                         |2 |unexpected data after the JSON value",
    "lone high surrogate escape      |\"\\ud800\"                 |1 |lone high surrogate",
    "lone low surrogate escape       |\"\\udc00x\"                |1 |lone low surrogate",
    "leading zero                    |012                         |0 |leading zero",
    "integer beyond 2^53-1           |9007199254740992            |0 |beyond ±(2^53 − 1)",
    "negative integer beyond 2^53-1  |[-9007199254740993]         |1 |beyond ±(2^53 − 1)",
    "huge exponent                   |1e400                       |0 |beyond the binary64 range",
    "trailing comma in array         |[1,]                        |3 |expected a value",
    "trailing comma in object        |{\"a\":1,}                  |7 |expected a member name",
    "single quotes                   |{'a':1}                     |1 |expected a member name",
    "bare word                       |nul                         |0 |expected 'null'",
    "unterminated string             |\"abc                       |0 |unterminated string",
    "bad escape                      |\"\\x\"                     |1 |invalid escape",
    "empty input                     |''                          |0 |unexpected end of input",
    "missing colon                   |{\"a\" 1}                   |5 |expected ':'",
  })
  void refuses_with_the_byte_offset(String name, String text, long offset, String message) {
    assertThatThrownBy(() -> JsonParser.parse(text))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((JsonParseException) e).byteOffset()).isEqualTo(offset));
  }

  @Test
  void refuses_raw_control_characters_in_strings() {
    assertThatThrownBy(() -> JsonParser.parse(new byte[] {'"', 'a', 0x01, '"'}))
        .hasMessage("JSON error at byte 2: control character 0x01 must be escaped in a string");
  }

  @Test
  void refuses_invalid_utf8() {
    byte[][] bad = {
      {'"', (byte) 0xC0, (byte) 0xAF, '"'},               // overlong '/'
      {'"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"'},  // overlong 3-byte
      {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},  // encoded surrogate U+D800
      {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, // above U+10FFFF
      {'"', (byte) 0xE2, (byte) 0x82, '"'},               // truncated euro sign
      {'"', (byte) 0x80, '"'},                            // stray continuation
      {'"', (byte) 0xE2, (byte) 0x82},                    // truncated at end of input
    };
    for (byte[] b : bad) {
      assertThatThrownBy(() -> JsonParser.parse(b)).isInstanceOf(JsonParseException.class)
          .satisfies(e -> assertThat(((JsonParseException) e).byteOffset()).isBetween(1L, 4L));
    }
    assertThat(JsonParser.parse(new byte[] {'"', (byte) 0xE2, (byte) 0x82, (byte) 0xAC, '"'}))
        .isEqualTo(new JsonString("€"));
  }

  @Test
  void refuses_a_byte_order_mark() {
    assertThatThrownBy(() -> JsonParser.parse(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'}))
        .hasMessageContaining("byte 0: byte-order mark");
  }

  @Test
  void refuses_nesting_deeper_than_the_limit() {
    String deep = "[".repeat(JsonParser.MAX_DEPTH + 1) + "]".repeat(JsonParser.MAX_DEPTH + 1);
    assertThatThrownBy(() -> JsonParser.parse(deep)).hasMessageContaining("nesting deeper than 128");
    String ok = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
    assertThat(JsonParser.parse(ok)).isInstanceOf(JsonArray.class);
  }

  @Test
  void values_refuse_what_i_json_forbids() {
    assertThatThrownBy(() -> new JsonString("a\uD800")).hasMessageContaining("lone surrogate");
    assertThatThrownBy(() -> JsonNumber.of(1L << 53)).hasMessageContaining("beyond");
    assertThatThrownBy(() -> JsonObject.builder().put("a", 1).put("a", 2))
        .hasMessageContaining("duplicate member name");
    assertThat(JsonNumber.of(-0.0).toString()).isEqualTo("0");
  }
}
