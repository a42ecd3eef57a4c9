package org.groma.journal.note;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.groma.journal.JournalFormatException;

/**
 * One signature line of a signed note: {@code "— " name " " base64(keyID ‖ signature bytes) "\n"}, where
 * the dash is U+2014 EM DASH and keyID has 4 bytes (C2SP signed-note, "Signatures").
 *
 * @param name   the key name
 * @param keyId  the 4-byte key ID
 * @param signature the signature bytes after the key ID (64 for Ed25519, 72 for a cosignature)
 */
public record NoteSignature(String name, byte[] keyId, byte[] signature) {
  static final String PREFIX = "\u2014 ";
  /** C2SP signed-note: the key ID is the first 4 bytes of a SHA-256 hash. */
  public static final int KEY_ID_LENGTH = 4;

  public NoteSignature {
    NoteKeys.checkName(name);
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(signature, "signature");
    if (keyId.length != KEY_ID_LENGTH) {
      throw new JournalFormatException("a note key ID has 4 bytes, got " + keyId.length);
    }
    keyId = keyId.clone();
    signature = signature.clone();
  }

  @Override
  public byte[] keyId() {
    return keyId.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  public String keyIdHex() {
    return HexFormat.of().formatHex(keyId);
  }

  /** The line, with its final newline. */
  public String line() {
    byte[] all = new byte[KEY_ID_LENGTH + signature.length];
    System.arraycopy(keyId, 0, all, 0, KEY_ID_LENGTH);
    System.arraycopy(signature, 0, all, KEY_ID_LENGTH, signature.length);
    return PREFIX + name + " " + Base64.getEncoder().encodeToString(all) + "\n";
  }

  /** Parses one line without its newline; {@code lineNumber} (1-based, in the whole note) is for errors. */
  static NoteSignature parseLine(String line, int lineNumber) {
    if (!line.startsWith(PREFIX)) {
      throw new JournalFormatException("note line " + lineNumber + ": a signature line starts with \"— \"");
    }
    String rest = line.substring(PREFIX.length());
    int space = rest.indexOf(' ');
    if (space <= 0) {
      throw new JournalFormatException("note line " + lineNumber + ": expected \"— <name> <base64>\"");
    }
    String name = rest.substring(0, space);
    String b64 = rest.substring(space + 1);
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(b64);
    } catch (IllegalArgumentException e) {
      throw new JournalFormatException("note line " + lineNumber + ": signature is not valid base64");
    }
    if (!Base64.getEncoder().encodeToString(raw).equals(b64)) {
      throw new JournalFormatException("note line " + lineNumber + ": signature base64 is not canonical");
    }
    if (raw.length <= KEY_ID_LENGTH) {
      throw new JournalFormatException("note line " + lineNumber + ": signature is too short");
    }
    try {
      return new NoteSignature(name, Arrays.copyOf(raw, KEY_ID_LENGTH),
          Arrays.copyOfRange(raw, KEY_ID_LENGTH, raw.length));
    } catch (JournalFormatException e) {
      throw new JournalFormatException("note line " + lineNumber + ": " + e.getMessage());
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoteSignature s && name.equals(s.name) && Arrays.equals(keyId, s.keyId)
        && Arrays.equals(signature, s.signature);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return line().strip();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
