package org.groma.app.commission;

import java.util.List;
import org.groma.app.commission.EventCodec.Obj;
import org.groma.app.commission.MissionEvent.Mission;
import org.groma.app.commission.MissionEvent.MissionAdmissionSigned;
import org.groma.app.commission.MissionEvent.MissionMember;

/**
 * The bodies of {@link MissionEvent}s, as {@link EventCodec} writes and reads every body (every field always
 * present, read strictly, errors naming the field's path).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class MissionCodec {

  private MissionCodec() {}

  /** {@code {missionId, name, members: [{member, keyId, publicKey}]}}, also a genesis's {@code missions[i]}. */
  static BodyWriter writeMission(Mission m) {
    return missionFields(new BodyWriter(), m);
  }

  private static BodyWriter missionFields(BodyWriter w, Mission m) {
    List<BodyWriter> members = m.members().stream().map(x -> new BodyWriter().put("member", x.member())
        .put("keyId", x.keyId()).put("publicKey", x.publicKey())).toList();
    return w.put("missionId", m.missionId()).put("name", m.name()).put("members", members);
  }

  static BodyWriter write(MissionAdmissionSigned e) {
    return missionFields(new BodyWriter(), e.mission()).put("admissionHash", e.admissionHash());
  }

  static MissionAdmissionSigned readMissionAdmissionSigned(Obj o) {
    o.field("missionId", "name", "members", "admissionHash");
    return new MissionAdmissionSigned(missionOf(o), o.string("admissionHash"));
  }

  static Mission readMission(Obj.Item item) {
    return missionOf(item.obj().field("missionId", "name", "members"));
  }

  private static Mission missionOf(Obj o) {
    return new Mission(o.string("missionId"), o.string("name"), o.list("members", MissionCodec::member));
  }

  private static MissionMember member(Obj.Item item) {
    Obj o = item.obj().field("member", "keyId", "publicKey");
    return new MissionMember(o.string("member"), o.string("keyId"), o.string("publicKey"));
  }
}
