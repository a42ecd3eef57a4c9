package org.groma.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.groma.app.BadInputException;
import picocli.CommandLine.Option;

/**
 * Where a keystore passphrase comes from (a mixin): a file named by {@code --passphrase-file}, else the
 * environment variable {@value #ENV}, else a prompt on the terminal. Never from the command line itself,
 * where other users of the machine could read it in the process list.
 */
final class Passphrase {

  static final String ENV = "GROMA_PASSPHRASE";
  /** Short passphrases fall to offline guessing even through scrypt; 12 characters is NIST 800-63B's floor x1.5. */
  static final int MIN_LENGTH = 12;

  @Option(names = "--passphrase-file", paramLabel = "FILE",
      description = "Read the keystore passphrase from the first line of FILE (else $" + ENV
          + ", else a prompt).")
  Path file;

  char[] read(boolean confirmNew) {
    return read(System.getenv(), System.console(), confirmNew);
  }

  char[] read(Map<String, String> env, Console console, boolean confirmNew) {
    char[] pass;
    if (file != null) {
      try {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        pass = first.toCharArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else if (env.get(ENV) != null) {
      pass = env.get(ENV).toCharArray();
    } else if (console != null) {
      pass = console.readPassword("Keystore passphrase: ");
      if (pass != null && confirmNew) {
        char[] again = console.readPassword("Repeat the passphrase: ");
        if (!Arrays.equals(pass, again)) {
          throw new BadInputException("the two passphrases differ");
        }
      }
    } else {
      throw new BadInputException("no passphrase: give --passphrase-file FILE or set $" + ENV
          + " (there is no terminal to prompt on)");
    }
    if (pass == null || (confirmNew && pass.length < MIN_LENGTH)) {
      throw new BadInputException("a new keystore passphrase needs at least " + MIN_LENGTH + " characters");
    }
    return pass;
  }
}
