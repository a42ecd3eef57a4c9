package org.groma.app.commission;

import static org.groma.app.commission.DemoCommission.A_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.A_EXPERT;
import static org.groma.app.commission.DemoCommission.B_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_EXPERT_ROTATED;
import static org.groma.app.commission.DemoCommission.MEDIATOR;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import org.groma.app.commission.CommissionEvent.SittingClosed;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommitmentEvent.AgreementRegistered;
import org.groma.app.commission.CommitmentEvent.Answer;
import org.groma.app.commission.CommitmentEvent.CommitmentRegistered;
import org.groma.app.commission.CommitmentEvent.CommitmentScored;
import org.groma.app.commission.CommitmentEvent.Deadline;
import org.groma.app.commission.CommitmentEvent.DeadlineKind;
import org.groma.app.commission.CommitmentEvent.ScoreAnswered;
import org.groma.app.commission.CommitmentEvent.Stage;
import org.groma.app.commission.ProcedureEvent.ConfidentialityLevel;
import org.groma.app.commission.ProcedureEvent.RegulationsProposed;
import org.groma.app.commission.ProcedureEvent.RegulationsSigned;
import org.groma.app.commission.ProtocolEvent.Annex;
import org.groma.app.commission.ProtocolEvent.AnnexKind;
import org.groma.app.commission.ProtocolEvent.DecisionStatus;
import org.groma.app.commission.ProtocolEvent.ProtocolDecision;
import org.groma.app.commission.ProtocolEvent.ProtocolDrafted;
import org.groma.app.commission.ProtocolEvent.ProtocolInitialled;
import org.groma.app.commission.ProtocolEvent.ProtocolSigned;
import org.groma.app.commission.ProtocolEvent.SectorKilometres;
import org.groma.app.commission.SittingDetails.Attendee;
import org.groma.app.commission.SittingDetails.Body;
import org.groma.app.commission.SittingDetails.Capacity;
import org.groma.app.commission.SittingDetails.Person;
import org.groma.app.commission.SittingDetails.Venue;
import org.groma.app.commission.SittingDetails.VenueKind;
import org.groma.journal.entry.Party;

/**
 * Test scaffolding: the peace-process acts appended after {@link DemoCommission}'s history, politically
 * neutral and fictional (Party A, Party B): regulations signed by both co-chairs, a second sitting with its
 * particulars and a confidential protocol signed into force, a topographic working group's round with its
 * kilometres, an agreement with three commitments, scored by both parties over two periods and answered.
 */
public final class PeaceProcessScript {

  /** The protocol of sitting-2, confidential, in force. */
  public static final String PROTOCOL = "P-2";
  /** The working group's protocol, open, signed. */
  public static final String WG_PROTOCOL = "P-WG-1";

  private PeaceProcessScript() {}

  /** The regulations the script tables: Russian and English, two originals, three confidentiality levels. */
  public static RegulationsProposed regulations() {
    return new RegulationsProposed("REG-1", "Rules of procedure of the demo commission (fictional).\n"
        + "1. Working languages: Russian and English.\n2. Each protocol is made in two originals.\n"
        + "3. Protocols are initialled and signed by the co-chairs.\n4. Decisions are taken by consensus.",
        List.of("ru", "en"), 2, EnumSet.of(Role.CO_CHAIR), ProcedureEvent.CONSENSUS,
        List.of(new ConfidentialityLevel(ProtocolEvent.OPEN, EnumSet.allOf(Role.class)),
            new ConfidentialityLevel("restricted", EnumSet.complementOf(EnumSet.of(Role.OBSERVER))),
            new ConfidentialityLevel("confidential", EnumSet.of(Role.CO_CHAIR, Role.ADMIN))),
        List.of(VenueKind.PARTY_A, VenueKind.PARTY_B));
  }

  static SittingDetails details(int number, Body body, String start, String end, VenueKind venue, Party host) {
    return new SittingDetails(number, body, start, end, new Venue(venue, venue == VenueKind.PARTY_B
        ? "Capital of Party B (demo)" : "Capital of Party A (demo)"), host,
        List.of(new Person(Party.A, A_CO_CHAIR.member()), new Person(Party.B, B_CO_CHAIR.member())),
        List.of(new Attendee(Party.A, A_CO_CHAIR.member(), Capacity.MEMBER),
            new Attendee(Party.A, A_EXPERT.member(), Capacity.EXPERT),
            new Attendee(Party.B, B_CO_CHAIR.member(), Capacity.MEMBER),
            new Attendee(Party.B, "Foreign surveyor (demo)", Capacity.FOREIGN_EXPERT),
            new Attendee(Party.MEDIATOR, MEDIATOR.member(), Capacity.MEDIATOR)));
  }

