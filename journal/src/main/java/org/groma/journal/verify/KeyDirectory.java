package org.groma.journal.verify;

import java.util.Optional;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.sign.VerifyingKey;

/**
 * Resolves the key IDs that entries name to public keys. The node fills it from the roster as it replays
 * the journal: {@link #entryVerified} is called after each entry passes, so a genesis or member-added entry
 * can make its keys known to the entries that follow (and a key-revoked entry can withdraw one).
 *
 * <h2>Thread safety</h2>
 * Up to the implementation; {@link JournalVerifier} calls it from one thread.
 */
public interface KeyDirectory {
  /** The key with this ID, if it may sign the next entry. */
  Optional<VerifyingKey> lookup(String keyId);

  /** Called after {@code entry} has passed every check, before the next entry is read. */
  default void entryVerified(SignedEntry entry) {
  }
}
