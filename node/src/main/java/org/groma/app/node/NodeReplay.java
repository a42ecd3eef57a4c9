package org.groma.app.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.groma.app.BadInputException;
import org.groma.app.commission.Act;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.RuleViolation;
import org.groma.app.store.CommissionStore;
import org.groma.app.store.StoredCheckpoint;
import org.groma.app.store.StoredCosignature;
import org.groma.app.store.StoredEntry;
import org.groma.journal.JournalFormatException;
import org.groma.journal.entry.EntryCodec;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.verify.CheckpointTrust;
import org.groma.journal.verify.JournalVerifier;
import org.groma.journal.verify.VerificationError;
import org.groma.journal.verify.VerificationResult;

/**
 * Verifies a commission store's journal from its first entry, trusting nothing but the genesis: every entry's
 * canonical form, origin, order, time and signature (groma-journal's {@link JournalVerifier}), every act
 * against the commission's rules as of that point ({@link RosterKeys}), every checkpoint's operator signature
 * and root, and every cosignature, by the keys the genesis names.
 *
 * <p>With a trusted witness, the entries under the latest checkpoint that witness cosigned are not
 * signature-checked again: they must hash to that checkpoint's root, whose operator signature and cosignature
 * are checked as usual. That is how a node reopens what it verified and cosigned before.
 *
 * <p>Beyond the journal verifier, every stored cosignature row must be a valid cosignature by the witness it
 * names ({@link CheckpointNotes#problem}): the verifier ignores lines by unknown keys, the store may not
 * keep them.
 *
 * <p>Memory: constant apart from the Merkle frontier, the state and the checkpoints.
 */
final class NodeReplay {

  /**
   * What a replay found: the journal verifier's result (rule violations included), the state it reached, the
   * checkpoints it verified (with their cosigners) and how many entries were of format 1.
   */
  record Outcome(VerificationResult result, CommissionState state, Optional<CheckpointTrust> trust,
      long signatureChecksSkipped, List<JournalVerifier.VerifiedCheckpoint> checkpoints, long legacyEntries) {
    Outcome(VerificationResult result, CommissionState state, Optional<CheckpointTrust> trust,
        long signatureChecksSkipped) {
      this(result, state, trust, signatureChecksSkipped, List.of(), 0);
    }
  }

  /**
   * What a verifying party adds to a full replay: a checkpoint it kept, which the journal must extend, and
   * the latest date an entry may carry (its clock plus the allowed skew).
   */
  record Expectations(Optional<SignedNote> keptCheckpoint, Optional<Instant> notAfter, String notAfterWhy) {
    static final Expectations NONE = new Expectations(Optional.empty(), Optional.empty(), "");
  }

  private NodeReplay() {}

  /**
   * @param trustedWitness the witness whose cosigned checkpoints this node trusts, or empty for a full check
   * @param onAct          hears every act as it is verified, in order
   * @param progress       hears the number of entries verified, every {@code 10 000} and at the end
   */
  static Outcome run(CommissionStore store, Optional<String> trustedWitness, Consumer<Act> onAct,
      LongConsumer progress) {
    return run(store, trustedWitness, onAct, progress, Expectations.NONE);
  }

