package org.groma.app.demarcation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.commission.PillarEvent.InspectionCycle;
import org.groma.app.commission.PillarRegister;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.app.commission.PillarRegister.Status;

/**
 * Which pillars are due for inspection in a year and which are overdue, under the cycle the regulations in
 * force set (docs/demarcation.md, "Inspections"): annual (every pillar every year, as the Russia–Finland
 * commission inspects), one fifth a year (Spain–Portugal) or a 15-year plan (Canada–US).
 *
 * <h2>Algorithm</h2>
 * Pillars that stand (status in force, damaged or replaced) are taken in number order; the k-th (from 0) is
 * due in the years y with {@code y mod n == k mod n}, for a cycle of n years, so each year takes an even share.
 * A pillar is overdue when its last inspection in force (or, never inspected, its survey) is more than n years
 * before the date asked about.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class MaintenancePlan {

  /**
   * One pillar in the plan.
   *
   * @param lastInspected the date of the last inspection act in force that found it, or null
   * @param since what the overdue test counts from: {@code lastInspected}, else the survey's date
   */
  public record Entry(String pillar, String sectionId, String status, String lastInspected, LocalDate since,
      int nextDueYear, boolean dueThisYear, boolean overdue) {}

  private MaintenancePlan() {}

  /** The plan on {@code asOf} under the cycle of {@code register}'s regulations in force. */
  public static List<Entry> of(PillarRegister register, LocalDate asOf) {
    InspectionCycle cycle = register.cycle();
    int n = cycle.years();
    List<Entry> out = new ArrayList<>();
    int k = 0;
    for (Pillar p : register.pillars()) {
      if (p.status() == Status.PROPOSED || p.status() == Status.SURVEYED) {
        continue;
      }
      int slot = k++ % n;
      int year = asOf.getYear();
      int due = year + Math.floorMod(slot - year, n);
      LocalDate since = p.lastInspected() != null ? LocalDate.parse(p.lastInspected())
          : LocalDate.parse(p.latest().orElseThrow().survey().observedOn());
      boolean inspectedThisYear = p.lastInspected() != null && since.getYear() == year;
      if (due == year && inspectedThisYear) {
        due += n;
      }
      boolean overdue = since.plusYears(n).isBefore(asOf);
      out.add(new Entry(p.number().label(), p.proposal().sectionId(), p.status().code(), p.lastInspected(), since,
          due, due == year, overdue));
    }
    return out;
  }
}
