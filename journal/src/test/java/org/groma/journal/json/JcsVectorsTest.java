package org.groma.journal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.groma.journal.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JcsVectorsTest {

  static Stream<String> cyberphoneCases() {
    return Stream.of("arrays", "french", "structures", "unicode", "values", "weird");
  }

  @ParameterizedTest
  @MethodSource("cyberphoneCases")
  void canonicalizes_the_cyberphone_reference_inputs_byte_for_byte(String name) {
    byte[] input = TestResources.bytes("vectors/jcs/input/" + name + ".json");
    byte[] expected = TestResources.bytes("vectors/jcs/output/" + name + ".json");

    byte[] actual = JsonCanonicalizer.canonicalize(JsonParser.parse(input));

    assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("cyberphoneCases")
  void canonical_output_is_a_fixed_point(String name) {
    byte[] expected = TestResources.bytes("vectors/jcs/output/" + name + ".json");
    assertThat(JsonCanonicalizer.canonicalize(JsonParser.parse(expected))).isEqualTo(expected);
  }

  static List<String> appendixB() {
    return TestResources.dataLines("vectors/jcs/es6_numbers.tsv");
  }

  @ParameterizedTest
  @MethodSource("appendixB")
  void serializes_the_rfc8785_appendix_b_numbers(String line) {
    String[] f = line.split("\t");
    double v = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
    assertThat(JsonCanonicalizer.canonicalString(new JsonNumber(v))).isEqualTo(f[1]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"})
  void refuses_nan_and_infinities_of_appendix_b(String bits) {
    double v = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
    assertThatThrownBy(() -> new JsonNumber(v)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
  }

  @Test
  void rfc8785_section_3_2_2_example_hex_bytes() {
    // RFC 8785 §3.2.4 shows the UTF-8 bytes of the canonical form of the §3.2.2 sample.
    String input = "{\"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],"
        + "\"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
        + "\"literals\": [null, true, false]}";
    String expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
    assertThat(JsonCanonicalizer.canonicalString(JsonParser.parse(input))).isEqualTo(expected);
  }

  @Test
  void sorts_member_names_by_utf16_code_units_not_code_points() {
    // U+FB33 (one UTF-16 unit 0xFB33) sorts after U+1F602 (surrogates 0xD83D 0xDE02): RFC 8785 §3.2.3.
    JsonObject o = JsonObject.builder().put("\uFB33", 1).put("\uD83D\uDE02", 2).put("\u20AC", 3).build();
    assertThat(JsonCanonicalizer.canonicalString(o)).isEqualTo("{\"\u20AC\":3,\"\uD83D\uDE02\":2,\"\uFB33\":1}");
  }

  /**
   * Compares against an independent shortest-digits search written from ECMA-262 Number::toString:
   * for k = 1, 2, ... take the k-digit decimals just below and above the exact value, keep those that
   * round back to it, pick the closest (ties to even). Seeded random bit patterns cover all exponents.
   */
  @Test
  void matches_a_brute_force_shortest_digit_search_on_random_doubles() {
    Random random = new Random(20261128L);
    for (int i = 0; i < 20_000; i++) {
      double v = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(v) || v == 0) {
        continue;
      }
      String actual = JsonCanonicalizer.canonicalString(new JsonNumber(v));
      assertThat(Double.parseDouble(actual)).as("round trip of %s", actual).isEqualTo(v);
      assertThat(actual).as("bits %x", Double.doubleToRawLongBits(v)).isEqualTo(reference(v));
    }
    for (double v : new double[] {1e21, 1e-7, 123456789012345680000.0, 0.1, 1.5e-6, 5e-324, 9.5e-322,
        Double.MAX_VALUE, Double.MIN_NORMAL, 4.35, 0.000001, 1e20}) {
      assertThat(JsonCanonicalizer.canonicalString(new JsonNumber(v))).isEqualTo(reference(v));
    }
  }

  private static String reference(double v) {
    String sign = v < 0 ? "-" : "";
    BigDecimal exact = new BigDecimal(Math.abs(v));
    for (int k = 1; k <= 17; k++) {
      BigDecimal best = null;
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal c = exact.round(new MathContext(k, mode));
        if (Double.parseDouble(c.toString()) != Math.abs(v)) {
          continue;
        }
        if (best == null) {
          best = c;
        } else {
          int cmp = c.subtract(exact).abs().compareTo(best.subtract(exact).abs());
          if (cmp < 0 || (cmp == 0 && !c.stripTrailingZeros().unscaledValue().testBit(0))) {
            best = c;
          }
        }
      }
      if (best != null) {
        BigDecimal s = best.stripTrailingZeros();
        String digits = s.unscaledValue().toString();
        int n = digits.length() - s.scale();
        return sign + layout(digits, n);
      }
    }
    throw new AssertionError("no decimal of at most 17 digits round-trips " + v);
  }

  private static String layout(String s, int n) {
    int k = s.length();
    if (k <= n && n <= 21) {
      return s + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return s.substring(0, n) + "." + s.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + s;
    }
    int e = n - 1;
    String exp = "e" + (e < 0 ? "-" : "+") + Math.abs(e);
    return k == 1 ? s + exp : s.charAt(0) + "." + s.substring(1) + exp;
  }
}
