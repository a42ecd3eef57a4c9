package org.groma.app.commission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.MapSheetRegistered;
import org.groma.app.commission.CommissionEvent.ProposalWithdrawn;
import org.groma.app.commission.CommissionEvent.SourceRegistered;
import org.groma.journal.entry.Party;

/**
 * One event per fixture file in {@code src/test/resources/commission/events/}: the file name (without
 * {@code .json}) is the entry type, with a suffix after {@code +} for a second case of the same type. The
 * events come from {@link DemoCommission}, built in Java, independently of the codec.
 */
final class CodecCases {

  private CodecCases() {}

  /**
   * One case of each entry type, keyed by its type code: the first of {@link #cases()}, whose keys carry a variant
   * suffix where a type has several (e.g. {@code commitment-registered+date}).
   */
  static Map<String, CommissionEvent> oneOfEachType() {
    Map<String, CommissionEvent> out = new LinkedHashMap<>();
    cases().values().forEach(e -> out.putIfAbsent(e.type(), e));
    return out;
  }

  static Map<String, CommissionEvent> cases() {
    Map<String, CommissionEvent> out = new LinkedHashMap<>();
    for (Act a : Fixture.DEMO_ACTS) {
      CommissionEvent e = a.event();
      String name = e.type();
      if (e instanceof SourceRegistered s && s.scaleDenominator() == null) {
        name += "+text-without-scale-or-crs";
      }
      if (e instanceof LineProposed p && p.segments().stream().anyMatch(x -> x.feature() != null)) {
        name += "+follows-feature";
      }
      out.putIfAbsent(name, e);
    }
    out.put("proposal-withdrawn", new ProposalWithdrawn("A-S2", "Superseded by a line surveyed in 2024.\n"
        + "See the note of the second sitting.", DemoCommission.inMemory().state().proposal("A-S2").orElseThrow()
        .entryHash()));
    out.put("map-sheet-registered", mapSheet());
    for (Act a : TreatyScript.script(DemoCommission.inMemory(), DemoCommission.PLACEHOLDER_KEYS)) {
      out.putIfAbsent(a.event().type(), a.event());
    }
    // The peace-process acts: the first of each type the script appends, and a sitting with particulars.
    for (Act a : PeaceProcessScript.inMemory().acts().subList(Fixture.DEMO_ACTS.size(), Fixture.PEACE_ACTS.size())) {
      CommissionEvent e = a.event();
      String name = e.type();
      if (e instanceof CommissionEvent.SittingOpened o && o.details() != null) {
        name += "+with-details";
      }
      if (e instanceof CommitmentEvent.CommitmentRegistered c) {
        name += "+" + c.deadline().kind().code();
      }
      out.putIfAbsent(name, e);
    }
    for (Act a : PillarScript.full().acts) {
      CommissionEvent e = a.event();
      String name = e.type();
      if (e instanceof PillarEvent.PillarProposed p && p.offsetM() != null) {
        name += "+river-offset";
      }
      out.putIfAbsent(name, e);
    }
    out.put("post-established", PatrolCases.post());
    out.put("post-status-changed", PatrolCases.suspension(PatrolCases.withPost()));
    out.put("patrol-recorded", PatrolCases.patrol());
    CommissionEvent.Genesis g = DemoCommission.genesis(DemoCommission.PLACEHOLDER_KEYS);
    out.put("genesis+missions", new CommissionEvent.Genesis(g.commissionId(), g.commissionName(), g.partyA(),
        g.partyB(), g.mediator(), g.members(), g.logOperator(), g.witnesses(), g.datumTransformation(),
        g.tolerances(), List.of(IncidentScript.mission(DemoCommission.PLACEHOLDER_KEYS))));
    out.put("mission-admission-signed", IncidentScript.admission(DemoCommission.PLACEHOLDER_KEYS));
    String reportHash = DemoCommission.sha256Hex("demo report I-1");
    out.put("incident-reported", IncidentScript.report("I-1", 150_000_000, 120_000_000));
    out.put("incident-verified", IncidentScript.verified("I-1", reportHash));
    out.put("incident-position-taken", IncidentScript.position("I-1", reportHash,
        IncidentEvent.Position.DISPUTED));
    out.put("incident-investigated", IncidentScript.investigated("I-1", reportHash));
    return out;
  }

  /** The provenance of the demo's 1:50 000 source SRC-1, quoting its registration's entry hash. */
  static MapSheetRegistered mapSheet() {
    return DemoCommission.inMemory().state().mapSheetOf("SRC-1", "K-38-123-А", 1975, 1968,
        "Main Directorate of Geodesy and Cartography (GUGK), Moscow", 600, Party.A);
  }
}
