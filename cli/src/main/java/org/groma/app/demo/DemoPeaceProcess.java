package org.groma.app.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.groma.app.commission.Act;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionEvent.SittingClosed;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommitmentEvent.AgreementRegistered;
import org.groma.app.commission.CommitmentEvent.Answer;
import org.groma.app.commission.CommitmentEvent.CommitmentRegistered;
import org.groma.app.commission.CommitmentEvent.CommitmentScored;
import org.groma.app.commission.CommitmentEvent.Deadline;
import org.groma.app.commission.CommitmentEvent.DeadlineKind;
import org.groma.app.commission.CommitmentEvent.ScoreAnswered;
import org.groma.app.commission.CommitmentEvent.Stage;
import org.groma.app.commission.ContentHash;
import org.groma.app.commission.ProcedureEvent;
import org.groma.app.commission.ProcedureEvent.ConfidentialityLevel;
import org.groma.app.commission.ProcedureEvent.RegulationsProposed;
import org.groma.app.commission.ProcedureEvent.RegulationsSigned;
import org.groma.app.commission.ProtocolEvent;
import org.groma.app.commission.ProtocolEvent.Annex;
import org.groma.app.commission.ProtocolEvent.AnnexKind;
import org.groma.app.commission.ProtocolEvent.DecisionStatus;
import org.groma.app.commission.ProtocolEvent.ProtocolDecision;
import org.groma.app.commission.ProtocolEvent.ProtocolDrafted;
import org.groma.app.commission.ProtocolEvent.ProtocolInitialled;
import org.groma.app.commission.ProtocolEvent.ProtocolSigned;
import org.groma.app.commission.Role;
import org.groma.app.commission.SittingDetails;
import org.groma.app.commission.SittingDetails.Attendee;
import org.groma.app.commission.SittingDetails.Body;
import org.groma.app.commission.SittingDetails.Capacity;
import org.groma.app.commission.SittingDetails.Person;
import org.groma.app.commission.SittingDetails.Venue;
import org.groma.app.commission.SittingDetails.VenueKind;
import org.groma.app.demo.DemoRoster.DemoMember;
import org.groma.journal.entry.Party;

/**
 * The demo's procedure and commitments, after its first decision came into force: short, clearly fictional
 * regulations signed by both co-chairs, the protocol of the first sitting (open, signed, in force) and of a
 * second sitting by video (confidential, initialled by both, awaiting signature), and the commission's own
 * fictional work plan with three technical commitments scored by both delegations over two quarters. Every
 * text is labelled demo data; none is a statement of any government.
 */
final class DemoPeaceProcess {

  /** Appends one act of the demo and returns it. */
  @FunctionalInterface
  interface Appender {
    Act act(DemoMember who, String time, CommissionEvent event);
  }

  static final String SECOND_SITTING = "sitting-2";
  static final String FIRST_PROTOCOL = "P-1";
  static final String SECOND_PROTOCOL = "P-2";
  /** After the last act of the script: the witnesses cosign the checkpoint over it. */
  static final String LAST_ACT = "2026-01-06T10:00:00Z";

  private DemoPeaceProcess() {}

