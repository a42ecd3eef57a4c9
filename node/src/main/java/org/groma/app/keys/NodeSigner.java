package org.groma.app.keys;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommissionState.KeyStatus;
import org.groma.journal.sign.SigningKey;

/**
 * The signing keys this node holds for its members (docs/design.md, "The node": keys sign on the node), unlocked when the
 * node starts. A member signs with the key the roster holds as active for them; a rotated or revoked key is
 * never used.
 */
public final class NodeSigner {

  private final Map<String, SigningKey> byKeyId = new HashMap<>();

  public NodeSigner add(SigningKey key) {
    byKeyId.put(key.keyId(), key);
    return this;
  }

  /** The member's active key, if this node holds it. */
  public Optional<SigningKey> keyFor(CommissionState state, String member) {
    return state.keys().stream()
        .filter(k -> k.member().equals(member) && k.status() == KeyStatus.ACTIVE)
        .map(k -> byKeyId.get(k.keyId()))
        .filter(k -> k != null)
        .findFirst();
  }

  /** Any key this node holds by id (the operator's and witnesses' keys). */
  public Optional<SigningKey> key(String keyId) {
    return Optional.ofNullable(byKeyId.get(keyId));
  }

  public Optional<SigningKey> keyWithPublic(org.groma.journal.sign.VerifyingKey publicKey) {
    return byKeyId.values().stream().filter(k -> k.verifyingKey().equals(publicKey)).findFirst();
  }
}
