package org.groma.app.node;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.groma.app.BadInputException;
import org.groma.app.commission.Act;
import org.groma.app.commission.CommissionEvent.FoundingMember;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionRules;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.RuleViolation;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.sign.VerifyingKey;
import org.groma.journal.verify.KeyDirectory;

/**
 * The journal verifier's key directory, driven by the commission's rules: an entry's key is one the roster
 * holds at that point, and each entry that passes the journal's checks is folded into the state through
 * {@link CommissionRules#evolve}, which throws {@link RuleViolation} at the first act the rules refuse.
 * Before genesis the only keys are the founding members' in the genesis entry itself, which the reader hands
 * over with {@link #expectGenesis}.
 *
 * <p>A rotated or revoked key is handed over too, so that its signature is checked and the rules then
 * refuse the act with their own reason ("key … was revoked at seq 16 …"); withholding it would report only
 * that no key is known, which sends a reader looking for a key the roster does hold.
 *
 * <h2>Thread safety</h2>
 * Not thread-safe; one verification at a time.
 */
final class RosterKeys implements KeyDirectory {

  private final Consumer<Act> onAct;
  private final Map<String, VerifyingKey> cache = new HashMap<>();
  private CommissionState state;
  private Map<String, VerifyingKey> genesisKeys = Map.of();

  /** Starts from {@code state} (EMPTY for a journal read from its genesis). */
  RosterKeys(CommissionState state, Consumer<Act> onAct) {
    this.state = state;
    this.onAct = onAct;
  }

  CommissionState state() {
    return state;
  }

  /** The founding keys of the genesis about to be verified. */
  void expectGenesis(Genesis g) {
    Map<String, VerifyingKey> keys = new HashMap<>();
    for (FoundingMember m : g.members()) {
      keys.put(m.keyId(), JournalKeys.verifyingKey("founding member \"" + m.member() + "\"", m.publicKey()));
    }
    genesisKeys = keys;
  }

  @Override
  public Optional<VerifyingKey> lookup(String keyId) {
    if (!state.founded()) {
      return Optional.ofNullable(genesisKeys.get(keyId));
    }
    return state.key(keyId)
        .map(k -> cache.computeIfAbsent(k.publicKey(), hex -> JournalKeys.verifyingKey(k.member(), hex)));
  }

  @Override
  public void entryVerified(SignedEntry entry) {
    long seq = entry.entry().seq();
    Act act;
    try {
      act = EntryMapping.act(entry);
      JournalKeys.check(act.event());
    } catch (BadInputException e) {
      throw new RuleViolation(seq, e.getMessage());
    }
    state = CommissionRules.evolve(state, act);
    onAct.accept(act);
  }
}
