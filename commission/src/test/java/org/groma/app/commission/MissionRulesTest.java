package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groma.app.commission.DemoCommission.A_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.MEDIATOR;
import static org.groma.app.commission.DemoCommission.PLACEHOLDER_KEYS;
import static org.groma.app.commission.IncidentScript.MONITOR;

import java.util.EnumSet;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.FoundingMember;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.KeyRevoked;
import org.groma.app.commission.CommissionEvent.KeyRotated;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.MissionEvent.Mission;
import org.groma.app.commission.MissionEvent.MissionAdmissionSigned;
import org.groma.app.commission.MissionEvent.MissionMember;
import org.groma.journal.entry.Party;
import org.junit.jupiter.api.Test;

/**
 * A monitoring mission is admitted by genesis or by the co-chairs of both parties, each signing the SHA-256 of
 * the exact admission content; no single party, nor the mediator, admits one, and a changed member or key is
 * another admission that an earlier signature does not carry.
 */
class MissionRulesTest {

  static final MissionAdmissionSigned ADMISSION = IncidentScript.admission(PLACEHOLDER_KEYS);

  /** The demo history with the mission admitted by both co-chairs. */
  static CommissionState admitted() {
    CommissionState s = Fixture.accept(Fixture.cmd(A_CO_CHAIR, ADMISSION), Fixture.atEnd());
    return Fixture.accept(Fixture.cmd(B_CO_CHAIR, ADMISSION), s);
  }

  @Test
  void both_co_chairs_admit_a_mission_whose_members_then_hold_the_monitor_role_only() {
    CommissionState half = Fixture.accept(Fixture.cmd(A_CO_CHAIR, ADMISSION), Fixture.atEnd());
    assertThat(half.missions().mission("MM-1").orElseThrow().admitted()).isFalse();
    assertThat(half.member(MONITOR.member())).isEmpty();
    assertThat(Fixture.refusal(Fixture.cmd(MONITOR, new Note("N-M", "Seen.", null)), half))
        .startsWith("unknown member");

    CommissionState s = Fixture.accept(Fixture.cmd(B_CO_CHAIR, ADMISSION), half);
    var record = s.missions().mission("MM-1").orElseThrow();
    assertThat(record.admitted()).isTrue();
    assertThat(record.signatures()).containsOnlyKeys(Party.A, Party.B);
    var member = s.member(MONITOR.member()).orElseThrow();
    assertThat(member.party()).isEqualTo(Party.MEDIATOR);
    assertThat(member.roles()).containsExactly(Role.MONITOR);
    assertThat(s.missions().missionOf(MONITOR.member())).contains("MM-1");
    assertThat(s.key("mon-1").orElseThrow().status()).isEqualTo(CommissionState.KeyStatus.ACTIVE);
  }

  @Test
  void one_party_alone_the_mediator_or_a_non_co_chair_cannot_admit_a_mission() {
    CommissionState half = Fixture.accept(Fixture.cmd(A_CO_CHAIR, ADMISSION), Fixture.atEnd());
    assertThat(Fixture.refusal(Fixture.cmd(A_CO_CHAIR, ADMISSION), half))
        .contains("party A signed it at seq 17; the other party's co-chair completes the admission");
    assertThat(Fixture.refusal(Fixture.cmd(MEDIATOR, ADMISSION), half)).contains("that needs the role co-chair");
    assertThat(Fixture.refusal(Fixture.cmd(DemoCommission.B_EXPERT_ROTATED, ADMISSION), half))
        .contains("that needs the role co-chair");
    assertThat(Fixture.refusal(Fixture.cmd(A_CO_CHAIR, ADMISSION), admitted())).contains("it was admitted at seq 18");
  }

  @Test
  void the_second_co_chair_cannot_admit_other_content_under_the_first_ones_signature() {
    CommissionState half = Fixture.accept(Fixture.cmd(A_CO_CHAIR, ADMISSION), Fixture.atEnd());
    // B's co-chair slips in a key of their own for the second monitor.
    Mission m = ADMISSION.mission();
    Mission swapped = new Mission(m.missionId(), m.name(), List.of(m.members().get(0),
        new MissionMember(m.members().get(1).member(), "mon-2", Fixture.hex("a key party B holds"))));
    String refusal = Fixture.refusal(Fixture.cmd(B_CO_CHAIR, new MissionAdmissionSigned(swapped,
        swapped.admissionHash())), half);
    assertThat(refusal).contains("it quotes admission hash " + swapped.admissionHash() + " but party A signed"
        + " admission hash " + m.admissionHash());
  }

