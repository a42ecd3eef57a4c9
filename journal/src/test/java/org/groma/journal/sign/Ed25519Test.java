package org.groma.journal.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.groma.journal.JournalFormatException;
import org.groma.journal.TestJournal;
import org.groma.journal.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Ed25519Test {
  private static final HexFormat HEX = HexFormat.of();

  static List<String> wycheproof() {
    return TestResources.dataLines("vectors/ed25519/wycheproof_ed25519.tsv");
  }

  static List<String> rfc8032() {
    return TestResources.dataLines("vectors/ed25519/rfc8032_ed25519.tsv");
  }

  private static byte[] wycheproofMessage(int tcId) {
    for (String line : wycheproof()) {
      String[] f = line.split("\t");
      if (Integer.parseInt(f[0]) == tcId) {
        return TestResources.hex(f[2]);
      }
    }
    throw new IllegalArgumentException("no tcId " + tcId);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rfc8032")
  void reproduces_the_rfc8032_test_vectors(String line) {
    String[] f = line.split("\t");
    byte[] message = f[3].startsWith("wycheproof:")
        ? wycheproofMessage(Integer.parseInt(f[3].substring(11))) : TestResources.hex(f[3]);
    if (f[0].equals("TEST 1024")) {
      assertThat(message).hasSize(1023);
    }
    SigningKey key = SigningKey.fromSeed(TestResources.hex(f[1]));

    assertThat(HEX.formatHex(key.verifyingKey().bytes())).isEqualTo(f[2]);
    Signature sig = Ed25519.signMessage(key, message);
    assertThat(HEX.formatHex(sig.bytes())).isEqualTo(f[4]);
    assertThat(Ed25519.verifyMessage(key.verifyingKey(), message, sig)).isTrue();
  }

  /**
   * Every Wycheproof case must give its expected result. The file has no "acceptable" cases; were any
   * added (e.g. small-order or mixed-order keys), the pinned rules refuse them, and this test would need
   * those cases listed explicitly.
   */
  @ParameterizedTest(name = "tcId {0}")
  @MethodSource("wycheproof")
  void matches_every_wycheproof_result(String line) {
    String[] f = line.split("\t");
    boolean expected = switch (f[4]) {
      case "valid" -> true;
      case "invalid" -> false;
      default -> throw new AssertionError("unexpected result " + f[4] + " in tcId " + f[0]);
    };
    boolean actual = Ed25519.verifyRaw(TestResources.hex(f[1]), TestResources.hex(f[2]), TestResources.hex(f[3]));
    assertThat(actual).as("tcId %s (%s)", f[0], f[5]).isEqualTo(expected);
  }

  @Test
  void the_wycheproof_file_has_all_151_cases() {
    assertThat(wycheproof()).hasSize(151);
  }

  /** The eight points of the torsion subgroup, derived independently with BigInteger arithmetic. */
  static List<byte[]> smallOrderPoints() {
    EdwardsReference.Point g = EdwardsReference.torsionGenerator();
    List<byte[]> out = new ArrayList<>();
    EdwardsReference.Point q = EdwardsReference.Point.IDENTITY;
    for (int i = 0; i < 8; i++) {
      out.add(q.encode());
      q = q.add(g);
    }
    return out;
  }

  @Test
  void the_derived_small_order_points_are_the_eight_published_ones() {
    // The list in "Taming the many EdDSAs" (Chalkias et al. 2020, Table 6) and libsodium's blocklist.
    Map<String, Integer> expected = new TreeMap<>(Map.of(
        "0100000000000000000000000000000000000000000000000000000000000000", 1,
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", 2,
        "0000000000000000000000000000000000000000000000000000000000000000", 4,
        "0000000000000000000000000000000000000000000000000000000000000080", 4,
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a", 8,
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa", 8,
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05", 8,
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85", 8));
    assertThat(smallOrderPoints().stream().map(HEX::formatHex).sorted().toList())
        .containsExactlyElementsOf(expected.keySet());
  }

  @Test
  void refuses_every_small_order_public_key() {
    for (byte[] p : smallOrderPoints()) {
      assertThatThrownBy(() -> VerifyingKey.of(p)).as(HEX.formatHex(p))
          .isInstanceOf(JournalFormatException.class);
    }
  }

  @Test
  void refuses_mixed_order_public_keys() {
    SigningKey honest = SigningKey.generate(TestJournal.seeded(1));
    EdwardsReference.Point a = EdwardsReference.decode(
        new BigInteger(1, reverse(clearSign(honest.verifyingKey().bytes()))),
        (honest.verifyingKey().bytes()[31] & 0x80) != 0);
    EdwardsReference.Point mixed = a.add(EdwardsReference.torsionGenerator());
    assertThatThrownBy(() -> VerifyingKey.of(mixed.encode()))
        .hasMessageContaining("prime-order subgroup");
    assertThat(VerifyingKey.of(a.encode())).isEqualTo(honest.verifyingKey());
  }

  @Test
  void refuses_signatures_whose_r_is_a_small_order_point_even_when_the_equation_holds() {
    // With A of prime order and S = k·a mod L for R = a small-order point, [S]B = R + [k]A holds
    // cofactored but not cofactorless; whatever the equation, the pinned rule refuses such an R first.
    SigningKey key = SigningKey.generate(TestJournal.seeded(2));
    byte[] msg = "m".getBytes(StandardCharsets.UTF_8);
    for (byte[] r : smallOrderPoints()) {
      byte[] sig = new byte[64];
      System.arraycopy(r, 0, sig, 0, 32);
      assertThat(Ed25519.isSmallOrderEncoding(sig, 0)).isTrue();
      assertThat(Ed25519.verifyMessage(key.verifyingKey(), msg, Signature.of(sig))).isFalse();
    }
  }

  @Test
  void refuses_non_canonical_point_encodings_of_keys_and_r() {
    // y = p (≡ 0) and y = p + 1 (≡ 1): the non-canonical twins of small-order points, and y = 2^255 − 1.
    String[] nonCanonical = {
      "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
      "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
      "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    };
    SigningKey key = SigningKey.generate(TestJournal.seeded(3));
    Signature good = Ed25519.signMessage(key, new byte[] {1});
    for (String h : nonCanonical) {
      byte[] enc = HEX.parseHex(h);
      assertThat(Ed25519.isCanonicalPointEncoding(enc, 0)).isFalse();
      assertThatThrownBy(() -> VerifyingKey.of(enc)).hasMessageContaining("canonical");
      byte[] sig = good.bytes();
      System.arraycopy(enc, 0, sig, 0, 32);
      assertThat(Ed25519.verifyMessage(key.verifyingKey(), new byte[] {1}, Signature.of(sig))).isFalse();
    }
    assertThat(Ed25519.isCanonicalPointEncoding(
        HEX.parseHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), 0)).isTrue();
  }

  @Test
  void refuses_s_plus_l() {
    SigningKey key = SigningKey.generate(TestJournal.seeded(4));
    byte[] msg = {7};
    byte[] sig = Ed25519.signMessage(key, msg).bytes();
    BigInteger s = new BigInteger(1, reverse(java.util.Arrays.copyOfRange(sig, 32, 64)));
    byte[] sPlusL = reverse(leftPad(s.add(EdwardsReference.L).toByteArray()));
    System.arraycopy(sPlusL, 0, sig, 32, 32);
    assertThat(Ed25519.verifyMessage(key.verifyingKey(), msg, Signature.of(sig))).isFalse();
  }

  @Test
  void a_signature_made_for_one_context_does_not_verify_in_another() {
    SigningKey key = SigningKey.generate(TestJournal.seeded(5));
    byte[] payload = "{\"seq\":0}".getBytes(StandardCharsets.UTF_8);
    Signature sig = key.sign(SignatureContext.ENTRY, payload);

    assertThat(key.verifyingKey().verify(SignatureContext.ENTRY, payload, sig)).isTrue();
    assertThat(key.verifyingKey().verify(SignatureContext.COSIGNATURE, payload, sig)).isFalse();
    assertThat(key.verifyingKey().verify(SignatureContext.NOTE, payload, sig)).isFalse();
    assertThat(Ed25519.verifyMessage(key.verifyingKey(), payload, sig)).isFalse();
    assertThat(Ed25519.verifyMessage(key.verifyingKey(),
        ("groma-entry/v1\n" + "{\"seq\":0}").getBytes(StandardCharsets.UTF_8), sig)).isTrue();
  }

  @Test
  void a_note_may_not_start_with_another_context_line() {
    SigningKey key = SigningKey.generate(TestJournal.seeded(6));
    assertThatThrownBy(() -> key.sign(SignatureContext.NOTE,
        "groma-entry/v1\n{}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("may not begin with the context line \"groma-entry/v1\"");
  }

  @Test
  void every_flipped_bit_of_a_signature_is_refused() {
    SigningKey key = SigningKey.generate(TestJournal.seeded(7));
    byte[] payload = "pillar 17 recorded".getBytes(StandardCharsets.UTF_8);
    byte[] sig = key.sign(SignatureContext.ENTRY, payload).bytes();
    for (int bit = 0; bit < 512; bit++) {
      byte[] t = sig.clone();
      t[bit / 8] ^= (byte) (1 << (bit % 8));
      assertThat(key.verifyingKey().verify(SignatureContext.ENTRY, payload, Signature.of(t)))
          .as("bit %d", bit).isFalse();
    }
  }

  @Test
  void the_seed_is_never_printed_and_the_key_id_is_sha256_prefix() throws Exception {
    SigningKey key = SigningKey.fromSeed(HEX.parseHex(
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    assertThat(key.toString()).doesNotContain("9d61b19d").contains("keyId=" + key.keyId());
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.verifyingKey().bytes());
    assertThat(key.keyId()).hasSize(16).isEqualTo(HEX.formatHex(digest, 0, 8));
  }

  @Test
  void refuses_wrong_lengths() {
    assertThatThrownBy(() -> Signature.of(new byte[63])).hasMessageContaining("64 bytes, got 63");
    assertThatThrownBy(() -> VerifyingKey.of(new byte[33])).hasMessageContaining("32 bytes, got 33");
    assertThatThrownBy(() -> SigningKey.fromSeed(new byte[31])).hasMessageContaining("32 bytes, got 31");
  }


  private static byte[] reverse(byte[] b) {
    byte[] r = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      r[i] = b[b.length - 1 - i];
    }
    return r;
  }

  private static byte[] clearSign(byte[] b) {
    byte[] c = b.clone();
    c[31] &= 0x7F;
    return c;
  }

  private static byte[] leftPad(byte[] be) {
    byte[] out = new byte[32];
    int n = Math.min(32, be.length);
    System.arraycopy(be, be.length - n, out, 32 - n, n);
    return out;
  }
}
