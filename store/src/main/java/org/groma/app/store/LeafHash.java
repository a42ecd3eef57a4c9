package org.groma.app.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The entry hash the store checks: the RFC 6962 (section 2.1) / RFC 9162 (section 2.1.1) Merkle leaf hash,
 * {@code SHA-256(0x00 || entry)}. The journal library defines an entry's hash exactly this way; the store
 * recomputes it here so that it does not depend on that library.
 */
final class LeafHash {

  /** RFC 6962 domain-separation prefix for leaves (nodes use 0x01). */
  private static final byte LEAF_PREFIX = 0x00;

  static final int LENGTH_BYTES = 32;

  private LeafHash() {}

  static byte[] of(byte[] entry) {
    MessageDigest sha256 = sha256();
    sha256.update(LEAF_PREFIX);
    sha256.update(entry);
    return sha256.digest();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE platform must provide SHA-256 (MessageDigest Javadoc).
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
