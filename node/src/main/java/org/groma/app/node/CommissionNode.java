package org.groma.app.node;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.groma.app.BadInputException;
import org.groma.app.commission.Act;
import org.groma.app.commission.Actor;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionRules;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.Command;
import org.groma.app.commission.Decision;
import org.groma.app.commission.RuleViolation;
import org.groma.app.store.AppendResult;
import org.groma.app.store.CommissionStore;
import org.groma.app.store.NewEntry;
import org.groma.app.store.StoreConflictException;
import org.groma.app.store.StoreException;
import org.groma.app.store.StoredCheckpoint;
import org.groma.app.store.StoredEntry;
import org.groma.journal.JournalFormatException;
import org.groma.journal.entry.EntryCodec;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.log.MerkleFrontier;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.log.MerkleFrontier;
import org.groma.journal.log.MerkleLog;
import org.groma.journal.log.ProofException;
import org.groma.journal.log.ProofVerifier;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.Cosignature;
import org.groma.journal.note.NoteVerificationException;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.groma.journal.sign.SigningKey;
import org.groma.journal.verify.CheckpointTrust;
import org.groma.journal.verify.VerificationResult;

/**
 * One commission's journal on this node: the rules decide, the node signs, the store makes it durable.
 *
 * <p>A node trusts nothing it has not verified: {@link #open} replays the whole journal through
 * {@link NodeReplay} (every hash, signature, rule, checkpoint and cosignature) before anything is read or
 * appended, and refuses the file with {@link JournalVerificationException} otherwise.
 *
 * <p>Appending: under one lock the node decides the command against the current state, signs the entry at
 * the next seq and queues it in the store; the caller then waits, outside the lock, until the store's group
 * commit has synced it. So many callers share one fsync, and the journal gets one order. A caller hears of
 * success only once the entry is durable; if the store then fails, the node's state is ahead of its file
 * and the node refuses all further work until it is reopened (which re-verifies the file).
 *
 * <p>Projection layers (GeoPackage feature tables for QGIS) are rewritten from the new state in the same
 * transaction as the entries that change it, so QGIS or GDAL reading the file of a running node see what
 * the node serves; {@link #rebuildLayers()} and {@link #close()} (after a new journal's genesis) write them
 * too. Opening never writes.
 *
 * <h2>Thread safety</h2>
 * Safe for concurrent use.
 */
public final class CommissionNode implements AutoCloseable {

  /** How far ahead of this node's clock an entry may be dated by default (clocks of two nodes differ). */
  public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(5);

  /**
   * How to open a store: fully re-verified, or trusting the checkpoints one witness cosigned; and the clock
   * and skew against which entries dated in the future are refused.
   */
  public record Options(Optional<String> trustedWitness, LongConsumer progress, Clock clock, Duration maxSkew) {
    public Options {
      Objects.requireNonNull(clock, "clock");
      if (maxSkew.isNegative()) {
        throw new BadInputException("the allowed clock skew " + maxSkew + " is negative");
      }
    }

    public static Options full() {
      return new Options(Optional.empty(), n -> {}, Clock.systemUTC(), DEFAULT_MAX_SKEW);
    }

    public Options withProgress(LongConsumer p) {
      return new Options(trustedWitness, p, clock, maxSkew);
    }

    public Options trusting(String witnessName) {
      return new Options(Optional.of(witnessName), progress, clock, maxSkew);
    }

    /** Refuses entries dated more than {@code skew} after {@code clock}'s time. */
    public Options withClock(Clock clock, Duration skew) {
      return new Options(trustedWitness, progress, clock, skew);
    }
  }

  private final CommissionStore store;
  private final Genesis genesis;
  private final CheckpointTrust trust;
  private final MerkleLog log;
  private final Object lock = new Object();
  private final Clock clock;
  private final Duration maxSkew;
  private CommissionState state;
  private volatile RuntimeException failure;
  private boolean layersStale;

  private CommissionNode(CommissionStore store, Genesis genesis, CheckpointTrust trust, MerkleLog log,
      CommissionState state, Options options) {
    this.clock = options.clock();
    this.maxSkew = options.maxSkew();
    this.store = store;
    this.genesis = genesis;
    this.trust = trust;
    this.log = log;
    this.state = state;
  }

  /**
   * Starts a new commission journal at {@code file}: the genesis command, decided and signed with
   * {@code key}, becomes entry 0. Nothing is created when the rules or the key checks refuse it.
   *
   * @param origin the log's origin (C2SP), which every entry and checkpoint carries
   */
  public static CommissionNode create(Path file, String origin, Command genesisCommand, SigningKey key) {
    return create(file, origin, genesisCommand, key, Options.full());
  }

