package org.groma.journal.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.groma.journal.JournalFormatException;
import org.groma.journal.entry.Entry;
import org.groma.journal.entry.EntryCodec;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.log.MerkleFrontier;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.Cosignature;
import org.groma.journal.note.NoteVerificationException;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.VerifyingKey;

/**
 * Verifies a journal from its stored bytes, trusting nothing but the keys it is given.
 *
 * <p>Algorithm: the entries are read once, in order. Each must decode strictly ({@link EntryCodec}),
 * carry the expected origin and the next sequence number (0, 1, 2, …), not be earlier than the entry
 * before it, and be signed by the key its author field names, resolved through the {@link KeyDirectory}
 * (which then hears of the entry, so roster changes take effect for the entries after). Its leaf hash is
 * appended to a {@link MerkleFrontier}. When the count reaches a checkpoint's size, the checkpoint's
 * operator signature, origin and root are checked against the frontier, and every cosignature line of a
 * trusted witness must verify; at least {@link CheckpointTrust#requiredCosigners} distinct witnesses must
 * have cosigned. A checkpoint beyond the last entry fails. Verification stops at the first failure.
 *
 * <p>Accuracy: exact; every check is a comparison of bytes or a signature verification.
 *
 * <p>Limitations: memory is constant apart from the O(log n) frontier and the checkpoints passed in.
 *
 * <p>Thread safety: not thread-safe; one verifier per journal.
 */
public final class JournalVerifier {
  private final String origin;
  private final KeyDirectory keys;
  private final Optional<CheckpointTrust> trust;
  private final List<SignedNote> pending;
  /** The tree size of each pending checkpoint, parsed once (the check runs after every entry). */
  private long[] pendingSizes = new long[0];
  private final MerkleFrontier frontier = new MerkleFrontier();
  private Instant lastTime;
  private VerificationError error;
  private int nextCheckpoint;
  private long trustedSize;
  private MerkleHash trustedRoot;

