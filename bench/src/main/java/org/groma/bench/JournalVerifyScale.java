package org.groma.bench;

import java.util.List;
import java.util.Optional;
import org.groma.journal.verify.JournalVerifier;
import org.groma.journal.verify.VerificationResult;

/**
 * End-to-end check of the issue 4 figure "a 100k-entry journal re-verified from scratch in under 20 s within
 * a 512 MB heap": builds a seeded synthetic journal in memory, then times one {@link JournalVerifier} pass.
 * Run with {@code java -Xmx512m -cp bench/target/benchmarks.jar org.groma.bench.JournalVerifyScale 100000}.
 */
public final class JournalVerifyScale {
  private JournalVerifyScale() {
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long t0 = System.nanoTime();
    SyntheticJournal journal = new SyntheticJournal(n, 2026);
    long t1 = System.nanoTime();
    VerificationResult r = JournalVerifier.verify(journal.stored, journal.keyDirectory(), SyntheticJournal.ORIGIN,
        Optional.empty(), List.of());
    long t2 = System.nanoTime();
    Runtime rt = Runtime.getRuntime();
    System.out.printf("entries %d, average stored size %.0f bytes%n", n, journal.averageEntryBytes());
    System.out.printf("signing (building) %.2f s, verifying %.2f s = %.0f entries/s, ok=%s%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, n / ((t2 - t1) / 1e9), r.ok());
    System.out.printf("max heap %d MB, used after run %d MB%n", rt.maxMemory() >> 20,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
  }
}
