package org.groma.journal.log;

/**
 * A Merkle inclusion or consistency proof that does not hold. The message names the proof, the sizes and,
 * where a hash was computed, the computed and the expected value in hex.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class ProofException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProofException(String message) {
    super(message);
  }
}
