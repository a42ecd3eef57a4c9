package org.groma.app.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The {@code row_sha256} column of the append-only tables: SHA-256 over the table name and the row's other
 * columns, each written as a type tag, a length and its bytes, so that no two different rows encode alike.
 *
 * <p>Why: SQLite keeps no checksums of its pages, and {@code PRAGMA integrity_check} finds damage to the
 * b-tree structure but not a changed value inside a cell. A journal entry is covered by its leaf hash, but
 * the columns around it ({@code appended_at}, a checkpoint's size, a cosignature's witness) are not; this
 * digest lets opening a file detect any accidental change to any stored value. It is not a defence
 * against a deliberate forger, who can recompute it: signatures, checked above the store, are that.
 */
final class RowDigest {

  private static final byte NULL_TAG = 0;
  private static final byte INTEGER_TAG = 1;
  private static final byte TEXT_TAG = 2;
  private static final byte BLOB_TAG = 3;

  private final MessageDigest sha256 = LeafHash.sha256();

  private RowDigest(String table) {
    text(table);
  }

  static RowDigest of(String table) {
    return new RowDigest(table);
  }

  RowDigest integer(long value) {
    sha256.update(INTEGER_TAG);
    sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    return this;
  }

  RowDigest text(String value) {
    if (value == null) {
      sha256.update(NULL_TAG);
      return this;
    }
    sha256.update(TEXT_TAG);
    lengthPrefixed(value.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  RowDigest blob(byte[] value) {
    if (value == null) {
      sha256.update(NULL_TAG);
      return this;
    }
    sha256.update(BLOB_TAG);
    lengthPrefixed(value);
    return this;
  }

  byte[] digest() {
    return sha256.digest();
  }

  private void lengthPrefixed(byte[] bytes) {
    sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    sha256.update(bytes);
  }
}
