package org.groma.app.keys;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One member's key in a keystore: who holds it, its public half, and its Ed25519 seed sealed under the
 * holder's passphrase.
 *
 * @param member the member's name as the roster will know it
 * @param party "A", "B" or "M" (the mediator)
 * @param keyId hex of the first 8 bytes of SHA-256 of the public key, as journal entries name keys
 * @param publicKey the 32-byte Ed25519 public key
 */
public record KeyRecord(
    String member, String party, String keyId, byte[] publicKey, Instant created,
    SealedSeed sealedSeed) {

  private static final Pattern PARTY = Pattern.compile("[ABM]");

  public KeyRecord {
    Objects.requireNonNull(member, "member");
    if (member.isBlank() || member.strip().length() != member.length() || member.contains("\n")) {
      throw new IllegalArgumentException("member name must be non-blank, one line, without outer spaces");
    }
    if (!PARTY.matcher(party).matches()) {
      throw new IllegalArgumentException("party must be A, B or M (mediator), not '" + party + "'");
    }
    if (publicKey.length != 32) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
    }
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(sealedSeed, "sealedSeed");
  }

  public String publicKeyHex() {
    return HexFormat.of().formatHex(publicKey);
  }

  /** Binds the sealed seed to this record: moving it to another member's record breaks the GCM tag. */
  byte[] associatedData() {
    return associatedData(member, party, publicKey);
  }

  static byte[] associatedData(String member, String party, byte[] publicKey) {
    return ("groma-keystore/v1\n" + member + "\n" + party + "\n" + HexFormat.of().formatHex(publicKey) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "KeyRecord[" + member + ", party " + party + ", key " + keyId + "]";
  }
}
