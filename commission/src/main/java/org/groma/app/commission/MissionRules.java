package org.groma.app.commission;

import java.util.EnumSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.groma.app.commission.CommissionState.Key;
import org.groma.app.commission.CommissionState.KeyStatus;
import org.groma.app.commission.CommissionState.Member;
import org.groma.app.commission.MissionEvent.Mission;
import org.groma.app.commission.MissionEvent.MissionAdmissionSigned;
import org.groma.app.commission.MissionEvent.MissionMember;
import org.groma.app.commission.MissionRegister.MissionRecord;
import org.groma.app.commission.MissionRegister.Signature;
import org.groma.journal.entry.Party;

/**
 * The rules of monitoring missions (docs/incidents.md, "Monitoring missions"), called from
 * {@link CommissionRules}: who admits a mission, and what a monitor may sign.
 *
 * <p>A mission's members sign as the journal's third side (party M: the journal knows parties A, B and the
 * mediator), but they are no members of the mediator's team: they hold the monitor role only, the mediator's
 * admin neither adds nor rotates them, and they sign only the acts whose registered roles include monitor.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class MissionRules {

  private MissionRules() {}

  /** The types a monitor may sign, in the registry's order. */
  private static final List<String> MONITOR_TYPES = EntryTypes.all().stream()
      .filter(t -> t.authorRoles().contains(Role.MONITOR)).map(EntryType::code).toList();

  /**
   * A monitor signs only the acts a monitor may author ({@link EntryTypes}' roles include {@link Role#MONITOR}):
   * incidents, posts, patrols and notes; never lines, decisions, sittings, sources, rosters, pillars or treaty
   * text. The refusal lists them from the registry, so it stays true as types are added.
   */
  static String monitorRefusal(Actor actor, CommissionEvent event, CommissionState s) {
    Optional<String> mission = s.missions().missionOf(actor.member());
    if (mission.isEmpty() || EntryTypes.of(event).authorRoles().contains(Role.MONITOR)) {
      return null;
    }
    return actor.describe() + " may not sign " + event.type() + ": \"" + actor.member() + "\" is a monitor of"
        + " mission " + mission.get() + ", and a monitor signs only " + String.join(", ", MONITOR_TYPES);
  }

  static String refusal(Actor actor, Member author, MissionEvent event, CommissionState s) {
    return switch (event) {
      case MissionAdmissionSigned e -> admission(actor, author, e, s);
    };
  }

  private static String admission(Actor actor, Member author, MissionAdmissionSigned e, CommissionState s) {
    Mission m = e.mission();
    String what = "sign the admission of mission " + m.missionId();
    String refusal = CommissionRules.roleRefusal(actor, author, EntryTypes.of(e).authorRoles(), what);
    if (refusal != null) {
      return refusal;
    }
    if (!actor.party().isParty()) {
      return actor.describe() + " may not " + what + ": a mission is admitted by the co-chairs of both parties";
    }
    Optional<MissionRecord> found = s.missions().mission(m.missionId());
    if (found.isPresent()) {
      MissionRecord r = found.get();
      if (r.admitted()) {
        return actor.describe() + " may not " + what + ": it was admitted at seq " + r.admittedSeq();
      }
      Signature mine = r.signatures().get(actor.party());
      if (mine != null) {
        return actor.describe() + " may not " + what + ": party " + actor.party().code() + " signed it at seq "
            + mine.seq() + "; the other party's co-chair completes the admission";
      }
      if (!r.admissionHash().equals(e.admissionHash())) {
        Signature other = r.signatures().values().iterator().next();
        return actor.describe() + " may not " + what + ": it quotes admission hash " + e.admissionHash()
            + " but party " + other.party().code() + " signed admission hash " + r.admissionHash() + " (seq "
            + other.seq() + "); both co-chairs sign the same content";
      }
    }
    return membersRefusal(actor, what, m, s);
  }

  /** The mission's members are new names with new keys, as a roster act's would be. */
  static String membersRefusal(Actor actor, String what, Mission m, CommissionState s) {
    for (MissionMember mm : m.members()) {
      if (s.member(mm.member()).isPresent()) {
        return actor.describe() + " may not " + what + ": a member named \"" + mm.member() + "\" already exists";
      }
      for (Member other : s.members()) {
        if (Checks.confusable(mm.member(), other.name())) {
          return actor.describe() + " may not " + what + ": " + CommissionRules.confusableName(mm.member(),
              "existing member", other.name());
        }
      }
      String key = CommissionRules.newKey(actor, what, mm.keyId(), mm.publicKey(), s);
      if (key != null) {
        return key;
      }
    }
    return null;
  }

  /**
   * Roster acts on a monitor: the mediator's admin does not manage a mission (both parties admitted it); a
   * co-chair of either party may revoke a monitor's key, and a monitor's key is not rotated (a new key comes
   * with a new admission). For a {@code member} who is a monitor; null when the act is allowed.
   */
  static String monitorKeyRefusal(Actor actor, Member author, String what, String member, boolean revocation,
      CommissionState s) {
    Optional<String> mission = s.missions().missionOf(member);
    if (!revocation) {
      return actor.describe() + " may not " + what + ": \"" + member + "\" is a monitor of mission "
          + mission.get() + ", admitted with that key by both parties; a new key needs a new admission";
    }
    if (!actor.party().isParty() || !author.has(Role.CO_CHAIR)) {
      return actor.describe() + " may not " + what + ": \"" + member + "\" is a monitor of mission "
          + mission.get() + ", whose keys only a co-chair of party A or B revokes";
    }
    return null;
  }

  /** Admits genesis's missions: their members and keys join the roster. */
  static CommissionState admitAtGenesis(CommissionState s, CommissionEvent.Genesis g, long seq) {
    for (Mission m : g.missions()) {
      s = admit(s, new MissionRecord(m, m.admissionHash(), Map.of(), seq), seq);
    }
    return s;
  }

  static CommissionState apply(CommissionState s, Act act, MissionEvent event) {
    return switch (event) {
      case MissionAdmissionSigned e -> {
        Signature sig = new Signature(act.author().party(), act.author(), act.seq(), act.time(), act.entryHash());
        Optional<MissionRecord> found = s.missions().mission(e.mission().missionId());
        Map<Party, Signature> sigs = new HashMap<>(found.map(MissionRecord::signatures).orElse(Map.of()));
        sigs.put(sig.party(), sig);
        boolean both = sigs.containsKey(Party.A) && sigs.containsKey(Party.B);
        MissionRecord r = new MissionRecord(e.mission(), e.admissionHash(), sigs, both ? act.seq() : null);
        yield both ? admit(s, r, act.seq()) : s.withMissions(s.missions().with(r));
      }
    };
  }

  private static CommissionState admit(CommissionState s, MissionRecord r, long seq) {
    for (MissionMember m : r.mission().members()) {
      s = s.withMember(new Member(Party.MEDIATOR, m.member(), EnumSet.of(Role.MONITOR), seq))
          .withKey(new Key(m.keyId(), Party.MEDIATOR, m.member(), m.publicKey(), KeyStatus.ACTIVE, seq, null, null,
              null));
    }
    return s.withMissions(s.missions().with(r));
  }
}
