package org.groma.journal.note;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.groma.journal.JournalFormatException;
import org.groma.journal.sign.VerifyingKey;

/**
 * A signed-note verifier key: a name, a signature type and an Ed25519 public key, with the key ID they
 * determine. Its text form (C2SP signed-note, "Verifier keys") is
 * {@code name "+" hex(keyID) "+" base64(type ‖ public key)}, e.g.
 * {@code PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW}.
 *
 * @param name the key name (no spaces, no '+')
 * @param type {@link NoteKeyType#ED25519} for log operators, {@link NoteKeyType#COSIGNATURE_V1} for witnesses
 * @param key  the public key
 */
public record NoteVerifierKey(String name, NoteKeyType type, VerifyingKey key) {
  public NoteVerifierKey {
    NoteKeys.checkName(name);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
  }

  /** The 4-byte key ID: SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4]. */
  public byte[] keyId() {
    return NoteKeys.keyId(name, type, key.bytes());
  }

  public String keyIdHex() {
    return HexFormat.of().formatHex(keyId());
  }

  /** The vkey text. */
  public String format() {
    byte[] pk = key.bytes();
    byte[] typed = new byte[1 + pk.length];
    typed[0] = type.id();
    System.arraycopy(pk, 0, typed, 1, pk.length);
    return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed);
  }

  /**
   * Parses vkey text, checking that the key ID is the one the name, type and key give.
   *
   * @throws JournalFormatException naming the part that is wrong
   */
  public static NoteVerifierKey parse(String vkey) {
    // name and key ID cannot contain '+'; the base64 key material can, so split at the first two only
    String[] parts = vkey.split("\\+", 3);
    if (parts.length != 3) {
      throw new JournalFormatException("verifier key must be name+keyid+base64, got " + parts.length + " parts");
    }
    if (!parts[1].matches("[0-9a-f]{8}")) {
      throw new JournalFormatException("verifier key ID must be 8 lower-case hex digits, got \"" + parts[1] + "\"");
    }
    byte[] typed;
    try {
      typed = Base64.getDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new JournalFormatException("verifier key material is not valid base64");
    }
    if (typed.length != 1 + VerifyingKey.LENGTH) {
      throw new JournalFormatException("verifier key material must be 33 bytes (type + Ed25519 key), got "
          + typed.length);
    }
    NoteKeyType type = NoteKeyType.of(typed[0]);
    if (type == null) {
      throw new JournalFormatException("verifier key has unsupported signature type 0x%02x".formatted(typed[0]));
    }
    NoteVerifierKey k = new NoteVerifierKey(parts[0], type, VerifyingKey.of(Arrays.copyOfRange(typed, 1, typed.length)));
    if (!k.keyIdHex().equals(parts[1])) {
      throw new JournalFormatException("verifier key ID " + parts[1] + " does not match the key (expected "
          + k.keyIdHex() + ")");
    }
    return k;
  }

  boolean matches(NoteSignature s) {
    return name.equals(s.name()) && Arrays.equals(keyId(), s.keyId());
  }

  @Override
  public String toString() {
    return format();
  }
}
