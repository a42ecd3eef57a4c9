package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.groma.app.demarcation.MaintenancePlan;
import org.junit.jupiter.api.Test;

/** The maintenance plan over {@link PillarScript}'s register: one fifth of the pillars a year. */
class MaintenancePlanTest {

  @Test
  void a_standing_pillar_is_due_in_its_slot_and_overdue_after_a_whole_cycle_without_inspection() {
    PillarRegister r = PillarScript.full().state.pillars();
    List<MaintenancePlan.Entry> plan = MaintenancePlan.of(r, LocalDate.parse("2026-06-01"));
    // pillar 1 stands (replaced); 2 is only surveyed and 3/1 only proposed: nothing to inspect yet
    assertThat(plan).extracting(MaintenancePlan.Entry::pillar).containsExactly("1");
    MaintenancePlan.Entry one = plan.get(0);
    assertThat(one.lastInspected()).isEqualTo("2025-05-20");
    assertThat(one.nextDueYear() % 5).isEqualTo(0);
    assertThat(one.nextDueYear()).isBetween(2026, 2030);
    assertThat(one.overdue()).isFalse();
    assertThat(MaintenancePlan.of(r, LocalDate.parse("2030-05-21")).get(0).overdue()).isTrue();
    assertThat(MaintenancePlan.of(r, LocalDate.parse("2030-05-20")).get(0).overdue()).isFalse();
  }
}