  static void script(Appender a, Supplier<CommissionState> state) {
    DemoMember med = DemoRoster.MEDIATOR;
    RegulationsProposed reg = new RegulationsProposed("REG-1", DemoJournal.labelled(String.join("\n",
        "Rules of procedure of the demo commission, a fictional example.",
        "1. The working languages are Russian and English; every protocol is written in both.",
        "2. Each protocol is made in two originals, one for each delegation.",
        "3. Protocols are initialled and signed by the two co-chairs.",
        "4. The commission decides by consensus.",
        "5. A protocol is open, restricted (not shown to observers) or confidential (co-chairs and the"
            + " secretariat's administrator only).",
        "6. Sittings alternate between the two capitals; a sitting may be held by video.")),
        List.of("ru", "en"), 2, EnumSet.of(Role.CO_CHAIR), ProcedureEvent.CONSENSUS,
        List.of(new ConfidentialityLevel(ProtocolEvent.OPEN, EnumSet.allOf(Role.class)),
            new ConfidentialityLevel("restricted", EnumSet.complementOf(EnumSet.of(Role.OBSERVER))),
            new ConfidentialityLevel("confidential", EnumSet.of(Role.CO_CHAIR, Role.ADMIN))),
        List.of(VenueKind.PARTY_A, VenueKind.PARTY_B));
    Act tabled = a.act(med, "2025-06-02T09:00:00Z", reg);
    a.act(DemoRoster.A_CO_CHAIR, "2025-06-02T12:00:00Z",
        new RegulationsSigned(reg.regulationsId(), tabled.entryHash(), reg.textSha256()));
    a.act(DemoRoster.B_CO_CHAIR, "2025-06-03T12:00:00Z",
        new RegulationsSigned(reg.regulationsId(), tabled.entryHash(), reg.textSha256()));

    CommissionState s = state.get();
    ProtocolDrafted first = new ProtocolDrafted(FIRST_PROTOCOL, DemoJournal.SITTING_ID, ProtocolEvent.OPEN,
        texts("The delegations registered two published maps as sources and compared the lines drawn from them."
            + " Section S-1 was agreed by decision D-1; a draft decision on S-2 was tabled."),
        List.of(new ProtocolDecision(DemoJournal.labelled("Both delegations compare the two lines of sections S-3 and"
            + " S-4 with the sources"), "Topographic working group (demo)", "2025-07-31", DecisionStatus.IN_PROGRESS)),
        List.of(new Annex(DemoJournal.labelled("Decision D-1 on section S-1"), AnnexKind.DECISION, "D-1",
                s.decision("D-1").orElseThrow().draftHash()),
            new Annex(DemoJournal.labelled("Source " + DemoJournal.SOURCE_NATURAL_EARTH), AnnexKind.SOURCE,
                DemoJournal.SOURCE_NATURAL_EARTH, s.source(DemoJournal.SOURCE_NATURAL_EARTH).orElseThrow().entryHash())),
        2, List.of(), null);
    a.act(med, "2025-06-04T09:00:00Z", first);
    marks(a, "2025-06-05", first, true);

    a.act(med, "2025-06-16T08:00:00Z", new SittingOpened(SECOND_SITTING,
        DemoJournal.labelled("Second sitting of the demo commission, by video"),
        List.of(DemoJournal.labelled("Adoption of the agenda"),
            DemoJournal.labelled("Sections S-3 and S-4: the two maps compared")),
        new SittingDetails(2, Body.COMMISSION, "2025-06-16", "2025-06-16",
            new Venue(VenueKind.VIDEO, "Video conference (demo)"), null,
            List.of(new Person(Party.A, DemoRoster.A_CO_CHAIR.name()), new Person(Party.B, DemoRoster.B_CO_CHAIR.name())),
            List.of(new Attendee(Party.A, DemoRoster.A_CO_CHAIR.name(), Capacity.MEMBER),
                new Attendee(Party.A, DemoRoster.A_EXPERT.name(), Capacity.EXPERT),
                new Attendee(Party.B, DemoRoster.B_CO_CHAIR.name(), Capacity.MEMBER),
                new Attendee(Party.B, DemoRoster.B_EXPERT.name(), Capacity.EXPERT),
                new Attendee(Party.MEDIATOR, med.name(), Capacity.MEDIATOR),
                new Attendee(Party.MEDIATOR, DemoRoster.OBSERVER.name(), Capacity.OBSERVER)))));
    a.act(med, "2025-06-16T15:00:00Z", new SittingClosed(SECOND_SITTING,
        DemoJournal.labelled("Second sitting closed; its protocol follows")));
    ProtocolDrafted second = new ProtocolDrafted(SECOND_PROTOCOL, SECOND_SITTING, "confidential",
        texts("The delegations went through sections S-3 and S-4 turning point by turning point. This"
            + " protocol is marked confidential to show how Groma withholds it from roles that may not read it."),
        List.of(), List.of(), 2, List.of(), null);
    a.act(med, "2025-06-17T09:00:00Z", second);
    marks(a, "2025-06-18", second, false);

    registerAndScore(a);
  }

  /** Both co-chairs initial (and, with {@code sign}, then sign) the version, quoting its protocol hash. */
  private static void marks(Appender a, String day, ProtocolDrafted p, boolean sign) {
    a.act(DemoRoster.A_CO_CHAIR, day + "T10:00:00Z", new ProtocolInitialled(p.protocolId(), p.protocolHash()));
    a.act(DemoRoster.B_CO_CHAIR, day + "T10:30:00Z", new ProtocolInitialled(p.protocolId(), p.protocolHash()));
    if (sign) {
      a.act(DemoRoster.A_CO_CHAIR, day + "T11:00:00Z", new ProtocolSigned(p.protocolId(), p.protocolHash()));
      a.act(DemoRoster.B_CO_CHAIR, day + "T11:30:00Z", new ProtocolSigned(p.protocolId(), p.protocolHash()));
    }
  }

