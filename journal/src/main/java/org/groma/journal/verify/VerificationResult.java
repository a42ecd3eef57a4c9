package org.groma.journal.verify;

import java.util.Objects;
import java.util.Optional;
import org.groma.journal.log.MerkleHash;

/**
 * The outcome of verifying a journal.
 *
 * @param ok         true when every entry and checkpoint passed
 * @param entries    how many entries passed every check (the verified prefix)
 * @param firstError the first failure, empty when ok
 * @param root       the Merkle root of the verified prefix
 */
public record VerificationResult(boolean ok, long entries, Optional<VerificationError> firstError, MerkleHash root) {
  public VerificationResult {
    Objects.requireNonNull(firstError, "firstError");
    Objects.requireNonNull(root, "root");
    if (ok == firstError.isPresent()) {
      throw new IllegalArgumentException("a result is ok exactly when it has no error");
    }
  }
}
