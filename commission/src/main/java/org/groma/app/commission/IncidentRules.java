package org.groma.app.commission;

import java.util.Optional;
import org.groma.app.commission.CommissionState.Member;
import org.groma.app.commission.IncidentEvent.IncidentInvestigated;
import org.groma.app.commission.IncidentEvent.IncidentPositionTaken;
import org.groma.app.commission.IncidentEvent.IncidentReported;
import org.groma.app.commission.IncidentEvent.IncidentVerified;
import org.groma.app.commission.IncidentRegister.IncidentRecord;
import org.groma.app.commission.IncidentRegister.Investigation;
import org.groma.app.commission.IncidentRegister.PartyPosition;
import org.groma.app.commission.IncidentRegister.Reporter;
import org.groma.app.commission.IncidentRegister.Verification;

/**
 * The rules of the incident register (docs/incidents.md), called from {@link CommissionRules}: reported by a
 * party, a monitor or the mediator; verified once by a monitor; then acknowledged or disputed by each party's
 * co-chair, for their own party only (the act names no party, so no one can record another party's position);
 * a joint investigation recorded once. Every act after the report quotes the report's entry hash.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class IncidentRules {

  private IncidentRules() {}

  static String refusal(Actor actor, Member author, IncidentEvent event, CommissionState s) {
    String what = switch (event) {
      case IncidentReported e -> "report incident " + e.incidentId();
      case IncidentVerified e -> "verify incident " + e.incidentId();
      case IncidentPositionTaken e -> e.position().code().replace("ed", "e") + " incident " + e.incidentId();
      case IncidentInvestigated e -> "record the investigation of incident " + e.incidentId();
    };
    String refusal = CommissionRules.roleRefusal(actor, author, EntryTypes.of(event).authorRoles(), what);
    if (refusal != null) {
      return refusal;
    }
    Optional<IncidentRecord> found = s.incidents().incident(event.incidentId());
    if (event instanceof IncidentReported) {
      return found.map(r -> actor.describe() + " may not " + what + ": incident id " + r.incidentId()
          + " already exists (seq " + r.seq() + "); a report is recorded once").orElse(null);
    }
    if (found.isEmpty()) {
      return actor.describe() + " may not " + what + ": unknown incident " + event.incidentId();
    }
    IncidentRecord r = found.get();
    String quoted = switch (event) {
      case IncidentVerified e -> e.reportHash();
      case IncidentPositionTaken e -> e.reportHash();
      case IncidentInvestigated e -> e.reportHash();
      case IncidentReported e -> throw new AssertionError("handled above");
    };
    if (!quoted.equals(r.entryHash())) {
      return actor.describe() + " may not " + what + ": it quotes report hash " + quoted + " but the report of "
          + r.incidentId() + " (seq " + r.seq() + ") has entry hash " + r.entryHash();
    }
    return switch (event) {
      case IncidentVerified e -> verified(actor, what, r, s);
      case IncidentPositionTaken e -> position(actor, what, e, r);
      case IncidentInvestigated e -> r.investigation() == null ? null : actor.describe() + " may not " + what
          + ": its investigation was recorded at seq " + r.investigation().seq();
      case IncidentReported e -> throw new AssertionError("handled above");
    };
  }

  private static String verified(Actor actor, String what, IncidentRecord r, CommissionState s) {
    if (!s.missions().isMonitor(actor.member())) {
      return actor.describe() + " may not " + what + ": only a member of an admitted monitoring mission verifies";
    }
    if (r.verification() != null) {
      return actor.describe() + " may not " + what + ": \"" + r.verification().monitor().member()
          + "\" verified it at seq " + r.verification().seq();
    }
    return null;
  }

  private static String position(Actor actor, String what, IncidentPositionTaken e, IncidentRecord r) {
    if (!actor.party().isParty()) {
      return actor.describe() + " may not " + what + ": only party A and party B take a position on an incident";
    }
    if (r.verification() == null) {
      return actor.describe() + " may not " + what + ": it is not yet verified by a monitor";
    }
    PartyPosition mine = r.positions().get(actor.party());
    if (mine != null && mine.position() == e.position()) {
      return actor.describe() + " may not " + what + ": party " + actor.party().code() + " took that position"
          + " at seq " + mine.seq();
    }
    return null;
  }

  static CommissionState apply(CommissionState s, Act act, IncidentEvent event) {
    IncidentRegister reg = s.incidents();
    Actor a = act.author();
    IncidentRecord next = switch (event) {
      case IncidentReported e -> new IncidentRecord(e, a, Reporter.of(a, s.missions()), act.seq(), act.time(),
          act.entryHash(), null, java.util.Map.of(), null);
      case IncidentVerified e -> reg.incident(e.incidentId()).orElseThrow().withVerification(new Verification(a,
          s.missions().missionOf(a.member()).orElseThrow(), e.finding(), act.seq(), act.time()));
      case IncidentPositionTaken e -> reg.incident(e.incidentId()).orElseThrow().withPosition(new PartyPosition(
          a.party(), e.position(), e.statement(), a, act.seq(), act.time()));
      case IncidentInvestigated e -> reg.incident(e.incidentId()).orElseThrow().withInvestigation(
          new Investigation(e, a, act.seq(), act.time()));
    };
    return s.withIncidents(reg.with(next));
  }
}
