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
 * <h2>Algorithm</h2>
 * The entries are read once, in order. Each must decode strictly ({@link EntryCodec}),
 * carry the expected origin and the next sequence number (0, 1, 2, …), not be earlier than the entry
 * before it (nor later than {@link #notAfter}, when set), commit to the log before it (a format 2 entry's
 * {@code prevRoot} must equal the Merkle root of the entries already read; a format 1 entry, which commits
 * to nothing, is accepted only before the first format 2 entry and counted in {@link #legacyEntries}),
 * and be signed by the key its author field names, resolved through the {@link KeyDirectory}
 * (which then hears of the entry, so roster changes take effect for the entries after). Its leaf hash is
 * appended to a {@link MerkleFrontier}. When the count reaches a checkpoint's size, the checkpoint's
 * operator signature, origin and root are checked against the frontier, and every cosignature line of a
 * trusted witness must verify; at least {@link CheckpointTrust#requiredCosigners} distinct witnesses must
 * have cosigned. A checkpoint beyond the last entry fails. Verification stops at the first failure.
 *
 * <h2>Accuracy</h2>
 * Exact; every check is a comparison of bytes or a signature verification.
 *
 * <h2>Limitations</h2>
 * Memory is constant apart from the O(log n) frontier and the checkpoints passed in.
 *
 * <h2>Thread safety</h2>
 * Not thread-safe; one verifier per journal.
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
  private boolean skipTrustedSignatures;
  private Instant notAfter;
  private String notAfterWhy;
  private long legacyEntries;
  private boolean committedSeen;
  private final List<VerifiedCheckpoint> verified = new ArrayList<>();

  /**
   * A checkpoint that passed: its size, root, and the names of the trusted witnesses whose cosignatures
   * verified on it.
   */
  public record VerifiedCheckpoint(long size, MerkleHash root, List<String> cosigners) {
    public VerifiedCheckpoint {
      cosigners = List.copyOf(cosigners);
    }
  }

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
    return prefix(size, root, true);
  }

  /**
   * Requires the journal to extend a checkpoint the verifying party kept: it must hold at least
   * {@code size} entries, and its first {@code size} must hash to {@code root}. Every check still runs on
   * every entry. A truncated journal, or one rewritten below that size, fails. Call before the first
   * {@link #accept}.
   */
  public JournalVerifier extending(long size, MerkleHash root) {
    return prefix(size, root, false);
  }

  private JournalVerifier prefix(long size, MerkleHash root, boolean skipSignatures) {
    if (frontier.size() != 0) {
      throw new IllegalStateException("a trusted prefix must be set before the first entry");
    }
    if (size < 0) {
      throw new IllegalArgumentException("trusted prefix size " + size + " is negative");
    }
    this.trustedSize = size;
    this.trustedRoot = Objects.requireNonNull(root, "root");
    this.skipTrustedSignatures = skipSignatures;
    return this;
  }

  /**
   * Refuses entries dated after {@code latest} (the verifier's clock plus the allowed skew), so a
   * future-dated entry, which would hold every later act at its date, is reported; {@code why} is said
   * with the failure (e.g. "this verifier's clock 2026-12-07T21:00:00Z plus 5 minutes").
   */
  public JournalVerifier notAfter(Instant latest, String why) {
    this.notAfter = Objects.requireNonNull(latest, "latest");
    this.notAfterWhy = Objects.requireNonNull(why, "why");
    return this;
  }

  /** How many format 1 entries were read: entries that commit to no history (all before any format 2 one). */
  public long legacyEntries() {
    return legacyEntries;
  }

  /** The checkpoints verified so far, by size. */
  public List<VerifiedCheckpoint> verifiedCheckpoints() {
    return List.copyOf(verified);
  }

  /** Verifies the whole sequence of stored entries and the checkpoints, on every core. */
  public static VerificationResult verify(Iterable<byte[]> storedEntries, KeyDirectory keys, String origin,
      Optional<CheckpointTrust> trust, List<SignedNote> checkpoints) {
    JournalVerifier v = new JournalVerifier(origin, keys, trust, checkpoints);
    Iterator<Prepared> it = v.prepared(storedEntries.iterator());
    while (v.error == null && it.hasNext()) {
      v.accept(it.next());
    }
    return v.finish();
  }

  /**
   * An entry decoded, hashed and, where its author's key is already known, signature-checked ahead of its
   * turn, on another thread. Only what does not depend on the entries before it is done ahead: order, time,
   * history, the key the roster gives at that point and the rules are still checked in turn by
   * {@link #accept(Prepared)}, so the first error reported is the one a sequential verifier would report.
   */
  public static final class Prepared {
    private final SignedEntry signed;
    private final JournalFormatException malformed;
    private final VerifyingKey checkedWith;
    private final boolean signatureValid;

    private Prepared(SignedEntry signed, JournalFormatException malformed, VerifyingKey checkedWith,
        boolean signatureValid) {
      this.signed = signed;
      this.malformed = malformed;
      this.checkedWith = checkedWith;
      this.signatureValid = signatureValid;
    }
  }

  /** Keys the roster has given so far, by key id: a key id names one key for good, so a check ahead holds. */
  private final java.util.concurrent.ConcurrentHashMap<String, VerifyingKey> seenKeys =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Entries at least this many in a row are prepared together, on every core. */
  static final int PREPARE_BATCH = 512;

  /** Batches prepared ahead of the one being accepted. */
  static final int BATCHES_AHEAD = 4;

  /**
   * Where batches are prepared: one worker per core. Not the common pool, whose parallelism is one less than
   * the cores (one worker on a two-core machine) because it counts on the caller to help; here the caller only
   * waits for the next batch, so the common pool would check signatures on one core of two.
   */
  private static final class Workers {
    static final java.util.concurrent.ForkJoinPool POOL =
        new java.util.concurrent.ForkJoinPool(Runtime.getRuntime().availableProcessors());
  }

  /**
   * The entries of {@code stored}, prepared in batches on the common fork-join pool while the entries before
   * them are accepted: decoding, hashing and signature checks use every core. Call {@link #accept(Prepared)}
   * on each, in order.
   */
  public Iterator<Prepared> prepared(Iterator<byte[]> stored) {
    long first = frontier.size();
    return new Iterator<>() {
      private long next = first;
      private List<Prepared> batch = List.of();
      private int at;
      // Several batches in flight, so the workers never wait for this thread to take the next one.
      private final java.util.ArrayDeque<java.util.concurrent.CompletableFuture<List<Prepared>>> ahead =
          new java.util.ArrayDeque<>();

      {
        refill();
      }

      private void refill() {
        while (ahead.size() < BATCHES_AHEAD && stored.hasNext()) {
          ahead.add(fetch());
        }
      }

      private java.util.concurrent.CompletableFuture<List<Prepared>> fetch() {
        List<byte[]> raw = new ArrayList<>(PREPARE_BATCH);
        while (raw.size() < PREPARE_BATCH && stored.hasNext()) {
          raw.add(stored.next());
        }
        long from = next;
        next += raw.size();
        if (raw.isEmpty()) {
          return java.util.concurrent.CompletableFuture.completedFuture(List.of());
        }
        // A parallel stream started on a worker of Workers.POOL runs on that pool's workers.
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> java.util.stream.IntStream
            .range(0, raw.size()).parallel().mapToObj(i -> prepare(raw.get(i), from + i)).toList(), Workers.POOL);
      }

      @Override
      public boolean hasNext() {
        if (at < batch.size()) {
          return true;
        }
        if (ahead.isEmpty()) {
          return false;
        }
        batch = ahead.poll().join();
        at = 0;
        refill();
        return !batch.isEmpty();
      }

      @Override
      public Prepared next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return batch.get(at++);
      }
    };
  }

  /** Decodes and hashes an entry expected at {@code seq}; checks its signature if its key is known yet. */
  private Prepared prepare(byte[] stored, long seq) {
    SignedEntry signed;
    try {
      signed = skipping(seq) ? EntryCodec.decodeKnownCanonical(stored) : EntryCodec.decode(stored);
    } catch (JournalFormatException e) {
      return new Prepared(null, e, null, false);
    }
    VerifyingKey key = skipping(seq) ? null : seenKeys.get(signed.entry().author().keyId());
    return new Prepared(signed, null, key, key != null && signed.verify(key));
  }

  /** Verifies one more stored entry; returns false (and records the error) when it fails. */
  public boolean accept(byte[] stored) {
    if (error != null) {
      return false;
    }
    return accept(prepare(stored, frontier.size()));
  }

  /** Verifies one more entry prepared by {@link #prepared}; returns false (and records the error) when it fails. */
  public boolean accept(Prepared prepared) {
    if (error != null) {
      return false;
    }
    long seq = frontier.size();
    if (prepared.malformed != null) {
      return fail(seq, prepared.malformed.getMessage());
    }
    SignedEntry signed = prepared.signed;
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
    if (notAfter != null && entry.time().isAfter(notAfter)) {
      return fail(seq, "entry time " + entry.timeText() + " is in the future: later than " + notAfterWhy);
    }
    if (entry.legacy()) {
      if (committedSeen) {
        return fail(seq, "entry is of format " + Entry.LEGACY_FORMAT_VERSION + " (no prevRoot) after entries of"
            + " format " + Entry.FORMAT_VERSION + ": a journal never goes back to entries that commit to no history");
      }
      legacyEntries++;
    } else {
      committedSeen = true;
      MerkleHash seen = frontier.root();
      if (!entry.prevRoot().equals(seen)) {
        return fail(seq, "entry commits to a log of root " + entry.prevRoot().hex() + " before it, but the "
            + seq + " entries before it have root " + seen.hex() + ": the history its author signed was"
            + " different");
      }
    }
    if (!skipping(seq)) {
      Optional<VerifyingKey> key = keys.lookup(entry.author().keyId());
      if (key.isEmpty()) {
        return fail(seq, "no key " + entry.author().keyId() + " is known for author " + entry.author().member()
            + " (party " + entry.author().party().code() + ")");
      }
      seenKeys.putIfAbsent(entry.author().keyId(), key.get());
      boolean valid = key.get().equals(prepared.checkedWith) ? prepared.signatureValid : signed.verify(key.get());
      if (!valid) {
        return fail(seq, "signature of " + entry.author().member() + " (key " + entry.author().keyId()
            + ") does not verify");
      }
    }
    lastTime = entry.time();
    frontier.append(signed.hash());
    if (frontier.size() == trustedSize && !frontier.root().equals(trustedRoot)) {
      return fail(seq, "the first " + trustedSize + " entries hash to root " + frontier.root().hex()
          + ", not the trusted checkpoint's root " + trustedRoot.hex() + ": the journal was rewritten at or"
          + " below that size");
    }
    keys.entryVerified(signed);
    checkCheckpointsAt(frontier.size());
    return error == null;
  }

  /** The result so far; checkpoints beyond the entries read count as failures. */
  public VerificationResult finish() {
    if (error == null && frontier.size() < trustedSize) {
      fail(frontier.size(), "the journal ends after " + frontier.size() + " entries, before the trusted checkpoint"
          + " at size " + trustedSize + ": entries were removed (truncation)");
    }
    if (error == null && nextCheckpoint < pending.size()) {
      long size = pendingSizes[nextCheckpoint];
      fail(Math.max(size - 1, -1), "checkpoint at size " + size + " is beyond the journal's "
          + frontier.size() + " entries");
    }
    return new VerificationResult(error == null, verifiedEntries(), Optional.ofNullable(error), frontier.root());
  }

  private boolean skipping(long seq) {
    return skipTrustedSignatures && seq < trustedSize;
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
    List<String> names = new ArrayList<>();
    for (NoteVerifierKey w : t.witnesses()) {
      if (note.signatureOf(w).isEmpty()) {
        continue;
      }
      try {
        Cosignature.open(note, w);
        names.add(w.name());
      } catch (NoteVerificationException e) {
        fail(seq, "checkpoint at size " + size + ": " + e.getMessage());
        return;
      }
    }
    if (names.size() < t.requiredCosigners()) {
      fail(seq, "checkpoint at size " + size + ": cosigned by " + names.size() + " trusted witnesses, "
          + t.requiredCosigners() + " required");
      return;
    }
    verified.add(new VerifiedCheckpoint(size, root, names));
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
