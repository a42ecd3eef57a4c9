package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groma.app.commission.DemoCommission.A_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.MEDIATOR;
import static org.groma.app.commission.IncidentScript.MONITOR;
import static org.groma.app.commission.IncidentScript.MONITOR_2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.groma.app.commission.IncidentEvent.Position;
import org.groma.app.commission.IncidentRegister.IncidentRecord;
import org.groma.app.commission.IncidentRegister.Reporter;
import org.groma.app.commission.IncidentRegister.Status;
import org.groma.journal.entry.Party;
import org.junit.jupiter.api.Test;

/**
 * The incident register's rules, adversary first: a monitor signs nothing outside their role (every
 * registered entry type is tried, so a new type is covered the day it is registered), and no party can
 * record, change or overwrite the other party's position.
 */
class IncidentRulesTest {

  /** The demo with the mission admitted and incident I-1 reported by party A's co-chair. */
  static CommissionState reported() {
    return Fixture.accept(Fixture.cmd(A_CO_CHAIR, IncidentScript.report("I-1", 150_000_000, 120_000_000)),
        MissionRulesTest.admitted());
  }

  static String reportHash(CommissionState s) {
    return s.incidents().incident("I-1").orElseThrow().entryHash();
  }

  static CommissionState verified() {
    CommissionState s = reported();
    return Fixture.accept(Fixture.cmd(MONITOR, IncidentScript.verified("I-1", reportHash(s))), s);
  }

  @Test
  void a_monitor_cannot_sign_any_act_outside_the_monitor_role() {
    CommissionState s = verified();
    List<String> tried = new ArrayList<>();
    Map<String, CommissionEvent> cases = CodecCases.oneOfEachType();
    for (EntryType<?> t : EntryTypes.all()) {
      CommissionEvent event = cases.get(t.code());
      if (t.code().equals("genesis")) {
        assertThat(Fixture.refusal(Fixture.cmd(MONITOR, event), s)).startsWith("a second genesis");
        continue;
      }
      if (t.authorRoles().contains(Role.MONITOR)) {
        continue;
      }
      assertThat(Fixture.refusal(Fixture.cmd(MONITOR, event), s)).as(t.code()).isEqualTo(
          MONITOR.describe() + " may not sign " + t.code() + ": \"" + MONITOR.member() + "\" is a monitor of mission"
              + " MM-1, and a monitor signs only note, post-established, post-status-changed, patrol-recorded,"
              + " incident-reported, incident-verified, incident-investigated");
      tried.add(t.code());
    }
    assertThat(tried).contains("line-proposed", "decision-drafted", "decision-endorsed", "proposal-withdrawn",
        "member-added", "key-rotated", "key-revoked", "sitting-opened", "source-registered",
        "mission-admission-signed", "incident-position-taken");
  }

  @Test
  void what_the_monitor_role_allows_a_monitor_may_sign() {
    CommissionState s = reported();
    String hash = reportHash(s);
    assertThat(EntryTypes.all().stream().filter(t -> t.authorRoles().contains(Role.MONITOR)).map(EntryType::code))
        .containsExactly("note", "post-established", "post-status-changed", "patrol-recorded", "incident-reported",
            "incident-verified", "incident-investigated");
    Fixture.accept(Fixture.cmd(MONITOR, new CommissionEvent.Note("N-M", "Quiet night at post 1.", "S-1")), s);
    CommissionState r = Fixture.accept(Fixture.cmd(MONITOR, IncidentScript.report("I-2", 160_000_000, 110_000_000)),
        s);
    assertThat(r.incidents().incident("I-2").orElseThrow().reporter()).isEqualTo(Reporter.MONITOR);
    Fixture.accept(Fixture.cmd(MONITOR, IncidentScript.verified("I-1", hash)), s);
    Fixture.accept(Fixture.cmd(MONITOR, IncidentScript.investigated("I-1", hash)), s);
  }

