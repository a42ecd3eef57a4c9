package org.groma.app.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A journal entry as stored.
 *
 * @param seq position in the journal, 0-based (the RFC 6962 leaf index)
 * @param entryHash {@code SHA-256(0x00 || entry)}, 32 bytes
 * @param entry the entry's bytes, as appended
 * @param appendedAt when this node stored it (the node's clock; not part of the signed record)
 */
public record StoredEntry(long seq, byte[] entryHash, byte[] entry, Instant appendedAt) {

  public StoredEntry {
    if (seq < 0) {
      throw new IllegalArgumentException("seq must be >= 0: " + seq);
    }
    Objects.requireNonNull(entryHash, "entryHash");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(appendedAt, "appendedAt");
    entryHash = entryHash.clone();
    entry = entry.clone();
  }

  @Override
  public byte[] entryHash() {
    return entryHash.clone();
  }

  @Override
  public byte[] entry() {
    return entry.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredEntry other
        && seq == other.seq
        && Arrays.equals(entryHash, other.entryHash)
        && Arrays.equals(entry, other.entry)
        && appendedAt.equals(other.appendedAt);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(seq) * 31 + Arrays.hashCode(entryHash);
  }

  @Override
  public String toString() {
    return "StoredEntry[seq=" + seq + ", hash=" + HexFormat.of().formatHex(entryHash) + ", "
        + entry.length + " bytes, appendedAt=" + appendedAt + "]";
  }
}
