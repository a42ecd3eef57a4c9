package org.groma.app.store;

import java.util.Arrays;
import java.util.HexFormat;
import org.groma.app.BadInputException;

/**
 * A journal entry to append: its bytes (opaque to the store) and its hash as the caller computed it, which
 * must be the RFC 6962 leaf hash {@code SHA-256(0x00 || entry)}. The constructor checks the hash, so an
 * entry whose stated hash is wrong never reaches the file.
 *
 * @param entry the entry's bytes, at least one byte
 * @param entryHash {@code SHA-256(0x00 || entry)}, 32 bytes
 */
public record NewEntry(byte[] entry, byte[] entryHash) {

  public NewEntry {
    if (entry == null || entry.length == 0) {
      throw new BadInputException("journal entry is empty");
    }
    if (entryHash == null || entryHash.length != LeafHash.LENGTH_BYTES) {
      throw new BadInputException("entry hash must be " + LeafHash.LENGTH_BYTES + " bytes (SHA-256), got "
          + (entryHash == null ? "none" : entryHash.length + " bytes"));
    }
    byte[] computed = LeafHash.of(entry);
    if (!Arrays.equals(computed, entryHash)) {
      throw new BadInputException("entry hash " + HexFormat.of().formatHex(entryHash)
          + " is not SHA-256(0x00 || entry) = " + HexFormat.of().formatHex(computed));
    }
    entry = entry.clone();
    entryHash = entryHash.clone();
  }

  /** An entry with its leaf hash computed here. */
  public static NewEntry of(byte[] entry) {
    if (entry == null || entry.length == 0) {
      throw new BadInputException("journal entry is empty");
    }
    return new NewEntry(entry, LeafHash.of(entry));
  }

  @Override
  public byte[] entry() {
    return entry.clone();
  }

  @Override
  public byte[] entryHash() {
    return entryHash.clone();
  }

  byte[] entryUnsafe() {
    return entry;
  }

  byte[] entryHashUnsafe() {
    return entryHash;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewEntry other && Arrays.equals(entry, other.entry);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(entryHash);
  }

  @Override
  public String toString() {
    return "NewEntry[" + entry.length + " bytes, hash=" + HexFormat.of().formatHex(entryHash) + "]";
  }
}
