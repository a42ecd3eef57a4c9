package org.groma.app.commission;

import static org.groma.app.commission.Checks.hex32;
import static org.groma.app.commission.Checks.id;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.groma.app.BadInputException;
import org.groma.journal.json.Json;
import org.groma.journal.json.JsonArray;
import org.groma.journal.json.JsonObject;
import org.groma.journal.json.JsonString;

/**
 * The acts that admit a monitoring mission (docs/incidents.md, "Monitoring missions"). A mission is admitted
 * by genesis ({@link CommissionEvent.Genesis#missions()}) or by both parties' co-chairs, each signing a
 * {@link MissionAdmissionSigned} that quotes the SHA-256 of the exact admission content
 * ({@link Mission#admissionHash()}): a changed name, member or key is another admission, which the earlier
 * signature does not carry.
 */
public sealed interface MissionEvent extends CommissionEvent permits MissionEvent.MissionAdmissionSigned {

  /** A monitor of a mission with the key they sign with. */
  record MissionMember(String member, String keyId, String publicKey) {
    public MissionMember {
      Checks.name("member", member);
      id("keyId", keyId);
      hex32("publicKey", publicKey);
    }
  }

  /**
   * What an admission admits: the mission's id and name and its members with their keys, in the order given.
   * Its members hold the monitor role and nothing else.
   */
  record Mission(String missionId, String name, List<MissionMember> members) {
    public Mission {
      id("missionId", missionId);
      Checks.name("name", name);
      members = List.copyOf(members);
      if (members.isEmpty()) {
        throw new BadInputException("mission " + missionId + " has no member");
      }
      Set<String> names = new HashSet<>();
      Set<String> keyIds = new HashSet<>();
      Set<String> keys = new HashSet<>();
      for (MissionMember m : members) {
        if (!names.add(m.member()) || !keyIds.add(m.keyId()) || !keys.add(m.publicKey())) {
          throw new BadInputException("mission " + missionId + " names member \"" + m.member()
              + "\", key id " + m.keyId() + " or its public key twice");
        }
      }
    }

    /**
     * SHA-256, 64 lower-case hex digits, of the RFC 8785 canonical JSON
     * {@code {"members":[{"keyId":…,"member":…,"publicKey":…},…],"missionId":…,"name":…}}: what each
     * co-chair's signature commits to.
     */
    public String admissionHash() {
      Json[] ms = new Json[members.size()];
      for (int i = 0; i < ms.length; i++) {
        MissionMember m = members.get(i);
        ms[i] = JsonObject.builder().put("member", JsonString.of(m.member())).put("keyId", JsonString.of(m.keyId()))
            .put("publicKey", JsonString.of(m.publicKey())).build();
      }
      JsonObject content = JsonObject.builder().put("missionId", JsonString.of(missionId))
          .put("name", JsonString.of(name)).put("members", JsonArray.of(ms)).build();
      return ContentHash.canonical(content);
    }
  }

  /**
   * One party's co-chair signs the admission of a mission. The mission is admitted when co-chairs of both
   * parties have signed the same {@code admissionHash}; the record refuses a hash that is not the content's.
   */
  record MissionAdmissionSigned(Mission mission, String admissionHash) implements MissionEvent {
    public MissionAdmissionSigned {
      java.util.Objects.requireNonNull(mission, "mission");
      hex32("admissionHash", admissionHash);
      String computed = mission.admissionHash();
      if (!computed.equals(admissionHash)) {
        throw new BadInputException("admissionHash " + admissionHash + " is not the SHA-256 of the admission"
            + " content of mission " + mission.missionId() + " (missionId, name, members), which is " + computed);
      }
    }
  }
}
