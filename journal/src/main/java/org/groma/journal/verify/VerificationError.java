package org.groma.journal.verify;

import java.util.Objects;

/**
 * The first thing that failed: the sequence number of the entry it concerns and why. For a checkpoint,
 * seq is that of the last entry the checkpoint covers (size − 1), or −1 for a checkpoint of size 0 or one
 * whose body does not parse.
 *
 * @param seq    0-based entry position
 * @param reason what is wrong, for people
 */
public record VerificationError(long seq, String reason) {
  public VerificationError {
    Objects.requireNonNull(reason, "reason");
  }
}
