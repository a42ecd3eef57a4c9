package org.groma.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.groma.app.BadInputException;
import org.groma.app.commission.Actor;
import org.groma.app.keys.KeyRecord;
import org.groma.app.keys.Keystore;
import org.groma.journal.sign.SigningKey;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Who signs (a mixin): a key from the keystore, chosen by member name or key id, unlocked with the
 * passphrase. The key's member and party are the act's author.
 */
final class Signer {

  @Option(names = "--keystore", paramLabel = "FILE", defaultValue = "groma-keystore.json",
      description = "Keystore holding the signing key (default: ${DEFAULT-VALUE}).")
  Path keystore;

  @Option(names = "--as", required = true, paramLabel = "MEMBER|KEYID",
      description = "The member (or key id) who signs: a key in the keystore.")
  String who;

  @Mixin Passphrase passphrase;

  /** The key's record and its unlocked signing key. */
  record Unlocked(KeyRecord record, SigningKey key) {
    Actor actor() {
      return new Actor(Actor.partyOfCode(record.party()), record.member(), record.keyId());
    }
  }

  Unlocked unlock() {
    Keystore ks;
    try {
      ks = Keystore.load(keystore);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    KeyRecord record = ks.find(who).orElseThrow(() -> new BadInputException("keystore " + keystore
        + " has no key for \"" + who + "\" (groma keys list --keystore " + keystore + " shows its keys)"));
    return new Unlocked(record, SigningKey.fromSeed(ks.unlock(record, passphrase.read(false)).seed()));
  }
}
