package org.groma.journal.sign;

import java.util.Objects;

/**
 * Ed25519 (RFC 8032 §5.1) over BouncyCastle's {@code org.bouncycastle.math.ec.rfc8032.Ed25519}, with one
 * validation rule set pinned so that every node accepts exactly the same signatures.
 *
 * <h2>The pinned rules</h2>
 * A signature (R ‖ S) over message M under public key A is valid if and only if:
 * <ol>
 *   <li>the signature has exactly 64 bytes and the key exactly 32 ({@link Signature}, {@link VerifyingKey});
 *   <li>A is a canonical encoding (y &lt; p), decodes to a curve point, is not of small order and lies in
 *       the prime-order subgroup ([L]A = 0) — checked once when the {@link VerifyingKey} is built;
 *   <li>S is canonical: S &lt; L (RFC 8032 §5.1.7 step 1; refuses the malleable S + L);
 *   <li>R is a canonical encoding (y &lt; p) and not one of the eight small-order points;
 *   <li>[S]B = R + [k]A with k = SHA-512(R ‖ A ‖ M) mod L, checked without the cofactor, as BouncyCastle
 *       does (the "cofactorless" equation of RFC 8032 §5.1.7 step 3 without the optional factor 8).
 * </ol>
 * Rules 3 and 5 are BouncyCastle's own (its verify checks S &lt; L); rule 3 is also checked here so the
 * rule set does not depend on a library version. Rules 2 and 4 go beyond RFC 8032 and follow the strict
 * column of Chalkias, Garillot and Nikolaenko, "Taming the many EdDSAs" (2020). With A in the prime-order
 * subgroup and small-order R refused, the cofactored and cofactorless equations can disagree only for an R
 * with a torsion component, which an honest signer never produces.
 *
 * <h2>Accuracy</h2>
 * All RFC 8032 §7.1 Ed25519 vectors and all 151 Wycheproof ed25519_test.json cases give the
 * expected result (tests).
 *
 * <h2>Thread safety</h2>
 * Stateless; BouncyCastle's precomputation is done once and shared.
 */
public final class Ed25519 {
  private static final int POINT_BYTES = 32;

  /** The group order L = 2^252 + 27742317777372353535851937790883648493, little-endian. */
  private static final byte[] L = {
    (byte) 0xed, (byte) 0xd3, (byte) 0xf5, (byte) 0x5c, (byte) 0x1a, (byte) 0x63, (byte) 0x12, (byte) 0x58,
    (byte) 0xd6, (byte) 0x9c, (byte) 0xf7, (byte) 0xa2, (byte) 0xde, (byte) 0xf9, (byte) 0xde, (byte) 0x14,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0x10,
  };

  /**
   * The y coordinates (little-endian, sign bit clear) of the eight points of small order: y = 1
   * (order 1), y = −1 (order 2), y = 0 (the two points of order 4) and the two y values shared by the
   * four points of order 8. With the sign bit either way these are all sixteen byte patterns that decode
   * to a small-order point canonically; the test suite derives the points independently and checks this
   * list.
   */
  private static final byte[][] SMALL_ORDER_Y = {
    hex("0100000000000000000000000000000000000000000000000000000000000000"),
    hex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    hex("0000000000000000000000000000000000000000000000000000000000000000"),
    hex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
    hex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
  };

  static {
    org.bouncycastle.math.ec.rfc8032.Ed25519.precompute();
  }

  private Ed25519() {
  }

  /** Signs {@code context.prefix ‖ payload} with {@code key}. Deterministic (RFC 8032 §5.1.6). */
  public static Signature sign(SigningKey key, SignatureContext context, byte[] payload) {
    Objects.requireNonNull(context, "context");
    return signMessage(key, context.message(payload));
  }

  /** Verifies {@code signature} over {@code context.prefix ‖ payload} by the pinned rules. */
  public static boolean verify(VerifyingKey key, SignatureContext context, byte[] payload, Signature signature) {
    Objects.requireNonNull(context, "context");
    return verifyMessage(key, context.message(payload), signature);
  }

  /** Signs the raw message (no context line): for test vectors and the context-aware methods. */
  static Signature signMessage(SigningKey key, byte[] message) {
    byte[] sig = new byte[Signature.LENGTH];
    org.bouncycastle.math.ec.rfc8032.Ed25519.sign(key.internalSeed(), 0, message, 0, message.length, sig, 0);
    return Signature.of(sig);
  }

  /** Verifies a raw message (no context line) by the pinned rules. */
  static boolean verifyMessage(VerifyingKey key, byte[] message, Signature signature) {
    byte[] sig = signature.internalBytes();
    if (!isCanonicalScalar(sig, POINT_BYTES)) {
      return false;
    }
    if (!isCanonicalPointEncoding(sig, 0) || isSmallOrderEncoding(sig, 0)) {
      return false;
    }
    return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(sig, 0, key.point(), message, 0, message.length);
  }

  /**
   * Verifies raw public-key, message and signature bytes by the pinned rules: false for a key or
   * signature of the wrong length or a key that breaks the rules. For test vectors.
   */
  static boolean verifyRaw(byte[] publicKey, byte[] message, byte[] signature) {
    if (publicKey.length != VerifyingKey.LENGTH || signature.length != Signature.LENGTH) {
      return false;
    }
    VerifyingKey key;
    try {
      key = VerifyingKey.of(publicKey);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return verifyMessage(key, message, Signature.of(signature));
  }

  /** S &lt; L, comparing the 32 little-endian bytes at {@code off} from the most significant end. */
  static boolean isCanonicalScalar(byte[] b, int off) {
    for (int i = 31; i >= 0; i--) {
      int s = b[off + i] & 0xFF;
      int l = L[i] & 0xFF;
      if (s != l) {
        return s < l;
      }
    }
    return false; // S == L
  }

  /** y &lt; p = 2^255 − 19 for the 255-bit y at {@code off} (the top bit is x's sign). */
  static boolean isCanonicalPointEncoding(byte[] b, int off) {
    if ((b[off + 31] & 0x7F) != 0x7F) {
      return true;
    }
    for (int i = 30; i >= 1; i--) {
      if (b[off + i] != (byte) 0xFF) {
        return true;
      }
    }
    return (b[off] & 0xFF) < 0xED;
  }

  /** Whether the encoding at {@code off} (sign bit ignored) is the y of a point of small order. */
  static boolean isSmallOrderEncoding(byte[] b, int off) {
    outer:
    for (byte[] y : SMALL_ORDER_Y) {
      for (int i = 0; i < 31; i++) {
        if (b[off + i] != y[i]) {
          continue outer;
        }
      }
      if ((b[off + 31] & 0x7F) == y[31]) {
        return true;
      }
    }
    return false;
  }

  private static byte[] hex(String s) {
    return java.util.HexFormat.of().parseHex(s);
  }
}
