package org.groma.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.sign.Signature;
import org.groma.journal.sign.SignatureContext;
import org.groma.journal.sign.SigningKey;
import org.groma.journal.sign.VerifyingKey;
import org.groma.journal.verify.JournalVerifier;
import org.groma.journal.verify.VerificationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The journal's hot paths, one thread: Ed25519 signing and verification (BouncyCastle, pinned rules),
 * SHA-256 leaf hashing of a ~420-byte stored entry, and {@link JournalVerifier} over 10 000 synthetic signed
 * entries (decode, canonical check, signature, Merkle frontier). Issue 4 asks for at least 8 000 entries
 * per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class JournalBenchmark {
  static final int ENTRIES = 10_000;

  SyntheticJournal journal;
  SigningKey key;
  VerifyingKey verifyingKey;
  byte[] payload;
  Signature signature;
  byte[] storedEntry;

  @Setup
  public void setUp() {
    journal = new SyntheticJournal(ENTRIES, 2026);
    key = journal.keys[0];
    verifyingKey = key.verifyingKey();
    storedEntry = journal.stored.get(0);
    payload = new String(storedEntry, StandardCharsets.UTF_8).substring(9, 300).getBytes(StandardCharsets.UTF_8);
    signature = key.sign(SignatureContext.ENTRY, payload);
    VerificationResult r = verifyAll();
    if (!r.ok()) {
      throw new IllegalStateException("synthetic journal does not verify: " + r.firstError());
    }
  }

  @Benchmark
  public Signature ed25519Sign() {
    return key.sign(SignatureContext.ENTRY, payload);
  }

  @Benchmark
  public boolean ed25519Verify() {
    return verifyingKey.verify(SignatureContext.ENTRY, payload, signature);
  }

  @Benchmark
  public MerkleHash sha256LeafHash() {
    return MerkleHash.leaf(storedEntry);
  }

  @Benchmark
  @OperationsPerInvocation(ENTRIES)
  public VerificationResult journalVerifierEntries() {
    return verifyAll();
  }

  private VerificationResult verifyAll() {
    return JournalVerifier.verify(journal.stored, journal.keyDirectory(), SyntheticJournal.ORIGIN,
        Optional.empty(), List.of());
  }
}
