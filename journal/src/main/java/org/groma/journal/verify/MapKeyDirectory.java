package org.groma.journal.verify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.groma.journal.sign.VerifyingKey;

/**
 * A {@link KeyDirectory} over a fixed, mutable map of keys by key ID (for tools, tests and benchmarks;
 * the node uses one that follows the roster).
 *
 * <h2>Thread safety</h2>
 * Not thread-safe.
 */
public final class MapKeyDirectory implements KeyDirectory {
  private final Map<String, VerifyingKey> keys = new HashMap<>();

  public MapKeyDirectory add(VerifyingKey key) {
    keys.put(key.keyId(), key);
    return this;
  }

  public MapKeyDirectory remove(String keyId) {
    keys.remove(keyId);
    return this;
  }

  @Override
  public Optional<VerifyingKey> lookup(String keyId) {
    return Optional.ofNullable(keys.get(keyId));
  }
}
