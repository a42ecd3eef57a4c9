package org.groma.app.keys;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Seals a secret under a passphrase: scrypt (RFC 7914) derives a 256-bit key, AES-256-GCM encrypts and
 * authenticates the secret with the associated data (the key's public description), so a sealed seed cannot
 * be moved to another member's record without detection.
 *
 * <p>Parameters: N = 2^15, r = 8, p = 1 (32 MiB, about 0.1 s per unlock here), the interactive-use figures
 * RFC 7914 section 2 cites; they are stored with each sealed value so they can be raised later.
 */
final class PassphraseSeal {

  static final int SCRYPT_N = 1 << 15;
  static final int SCRYPT_R = 8;
  static final int SCRYPT_P = 1;
  private static final int SALT_BYTES = 16;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private PassphraseSeal() {}

  static SealedSeed seal(byte[] secret, char[] passphrase, byte[] associatedData, SecureRandom random) {
    byte[] salt = new byte[SALT_BYTES];
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(salt);
    random.nextBytes(nonce);
    byte[] key = derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(associatedData);
      return new SealedSeed(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, nonce, c.doFinal(secret));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JDK", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** Returns the secret, or throws {@link WrongPassphraseException} when the passphrase or data is wrong. */
  static byte[] open(SealedSeed sealed, char[] passphrase, byte[] associatedData) {
    byte[] key = derive(passphrase, sealed.salt(), sealed.n(), sealed.r(), sealed.p());
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, sealed.nonce()));
      c.updateAAD(associatedData);
      return c.doFinal(sealed.ciphertext());
    } catch (AEADBadTagException e) {
      throw new WrongPassphraseException();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JDK", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static byte[] derive(char[] passphrase, byte[] salt, int n, int r, int p) {
    ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
    byte[] pass = new byte[utf8.remaining()];
    utf8.get(pass);
    try {
      return SCrypt.generate(pass, salt, n, r, p, 32);
    } finally {
      Arrays.fill(pass, (byte) 0);
    }
  }
}
