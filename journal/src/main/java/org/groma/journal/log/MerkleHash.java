package org.groma.journal.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.groma.journal.JournalFormatException;

/**
 * A SHA-256 hash in the Merkle tree, with the hash functions of RFC 9162 §2.1.1:
 * <ul>
 *   <li>{@link #leaf}: SHA-256(0x00 ‖ d) for a leaf with data d;
 *   <li>{@link #node}: SHA-256(0x01 ‖ left ‖ right) for an interior node;
 *   <li>{@link #EMPTY_ROOT}: SHA-256 of the empty string, the head of an empty tree.
 * </ul>
 * The prefixes keep a leaf from being passed off as an interior node (second-preimage resistance).
 *
 * <h2>Thread safety</h2>
 * Immutable; the hash functions are thread-safe.
 */
public final class MerkleHash {
  /** SHA-256 output length. */
  public static final int LENGTH = 32;
  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(MerkleHash::newDigest);

  /** RFC 9162 §2.1.1: the hash of an empty tree is the hash of the empty string. */
  public static final MerkleHash EMPTY_ROOT = new MerkleHash(SHA256.get().digest());

  private final byte[] bytes;

  private MerkleHash(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A hash from its 32 bytes. */
  public static MerkleHash of(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new JournalFormatException("a SHA-256 hash has 32 bytes, got " + bytes.length);
    }
    return new MerkleHash(bytes.clone());
  }

  public static MerkleHash fromHex(String hex) {
    try {
      return of(HexFormat.of().parseHex(hex));
    } catch (IllegalArgumentException e) {
      throw new JournalFormatException("not a hex SHA-256 hash: " + e.getMessage());
    }
  }

  /** SHA-256(0x00 ‖ data). */
  public static MerkleHash leaf(byte[] data) {
    MessageDigest md = SHA256.get();
    md.update(LEAF_PREFIX);
    md.update(data);
    return new MerkleHash(md.digest());
  }

  /** SHA-256(0x01 ‖ left ‖ right). */
  public static MerkleHash node(MerkleHash left, MerkleHash right) {
    return new MerkleHash(nodeBytes(left.bytes, right.bytes));
  }

  static byte[] nodeBytes(byte[] left, byte[] right) {
    MessageDigest md = SHA256.get();
    md.update(NODE_PREFIX);
    md.update(left);
    md.update(right);
    return md.digest();
  }

  static MerkleHash wrap(byte[] bytes) {
    return new MerkleHash(bytes);
  }

  byte[] internalBytes() {
    return bytes;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MerkleHash h && MessageDigest.isEqual(bytes, h.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