  /**
   * @param origin      the journal's origin, which every entry and checkpoint must carry
   * @param keys        resolves entry authors' key IDs
   * @param trust       the operator and witness keys; required when checkpoints are given
   * @param checkpoints signed checkpoint notes, in any order
   */
  public JournalVerifier(String origin, KeyDirectory keys, Optional<CheckpointTrust> trust,
      List<SignedNote> checkpoints) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.trust = Objects.requireNonNull(trust, "trust");
    if (!checkpoints.isEmpty() && trust.isEmpty()) {
      throw new IllegalArgumentException("checkpoints need the operator's and witnesses' keys");
    }
    this.pending = new ArrayList<>(checkpoints);
    sortBySize();
    checkCheckpointsAt(0);
  }

  /**
   * Skips the signature checks of the first {@code size} entries, which must hash to {@code root}: for a
   * node that reopens a journal under a checkpoint it verified before (and cosigned). Every other check
   * still runs on them, and the key directory still hears of them. Call before the first {@link #accept}.
   */
  public JournalVerifier trustingPrefix(long size, MerkleHash root) {
    if (frontier.size() != 0) {
      throw new IllegalStateException("a trusted prefix must be set before the first entry");
    }
    if (size < 0) {
      throw new IllegalArgumentException("trusted prefix size " + size + " is negative");
    }
    this.trustedSize = size;
    this.trustedRoot = Objects.requireNonNull(root, "root");
    return this;
  }

  /** Verifies the whole sequence of stored entries and the checkpoints. */
  public static VerificationResult verify(Iterable<byte[]> storedEntries, KeyDirectory keys, String origin,
      Optional<CheckpointTrust> trust, List<SignedNote> checkpoints) {
    JournalVerifier v = new JournalVerifier(origin, keys, trust, checkpoints);
    Iterator<byte[]> it = storedEntries.iterator();
    while (v.error == null && it.hasNext()) {
      v.accept(it.next());
    }
    return v.finish();
  }

  /** Verifies one more stored entry; returns false (and records the error) when it fails. */
  public boolean accept(byte[] stored) {
    if (error != null) {
      return false;
    }
    long seq = frontier.size();
    SignedEntry signed;
    try {
      signed = seq < trustedSize ? EntryCodec.decodeKnownCanonical(stored) : EntryCodec.decode(stored);
    } catch (JournalFormatException e) {
      return fail(seq, e.getMessage());
    }
    Entry entry = signed.entry();
    if (entry.seq() != seq) {
      return fail(seq, "entry has seq " + entry.seq() + " where " + seq + " was expected");
    }
    if (!entry.origin().equals(origin)) {
      return fail(seq, "entry origin \"" + entry.origin() + "\" is not the journal's \"" + origin + "\"");
    }
    if (lastTime != null && entry.time().isBefore(lastTime)) {
      return fail(seq, "entry time " + entry.timeText() + " is earlier than the previous entry's " + lastTime);
    }
    if (seq >= trustedSize) {
      Optional<VerifyingKey> key = keys.lookup(entry.author().keyId());
      if (key.isEmpty()) {
        return fail(seq, "no key " + entry.author().keyId() + " is known for author " + entry.author().member()
            + " (party " + entry.author().party() + ")");
      }
      if (!signed.verify(key.get())) {
        return fail(seq, "signature of " + entry.author().member() + " (key " + entry.author().keyId()
            + ") does not verify");
      }
    }
    lastTime = entry.time();
    frontier.append(signed.hash());
    if (frontier.size() == trustedSize && !frontier.root().equals(trustedRoot)) {
      return fail(seq, "the first " + trustedSize + " entries hash to root " + frontier.root().hex()
          + ", not the trusted checkpoint's root " + trustedRoot.hex());
    }
    keys.entryVerified(signed);
    checkCheckpointsAt(frontier.size());
    return error == null;
  }

  /** The result so far; checkpoints beyond the entries read count as failures. */
  public VerificationResult finish() {
    if (error == null && frontier.size() < trustedSize) {
      fail(frontier.size(), "the journal ends after " + frontier.size() + " entries, before the trusted checkpoint"
          + " at size " + trustedSize);
    }
    if (error == null && nextCheckpoint < pending.size()) {
      long size = pendingSizes[nextCheckpoint];
      fail(Math.max(size - 1, -1), "checkpoint at size " + size + " is beyond the journal's "
          + frontier.size() + " entries");
    }
    return new VerificationResult(error == null, verifiedEntries(), Optional.ofNullable(error), frontier.root());
  }

  private long verifiedEntries() {
    return frontier.size();
  }

  private void checkCheckpointsAt(long size) {
    while (error == null && nextCheckpoint < pending.size() && pendingSizes[nextCheckpoint] == size) {
      checkCheckpoint(pending.get(nextCheckpoint), size);
      nextCheckpoint++;
    }
  }

  private void checkCheckpoint(SignedNote note, long size) {
    long seq = size - 1;
    CheckpointTrust t = trust.orElseThrow();
    Checkpoint cp;
    try {
      cp = Checkpoint.open(note, t.operator());
    } catch (NoteVerificationException | JournalFormatException e) {
      fail(seq, "checkpoint at size " + size + ": " + e.getMessage());
      return;
    }
    if (!cp.origin().equals(origin)) {
      fail(seq, "checkpoint at size " + size + ": origin \"" + cp.origin() + "\" is not \"" + origin + "\"");
      return;
    }
    MerkleHash root = frontier.root();
    if (!cp.rootHash().equals(root)) {
      fail(seq, "checkpoint at size " + size + ": root " + cp.rootHash().hex()
          + " differs from the entries' root " + root.hex());
      return;
    }
    int cosigners = 0;
    for (NoteVerifierKey w : t.witnesses()) {
      if (note.signatureOf(w).isEmpty()) {
        continue;
      }
      try {
        Cosignature.open(note, w);
        cosigners++;
      } catch (NoteVerificationException e) {
        fail(seq, "checkpoint at size " + size + ": " + e.getMessage());
        return;
      }
    }
    if (cosigners < t.requiredCosigners()) {
      fail(seq, "checkpoint at size " + size + ": cosigned by " + cosigners + " trusted witnesses, "
          + t.requiredCosigners() + " required");
    }
  }

  /** Orders the checkpoints by size; a checkpoint whose body does not parse is the first error. */
  private void sortBySize() {
    for (int i = 0; i < pending.size(); i++) {
      try {
        parsedSize(pending.get(i));
      } catch (JournalFormatException e) {
        fail(-1, "checkpoint " + (i + 1) + " of " + pending.size() + ": " + e.getMessage());
        pending.clear();
        return;
      }
    }
    pending.sort(Comparator.comparingLong(JournalVerifier::parsedSize));
    pendingSizes = pending.stream().mapToLong(JournalVerifier::parsedSize).toArray();
  }

  private static long parsedSize(SignedNote note) {
    return Checkpoint.parseBody(note.text()).size();
  }

  private boolean fail(long seq, String reason) {
    if (error == null) {
      error = new VerificationError(seq, reason);
    }
    return false;
  }
}
