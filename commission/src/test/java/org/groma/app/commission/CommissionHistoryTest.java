package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groma.app.commission.DemoCommission.A_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.MEDIATOR;
import static org.groma.app.commission.Fixture.t;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.SittingClosed;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.CommissionState.KeyStatus;
import org.groma.app.commission.CommissionState.SectionStatus;
import org.groma.journal.entry.Party;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Time travel over the demo history continued by a second sitting:
 * D-1 (S-1) endorsed by A on 2024-04-12 and by B on 2024-05-14; D-2 (S-2) drafted 2024-09-02, endorsed by
 * B on 2024-09-03 and by A on 2024-10-01.
 */
class CommissionHistoryTest {

  static CommissionHistory history;

  @BeforeAll
  static void script() {
    InMemoryCommission c = DemoCommission.inMemory();
    c.append(new Command(MEDIATOR, t("2024-09-02T08:00:00Z"),
        new SittingOpened("sitting-2", "Second sitting", List.of("Section S-2"))));
    c.append(new Command(MEDIATOR, t("2024-09-02T15:00:00Z"),
        c.state().draftAdopting("D-2", "S-2", "sitting-2", "Section S-2 follows proposal A-S2 (a rhumb line).", "A-S2")));
    c.append(new Command(B_CO_CHAIR, t("2024-09-03T10:00:00Z"), c.state().endorsementOf("D-2")));
    c.append(new Command(MEDIATOR, t("2024-09-03T17:00:00Z"),
        new SittingClosed("sitting-2", "D-2 tabled by the mediator and endorsed by Party B.")));
    c.append(new Command(A_CO_CHAIR, t("2024-10-01T10:00:00Z"), c.state().endorsementOf("D-2")));
    history = CommissionHistory.replay(c.acts());
  }

  static List<String> agreed(java.time.Instant at) {
    return history.agreedAt(at).stream().map(DecisionRecord::decisionId).toList();
  }

  @Test
  void what_was_agreed_on_a_date() {
    assertThat(agreed(t("2024-03-15T00:00:00Z"))).isEmpty();
    assertThat(agreed(t("2024-05-01T00:00:00Z"))).isEmpty();
    assertThat(agreed(t("2024-05-15T00:00:00Z"))).containsExactly("D-1");
    assertThat(agreed(t("2024-09-15T00:00:00Z"))).containsExactly("D-1");
    assertThat(agreed(t("2024-10-02T00:00:00Z"))).containsExactly("D-1", "D-2");
  }

  @Test
  void on_1_may_2024_decision_D_1_was_a_draft_endorsed_by_party_A_only() {
    CommissionState may1 = history.stateAt(t("2024-05-01T00:00:00Z"));
    DecisionRecord d1 = may1.decision("D-1").orElseThrow();
    assertThat(d1.endorsements()).containsOnlyKeys(Party.A);
    assertThat(d1.inForce()).isFalse();
    assertThat(may1.sectionStatus("S-1")).isEqualTo(SectionStatus.PROPOSED);
    assertThat(history.stateAt(t("2024-05-15T00:00:00Z")).sectionStatus("S-1")).isEqualTo(SectionStatus.AGREED);
  }

  @Test
  void an_act_dated_exactly_at_the_instant_asked_is_included() {
    assertThat(agreed(t("2024-05-14T12:00:00Z"))).containsExactly("D-1");
    assertThat(agreed(t("2024-05-14T11:59:59.999999999Z"))).isEmpty();
  }

  @Test
  void the_end_of_a_day_depends_on_the_zone_asked() {
    assertThat(history.stateAtEndOf(LocalDate.of(2024, 5, 14), ZoneOffset.UTC).decisionsInForce()).hasSize(1);
    assertThat(history.stateAtEndOf(LocalDate.of(2024, 5, 13), ZoneOffset.UTC).decisionsInForce()).isEmpty();
    // 2024-05-14T12:00Z is already 15 May at UTC+14, and still 14 May at UTC-11
    assertThat(history.stateAtEndOf(LocalDate.of(2024, 5, 14), ZoneOffset.ofHours(14)).decisionsInForce()).isEmpty();
    assertThat(history.stateAtEndOf(LocalDate.of(2024, 5, 15), ZoneOffset.ofHours(14)).decisionsInForce()).hasSize(1);
    assertThat(history.stateAtEndOf(LocalDate.of(2024, 5, 14), ZoneOffset.ofHours(-11)).decisionsInForce()).hasSize(1);
  }

  @Test
  void the_roster_as_of_a_date() {
    assertThat(history.stateAt(t("2024-06-05T00:00:00Z")).key("a-expert-1").orElseThrow().status())
        .isEqualTo(KeyStatus.ACTIVE);
    assertThat(history.stateAt(t("2024-06-05T00:00:00Z")).key("b-expert-1").orElseThrow().status())
        .isEqualTo(KeyStatus.ROTATED);
    assertThat(history.stateAt(t("2024-06-11T00:00:00Z")).key("a-expert-1").orElseThrow().status())
        .isEqualTo(KeyStatus.REVOKED);
    assertThat(history.stateAt(t("2024-03-02T00:00:00Z")).members()).hasSize(3);
    assertThat(history.stateAt(t("2024-03-05T00:00:00Z")).members()).hasSize(5);
  }

  @Test
  void before_genesis_there_is_no_commission() {
    assertThat(history.stateAt(t("2024-02-29T23:59:59Z"))).isSameAs(CommissionState.EMPTY);
    assertThat(history.stateAt(-1)).isSameAs(CommissionState.EMPTY);
    assertThat(history.stateAt(0).founded()).isTrue();
  }

  @Test
  void the_state_at_a_seq_is_the_state_after_that_act() {
    CommissionState s = CommissionState.EMPTY;
    for (Act a : history.acts()) {
      s = CommissionRules.evolve(s, a);
      assertThat(history.stateAt(a.seq())).isEqualTo(s);
      assertThat(history.stateAt(a.seq()).lastSeq()).isEqualTo(a.seq());
    }
    assertThat(history.current()).isEqualTo(s);
    assertThat(history.stateAt(21).decisionsInForce()).hasSize(2);
    assertThat(history.stateAt(21).decision("D-2").orElseThrow().inForceTime()).isEqualTo(t("2024-10-01T10:00:00Z"));
  }

  @Test
  void refuses_a_seq_beyond_the_last_act() {
    assertThatThrownBy(() -> history.stateAt(22)).isInstanceOf(BadInputException.class)
        .hasMessage("seq 22 is beyond the journal's last act (seq 21)");
  }
}
