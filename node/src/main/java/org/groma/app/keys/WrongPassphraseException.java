package org.groma.app.keys;

import org.groma.app.BadInputException;

/** The passphrase does not open the keystore, or the sealed key was changed (GCM tag mismatch). */
public final class WrongPassphraseException extends BadInputException {

  WrongPassphraseException() {
    super("the passphrase does not open this key (wrong passphrase, or the keystore file was changed)");
  }
}
