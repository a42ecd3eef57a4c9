package org.groma.app.node;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.groma.app.commission.Actor;
import org.groma.app.commission.DemoCommission;
import org.groma.journal.sign.SigningKey;

/**
 * Signing keys for a scripted commission, one per label of the script ({@code a-chair-1}, …, {@code operator},
 * {@code witness-a}, {@code witness-b}), generated from the random source given: the demo node's keys, and
 * with a seeded source, reproducible test keys.
 */
public final class KeyRing implements DemoCommission.KeyBook {

  /** Every label the demo script uses. */
  public static final List<String> DEMO_LABELS = List.of("a-chair-1", "b-chair-1", "med-1", "a-expert-1",
      "b-expert-1", "b-expert-2", "operator", "witness-a", "witness-b");

  private final Map<String, SigningKey> byLabel = new LinkedHashMap<>();
  private final Map<String, SigningKey> byKeyId = new LinkedHashMap<>();

  public KeyRing(List<String> labels, SecureRandom random) {
    this(labels, label -> SigningKey.generate(random));
  }

  /** One key per label, as {@code keyFor} makes it (reproducible keys for tests and benchmarks). */
  public KeyRing(List<String> labels, Function<String, SigningKey> keyFor) {
    for (String label : labels) {
      SigningKey k = keyFor.apply(label);
      byLabel.put(label, k);
      byKeyId.put(k.keyId(), k);
    }
  }

  @Override
  public String keyId(String label) {
    return key(label).keyId();
  }

  @Override
  public String publicKey(String label) {
    return HexFormat.of().formatHex(key(label).verifyingKey().bytes());
  }

  public SigningKey key(String label) {
    SigningKey k = byLabel.get(label);
    if (k == null) {
      throw new IllegalArgumentException("no key labelled " + label + " (labels: " + byLabel.keySet() + ")");
    }
    return k;
  }

  /** The key an actor (with a real key id) signs with. */
  public SigningKey forActor(Actor actor) {
    SigningKey k = byKeyId.get(actor.keyId());
    if (k == null) {
      throw new IllegalArgumentException("no key " + actor.keyId() + " for " + actor.describe());
    }
    return k;
  }

  public Map<String, SigningKey> byLabel() {
    return Map.copyOf(byLabel);
  }
}