  /** Appends the script after the demo history; returns its acts. */
  public static List<Act> script(DemoCommission.Appender appender, DemoCommission.KeyBook keys,
      CommissionState demoEnd) {
    List<Act> acts = new ArrayList<>();
    Step s = new Step(appender, keys, acts);
    RegulationsProposed reg = regulations();
    Act tabled = s.act(MEDIATOR, "2024-07-01T09:00:00Z", reg);
    s.act(A_CO_CHAIR, "2024-07-01T10:00:00Z", new RegulationsSigned("REG-1", tabled.entryHash(), reg.textSha256()));
    s.act(B_CO_CHAIR, "2024-07-02T10:00:00Z", new RegulationsSigned("REG-1", tabled.entryHash(), reg.textSha256()));

    s.act(MEDIATOR, "2024-07-08T08:00:00Z", new SittingOpened("sitting-2", "Second sitting of the commission",
        List.of("Adoption of the agenda", "Section S-2", "Working groups"),
        details(2, Body.COMMISSION, "2024-07-08", "2024-07-09", VenueKind.PARTY_B, Party.B)));
    s.act(MEDIATOR, "2024-07-09T17:00:00Z", new SittingClosed("sitting-2", "Second sitting closed (demo)."));
    ProtocolDrafted draft = protocol(demoEnd, "The parties discussed section S-2 (demo text).");
    s.act(A_CO_CHAIR, "2024-07-10T09:00:00Z", draft);
    ProtocolDrafted second = protocol(demoEnd, "The parties discussed section S-2 and agreed to meet again"
        + " (demo text).");
    s.act(A_CO_CHAIR, "2024-07-10T11:00:00Z", second);
    s.initialAndSign(second, "2024-07-11T09:00:00Z", "2024-07-12T09:00:00Z");

    s.act(MEDIATOR, "2024-07-15T08:00:00Z", new SittingOpened("wg-topo-1", "Topographic working group, round 1",
        List.of("Sector S-1"), details(1, Body.TOPOGRAPHIC, "2024-07-15", "2024-07-15", VenueKind.BORDER, null)));
    s.act(MEDIATOR, "2024-07-15T17:00:00Z", new SittingClosed("wg-topo-1", "Round 1 closed (demo)."));
    ProtocolDrafted wg = new ProtocolDrafted(WG_PROTOCOL, "wg-topo-1", ProtocolEvent.OPEN,
        texts("The group walked sector S-1 (demo)."), List.of(), List.of(), 2,
        List.of(new SectorKilometres("S-1", new BigDecimal("12.5"), new BigDecimal("4.25"))), null);
    s.act(A_CO_CHAIR, "2024-07-16T09:00:00Z", wg);
    s.initialAndSign(wg, "2024-07-16T10:00:00Z", "2024-07-16T11:00:00Z");

    s.act(A_CO_CHAIR, "2024-07-20T09:00:00Z", new AgreementRegistered("AG-1", "Joint statement (demo)",
        "2024-07-01", List.of("Party A", "Party B"), List.of("Mediator"), Stage.FRAMEWORK_PARTIAL,
        DemoCommission.sha256Hex("demo agreement AG-1")));
    s.act(A_CO_CHAIR, "2024-07-20T09:10:00Z", new CommitmentRegistered("C-1", "AG-1",
        "The parties shall open the demo crossing point.", EnumSet.of(Party.A, Party.B), "transport",
        new Deadline(DeadlineKind.AFTER_AGREEMENT, null, "AG-1", 90), "Joint inspection (demo)."));
    s.act(B_CO_CHAIR, "2024-07-20T09:20:00Z", new CommitmentRegistered("C-2", "AG-1",
        "The parties shall exchange maps of sector S-1.", EnumSet.of(Party.A, Party.B), "border",
        new Deadline(DeadlineKind.DATE, "2024-12-31", null, null), "Maps registered as sources."));
    s.act(B_CO_CHAIR, "2024-07-20T09:30:00Z", new CommitmentRegistered("C-3", "AG-1",
        "Party B shall publish the demo timetable.", EnumSet.of(Party.B), "transport",
        new Deadline(DeadlineKind.AFTER_COMMITMENT, null, "C-1", 30), "Publication (demo)."));
    Act a1 = s.act(A_CO_CHAIR, "2024-10-01T09:00:00Z", new CommitmentScored("C-1", "2024-Q3", 1, "Works begun (demo)."));
    s.act(B_CO_CHAIR, "2024-10-02T09:00:00Z", new CommitmentScored("C-1", "2024-Q3", 1, "Works begun (demo)."));
    s.act(B_CO_CHAIR, "2024-10-03T09:00:00Z", new ScoreAnswered("C-1", "2024-Q3", Party.A, a1.entryHash(),
        Answer.ACKNOWLEDGED, null));
    Act a2 = s.act(A_CO_CHAIR, "2024-10-03T10:00:00Z", new CommitmentScored("C-2", "2024-Q3", 2, "Half the sheets"
        + " exchanged (demo)."));
    s.act(B_EXPERT_ROTATED, "2024-10-04T09:00:00Z", new ScoreAnswered("C-2", "2024-Q3", Party.A, a2.entryHash(),
        Answer.DISPUTED, "Only one sheet received (demo)."));
    Act a3 = s.act(A_CO_CHAIR, "2025-01-02T09:00:00Z", new CommitmentScored("C-1", "2024-Q4", 3, "Crossing open"
        + " (demo)."));
    s.act(B_CO_CHAIR, "2025-01-03T09:00:00Z", new ScoreAnswered("C-1", "2024-Q4", Party.A, a3.entryHash(),
        Answer.ACKNOWLEDGED, "Seen at the joint inspection (demo)."));
    s.act(B_CO_CHAIR, "2025-01-03T10:00:00Z", new CommitmentScored("C-2", "2024-Q4", 3, "All sheets exchanged (demo)."));
    return acts;
  }