  @Test
  void an_admission_must_quote_the_hash_of_its_own_content() {
    assertThat(ADMISSION.admissionHash()).isEqualTo(
        // SHA-256 of {"members":[{"keyId":"mon-1",...}],"missionId":"MM-1","name":"Demo monitoring mission"}:
        // recomputed by hand with python3's json.dumps(sort_keys=True, separators=(",", ":")) and hashlib.
        "82f6ec2568107e4ef35216109bd8977873d8cf289deba349fddd63912ed9b1b7");
    assertThatThrownBy(() -> new MissionAdmissionSigned(ADMISSION.mission(), Fixture.hex("another")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("is not the SHA-256 of the admission content");
  }

  @Test
  void the_monitor_role_is_given_only_with_a_mission() {
    for (Actor by : List.of(A_CO_CHAIR, MEDIATOR)) {
      MemberAdded add = new MemberAdded(by.party(), "Would-be monitor", EnumSet.of(Role.MONITOR), "wbm-1",
          Fixture.hex("wbm-1"));
      assertThat(Fixture.refusal(Fixture.cmd(by, add), Fixture.atEnd())).as(by.describe())
          .contains("as a monitor: the monitor role comes with a monitoring mission");
    }
    Genesis g = DemoCommission.genesis(PLACEHOLDER_KEYS);
    List<FoundingMember> members = new java.util.ArrayList<>(g.members());
    members.add(new FoundingMember(Party.MEDIATOR, "Founding monitor", EnumSet.of(Role.MONITOR), "fm-1",
        Fixture.hex("fm-1")));
    Genesis withMonitor = new Genesis(g.commissionId(), g.commissionName(), g.partyA(), g.partyB(), g.mediator(),
        members, g.logOperator(), g.witnesses(), g.datumTransformation(), g.tolerances());
    Decision d = CommissionRules.decide(new Command(MEDIATOR, Fixture.t("2024-03-01T09:00:00Z"), withMonitor),
        CommissionState.EMPTY);
    assertThat(((Decision.Refused) d).reason()).contains("a monitor: the monitor role comes with a monitoring mission");
  }

  @Test
  void genesis_admits_a_mission_with_its_keys() {
    Genesis g = (Genesis) CodecCases.cases().get("genesis+missions");
    CommissionState s = Fixture.accept(new Command(MEDIATOR, Fixture.t("2024-03-01T09:00:00Z"), g),
        CommissionState.EMPTY);
    assertThat(s.missions().mission("MM-1").orElseThrow().admittedSeq()).isZero();
    assertThat(s.member(MONITOR.member()).orElseThrow().roles()).containsExactly(Role.MONITOR);
    assertThat(Fixture.accept(Fixture.cmd(MONITOR, new Note("N-M", "Seen from post 1.", null)), s).notes())
        .hasSize(1);
  }

  @Test
  void the_mediators_admin_does_not_manage_a_mission_and_either_co_chair_may_revoke_a_monitors_key() {
    CommissionState s = admitted();
    KeyRotated rotate = new KeyRotated(Party.MEDIATOR, MONITOR.member(), "mon-1", "mon-9", Fixture.hex("mon-9"));
    assertThat(Fixture.refusal(Fixture.cmd(MEDIATOR, rotate), s)).contains("a new key needs a new admission");
    KeyRevoked revoke = new KeyRevoked(Party.MEDIATOR, MONITOR.member(), "mon-1", "left the mission");
    assertThat(Fixture.refusal(Fixture.cmd(MEDIATOR, revoke), s))
        .contains("whose keys only a co-chair of party A or B revokes");
    CommissionState after = Fixture.accept(Fixture.cmd(B_CO_CHAIR, revoke), s);
    assertThat(after.key("mon-1").orElseThrow().status()).isEqualTo(CommissionState.KeyStatus.REVOKED);
  }
}
