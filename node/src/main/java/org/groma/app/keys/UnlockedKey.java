package org.groma.app.keys;

/**
 * A key opened with its passphrase, ready to sign. The seed stays out of {@link #toString()}.
 *
 * @param seed the 32-byte Ed25519 private key (RFC 8032 section 5.1.5)
 */
public record UnlockedKey(KeyRecord record, byte[] seed) {

  @Override
  public String toString() {
    return "UnlockedKey[" + record + "]";
  }
}