  static Outcome run(CommissionStore store, Optional<String> trustedWitness, Consumer<Act> onAct,
      LongConsumer progress, Expectations expect) {
    long size = store.size();
    if (size == 0) {
      return new Outcome(new VerificationResult(false, 0, Optional.of(new VerificationError(0,
          "the journal is empty: a commission's journal starts with its genesis")), MerkleHash.EMPTY_ROOT),
          CommissionState.EMPTY, Optional.empty(), 0);
    }
    Genesis genesis;
    CheckpointTrust trust;
    try {
      genesis = genesis(store.entry(0).orElseThrow().entry());
      trust = JournalKeys.trust(genesis);
    } catch (JournalFormatException | BadInputException e) {
      return failed(0, e.getMessage());
    }
    // A flawed checkpoint is reported where the journal verifier would report it: once the entries it
    // covers have been verified (seq = size - 1), so an earlier entry's failure still comes first.
    List<CheckpointNotes.Joined> checkpoints = new ArrayList<>();
    TreeMap<Long, String> flawed = new TreeMap<>();
    for (StoredCheckpoint cp : store.checkpoints()) {
      List<StoredCosignature> cosignatures = store.cosignatures(cp.seq());
      Optional<String> problem = CheckpointNotes.problem(cp, cosignatures, trust);
      if (problem.isPresent()) {
        flawed.putIfAbsent(cp.size(), problem.get());
      } else {
        checkpoints.add(CheckpointNotes.join(cp, cosignatures, trust));
      }
    }
    if (flawed.containsKey(0L)) {
      return failed(-1, flawed.get(0L));
    }
    RosterKeys roster = new RosterKeys(CommissionState.EMPTY, onAct);
    roster.expectGenesis(genesis);
    List<SignedNote> notes = new ArrayList<>(checkpoints.stream().map(CheckpointNotes.Joined::note).toList());
    expect.keptCheckpoint().ifPresent(notes::add);
    JournalVerifier verifier = new JournalVerifier(store.origin(), roster, Optional.of(trust), notes);
    if (expect.keptCheckpoint().isPresent()) {
      Checkpoint kept = Checkpoint.parseBody(expect.keptCheckpoint().get().text());
      verifier.extending(kept.size(), kept.rootHash());
    }
    expect.notAfter().ifPresent(t -> verifier.notAfter(t, expect.notAfterWhy()));
    long trustedSize = 0;
    if (trustedWitness.isPresent()) {
      Optional<Checkpoint> trusted = latestCosignedBy(checkpoints, trust, trustedWitness.get());
      if (trusted.isPresent()) {
        trustedSize = trusted.get().size();
        verifier.trustingPrefix(trustedSize, trusted.get().rootHash());
      }
    }
    try (Stream<StoredEntry> entries = store.entries(0, size)) {
      // Decoding and signature checks run ahead on every core; the rules fold in order here.
      Iterator<JournalVerifier.Prepared> it = verifier.prepared(entries.map(StoredEntry::entry).iterator());
      long n = 0;
      while (it.hasNext()) {
        JournalVerifier.Prepared e = it.next();
        try {
          if (!verifier.accept(e)) {
            break;
          }
        } catch (RuleViolation v) {
          return new Outcome(new VerificationResult(false, n, Optional.of(new VerificationError(v.seq(),
              v.reason())), MerkleHash.EMPTY_ROOT), roster.state(), Optional.of(trust), trustedSize,
              verifier.verifiedCheckpoints(), verifier.legacyEntries());
        }
        if (++n % 10_000 == 0) {
          progress.accept(n);
        }
        String flaw = flawed.get(n);
        if (flaw != null) {
          return new Outcome(new VerificationResult(false, n, Optional.of(new VerificationError(n - 1, flaw)),
              MerkleHash.EMPTY_ROOT), roster.state(), Optional.of(trust), trustedSize,
              verifier.verifiedCheckpoints(), verifier.legacyEntries());
        }
      }
      progress.accept(n);
    }
    VerificationResult result = verifier.finish();
    if (result.ok() && !flawed.isEmpty()) {
      Map.Entry<Long, String> beyond = flawed.firstEntry();
      return new Outcome(new VerificationResult(false, result.entries(), Optional.of(new VerificationError(
          beyond.getKey() - 1, beyond.getValue())), MerkleHash.EMPTY_ROOT), roster.state(), Optional.of(trust),
          trustedSize, verifier.verifiedCheckpoints(), verifier.legacyEntries());
    }
    return new Outcome(result, roster.state(), Optional.of(trust), trustedSize, verifier.verifiedCheckpoints(),
        verifier.legacyEntries());
  }

  /** The genesis the first stored entry records (its signature is checked with the rest). */
  static Genesis genesis(byte[] firstStored) {
    Act first = EntryMapping.act(EntryCodec.decode(firstStored));
    if (first.event() instanceof Genesis g) {
      JournalKeys.check(g);
      return g;
    }
    throw new BadInputException("the first entry is a " + first.event().type() + ", not the commission's genesis");
  }

  private static Optional<Checkpoint> latestCosignedBy(List<CheckpointNotes.Joined> checkpoints,
      CheckpointTrust trust, String witnessName) {
    NoteVerifierKey witness = CheckpointNotes.witness(trust, witnessName).orElseThrow(() -> new BadInputException(
        "\"" + witnessName + "\" is not a witness named in the genesis (witnesses: "
            + String.join(", ", trust.witnesses().stream().map(NoteVerifierKey::name).toList()) + ")"));
    return CheckpointNotes.latestCosignedBy(checkpoints, witness);
  }

  private static Outcome failed(long seq, String reason) {
    return new Outcome(new VerificationResult(false, 0, Optional.of(new VerificationError(seq, reason)),
        MerkleHash.EMPTY_ROOT), CommissionState.EMPTY, Optional.empty(), 0);
  }
}