  static TreeMap<String, String> texts(String english) {
    TreeMap<String, String> t = new TreeMap<>();
    t.put("en", english);
    t.put("ru", "[ru] " + english);
    return t;
  }

  /** The protocol of sitting-2 annexing decision D-1 and proposal A-S2 of the demo history. */
  static ProtocolDrafted protocol(CommissionState demoEnd, String discussion) {
    return new ProtocolDrafted(PROTOCOL, "sitting-2", "confidential", texts(discussion),
        List.of(new ProtocolDecision("The topographic working group walks sector S-1.", "Topographic working group",
            "2024-08-31", DecisionStatus.OPEN)),
        List.of(new Annex("Decision D-1", AnnexKind.DECISION, "D-1",
                demoEnd.decision("D-1").orElseThrow().draftHash()),
            new Annex("Map of proposal A-S2", AnnexKind.PROPOSAL, "A-S2",
                demoEnd.proposal("A-S2").orElseThrow().entryHash())),
        2, List.of(), null);
  }

  /** The demo history and this script, in memory. */
  public static InMemoryCommission inMemory() {
    InMemoryCommission c = DemoCommission.inMemory();
    script(c, DemoCommission.PLACEHOLDER_KEYS, c.state());
    return c;
  }

  private record Step(DemoCommission.Appender appender, DemoCommission.KeyBook keys, List<Act> acts) {
    Act act(Actor actor, String time, CommissionEvent event) {
      Act a = appender.append(new Command(keys.actor(actor), Instant.parse(time), event));
      acts.add(a);
      return a;
    }

    /** Both co-chairs initial the version, then both sign it, each quoting its protocol hash. */
    void initialAndSign(ProtocolDrafted p, String initialled, String signed) {
      for (Actor chair : List.of(A_CO_CHAIR, B_CO_CHAIR)) {
        act(chair, initialled, new ProtocolInitialled(p.protocolId(), p.protocolHash()));
      }
      for (Actor chair : List.of(A_CO_CHAIR, B_CO_CHAIR)) {
        act(chair, signed, new ProtocolSigned(p.protocolId(), p.protocolHash()));
      }
    }
  }
}
