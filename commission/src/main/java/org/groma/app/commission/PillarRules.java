package org.groma.app.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.groma.app.commission.CommissionState.Member;
import org.groma.app.commission.PillarEvent.Condition;
import org.groma.app.commission.PillarEvent.Finding;
import org.groma.app.commission.PillarEvent.InspectionActSigned;
import org.groma.app.commission.PillarEvent.InspectionRecorded;
import org.groma.app.commission.PillarEvent.PillarDamaged;
import org.groma.app.commission.PillarEvent.PillarProposed;
import org.groma.app.commission.PillarEvent.PillarProtocolSigned;
import org.groma.app.commission.PillarEvent.PillarRegulationsProposed;
import org.groma.app.commission.PillarEvent.PillarRegulationsSigned;
import org.groma.app.commission.PillarEvent.PillarReplaced;
import org.groma.app.commission.PillarEvent.PillarRestored;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarRegister.Change;
import org.groma.app.commission.PillarRegister.Inspection;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.app.commission.PillarRegister.Regulations;
import org.groma.app.commission.PillarRegister.Signature;
import org.groma.app.commission.PillarRegister.Signed;
import org.groma.app.commission.PillarRegister.Status;
import org.groma.app.commission.PillarRegister.Version;
import org.groma.journal.entry.Party;

