package org.groma.app.commission;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.groma.app.commission.ProcedureEvent.ConfidentialityLevel;
import org.groma.app.commission.ProcedureEvent.RegulationsProposed;
import org.groma.journal.entry.Party;

/**
 * The commission's regulations as the journal has them: every version tabled, its signatures, and the one in
 * force. Before any is in force the commission works by the defaults (protocols signed by co-chairs, decided
 * by consensus, only the level {@value ProtocolEvent#OPEN}, no working language or number of originals
 * required).
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class ProcedureRegister {

  static final ProcedureRegister EMPTY = new ProcedureRegister(PersistentMap.empty(), null);

  /** A co-chair's signature of a version. */
  public record Signature(Party party, String member, long seq, Instant time, String entryHash) {}

  /** A tabled version, its signatures and, once both parties signed, when it came into force. */
  public record Version(RegulationsProposed regulations, Actor tabledBy, long seq, Instant time, String entryHash,
      Map<Party, Signature> signatures, Long inForceSeq, Instant inForceTime) {
    public Version {
      EnumMap<Party, Signature> copy = new EnumMap<>(Party.class);
      copy.putAll(signatures);
      signatures = Collections.unmodifiableMap(copy);
    }

    public String regulationsId() {
      return regulations.regulationsId();
    }

    public boolean signedByBoth() {
      return inForceSeq != null;
    }
  }

  private final PersistentMap<String, Version> versions;
  private final String inForceId;

  private ProcedureRegister(PersistentMap<String, Version> versions, String inForceId) {
    this.versions = versions;
    this.inForceId = inForceId;
  }

  public Optional<Version> version(String regulationsId) {
    return versions.get(regulationsId);
  }

  /** Every version tabled, by id. */
  public List<Version> versions() {
    return versions.values();
  }

  /** The regulations in force: the version whose second signature came last. */
  public Optional<Version> inForce() {
    return inForceId == null ? Optional.empty() : versions.get(inForceId);
  }

  /** The roles whose holder initials and signs a protocol for a party: the regulations', else co-chair. */
  public Set<Role> signatories() {
    return inForce().map(v -> v.regulations().signatories()).orElse(Set.of(Role.CO_CHAIR));
  }

  /**
   * The roles that may read a protocol of confidentiality {@code level}, or empty for a level the regulations
   * in force do not define (without regulations: {@value ProtocolEvent#OPEN} only, readable by every role).
   */
  public Optional<Set<Role>> readers(String level) {
    Optional<Version> v = inForce();
    if (v.isEmpty()) {
      return ProtocolEvent.OPEN.equals(level) ? Optional.of(EnumSet.allOf(Role.class)) : Optional.empty();
    }
    for (ConfidentialityLevel c : v.get().regulations().confidentiality()) {
      if (c.level().equals(level)) {
        return Optional.of(c.readers());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a holder of {@code roles} may read a protocol of confidentiality {@code level} under the
   * regulations in force; no one may read a level they do not define (it cannot be on the record, but a
   * level dropped by later regulations falls here: withheld until they define it again).
   */
  public boolean mayRead(String level, Set<Role> roles) {
    return readers(level).map(r -> roles.stream().anyMatch(r::contains)).orElse(false);
  }

  ProcedureRegister with(Version v) {
    return new ProcedureRegister(versions.put(v.regulationsId(), v), v.signedByBoth() ? v.regulationsId() : inForceId);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcedureRegister r && versions.equals(r.versions) && Objects.equals(inForceId, r.inForceId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(versions, inForceId);
  }
}