  private static void registerAndScore(Appender a) {
    String plan = DemoJournal.labelled("Work plan of the demo commission, a fictional example");
    a.act(DemoRoster.A_CO_CHAIR, "2025-06-20T09:00:00Z", new AgreementRegistered("AG-DEMO", plan, "2025-06-16",
        List.of("Delegation A of the demo commission", "Delegation B of the demo commission"),
        List.of("Mediator of the demo commission"), Stage.IMPLEMENTATION, ContentHash.sha256(plan)));
    a.act(DemoRoster.A_CO_CHAIR, "2025-06-20T09:10:00Z", new CommitmentRegistered("C-1", "AG-DEMO",
        DemoJournal.labelled("The delegations exchange scans of the map sheets covering sections S-3 and S-4."),
        EnumSet.of(Party.A, Party.B), "maps", new Deadline(DeadlineKind.DATE, "2025-09-30", null, null),
        DemoJournal.labelled("Each scan registered as a source")));
    a.act(DemoRoster.B_CO_CHAIR, "2025-06-20T09:20:00Z", new CommitmentRegistered("C-2", "AG-DEMO",
        DemoJournal.labelled("The topographic working group walks section S-3 with both delegations."),
        EnumSet.of(Party.A, Party.B), "survey", new Deadline(DeadlineKind.AFTER_AGREEMENT, null, "AG-DEMO", 120),
        DemoJournal.labelled("The working group's signed protocol")));
    a.act(DemoRoster.B_CO_CHAIR, "2025-06-20T09:30:00Z", new CommitmentRegistered("C-3", "AG-DEMO",
        DemoJournal.labelled("The secretariat publishes the open protocols once the map scans are exchanged."),
        EnumSet.of(Party.MEDIATOR), "transparency",
        new Deadline(DeadlineKind.AFTER_COMMITMENT, null, "C-1", 30),
        DemoJournal.labelled("Publication on the secretariat's site")));

    // 2025-Q3: C-1 half done by both accounts; C-2 begun by A's account, disputed by B.
    Act a1 = a.act(DemoRoster.A_EXPERT, "2025-10-01T09:00:00Z", new CommitmentScored("C-1", "2025-Q3", 2,
        DemoJournal.labelled("Four of eight sheets exchanged")));
    a.act(DemoRoster.B_EXPERT, "2025-10-01T10:00:00Z", new CommitmentScored("C-1", "2025-Q3", 2,
        DemoJournal.labelled("Four of eight sheets exchanged")));
    a.act(DemoRoster.B_EXPERT, "2025-10-02T09:00:00Z", new ScoreAnswered("C-1", "2025-Q3", Party.A, a1.entryHash(),
        Answer.ACKNOWLEDGED, null));
    Act a2 = a.act(DemoRoster.A_EXPERT, "2025-10-02T10:00:00Z", new CommitmentScored("C-2", "2025-Q3", 1,
        DemoJournal.labelled("Route agreed, walk not begun")));
    a.act(DemoRoster.B_EXPERT, "2025-10-03T09:00:00Z", new ScoreAnswered("C-2", "2025-Q3", Party.A, a2.entryHash(),
        Answer.DISPUTED, DemoJournal.labelled("The route is not yet agreed")));
    // 2025-Q4: C-1 complete and acknowledged, so C-3's deadline starts running; C-2 intermediate.
    Act a3 = a.act(DemoRoster.A_EXPERT, "2026-01-05T09:00:00Z", new CommitmentScored("C-1", "2025-Q4", 3,
        DemoJournal.labelled("All eight sheets exchanged and registered")));
    a.act(DemoRoster.B_EXPERT, "2026-01-05T10:00:00Z", new ScoreAnswered("C-1", "2025-Q4", Party.A, a3.entryHash(),
        Answer.ACKNOWLEDGED, null));
    a.act(DemoRoster.A_EXPERT, "2026-01-05T11:00:00Z", new CommitmentScored("C-2", "2025-Q4", 2,
        DemoJournal.labelled("Half of section S-3 walked")));
    Act b4 = a.act(DemoRoster.B_EXPERT, "2026-01-06T09:00:00Z", new CommitmentScored("C-2", "2025-Q4", 2,
        DemoJournal.labelled("Half of section S-3 walked")));
    a.act(DemoRoster.A_EXPERT, LAST_ACT, new ScoreAnswered("C-2", "2025-Q4", Party.B, b4.entryHash(),
        Answer.ACKNOWLEDGED, null));
  }

  private static TreeMap<String, String> texts(String english) {
    TreeMap<String, String> t = new TreeMap<>();
    t.put("en", DemoJournal.labelled(english));
    // The demo has no translator: the Russian text says so rather than pretend to be a translation.
    t.put("ru", "[Демонстрационные данные: русский текст не составлен; см. английский текст.] "
        + DemoJournal.labelled(english));
    return t;
  }
}