/**
 * The rules of demarcation (docs/demarcation.md, "Rules"), called from {@link CommissionRules} for every
 * {@link PillarEvent}: {@link #refusal} says why an act is refused now (null: allowed), {@link #apply} folds
 * an allowed act into the {@link PillarRegister}.
 *
 * <p>What both parties sign (regulations, a pillar protocol, an inspection act) is signed by a co-chair of
 * each party, or by a field-team head the regulations in force name, and each signature quotes the entry hash
 * of the exact version it accepts. A version is in force once both parties' signatures quote it; a survey
 * after the first signature is a new version, and the earlier signature does not count for it.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class PillarRules {

  private PillarRules() {}

  static String refusal(Actor actor, Member author, PillarEvent event, CommissionState s) {
    String what = what(event);
    String refusal = CommissionRules.roleRefusal(actor, author, EntryTypes.authorRoles(event.getClass()), what);
    if (refusal != null) {
      return refusal;
    }
    PillarRegister r = s.pillars();
    String why = switch (event) {
      case PillarRegulationsProposed e -> regulationsProposed(author, e, r, s);
      case PillarRegulationsSigned e -> regulationsSigned(actor, author, e, r);
      case PillarProposed e -> pillarProposed(e, r, s);
      case PillarSurveyed e -> onPillar(e.number(), r, p -> surveyed(e, p));
      case PillarProtocolSigned e -> onPillar(e.number(), r, p -> protocolSigned(actor, author, e, p, r));
      case PillarDamaged e -> onPillar(e.number(), r, p -> damaged(e, p, r));
      case PillarRestored e -> onPillar(e.number(), r, PillarRules::restored);
      case PillarReplaced e -> onPillar(e.number(), r, p -> p.status() == Status.DAMAGED ? null
          : "only a pillar reported damaged, destroyed or missing is replaced; pillar " + p.number() + " is "
              + p.status().code());
      case InspectionRecorded e -> inspectionRecorded(e, r);
      case InspectionActSigned e -> r.inspection(e.inspectionId()).isEmpty() ? "unknown inspection "
          + e.inspectionId() : sign(actor, author, "inspection " + e.inspectionId(),
              r.inspection(e.inspectionId()).orElseThrow().signed(), e.inspectionHash(), r);
    };
    return why == null ? null : actor.describe() + " may not " + what + ": " + why;
  }

  private static String what(PillarEvent event) {
    return switch (event) {
      case PillarRegulationsProposed e -> "propose pillar regulations " + e.regulationsId();
      case PillarRegulationsSigned e -> "sign pillar regulations " + e.regulationsId();
      case PillarProposed e -> "propose pillar " + e.number();
      case PillarSurveyed e -> "record a survey of pillar " + e.number();
      case PillarProtocolSigned e -> "sign the protocol of pillar " + e.number();
      case PillarDamaged e -> "report pillar " + e.number() + " " + e.condition().code();
      case PillarRestored e -> "record pillar " + e.number() + " restored";
      case PillarReplaced e -> "record pillar " + e.number() + " replaced";
      case InspectionRecorded e -> "record inspection " + e.inspectionId();
      case InspectionActSigned e -> "sign the act of inspection " + e.inspectionId();
    };
  }

  /** The refusal {@code check} gives for the pillar, or that there is no such pillar. */
  private static String onPillar(PillarNumber n, PillarRegister r, Function<Pillar, String> check) {
    Optional<Pillar> p = r.pillar(n);
    return p.isEmpty() ? unknown(n) : check.apply(p.get());
  }

  private static String unknown(PillarNumber n) {
    return "no pillar " + n + " in the register";
  }

  private static String regulationsProposed(Member author, PillarRegulationsProposed e, PillarRegister r,
      CommissionState s) {
    if (r.regulations(e.regulationsId()).isPresent()) {
      return "regulations id " + e.regulationsId() + " already exists; a command is recorded once";
    }
    for (String head : e.fieldTeamHeads()) {
      Optional<Member> m = s.member(head);
      if (m.isEmpty()) {
        return "field-team head \"" + head + "\" is not a member";
      }
      if (!m.get().party().isParty()) {
        return "field-team head \"" + head + "\" is the mediator's; only a party's member signs for it";
      }
    }
    return null;
  }

  private static String regulationsSigned(Actor actor, Member author, PillarRegulationsSigned e, PillarRegister r) {
    Optional<Regulations> reg = r.regulations(e.regulationsId());
    if (reg.isEmpty()) {
      return "unknown regulations " + e.regulationsId();
    }
    // Regulations decide who else may sign; only co-chairs sign them.
    if (!author.has(Role.CO_CHAIR)) {
      return "only a co-chair signs regulations, and \"" + author.name() + "\" is not one";
    }
    return sign(actor, author, "regulations " + e.regulationsId(), reg.get().signed(), e.regulationsHash(), r);
  }

  /** Who signs for a party, what they quote, and once per party per version. */
  private static String sign(Actor actor, Member author, String doc, Signed signed, String quoted, PillarRegister r) {
    if (!actor.party().isParty()) {
      return "the mediator witnesses but never signs " + doc + "; a co-chair of each party signs it";
    }
    if (!author.has(Role.CO_CHAIR) && !r.fieldTeamHead(author.name())) {
      return "only a co-chair, or a field-team head the regulations in force name, signs " + doc + " for party "
          + actor.party().code() + ", and \"" + author.name() + "\" is neither";
    }
    if (!signed.entryHash().equals(quoted)) {
      return "the signature quotes " + quoted + " but " + doc + " (seq " + signed.seq() + ") has entry hash "
          + signed.entryHash();
    }
    Signature already = signed.signatures().get(actor.party());
    if (already != null) {
      return "party " + actor.party().code() + " already signed it at seq " + already.seq() + " (\""
          + already.member() + "\")";
    }
    return null;
  }

  private static String pillarProposed(PillarProposed e, PillarRegister r, CommissionState s) {
    if (r.pillar(e.number()).isPresent()) {
      return "pillar number " + e.number() + " is already taken (seq " + r.pillar(e.number()).get().proposed().seq()
          + "); numbers are unique";
    }
    if (!r.pillarTypes().contains(e.pillarType())) {
      return "pillar type \"" + e.pillarType() + "\" is not one of the commission's: "
          + String.join(", ", r.pillarTypes());
    }
    boolean river = e.pillarType().equals("river");
    if (e.number().suffix() != null && !river) {
      return "only river pillars take a suffix /1 /2 /3; " + e.number() + " is " + e.pillarType();
    }
    // A number is one pillar or a river pair or triple: N and N/k never both (looked up, not scanned).
    PillarNumber g = e.number().group();
    List<PillarNumber> others = new ArrayList<>();
    if (e.number().suffix() == null) {
      for (int k = 1; k <= PillarNumber.MAX_SUFFIX; k++) {
        others.add(new PillarNumber(g.number(), g.auxiliary(), k));
      }
    } else {
      others.add(g);
    }
    for (PillarNumber o : others) {
      if (r.pillar(o).isPresent()) {
        return "number " + g + " is pillar " + o + "; a number is either one pillar or a pair or triple of river"
            + " pillars /1 /2 /3";
      }
    }
    Optional<CommissionState.DecisionRecord> agreed = s.agreedDecision(e.sectionId());
    if (agreed.isEmpty()) {
      return "section " + e.sectionId() + " has no agreed line yet; pillars mark an agreed line";
    }
    int points = s.adoptedLine(agreed.get()).line().size();
    if (e.turningPoint() != null && e.turningPoint() >= points) {
      return "turning point " + e.turningPoint() + " does not exist: the agreed line of " + e.sectionId() + " has "
          + points + " (0 to " + (points - 1) + ")";
    }
    return null;
  }

  private static String surveyed(PillarSurveyed e, Pillar p) {
    if (!p.proposed().entryHash().equals(e.proposalHash())) {
      return "the survey quotes proposal hash " + e.proposalHash() + " but pillar " + p.number() + " (seq "
          + p.proposed().seq() + ") has entry hash " + p.proposed().entryHash();
    }
    if (p.status() == Status.DAMAGED) {
      return "pillar " + p.number() + " is reported " + p.condition().code()
          + "; it is restored or replaced before it is surveyed again";
    }
    return null;
  }

  private static String protocolSigned(Actor actor, Member author, PillarProtocolSigned e, Pillar p,
      PillarRegister r) {
    Optional<Version> latest = p.latest();
    if (latest.isEmpty()) {
      return "pillar " + p.number() + " has not been surveyed; there is no protocol to sign";
    }
    for (int i = 0; i < p.versions().size() - 1; i++) {
      if (p.versions().get(i).signed().entryHash().equals(e.protocolHash())) {
        return "it quotes version " + (i + 1) + " of the protocol, superseded by version " + p.versions().size()
            + " (seq " + latest.get().signed().seq() + "); only the newest version is signed";
      }
    }
    if (p.status() == Status.DAMAGED) {
      return "pillar " + p.number() + " is reported " + p.condition().code();
    }
    return sign(actor, author, "the protocol of pillar " + p.number(), latest.get().signed(), e.protocolHash(), r);
  }

  private static String damaged(PillarDamaged e, Pillar p, PillarRegister r) {
    if (p.status() == Status.PROPOSED) {
      return "pillar " + p.number() + " is only proposed; nothing stands on the ground to be damaged";
    }
    if (p.status() == Status.DAMAGED) {
      return "pillar " + p.number() + " is already reported " + p.condition().code();
    }
    if (e.inspectionId() != null && r.inspection(e.inspectionId()).isEmpty()) {
      return "unknown inspection " + e.inspectionId();
    }
    return null;
  }

  private static String restored(Pillar p) {
    if (p.status() != Status.DAMAGED) {
      return "pillar " + p.number() + " is " + p.status().code() + ", not damaged";
    }
    return p.condition() == Condition.DAMAGED ? null
        : "pillar " + p.number() + " is " + p.condition().code() + "; it is replaced, not restored";
  }

  private static String inspectionRecorded(InspectionRecorded e, PillarRegister r) {
    if (r.inspection(e.inspectionId()).isPresent()) {
      return "inspection id " + e.inspectionId() + " already exists; a command is recorded once";
    }
    for (Finding f : e.findings()) {
      Optional<Pillar> p = r.pillar(f.number());
      if (p.isEmpty()) {
        return "it finds " + unknown(f.number());
      }
      if (!p.get().proposal().sectionId().equals(e.sectionId())) {
        return "pillar " + f.number() + " is in section " + p.get().proposal().sectionId() + ", not "
            + e.sectionId();
      }
    }
    return null;
  }

  // ============================================================================================ apply

  static CommissionState apply(CommissionState s, Act act, PillarEvent event) {
    PillarRegister r = s.pillars();
    long seq = act.seq();
    Instant time = act.time();
    Signed fresh = new Signed(seq, time, act.entryHash(), act.author(), Map.of());
    PillarRegister n = switch (event) {
      case PillarRegulationsProposed e -> r.withRegulations(new Regulations(e, fresh));
      case PillarRegulationsSigned e -> {
        Regulations reg = r.regulations(e.regulationsId()).orElseThrow();
        yield r.withRegulations(new Regulations(reg.rules(), reg.signed().with(signature(act))));
      }
      case PillarProposed e -> r.withPillar(new Pillar(e, fresh, List.of(), null, Status.PROPOSED, null, null,
          List.of(new Change(seq, time, event.type(), Status.PROPOSED, null))));
      case PillarSurveyed e -> {
        Pillar p = r.pillar(e.number()).orElseThrow();
        List<Version> v = new ArrayList<>(p.versions());
        v.add(new Version(e, fresh));
        Status st = p.status() == Status.PROPOSED ? Status.SURVEYED : p.status();
        yield r.withPillar(p.withVersions(v, p.inForce(), st, new Change(seq, time, event.type(), st,
            "version " + v.size())));
      }
      case PillarProtocolSigned e -> {
        Pillar p = r.pillar(e.number()).orElseThrow();
        List<Version> v = new ArrayList<>(p.versions());
        int last = v.size() - 1;
        Version signed = new Version(v.get(last).survey(), v.get(last).signed().with(signature(act)));
        v.set(last, signed);
        boolean inForce = signed.signed().inForce();
        Status st = inForce ? Status.IN_FORCE : p.status();
        yield r.withPillar(p.withVersions(v, inForce ? Integer.valueOf(last) : p.inForce(), st, new Change(seq, time, event.type(),
            st, "version " + v.size() + " signed for party " + act.author().party().code())));
      }
      case PillarDamaged e -> {
        Pillar p = r.pillar(e.number()).orElseThrow();
        yield r.withPillar(p.withCondition(e.condition(), Status.DAMAGED, new Change(seq, time, event.type(),
            Status.DAMAGED, e.note())));
      }
      case PillarRestored e -> {
        Pillar p = r.pillar(e.number()).orElseThrow();
        Status st = p.inForce() != null ? Status.IN_FORCE : Status.SURVEYED;
        yield r.withPillar(p.withCondition(null, st, new Change(seq, time, event.type(), st, e.note())));
      }
      case PillarReplaced e -> {
        Pillar p = r.pillar(e.number()).orElseThrow();
        // The old protocol describes a stone that is gone: the new one needs its own survey and signatures.
        yield r.withPillar(new Pillar(p.proposal(), p.proposed(), p.versions(), null, Status.REPLACED, null,
            p.lastInspected(), p.withCondition(null, Status.REPLACED, new Change(seq, time, event.type(),
                Status.REPLACED, e.note())).history()));
      }
      case InspectionRecorded e -> r.withInspection(new Inspection(e, fresh));
      case InspectionActSigned e -> {
        Inspection i = r.inspection(e.inspectionId()).orElseThrow();
        Inspection signed = new Inspection(i.record(), i.signed().with(signature(act)));
        PillarRegister out = r.withInspection(signed);
        if (signed.signed().inForce()) {
          for (Finding f : i.record().findings()) {
            out = out.withPillar(out.pillar(f.number()).orElseThrow().inspected(i.record().date()));
          }
        }
        yield out;
      }
    };
    return s.withPillars(n);
  }

  private static Signature signature(Act act) {
    Actor a = act.author();
    return new Signature(a.party(), a.member(), a.keyId(), act.seq(), act.time(), act.entryHash());
  }
}