  /** As {@link #create(Path, String, Command, SigningKey)}, with the clock and skew of {@code options}. */
  public static CommissionNode create(Path file, String origin, Command genesisCommand, SigningKey key,
      Options options) {
    if (!(genesisCommand.event() instanceof Genesis g)) {
      throw new BadInputException("a journal starts with a genesis, not a " + genesisCommand.event().type());
    }
    JournalKeys.check(g);
    CheckpointTrust trust = JournalKeys.trust(g);
    refuseFuture("the genesis", genesisCommand.time(), options.clock(), options.maxSkew());
    SignedEntry signed = decideAndSign(origin, 0, new MerkleLog().frontier(), CommissionState.EMPTY,
        List.of(genesisCommand), key)
        .get(0).entry();
    Act act = EntryMapping.act(signed, g);
    CommissionState state = CommissionRules.evolve(CommissionState.EMPTY, act);
    CommissionStore store = CommissionStore.create(file, origin);
    try {
      store.append(signed.storedBytes(), signed.hash().bytes(), 0);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    MerkleLog log = new MerkleLog();
    log.append(signed.hash());
    CommissionNode node = new CommissionNode(store, g, trust, log, state, options);
    node.layersStale = true;
    return node;
  }

  /**
   * Starts a replica at {@code file} from a bundle that begins with the genesis (a node joining a
   * commission). Everything is verified as by {@link #importBundle}; if anything fails, the new file is
   * removed again.
   */
  public static CommissionNode createFrom(Path file, Bundle bundle) {
    return createFrom(file, bundle, Options.full());
  }

  /** As {@link #createFrom(Path, Bundle)}, with the clock and skew of {@code options}. */
  public static CommissionNode createFrom(Path file, Bundle bundle, Options options) {
    if (bundle.since() != 0 || bundle.entries().isEmpty()) {
      throw new BadInputException("a new journal needs a bundle from entry 0 (the genesis); this one starts at "
          + bundle.since() + (bundle.entries().isEmpty() ? " and has no entries" : ""));
    }
    byte[] first = bundle.entries().get(0);
    Genesis g;
    SignedEntry signed;
    try {
      signed = EntryCodec.decode(first);
      g = NodeReplay.genesis(first);
    } catch (JournalFormatException e) {
      throw new BadInputException("bundle entry 0: " + e.getMessage());
    }
    if (signed.entry().legacy() || !signed.entry().prevRoot().equals(MerkleHash.EMPTY_ROOT)) {
      throw new CommandRefusedException("bundle entry 0: a new journal's genesis must be of format "
          + org.groma.journal.entry.Entry.FORMAT_VERSION + " and commit to the empty log");
    }
    refuseFuture("bundle entry 0", signed.entry().time(), options.clock(), options.maxSkew());
    RosterKeys roster = new RosterKeys(CommissionState.EMPTY, act -> {});
    roster.expectGenesis(g);
    var key = roster.lookup(signed.entry().author().keyId());
    if (key.isEmpty() || !signed.verify(key.get())) {
      throw new CommandRefusedException("bundle entry 0: the genesis is not signed by a founding member's key");
    }
    roster.entryVerified(signed);
    CommissionStore store = CommissionStore.create(file, signed.entry().origin());
    try {
      store.append(first, signed.hash().bytes(), 0);
      MerkleLog log = new MerkleLog();
      log.append(signed.hash());
      CommissionNode node = new CommissionNode(store, g, JournalKeys.trust(g), log, roster.state(), options);
      node.importBundle(bundle);
      node.layersStale = true;
      return node;
    } catch (RuntimeException e) {
      store.close();
      deleteQuietly(file, e);
      throw e;
    }
  }

  private static void deleteQuietly(Path file, RuntimeException cause) {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      try {
        java.nio.file.Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      } catch (java.io.IOException e) {
        cause.addSuppressed(e);
      }
    }
  }

