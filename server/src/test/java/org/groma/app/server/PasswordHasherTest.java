package org.groma.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.groma.app.BadInputException;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  /**
   * Written by the reference implementation (Debian package argon2 0~20190702):
   * {@code echo -n "correct horse battery" | argon2 "groma-test-salt!" -id -t 2 -k 19456 -p 1 -l 32 -e}.
   */
  static final String REFERENCE =
      "$argon2id$v=19$m=19456,t=2,p=1$Z3JvbWEtdGVzdC1zYWx0IQ$alsHLX6UKpr2xtilj1hV9PcP+Jf/On0WM4TB8mCgCHI";

  /** {@code echo -n "another password, longer" | argon2 "0123456789abcdef" -id -t 3 -k 8192 -p 2 -l 32 -e}. */
  static final String REFERENCE_OTHER_PARAMETERS =
      "$argon2id$v=19$m=8192,t=3,p=2$MDEyMzQ1Njc4OWFiY2RlZg$IZVKicoGXZFVj3yhiuYUhGxgzuWr9y4nd5Szo8AU3GE";

  @Test
  void verifies_hashes_written_by_the_reference_implementation() {
    assertThat(PasswordHasher.verify("correct horse battery".toCharArray(), REFERENCE)).isTrue();
    assertThat(PasswordHasher.verify("correct horse batterx".toCharArray(), REFERENCE)).isFalse();
    assertThat(PasswordHasher.verify("another password, longer".toCharArray(), REFERENCE_OTHER_PARAMETERS)).isTrue();
  }

  @Test
  void hashes_with_the_stated_parameters_and_a_fresh_salt() {
    String a = PasswordHasher.hash("correct horse battery".toCharArray(), new SecureRandom());
    String b = PasswordHasher.hash("correct horse battery".toCharArray(), new SecureRandom());
    assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(b);
    assertThat(PasswordHasher.verify("correct horse battery".toCharArray(), a)).isTrue();
    assertThatThrownBy(() -> PasswordHasher.verify("x".toCharArray(), "$2y$10$notargon"))
        .isInstanceOf(BadInputException.class);
  }
}
