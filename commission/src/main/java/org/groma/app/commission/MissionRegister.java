package org.groma.app.commission;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.groma.app.commission.MissionEvent.Mission;
import org.groma.journal.entry.Party;

/**
 * The monitoring missions of a commission: those admitted (by genesis or by both parties' co-chairs) and
 * those one party's co-chair has signed so far, and which member belongs to which mission.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class MissionRegister {

  /** One party's co-chair's signature of an admission. */
  public record Signature(Party party, Actor signer, long seq, Instant time, String entryHash) {}

  /**
   * A mission, admitted or awaiting the second co-chair.
   *
   * @param signatures the co-chairs' signatures by party (empty for a mission genesis admitted)
   * @param admittedSeq the act that admitted it (0 for genesis), or null while only one party has signed
   */
  public record MissionRecord(Mission mission, String admissionHash, Map<Party, Signature> signatures,
      Long admittedSeq) {
    public MissionRecord {
      EnumMap<Party, Signature> byParty = new EnumMap<>(Party.class);
      byParty.putAll(signatures);
      signatures = Collections.unmodifiableMap(byParty);
    }

    public boolean admitted() {
      return admittedSeq != null;
    }
  }

  static final MissionRegister EMPTY = new MissionRegister(PersistentMap.empty(), PersistentMap.empty());

  private final PersistentMap<String, MissionRecord> missions;
  private final PersistentMap<String, String> missionOfMember;

  private MissionRegister(PersistentMap<String, MissionRecord> missions,
      PersistentMap<String, String> missionOfMember) {
    this.missions = missions;
    this.missionOfMember = missionOfMember;
  }

  public Optional<MissionRecord> mission(String missionId) {
    return missions.get(missionId);
  }

  /** Every mission, admitted or pending, by id. */
  public List<MissionRecord> missions() {
    return missions.values();
  }

  /** The admitted mission {@code member} monitors for, if they are a monitor. */
  public Optional<String> missionOf(String member) {
    return missionOfMember.get(member);
  }

  /** Whether {@code member} is a member of an admitted monitoring mission. */
  public boolean isMonitor(String member) {
    return missionOf(member).isPresent();
  }

  MissionRegister with(MissionRecord r) {
    PersistentMap<String, String> byMember = missionOfMember;
    if (r.admitted()) {
      for (MissionEvent.MissionMember m : r.mission().members()) {
        byMember = byMember.put(m.member(), r.mission().missionId());
      }
    }
    return new MissionRegister(missions.put(r.mission().missionId(), r), byMember);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MissionRegister m && m.missions.equals(missions) && m.missionOfMember.equals(missionOfMember);
  }

  @Override
  public int hashCode() {
    return missions.hashCode();
  }
}
