package org.groma.journal.note;

/**
 * The signature type byte that a C2SP key ID and vkey commit to.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public enum NoteKeyType {
  /** C2SP signed-note: Ed25519 over the note text. */
  ED25519((byte) 0x01),
  /** C2SP tlog-cosignature v1: timestamped Ed25519 over "cosignature/v1\ntime N\n" ‖ note text. */
  COSIGNATURE_V1((byte) 0x04);

  private final byte id;

  NoteKeyType(byte id) {
    this.id = id;
  }

  public byte id() {
    return id;
  }

  static NoteKeyType of(byte id) {
    for (NoteKeyType t : values()) {
      if (t.id == id) {
        return t;
      }
    }
    return null;
  }
}
