package org.groma.journal.sign;

import java.security.SecureRandom;
import java.util.Objects;
import org.groma.journal.JournalFormatException;

/**
 * An Ed25519 private key: the 32-byte seed of RFC 8032 §5.1.5, with its public key. The seed is never
 * printed: {@link #toString()} shows only the key ID.
 *
 * <h2>Thread safety</h2>
 * Immutable; signing is thread-safe.
 */
public final class SigningKey {
  /** RFC 8032 §5.1.5: the private key is a 32-byte seed. */
  public static final int SEED_LENGTH = 32;

  private final byte[] seed;
  private final VerifyingKey verifyingKey;

  private SigningKey(byte[] seed) {
    this.seed = seed;
    byte[] pk = new byte[VerifyingKey.LENGTH];
    org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, pk, 0);
    this.verifyingKey = VerifyingKey.of(pk);
  }

  /** A new key from {@code random} (use a {@link SecureRandom}; tests may pass a seeded one). */
  public static SigningKey generate(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    byte[] seed = new byte[SEED_LENGTH];
    random.nextBytes(seed);
    return new SigningKey(seed);
  }

  public static SigningKey fromSeed(byte[] seed) {
    if (seed.length != SEED_LENGTH) {
      throw new JournalFormatException("an Ed25519 seed has 32 bytes, got " + seed.length);
    }
    return new SigningKey(seed.clone());
  }

  /** A copy of the secret seed, for a keystore. Handle with care. */
  public byte[] seedBytes() {
    return seed.clone();
  }

  byte[] internalSeed() {
    return seed;
  }

  public VerifyingKey verifyingKey() {
    return verifyingKey;
  }

  public String keyId() {
    return verifyingKey.keyId();
  }

  /** Signs {@code context.prefix ‖ payload}. */
  public Signature sign(SignatureContext context, byte[] payload) {
    return Ed25519.sign(this, context, payload);
  }

  @Override
  public String toString() {
    return "SigningKey[keyId=" + keyId() + ", seed=<secret>]";
  }
}
