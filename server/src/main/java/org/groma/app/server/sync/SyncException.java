package org.groma.app.server.sync;

import java.net.URI;

/**
 * A peer could not be synced with: it did not answer, answered with an error, or sent something that does
 * not verify (a checkpoint not signed by the log operator, entries its checkpoint does not commit to).
 * Nothing from that answer was stored.
 */
public final class SyncException extends RuntimeException {

  private final URI peer;

  public SyncException(URI peer, String detail) {
    super("peer " + peer + ": " + detail);
    this.peer = peer;
  }

  public SyncException(URI peer, String detail, Throwable cause) {
    super("peer " + peer + ": " + detail, cause);
    this.peer = peer;
  }

  public URI peer() {
    return peer;
  }
}
