package org.groma.app.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child process of {@link CrashSafetyTest}: opens the store given as the first argument and appends
 * entries from several threads, printing {@code ACK <seq>} for each append after it has returned, until it
 * is killed. Entry {@code p} is always {@code TestEntries.entry("crash", p)}, so the parent knows what each
 * acknowledged seq must hold.
 */
public final class CrashAppender {

  private CrashAppender() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    CommissionStore store = CommissionStore.open(file);
    AtomicLong sequencer = new AtomicLong(store.size());
    System.out.println("READY " + sequencer.get());
    System.out.flush();
    for (int t = 0; t < threads; t++) {
      Thread.ofPlatform().start(() -> {
        while (true) {
          long position = sequencer.getAndIncrement();
          NewEntry entry = TestEntries.entry("crash", position);
          AppendResult result = store.append(entry.entry(), entry.entryHash(), position);
          synchronized (System.out) {
            System.out.println("ACK " + result.seq());
            System.out.flush();
          }
        }
      });
    }
    Thread.sleep(Long.MAX_VALUE);
  }
}
