package org.groma.journal.sign;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.groma.journal.JournalFormatException;

/**
 * A 64-byte Ed25519 signature R ‖ S (RFC 8032 §5.1.6). Only the length is checked here; the encodings
 * of R and S are checked when the signature is verified.
 *
 * <h2>Thread safety</h2>
 * Immutable (the bytes are copied in and out).
 */
public final class Signature {
  /** RFC 8032 §5.1.6: 32 bytes of R and 32 bytes of S. */
  public static final int LENGTH = 64;

  private final byte[] bytes;

  private Signature(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Signature of(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new JournalFormatException("an Ed25519 signature has 64 bytes, got " + bytes.length);
    }
    return new Signature(bytes.clone());
  }

  /** Parses standard base64 (RFC 4648 §4, with padding). */
  public static Signature fromBase64(String base64) {
    byte[] b;
    try {
      b = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new JournalFormatException("signature is not valid base64: " + e.getMessage());
    }
    if (!Base64.getEncoder().encodeToString(b).equals(base64)) {
      throw new JournalFormatException("signature base64 is not in canonical padded form");
    }
    return of(b);
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  byte[] internalBytes() {
    return bytes;
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && Arrays.equals(bytes, s.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Signature[" + HexFormat.of().formatHex(bytes) + "]";
  }
}