  /**
   * Opens and verifies a commission store.
   *
   * @throws JournalVerificationException naming the first entry that fails; the file is not changed
   * @throws org.groma.app.store.StoreCorruptException when the file itself fails the store's checks
   */
  public static CommissionNode open(Path file, Options options) {
    CommissionStore store = CommissionStore.open(file);
    try {
      MerkleLog log = new MerkleLog();
      NodeReplay.Outcome outcome = NodeReplay.run(store, options.trustedWitness(),
          act -> log.append(MerkleHash.fromHex(act.entryHash())), options.progress());
      VerificationResult r = outcome.result();
      if (!r.ok()) {
        throw new JournalVerificationException(file, r.entries(), r.firstError().orElseThrow());
      }
      Genesis g = outcome.state().genesis().orElseThrow();
      return new CommissionNode(store, g, outcome.trust().orElseThrow(), log, outcome.state(), options);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Verifies a store from scratch without keeping it open: what {@code groma verify} reports. Failures of
   * the file itself (the store's own checks) are reported like a failing entry. Opens the store strictly
   * read-only ({@link CommissionStore#openReadOnly}): verifying never writes; a store with a pending
   * write-ahead log is read from a private copy ({@link org.groma.app.store.StoreSnapshot}) rather than
   * stale.
   */
  public static VerificationResult verify(Path file, LongConsumer progress) {
    return audit(file, progress, Optional.empty(), Optional.empty()).result();
  }

  /**
   * Verifies a store from scratch and reports its finality ({@link VerifyReport}): what {@code groma verify}
   * prints.
   *
   * @param kept     a checkpoint the verifying party kept: the store must extend it (same entries up to its
   *                 size), so a truncated or rewritten journal fails; its signatures are checked as any
   *                 checkpoint's
   * @param notAfter the latest date an entry may carry (the verifier's clock plus the allowed skew)
   */
  public static VerifyReport audit(Path file, LongConsumer progress, Optional<SignedNote> kept,
      Optional<Instant> notAfter) {
    return audit(file, progress, kept, notAfter, act -> {});
  }

  /**
   * {@link #audit(Path, LongConsumer, Optional, Optional)}, letting {@code onAct} hear every act as it is
   * verified (what {@link EntryInclusion.Collector} needs to prove an entry's inclusion in the same pass).
   */
  public static VerifyReport audit(Path file, LongConsumer progress, Optional<SignedNote> kept,
      Optional<Instant> notAfter, java.util.function.Consumer<Act> onAct) {
    Optional<org.groma.app.store.StoreSnapshot> snapshot = org.groma.app.store.StoreSnapshot.ifPendingLog(file);
    try (CommissionStore store = snapshot.isPresent() ? CommissionStore.open(snapshot.get().copy())
        : CommissionStore.openReadOnly(file)) {
      String[] genesis = new String[1];
      NodeReplay.Outcome o = NodeReplay.run(store, Optional.empty(), act -> {
        if (act.seq() == 0) {
          genesis[0] = act.entryHash(); // the hash of the genesis as verified, not read again
        }
        onAct.accept(act);
      }, progress, new NodeReplay.Expectations(kept, notAfter, notAfter.map(t -> "the verifier's clock plus"
          + " the allowed skew (" + t + ")").orElse("")));
      String genesisHash = genesis[0];
      List<String> problems = o.result().ok() ? LayerCheck.differences(store, o.state()) : List.of();
      List<String> required = o.trust().map(t -> t.witnesses().stream().map(NoteVerifierKey::name).toList())
          .orElse(List.of());
      Optional<org.groma.journal.verify.JournalVerifier.VerifiedCheckpoint> latest = o.checkpoints().stream()
          .max(java.util.Comparator.comparingLong(org.groma.journal.verify.JournalVerifier.VerifiedCheckpoint::size));
      return new VerifyReport(o.result(), genesisHash, latest, required,
          VerifyReport.decisions(o.state(), o.checkpoints(), required), o.legacyEntries(),
          snapshot.map(org.groma.app.store.StoreSnapshot::description), problems, o.checkpoints());
    } catch (org.groma.app.store.StoreCorruptException e) {
      return new VerifyReport(new VerificationResult(false, 0, Optional.of(
          new org.groma.journal.verify.VerificationError(e.seq().orElse(-1), e.reason())), MerkleHash.EMPTY_ROOT),
          null, Optional.empty(), List.of(), List.of(), 0, snapshot.map(org.groma.app.store.StoreSnapshot::description),
          List.of(), List.of());
    } finally {
      snapshot.ifPresent(org.groma.app.store.StoreSnapshot::close);
    }
  }

  // ---------------------------------------------------------------- appending

  /**
   * Where a replica's own acts are put in order: the log operator's node (docs/sync.md). The journal has
   * one order, the operator's, so a node that is not the operator never appends its own acts: it signs them
   * at its next seq and hands them to the orderer, and they come back into its journal, verified, through
   * {@link #appendSigned} or {@link #importBundle}.
   */
  public interface Orderer {
    /**
     * Has the log operator append {@code entries} (signed on this node) at {@code fromSeq}, then brings this
     * node up to date with the operator's journal; returns once this node holds them.
     *
     * @throws StoreConflictException when the operator's journal already holds other entries at
     *     {@code fromSeq} (another act was ordered first); this node is brought up to date before, so the
     *     act can be decided and signed again at the new size
     * @throws CommandRefusedException when the operator's node refuses the entries
     */
    void order(List<byte[]> entries, long fromSeq);

    /** Brings this node up to date with the operator's journal, so that an act is decided on the latest state. */
    void catchUp();
  }

  /**
   * How often an act is signed again when other acts were ordered first. Each failed attempt means another
   * act was appended meanwhile, so an act gets through unless this many others overtake it in a row.
   */
  static final int ORDER_ATTEMPTS = 16;

  private volatile Orderer orderer;

  /**
   * From now on, hands this node's acts to {@code orderer} instead of appending them here ({@code null}:
   * append here, as the log operator's node does).
   */
  public void orderBy(Orderer orderer) {
    this.orderer = orderer;
  }

  /**
   * Decides {@code command}, signs its entry with {@code key} (the key the command's actor names) and
   * appends it; returns once it is durable. On a replica with an {@link Orderer}, the entry is appended by
   * the log operator and returns here through sync.
   *
   * @throws CommandRefusedException when the rules refuse it; nothing is appended
   */
  public Act submit(Command command, SigningKey key) {
    Orderer o = orderer;
    return o == null ? appendHere(command, key, false) : submitVia(o, command, key);
  }

  /**
   * As {@link #submit(Command, SigningKey)}, dated {@code now} or, when the newest act is dated later, at the
   * newest act's time; the date is settled when the node takes the command in turn, under its lock. Two
   * callers that read the clock in one order and reach the node in the other therefore never date an act
   * before the one appended just ahead of it (which the rules would refuse: time in the journal does not run
   * backwards). A replica's acts are dated so by {@link #submitVia} anyway.
   */
  public Act submitNow(Actor actor, CommissionEvent event, Instant now, SigningKey key) {
    Command command = new Command(actor, now, event);
    Orderer o = orderer;
    return o == null ? appendHere(command, key, true) : submitVia(o, command, key);
  }

  /**
   * Decides, signs and appends {@code commands} as one batch, all or none: each is decided against the state
   * the ones before it leave and commits to the log they make, and the entries are stored in one transaction
   * (ordered as one request by the log operator on a replica). Used where one signer signs many acts at once,
   * such as an incident feed's accepted rows.
   *
   * @throws CommandRefusedException naming the command the rules refuse (its index in the batch); nothing
   *     is appended
   */
  public List<Act> submitAll(List<Command> commands, SigningKey key) {
    if (commands.isEmpty()) {
      return List.of();
    }
    Orderer o = orderer;
    return o == null ? appendHere(commands, key, false) : submitVia(o, commands, key);
  }

  /**
   * Catches up, signs the act at this node's next seq and has {@code o} order it. When the operator has
   * moved on meanwhile, this node has caught up again by then: the act is decided again against the newer
   * state (which may now refuse it) and dated no earlier than the newest act, as the rules require.
   */
  private Act submitVia(Orderer o, Command command, SigningKey key) {
    return submitVia(o, List.of(command), key).getLast();
  }

  private List<Act> submitVia(Orderer o, List<Command> commands, SigningKey key) {
    o.catchUp();
    List<Command> cs = commands;
    for (int attempt = 1; ; attempt++) {
      long seq;
      List<Signed> signed;
      synchronized (lock) {
        checkUsable();
        seq = log.size();
        List<Command> dated = new ArrayList<>();
        Instant last = state.lastTime().orElse(cs.getFirst().time());
        for (Command c : cs) {
          checkNotFuture(c.time(), log.size());
          if (c.time().isBefore(last)) {
            c = new Command(c.actor(), last, c.event());
          }
          last = c.time();
          dated.add(c);
        }
        cs = dated;
        signed = decideAndSign(store.origin(), seq, log.frontier(), state, cs, key);
      }
      try {
        o.order(signed.stream().map(s -> s.entry().storedBytes()).toList(), seq);
      } catch (StoreConflictException e) {
        if (attempt == ORDER_ATTEMPTS) {
          throw new StoreConflictException("signed " + ORDER_ATTEMPTS + " times and overtaken by other acts each"
              + " time; the last answer: " + e.getMessage(), e.expectedSize(), e.actualSize());
        }
        continue;
      }
      synchronized (lock) {
        for (int i = 0; i < signed.size(); i++) {
          if (log.size() <= seq + i || !log.leafHash(seq + i).equals(signed.get(i).entry().hash())) {
            throw new IllegalStateException("the log operator accepted entry " + (seq + i)
                + " but this node does not hold it after catching up");
          }
        }
      }
      return signed.stream().map(s -> EntryMapping.act(s.entry(), s.event())).toList();
    }
  }

  private Act appendHere(Command command, SigningKey key, boolean notBeforeNewest) {
    return appendHere(List.of(command), key, notBeforeNewest).getLast();
  }

  private List<Act> appendHere(List<Command> commands, SigningKey key, boolean notBeforeNewest) {
    List<Act> acts = new ArrayList<>();
    CompletableFuture<List<AppendResult>> pending;
    synchronized (lock) {
      checkUsable();
      List<Command> cs = new ArrayList<>();
      for (Command command : commands) {
        checkNotFuture(command.time(), log.size());
        Instant newest = state.lastTime().orElse(command.time());
        if (notBeforeNewest && command.time().isBefore(newest)) {
          command = new Command(command.actor(), newest, command.event());
        }
        cs.add(command);
      }
      long seq = log.size();
      List<Signed> signed = decideAndSign(store.origin(), seq, log.frontier(), state, cs, key);
      CommissionState next = state;
      List<NewEntry> rows = new ArrayList<>();
      for (Signed s : signed) {
        Act act = EntryMapping.act(s.entry(), s.event());
        next = CommissionRules.evolve(next, act);
        acts.add(act);
        rows.add(new NewEntry(s.entry().storedBytes(), s.entry().hash().bytes()));
      }
      CommissionState after = next;
      pending = store.appendBatchAsync(rows, seq, () -> LayerProjection.layers(after));
      state = next;
      signed.forEach(s -> log.append(s.entry().hash()));
      layersStale = false; // written with the entries, in their transaction
    }
    awaitDurable(pending, acts.get(0).seq());
    return acts;
  }

  /**
   * Appends entries signed elsewhere (another node, a bundle), starting at {@code fromSeq}, in one
   * transaction. Entries this journal already holds must be byte-identical (else a {@link ForkException});
   * the rest are verified one by one (origin, order, signature by a key active at that point, the rules)
   * before any is stored.
   *
   * @return how many entries were new
   * @throws CommandRefusedException for an entry that fails, naming its seq; nothing is stored
   */
  public long appendSigned(List<byte[]> storedEntries, long fromSeq) {
    synchronized (lock) {
      checkUsable();
      long size = log.size();
      if (fromSeq > size) {
        throw new StoreConflictException("entries start at seq " + fromSeq + " but this journal holds " + size
            + " entries; the entries between are missing", fromSeq, size);
      }
      RosterKeys roster = new RosterKeys(state, act -> {});
      List<SignedEntry> fresh = new ArrayList<>();
      MerkleFrontier extended = log.frontier();
      Instant latest = clock.instant().plus(maxSkew);
      long seq = fromSeq;
      for (byte[] bytes : storedEntries) {
        if (seq < size) {
          byte[] ours = store.entry(seq).orElseThrow().entry();
          if (!Arrays.equals(ours, bytes)) {
            throw new ForkException("entry " + seq + " differs from the one this journal holds",
                new String(ours, java.nio.charset.StandardCharsets.UTF_8),
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
          }
        } else {
          SignedEntry s = verifyNext(roster, bytes, seq, extended.root(), latest);
          fresh.add(s);
          extended.append(s.hash());
        }
        seq++;
      }
      if (fresh.isEmpty()) {
        return 0;
      }
      List<NewEntry> rows = fresh.stream().map(s -> new NewEntry(s.storedBytes(), s.hash().bytes())).toList();
      CommissionState after = roster.state();
      store.appendBatch(rows, size, () -> LayerProjection.layers(after));
      state = after;
      fresh.forEach(s -> log.append(s.hash()));
      layersStale = false; // written with the entries, in their transaction
      return fresh.size();
    }
  }

  /**
   * Checks an entry signed elsewhere before it joins this journal at {@code seq}: it must be of the current
   * format and commit to {@code prevRoot} (this journal's root before it), and be dated no later than
   * {@code latest} (this node's clock plus the allowed skew).
   */
  private SignedEntry verifyNext(RosterKeys roster, byte[] bytes, long seq, MerkleHash prevRoot, Instant latest) {
    SignedEntry s;
    try {
      s = EntryCodec.decode(bytes);
    } catch (JournalFormatException e) {
      throw new CommandRefusedException("entry " + seq + ": " + e.getMessage());
    }
    if (s.entry().legacy()) {
      throw new CommandRefusedException("entry " + seq + " is of format " + s.entry().v() + ", which commits to no"
          + " history; new entries must be of format " + org.groma.journal.entry.Entry.FORMAT_VERSION);
    }
    if (!s.entry().prevRoot().equals(prevRoot)) {
      throw new CommandRefusedException("entry " + seq + " commits to a log of root " + s.entry().prevRoot().hex()
          + " before it, but this journal's first " + seq + " entries have root " + prevRoot.hex());
    }
    if (s.entry().time().isAfter(latest)) {
      throw new CommandRefusedException(futureRefusal("entry " + seq, s.entry().timeText(), latest, maxSkew));
    }
    if (!s.entry().origin().equals(store.origin())) {
      throw new CommandRefusedException("entry " + seq + " is of origin \"" + s.entry().origin()
          + "\", not this journal's \"" + store.origin() + "\"");
    }
    if (s.entry().seq() != seq) {
      throw new CommandRefusedException("entry has seq " + s.entry().seq() + " where " + seq + " was expected");
    }
    var key = roster.lookup(s.entry().author().keyId());
    if (key.isEmpty() || !s.verify(key.get())) {
      throw new CommandRefusedException("entry " + seq + ": " + (key.isEmpty()
          ? "no key " + s.entry().author().keyId() + " of " + s.entry().author().member() + " is in the roster"
          : "the signature of " + s.entry().author().member() + " does not verify"));
    }
    try {
      roster.entryVerified(s);
    } catch (RuleViolation v) {
      throw new CommandRefusedException("entry " + seq + ": " + v.reason());
    }
    return s;
  }

  /** Refuses an act dated later than this node's clock plus the allowed skew. */
  private void checkNotFuture(Instant time, long seq) {
    refuseFuture("entry " + seq, time, clock, maxSkew);
  }

  /** Refuses {@code what}, dated {@code time}, when that is later than {@code clock} plus {@code skew}. */
  private static void refuseFuture(String what, Instant time, Clock clock, Duration skew) {
    Instant latest = clock.instant().plus(skew);
    if (time.isAfter(latest)) {
      throw new CommandRefusedException(futureRefusal(what, time.toString(), latest, skew));
    }
  }

  private static String futureRefusal(String what, String time, Instant latest, Duration skew) {
    return what + " is dated " + time + ", after this node's clock plus the allowed skew of "
        + skew.toSeconds() + " s (" + latest + "): a future date would hold every later act at that date";
  }

  /** An entry this node signed, with the event it records (so its body need not be decoded again). */
  private record Signed(SignedEntry entry, CommissionEvent event) {}

  /**
   * Decides and signs {@code commands} from {@code seq} on, each against the state the ones before it leave
   * and committing to the log they make ({@code log}: a copy of the log's right edge before the first).
   */
  private static List<Signed> decideAndSign(String origin, long seq, MerkleFrontier log, CommissionState state,
      List<Command> commands, SigningKey key) {
    List<Signed> out = new ArrayList<>(commands.size());
    CommissionState s = state;
    for (int i = 0; i < commands.size(); i++) {
      Command command = commands.get(i);
      if (!key.keyId().equals(command.actor().keyId())) {
        throw new BadInputException("the signing key " + key.keyId() + " is not the key "
            + command.actor().keyId() + " that " + command.actor().describe() + " names");
      }
      Decision d = CommissionRules.decide(command, s);
      if (d instanceof Decision.Refused r) {
        throw new CommandRefusedException(commands.size() == 1 ? r.reason()
            : "act " + (i + 1) + " of " + commands.size() + " in the batch: " + r.reason());
      }
      List<CommissionEvent> events = ((Decision.Accepted) d).events();
      if (events.size() != 1) {
        throw new IllegalStateException("a command appends one entry, the rules accepted " + events.size());
      }
      CommissionEvent e = events.get(0);
      JournalKeys.check(e);
      Signed signed = new Signed(SignedEntry.sign(
          EntryMapping.entry(origin, seq + i, command.time(), command.actor(), e, log.root()), key), e);
      out.add(signed);
      log.append(signed.entry().hash());
      if (i + 1 < commands.size()) {
        s = CommissionRules.evolve(s, EntryMapping.act(signed.entry(), e));
      }
    }
    return out;
  }

  private void awaitDurable(CompletableFuture<List<AppendResult>> pending, long seq) {
    try {
      pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(seq, e);
      throw new StoreException("interrupted while entry " + seq + " was being stored", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      fail(seq, cause);
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new StoreException("entry " + seq + " could not be stored: " + cause, cause);
    }
  }

  private void fail(long seq, Throwable cause) {
    failure = new IllegalStateException("the append of entry " + seq + " failed (" + cause + "), so this node's"
        + " state is ahead of its store; reopen the store, which verifies it again", cause);
  }

  private void checkUsable() {
    RuntimeException f = failure;
    if (f != null) {
      throw f;
    }
  }

  // ---------------------------------------------------------------- checkpoints and cosignatures

  /**
   * Signs, as the log operator, a checkpoint of the journal as it is now, and stores it (signing the same
   * size again gives the same note: Ed25519 is deterministic).
   */
  public SignedNote signCheckpoint(SigningKey operatorKey) {
    NoteVerifierKey op = trust.operator();
    if (!op.key().equals(operatorKey.verifyingKey())) {
      throw new BadInputException("key " + operatorKey.keyId() + " is not the log operator's key that the genesis"
          + " names for \"" + op.name() + "\"");
    }
    synchronized (lock) {
      checkUsable();
      Checkpoint cp = new Checkpoint(store.origin(), log.size(), log.root());
      SignedNote note = cp.sign(op.name(), operatorKey);
      store.appendCheckpoint(cp.size(), note.format());
      return note;
    }
  }

  /**
   * Cosigns, as witness {@code witnessName}, the latest stored checkpoint, after checking its operator
   * signature, that its root is this journal's root at its size, and that it is consistent with the last
   * checkpoint this witness cosigned (RFC 9162 consistency proof). Returns the cosigned note.
   *
   * @throws ForkException when the checkpoint's root is not this journal's (nothing is stored)
   */
  public SignedNote cosign(String witnessName, SigningKey witnessKey, Clock clock) {
    NoteVerifierKey witness = CheckpointNotes.witness(trust, witnessName).orElseThrow(() ->
        new BadInputException("\"" + witnessName + "\" is not a witness named in the genesis"));
    if (!witness.key().equals(witnessKey.verifyingKey())) {
      throw new BadInputException("key " + witnessKey.keyId() + " is not witness \"" + witnessName + "\"'s key");
    }
    synchronized (lock) {
      checkUsable();
      StoredCheckpoint latest = store.latestCheckpoint().orElseThrow(() ->
          new BadInputException("there is no checkpoint to cosign: the log operator signs one first"));
      Checkpoint cp = checkAgainstLog(latest.note());
      Optional<Checkpoint> previous = lastCosignedBy(witness);
      if (previous.isPresent()) {
        Checkpoint old = previous.get();
        if (old.size() > cp.size()) {
          throw new BadInputException("witness \"" + witnessName + "\" already cosigned size " + old.size()
              + "; it never cosigns a smaller tree (" + cp.size() + ")");
        }
        try {
          ProofVerifier.verifyConsistency(old.size(), cp.size(), old.rootHash(), cp.rootHash(),
              log.consistencyProof(old.size(), cp.size()));
        } catch (ProofException e) {
          throw new ForkException("checkpoint at size " + cp.size() + " is not consistent with the one witness \""
              + witnessName + "\" cosigned at size " + old.size() + ": " + e.getMessage(),
              old.body(), cp.body());
        }
      }
      Cosignature c = Cosignature.sign(cp, witnessName, witnessKey, clock.instant().getEpochSecond());
      store.appendCosignature(latest.seq(), witnessName, c.toNoteSignature(witness).line());
      return CheckpointNotes.join(latest, store.cosignatures(latest.seq()), trust).note();
    }
  }

  /**
   * Stores a checkpoint received from the operator (a bundle, a peer) with its cosignatures, after checking
   * the operator's signature, every trusted cosignature, and that its root is this journal's at its size.
   *
   * @throws ForkException when the root differs from this journal's, or from a stored checkpoint of the
   *     same size
   */
  public void addCheckpoint(SignedNote note) {
    synchronized (lock) {
      checkUsable();
      Checkpoint cp = checkAgainstLog(note);
      List<String> cosignatureLines = new ArrayList<>();
      for (NoteVerifierKey w : trust.witnesses()) {
        if (note.signatureOf(w).isPresent()) {
          try {
            Cosignature.open(note, w);
          } catch (NoteVerificationException e) {
            throw new BadInputException("checkpoint at size " + cp.size() + ": " + e.getMessage());
          }
          cosignatureLines.add(note.signatureOf(w).orElseThrow().line());
        }
      }
      SignedNote operatorOnly = new SignedNote(note.text(),
          List.of(note.signatureOf(trust.operator()).orElseThrow()));
      AppendResult r = store.appendCheckpoint(cp.size(), operatorOnly.format());
      for (int i = 0; i < cosignatureLines.size(); i++) {
        String line = cosignatureLines.get(i);
        String name = line.substring(2, line.indexOf(' ', 2));
        store.appendCosignature(r.seq(), name, line);
      }
    }
  }

  /** Checks a checkpoint note's operator signature and origin, and that its root is this journal's. */
  private Checkpoint checkAgainstLog(String noteText) {
    try {
      return checkAgainstLog(SignedNote.parse(noteText));
    } catch (JournalFormatException e) {
      throw new BadInputException("checkpoint note: " + e.getMessage());
    }
  }

  private Checkpoint checkAgainstLog(SignedNote note) {
    Checkpoint cp;
    try {
      cp = Checkpoint.open(note, trust.operator());
    } catch (NoteVerificationException | JournalFormatException e) {
      throw new BadInputException("checkpoint: " + e.getMessage());
    }
    if (!cp.origin().equals(store.origin())) {
      throw new BadInputException("checkpoint origin \"" + cp.origin() + "\" is not this journal's \""
          + store.origin() + "\"");
    }
    if (cp.size() > log.size()) {
      throw new StoreConflictException("checkpoint at size " + cp.size() + " is beyond this journal's "
          + log.size() + " entries; append the entries first", cp.size(), log.size());
    }
    for (CheckpointNotes.Joined held : CheckpointNotes.read(store, trust)) {
      Checkpoint other = Checkpoint.parseBody(held.note().text());
      if (other.size() == cp.size() && !other.rootHash().equals(cp.rootHash())) {
        throw new ForkException("two checkpoints of origin " + cp.origin() + " at size " + cp.size()
            + " with different roots", held.note().format(), note.format());
      }
    }
    MerkleHash ours = log.root(cp.size());
    if (!ours.equals(cp.rootHash())) {
      throw new ForkException("checkpoint at size " + cp.size() + " has root " + cp.rootHash().hex()
          + " but this journal's first " + cp.size() + " entries have root " + ours.hex(),
          new Checkpoint(store.origin(), cp.size(), ours).body(), note.format());
    }
    return cp;
  }

  private Optional<Checkpoint> lastCosignedBy(NoteVerifierKey witness) {
    return CheckpointNotes.latestCosignedBy(CheckpointNotes.read(store, trust), witness);
  }

  // ---------------------------------------------------------------- bundles

  /** What a bundle import did. */
  public record BundleImport(long newEntries, long size, boolean checkpointStored) {}

  /** Entries {@code since} to the end, with the latest checkpoint and its cosignatures. */
  public Bundle exportBundle(long since) {
    synchronized (lock) {
      checkUsable();
      if (since < 0 || since > log.size()) {
        throw new BadInputException("--since " + since + " is outside this journal (0 to " + log.size() + ")");
      }
      List<byte[]> entries = new ArrayList<>();
      try (Stream<StoredEntry> s = store.entries(since, log.size())) {
        s.forEach(e -> entries.add(e.entry()));
      }
      Optional<SignedNote> cp = store.latestCheckpoint()
          .map(c -> CheckpointNotes.join(c, store.cosignatures(c.seq()), trust).note());
      return new Bundle(store.origin(), since, entries, cp);
    }
  }

  /**
   * Verifies and imports a bundle. Before anything is stored: its origin is this journal's; its checkpoint's
   * operator signature and cosignatures hold; the checkpoint is consistent with this node's latest one
   * (RFC 9162 consistency proof over the journal as extended by the bundle's entries); the entries this
   * journal already holds are byte-identical; every new entry verifies in order (signature, rules). Then
   * the new entries are stored in one transaction, and the checkpoint after them.
   *
   * @throws ForkException with both sides as evidence; nothing is stored
   */
  public BundleImport importBundle(Bundle bundle) {
    synchronized (lock) {
      checkUsable();
      if (!bundle.origin().equals(store.origin())) {
        throw new BadInputException("the bundle is of journal \"" + bundle.origin() + "\", this file holds \""
            + store.origin() + "\"");
      }
      if (bundle.since() > log.size()) {
        throw new BadInputException("the bundle starts at entry " + bundle.since() + " but this journal holds "
            + log.size() + " entries: export again with --since " + log.size() + " or less");
      }
      if (bundle.checkpoint().isPresent()) {
        checkBundleCheckpoint(bundle);
      }
      long fresh = appendSigned(bundle.entries(), bundle.since());
      boolean stored = false;
      if (bundle.checkpoint().isPresent()) {
        long before = store.checkpoints().size();
        addCheckpoint(bundle.checkpoint().get());
        stored = store.checkpoints().size() > before;
      }
      return new BundleImport(fresh, log.size(), stored);
    }
  }

  /** The bundle's checkpoint against this node's latest, over the journal as the bundle would extend it. */
  private void checkBundleCheckpoint(Bundle bundle) {
    SignedNote note = bundle.checkpoint().orElseThrow();
    Checkpoint theirs;
    try {
      theirs = Checkpoint.open(note, trust.operator());
    } catch (NoteVerificationException | JournalFormatException e) {
      throw new BadInputException("bundle checkpoint: " + e.getMessage());
    }
    MerkleLog extended = new MerkleLog();
    for (long i = 0; i < bundle.since(); i++) {
      extended.append(log.leafHash(i));
    }
    bundle.entries().forEach(e -> extended.append(MerkleHash.leaf(e)));
    if (theirs.size() > extended.size()) {
      throw new BadInputException("bundle checkpoint commits to " + theirs.size() + " entries but the bundle"
          + " reaches only " + extended.size());
    }
    MerkleHash committed = extended.root(theirs.size());
    if (!committed.equals(theirs.rootHash())) {
      throw new BadInputException("the bundle's checkpoint at size " + theirs.size() + " has root "
          + theirs.rootHash().hex() + " but the journal with the bundle's entries has root " + committed.hex()
          + " at that size: the checkpoint does not commit to these entries");
    }
    Optional<StoredCheckpoint> oursStored = store.latestCheckpoint();
    if (oursStored.isEmpty()) {
      return;
    }
    SignedNote oursNote = CheckpointNotes.join(oursStored.get(), store.cosignatures(oursStored.get().seq()), trust)
        .note();
    Checkpoint ours = Checkpoint.parseBody(oursNote.text());
    long m = Math.min(ours.size(), theirs.size());
    long n = Math.max(ours.size(), theirs.size());
    MerkleHash oldRoot = m == ours.size() ? ours.rootHash() : theirs.rootHash();
    MerkleHash newRoot = n == theirs.size() ? theirs.rootHash() : ours.rootHash();
    MerkleLog over = n <= log.size() ? log : extended;
    try {
      ProofVerifier.verifyConsistency(m, n, oldRoot, newRoot, over.consistencyProof(m, n));
      ProofVerifier.verifyConsistency(theirs.size(), extended.size(), theirs.rootHash(), extended.root(),
          extended.consistencyProof(theirs.size(), extended.size()));
    } catch (ProofException e) {
      throw new ForkException("the bundle's checkpoint at size " + theirs.size() + " is not consistent with"
          + " this node's checkpoint at size " + ours.size() + ": " + e.getMessage(),
          oursNote.format(), note.format());
    }
  }

  // ---------------------------------------------------------------- reads

  public Path file() {
    return store.path();
  }

  public String origin() {
    return store.origin();
  }

  public Genesis genesis() {
    return genesis;
  }

  public CheckpointTrust trust() {
    return trust;
  }

  public CommissionState state() {
    synchronized (lock) {
      return state;
    }
  }

  public long size() {
    synchronized (lock) {
      return log.size();
    }
  }

  public MerkleHash root() {
    synchronized (lock) {
      return log.root();
    }
  }

  public MerkleHash root(long size) {
    synchronized (lock) {
      return log.root(size);
    }
  }

  public List<MerkleHash> inclusionProof(long seq, long treeSize) {
    synchronized (lock) {
      return log.inclusionProof(seq, treeSize);
    }
  }

  /** The Merkle leaf hash of entry {@code seq} (its identity). */
  public MerkleHash leafHash(long seq) {
    synchronized (lock) {
      return log.leafHash(seq);
    }
  }

  public List<MerkleHash> consistencyProof(long oldSize, long newSize) {
    synchronized (lock) {
      return log.consistencyProof(oldSize, newSize);
    }
  }

  /** The stored bytes of entries {@code from} to {@code toExclusive}; close the stream. */
  public Stream<StoredEntry> entries(long from, long toExclusive) {
    return store.entries(from, toExclusive);
  }

  /** The act entry {@code seq} records. */
  public Act act(long seq) {
    return EntryMapping.act(entry(seq).orElseThrow(() -> new BadInputException("the journal has no entry " + seq)));
  }

  public Optional<SignedEntry> entry(long seq) {
    return store.entry(seq).map(e -> EntryCodec.decode(e.entry()));
  }

  public OptionalLong findByHash(MerkleHash hash) {
    return store.findByHash(hash.bytes());
  }

  /** The stored checkpoint of the largest size, as one note with its cosignatures. */
  public Optional<SignedNote> latestCheckpoint() {
    synchronized (lock) {
      return store.latestCheckpoint().map(c -> CheckpointNotes.join(c, store.cosignatures(c.seq()), trust).note());
    }
  }

  /**
   * The size of the largest stored checkpoint that every witness the genesis names has cosigned (each stored
   * cosignature was verified when stored and again when the store was opened), or null when there is none:
   * what makes a decision final ({@link CommissionState.DecisionRecord#finalUnder}).
   */
  public Long finalCheckpointSize() {
    return finalSizeOf(checkpointCosigners());
  }

  /**
   * The largest size among {@code checkpoints} (as {@link #checkpointCosigners} gives them) that every witness
   * the genesis names has cosigned, or null: for a caller that needs both without reading the store twice.
   */
  public Long finalSizeOf(List<DecisionProgress.Cosigned> checkpoints) {
    int witnesses = trust.witnesses().size();
    Long size = null;
    for (DecisionProgress.Cosigned c : checkpoints) {
      if (c.witnesses().size() == witnesses && (size == null || c.size() > size)) {
        size = c.size();
      }
    }
    return size;
  }

  /**
   * Every stored checkpoint's size with the witnesses whose cosignatures on it are stored (each verified when
   * stored and again when the store was opened), in the order stored: who has yet to cosign what
   * ({@link DecisionProgress}).
   */
  public List<DecisionProgress.Cosigned> checkpointCosigners() {
    synchronized (lock) {
      List<DecisionProgress.Cosigned> out = new ArrayList<>();
      for (CheckpointNotes.Joined j : CheckpointNotes.read(store, trust)) {
        Set<String> names = new LinkedHashSet<>();
        for (NoteVerifierKey w : trust.witnesses()) {
          if (j.note().signatureOf(w).isPresent()) {
            names.add(w.name());
          }
        }
        out.add(new DecisionProgress.Cosigned(j.stored().size(), names));
      }
      return out;
    }
  }

  /** Every stored checkpoint as one note with its cosignatures, in the order stored. */
  public List<SignedNote> checkpoints() {
    synchronized (lock) {
      return CheckpointNotes.read(store, trust).stream().map(CheckpointNotes.Joined::note).toList();
    }
  }

  /** The state just after entry {@code seq}, replayed from the (verified) store. */
  public CommissionState stateAt(long seq) {
    long size = size();
    if (seq < 0 || seq >= size) {
      throw new BadInputException("seq " + seq + " is not in the journal (entries 0 to " + (size - 1) + ")");
    }
    return replayWhile(act -> act.seq() <= seq);
  }

  /** The state after every entry dated at or before {@code time} (EMPTY before the genesis). */
  public CommissionState stateAt(Instant time) {
    return replayWhile(act -> !act.time().isAfter(time));
  }

  private CommissionState replayWhile(Predicate<Act> include) {
    CommissionState s = CommissionState.EMPTY;
    try (Stream<StoredEntry> entries = store.entries(0, size())) {
      for (var it = entries.iterator(); it.hasNext(); ) {
        Act act = EntryMapping.act(EntryCodec.decode(it.next().entry()));
        if (!include.test(act)) {
          break;
        }
        s = CommissionRules.evolve(s, act);
      }
    }
    return s;
  }

  // ---------------------------------------------------------------- layers and closing

  /** Rewrites the sections, segments, proposals and decisions layers from the current state. */
  public void rebuildLayers() {
    CommissionState s;
    synchronized (lock) {
      checkUsable();
      s = state;
      layersStale = false;
    }
    LayerProjection.write(store, s);
  }

  @Override
  public void close() {
    try {
      boolean stale;
      synchronized (lock) {
        stale = layersStale && failure == null;
      }
      if (stale) {
        rebuildLayers();
      }
    } finally {
      store.close();
    }
  }
}
