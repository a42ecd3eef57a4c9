package org.groma.app.keys;

/**
 * An Ed25519 seed sealed by a passphrase: scrypt parameters and salt, then AES-256-GCM nonce and
 * ciphertext (with its 16-byte tag).
 */
public record SealedSeed(int n, int r, int p, byte[] salt, byte[] nonce, byte[] ciphertext) {}
