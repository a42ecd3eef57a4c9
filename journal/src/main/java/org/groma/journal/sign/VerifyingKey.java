package org.groma.journal.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.groma.journal.JournalFormatException;

/**
 * An Ed25519 public key, validated on construction by the pinned rules of {@link Ed25519}: the 32 bytes
 * must be the canonical encoding of a point on the curve that lies in the prime-order subgroup and is not
 * the neutral element. Small-order keys (the eight points of the torsion subgroup) and mixed-order keys
 * (a torsion component added) are refused, as are non-canonical encodings (y ≥ p).
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class VerifyingKey {
  /** RFC 8032 §5.1.5: a public key is the 32-byte encoding of the point A. */
  public static final int LENGTH = 32;
  /** Bytes of SHA-256(public key) that make the key ID (16 hex digits). */
  public static final int KEY_ID_BYTES = 8;

  private final byte[] bytes;
  private final org.bouncycastle.math.ec.rfc8032.Ed25519.PublicPoint point;
  private final String keyId;

  private VerifyingKey(byte[] bytes, org.bouncycastle.math.ec.rfc8032.Ed25519.PublicPoint point) {
    this.bytes = bytes;
    this.point = point;
    this.keyId = HexFormat.of().formatHex(sha256(bytes), 0, KEY_ID_BYTES);
  }

  /**
   * A key from its 32 bytes.
   *
   * @throws JournalFormatException when the length is wrong or the point breaks the pinned rules
   */
  public static VerifyingKey of(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new JournalFormatException("an Ed25519 public key has 32 bytes, got " + bytes.length);
    }
    byte[] copy = bytes.clone();
    if (!Ed25519.isCanonicalPointEncoding(copy, 0)) {
      throw new JournalFormatException("public key is not a canonical point encoding (y ≥ p)");
    }
    if (Ed25519.isSmallOrderEncoding(copy, 0)) {
      throw new JournalFormatException("public key is a point of small order");
    }
    var point = org.bouncycastle.math.ec.rfc8032.Ed25519.validatePublicKeyFullExport(copy, 0);
    if (point == null) {
      throw new JournalFormatException(
          "public key is not a point of the prime-order subgroup of edwards25519");
    }
    return new VerifyingKey(copy, point);
  }

  public static VerifyingKey fromBase64(String base64) {
    byte[] b;
    try {
      b = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new JournalFormatException("public key is not valid base64: " + e.getMessage());
    }
    return of(b);
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  byte[] internalBytes() {
    return bytes;
  }

  org.bouncycastle.math.ec.rfc8032.Ed25519.PublicPoint point() {
    return point;
  }

  /** Hex of the first {@value #KEY_ID_BYTES} bytes of SHA-256(public key): the journal's key ID. */
  public String keyId() {
    return keyId;
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Checks {@code signature} over {@code context.prefix ‖ payload} by the pinned rules. */
  public boolean verify(SignatureContext context, byte[] payload, Signature signature) {
    return Ed25519.verify(this, context, payload, signature);
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerifyingKey k && Arrays.equals(bytes, k.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "VerifyingKey[" + HexFormat.of().formatHex(bytes) + "]";
  }
}