  @Test
  void only_a_monitor_verifies_once_quoting_the_report() {
    CommissionState s = reported();
    String hash = reportHash(s);
    assertThat(Fixture.refusal(Fixture.cmd(A_CO_CHAIR, IncidentScript.verified("I-1", hash)), s))
        .contains("that needs the role monitor");
    assertThat(Fixture.refusal(Fixture.cmd(MONITOR, IncidentScript.verified("I-1", Fixture.hex("x"))), s))
        .contains("it quotes report hash " + Fixture.hex("x") + " but the report of I-1 (seq 19) has entry hash "
            + hash);
    CommissionState v = Fixture.accept(Fixture.cmd(MONITOR, IncidentScript.verified("I-1", hash)), s);
    assertThat(v.incidents().incident("I-1").orElseThrow().status()).isEqualTo(Status.VERIFIED);
    assertThat(Fixture.refusal(Fixture.cmd(MONITOR_2, IncidentScript.verified("I-1", hash)), v))
        .contains("\"Monitor Kestrel\" verified it at seq 20");
  }

  @Test
  void each_party_records_only_its_own_position_and_never_changes_the_others() {
    CommissionState s = verified();
    String hash = reportHash(s);
    assertThat(Fixture.refusal(Fixture.cmd(A_CO_CHAIR, IncidentScript.position("I-1", hash, Position.ACKNOWLEDGED)),
        reported())).contains("it is not yet verified by a monitor");

    CommissionState a = Fixture.accept(Fixture.cmd(A_CO_CHAIR, IncidentScript.position("I-1", hash,
        Position.ACKNOWLEDGED)), s);
    CommissionState b = Fixture.accept(Fixture.cmd(B_CO_CHAIR, IncidentScript.position("I-1", hash,
        Position.DISPUTED)), a);
    IncidentRecord r = b.incidents().incident("I-1").orElseThrow();
    assertThat(r.positions().get(Party.A).position()).isEqualTo(Position.ACKNOWLEDGED);
    assertThat(r.positions().get(Party.B).position()).isEqualTo(Position.DISPUTED);
    assertThat(r.status()).isEqualTo(Status.DISPUTED);

    // B's co-chair acknowledging again (or anything B signs) moves only B's position: A's stays as A signed it.
    CommissionState b2 = Fixture.accept(Fixture.cmd(B_CO_CHAIR, IncidentScript.position("I-1", hash,
        Position.ACKNOWLEDGED)), b);
    IncidentRecord r2 = b2.incidents().incident("I-1").orElseThrow();
    assertThat(r2.positions().get(Party.A)).isEqualTo(r.positions().get(Party.A));
    assertThat(r2.status()).isEqualTo(Status.ACKNOWLEDGED);
    // Signing as party A with B's co-chair's key is refused before any incident rule.
    Actor bAsA = new Actor(Party.A, B_CO_CHAIR.member(), B_CO_CHAIR.keyId());
    assertThat(Fixture.refusal(Fixture.cmd(bAsA, IncidentScript.position("I-1", hash, Position.DISPUTED)), b2))
        .contains("belongs to party B but acts for party A");
    // Neither the mediator, a monitor nor a party's expert takes a party's position.
    for (Actor other : List.of(MEDIATOR, MONITOR, DemoCommission.B_EXPERT_ROTATED)) {
      assertThat(Fixture.refusal(Fixture.cmd(other, IncidentScript.position("I-1", hash, Position.DISPUTED)), b2))
          .as(other.describe()).containsAnyOf("that needs the role co-chair", "a monitor signs only");
    }
    assertThat(Fixture.refusal(Fixture.cmd(B_CO_CHAIR, IncidentScript.position("I-1", hash,
        Position.ACKNOWLEDGED)), b2)).contains("party B took that position at seq");
  }

  @Test
  void a_report_is_recorded_once_and_an_investigation_once() {
    CommissionState s = verified();
    assertThat(Fixture.refusal(Fixture.cmd(B_CO_CHAIR, IncidentScript.report("I-1", 1, 1)), s))
        .contains("incident id I-1 already exists (seq 19)");
    CommissionState i = Fixture.accept(Fixture.cmd(B_CO_CHAIR, IncidentScript.investigated("I-1", reportHash(s))), s);
    assertThat(Fixture.refusal(Fixture.cmd(MONITOR, IncidentScript.investigated("I-1", reportHash(s))), i))
        .contains("its investigation was recorded at seq 21");
    assertThat(Fixture.refusal(Fixture.cmd(MONITOR, IncidentScript.verified("I-9", reportHash(s))), i))
        .contains("unknown incident I-9");
  }
}
