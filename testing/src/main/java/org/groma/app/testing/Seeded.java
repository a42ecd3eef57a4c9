package org.groma.app.testing;

import java.security.SecureRandom;
import java.util.Random;

/** Reproducible "randomness" for test keys and salts: never for anything real. */
public final class Seeded {

  private Seeded() {}

  /** A SecureRandom whose bytes come from {@code new Random(seed)}. */
  public static SecureRandom random(long seed) {
    Random r = new Random(seed);
    return new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        r.nextBytes(bytes);
      }
    };
  }
}
