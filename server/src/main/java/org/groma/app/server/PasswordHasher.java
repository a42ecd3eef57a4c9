package org.groma.app.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.groma.app.BadInputException;

/**
 * Argon2id password hashes in the PHC string form {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}
 * (base64 without padding). Parameters: OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane), which keeps
 * a sign-in near 50 ms on a node's CPU; verification reads the parameters from the stored string, so they
 * can be raised later without breaking old hashes.
 */
final class PasswordHasher {

  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

  private PasswordHasher() {}

  static String hash(char[] password, SecureRandom random) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] h = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
        + B64.encodeToString(salt) + "$" + B64.encodeToString(h);
  }

  static boolean verify(char[] password, String phc) {
    String[] parts = phc.split("\\$");
    if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
      throw new BadInputException("not an Argon2id v19 PHC hash: " + phc.substring(0, Math.min(20, phc.length())));
    }
    int m = 0;
    int t = 0;
    int p = 0;
    for (String kv : parts[3].split(",")) {
      int v = Integer.parseInt(kv.substring(2));
      switch (kv.charAt(0)) {
        case 'm' -> m = v;
        case 't' -> t = v;
        case 'p' -> p = v;
        default -> throw new BadInputException("unknown Argon2 parameter in " + parts[3]);
      }
    }
    byte[] salt = Base64.getDecoder().decode(parts[4]);
    byte[] expected = Base64.getDecoder().decode(parts[5]);
    return MessageDigest.isEqual(expected, derive(password, salt, m, t, p, expected.length));
  }

  private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism,
      int length) {
    Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKib)
        .withIterations(iterations).withParallelism(parallelism).build();
    Argon2BytesGenerator gen = new Argon2BytesGenerator();
    gen.init(params);
    byte[] out = new byte[length];
    gen.generateBytes(new String(password).getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
