package org.groma.app.server.sync;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.groma.app.node.ForkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs with each peer in turn, then waits {@code interval} and starts again, on one background thread
 * ({@code groma serve --operator URL --peer URL --sync-interval 5s}). A failure with one peer is logged and
 * does not stop the others; a fork is logged by {@link PeerSync} and that peer is not synced with again.
 *
 * <h2>Thread safety</h2>
 * Safe for concurrent use.
 */
public final class SyncSchedule implements AutoCloseable {

  /** How long closing waits for a sync that is under way to finish (one page and its proofs). */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(SyncSchedule.class);

  private final List<PeerSync> peers;
  private final ScheduledExecutorService executor;

  private SyncSchedule(List<PeerSync> peers, Duration interval) {
    this.peers = List.copyOf(peers);
    this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "groma-sync");
      t.setDaemon(true);
      return t;
    });
    executor.scheduleWithFixedDelay(this::syncAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Starts syncing with {@code peers} now and then every {@code interval} after each round ends. */
  public static SyncSchedule every(Duration interval, List<PeerSync> peers) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("sync interval must be positive, got " + interval);
    }
    return new SyncSchedule(peers, interval);
  }

  private void syncAll() {
    for (PeerSync p : peers) {
      if (p.fork().isPresent()) {
        continue;
      }
      try {
        PeerSync.Outcome o = p.syncOnce();
        if (o.size() > o.sizeBefore()) {
          LOG.info("pulled entries {} to {} from {}", o.sizeBefore(), o.size() - 1, p.peer());
        }
      } catch (ForkException e) {
        // logged by PeerSync with its evidence
      } catch (RuntimeException e) {
        LOG.warn("sync with {} failed: {}", p.peer(), e.getMessage());
      }
    }
  }

  /** Stops syncing, after the round under way if any, and closes the peers' connections. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      peers.forEach(PeerSync::close);
    }
  }
}
