package org.groma.app.commission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.groma.app.commission.CommissionState.Member;
import org.groma.app.commission.CommissionState.Sitting;
import org.groma.app.commission.ProcedureEvent.RegulationsProposed;
import org.groma.app.commission.ProtocolEvent.Annex;
import org.groma.app.commission.ProtocolEvent.ProtocolDrafted;
import org.groma.app.commission.ProtocolEvent.ProtocolInitialled;
import org.groma.app.commission.ProtocolEvent.ProtocolSigned;
import org.groma.app.commission.ProtocolEvent.SectorKilometres;
import org.groma.app.commission.ProtocolRegister.Mark;
import org.groma.app.commission.ProtocolRegister.ProtocolRecord;
import org.groma.app.commission.ProtocolRegister.SectorTotal;
import org.groma.app.commission.ProtocolRegister.Version;
import org.groma.journal.entry.Party;

/**
 * The rules of sittings' particulars and protocols, called from {@link CommissionRules}. What the regulations
 * in force make checkable is checked: every working language present and no other, the number of originals,
 * the confidentiality level, and who initials and signs (docs/sittings.md).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class ProtocolRules {

  private ProtocolRules() {}

  /** A sitting's number is given once per body (the commission, each working group). */
  static String sittingDetails(Actor actor, String what, SittingDetails d, CommissionState s) {
    for (Sitting other : s.sittings()) {
      if (other.details() != null && other.details().body() == d.body() && other.details().number() == d.number()) {
        return actor.describe() + " may not " + what + ": " + d.body().code() + " sitting number " + d.number()
            + " is already sitting " + other.sittingId();
      }
    }
    return null;
  }

  static String refusal(Actor actor, Member author, ProtocolEvent event, CommissionState s) {
    return switch (event) {
      case ProtocolDrafted e -> drafted(actor, author, e, s);
      case ProtocolInitialled e -> marked(actor, author, e.protocolId(), e.protocolHash(), false, s);
      case ProtocolSigned e -> marked(actor, author, e.protocolId(), e.protocolHash(), true, s);
    };
  }

  private static String drafted(Actor actor, Member author, ProtocolDrafted e, CommissionState s) {
    String what = "draft protocol " + e.protocolId();
    String refusal = CommissionRules.roleRefusal(actor, author, EntryTypes.authorRoles(ProtocolDrafted.class), what);
    if (refusal != null) {
      return refusal;
    }
    String no = actor.describe() + " may not " + what + ": ";
    Optional<Sitting> sitting = s.sitting(e.sittingId());
    if (sitting.isEmpty()) {
      return no + "unknown sitting " + e.sittingId();
    }
    Optional<ProtocolRecord> existing = s.protocols().protocol(e.protocolId());
    if (existing.isPresent()) {
      ProtocolRecord p = existing.get();
      if (!p.sittingId().equals(e.sittingId())) {
        return no + "protocol " + e.protocolId() + " is the protocol of sitting " + p.sittingId();
      }
      if (!p.signatures().isEmpty()) {
        return no + "it is signed (seq " + p.signatures().values().iterator().next().seq()
            + "); a signed protocol is not redrafted";
      }
      if (p.current().protocolHash().equals(e.protocolHash())) {
        return no + "it is identical to version " + p.current().number() + " (protocol hash " + e.protocolHash() + ")";
      }
    }
    if (s.procedure().readers(e.confidentiality()).isEmpty()) {
      return no + "confidentiality level " + e.confidentiality() + " is not one the regulations in force define ("
          + String.join(", ", levels(s)) + ")";
    }
    Optional<ProcedureRegister.Version> regulations = s.procedure().inForce();
    if (regulations.isPresent()) {
      RegulationsProposed r = regulations.get().regulations();
      Set<String> missing = new TreeSet<>(r.workingLanguages());
      missing.removeAll(e.texts().keySet());
      if (!missing.isEmpty()) {
        return no + "it has no text in working language " + String.join(", ", missing) + " (regulations "
            + r.regulationsId() + " require " + String.join(", ", r.workingLanguages()) + ")";
      }
      Set<String> undeclared = new TreeSet<>(e.texts().keySet());
      undeclared.removeAll(r.workingLanguages());
      if (!undeclared.isEmpty()) {
        return no + "it has a text in " + String.join(", ", undeclared) + ", which is not a working language of"
            + " regulations " + r.regulationsId() + " (" + String.join(", ", r.workingLanguages()) + ")";
      }
      if (e.originals() != r.originals()) {
        return no + "it is made in " + e.originals() + " originals, but regulations " + r.regulationsId()
            + " require " + r.originals();
      }
    }
    for (int i = 0; i < e.annexes().size(); i++) {
      String annex = annexRefusal(e.annexes().get(i), e.protocolId(), s);
      if (annex != null) {
        return no + "annex " + (i + 1) + " (" + e.annexes().get(i).title() + ") " + annex;
      }
    }
    if (!e.kilometres().isEmpty()) {
      SittingDetails d = sitting.get().details();
      if (d == null || !d.body().workingGroup()) {
        return no + "kilometres are agreed by a working group, and sitting " + e.sittingId()
            + " is not a working group's";
      }
      Map<String, SectorTotal> totals = s.protocols().sectorTotals();
      for (SectorKilometres k : e.kilometres()) {
        SectorTotal t = totals.get(k.sectorId());
        if (t == null) {
          continue;
        }
        if (t.lengthKm().compareTo(k.lengthKm()) != 0) {
          return no + "sector " + k.sectorId() + " is " + k.lengthKm().toPlainString() + " km long here but "
              + t.lengthKm().toPlainString() + " km in the signed protocols";
        }
        BigDecimal after = t.agreedKm().add(k.agreedKm());
        if (after.compareTo(t.lengthKm()) > 0) {
          return no + "sector " + k.sectorId() + " would have " + after.toPlainString() + " km agreed, more than its "
              + t.lengthKm().toPlainString() + " km (" + t.agreedKm().toPlainString() + " km agreed before)";
        }
      }
    }
    return null;
  }

  private static List<String> levels(CommissionState s) {
    return s.procedure().inForce().map(v -> v.regulations().confidentiality().stream()
        .map(ProcedureEvent.ConfidentialityLevel::level).toList()).orElse(List.of(ProtocolEvent.OPEN));
  }

  /** Null when the annex names an entry of the record by its id and entry hash (a protocol: its version's hash). */
  private static String annexRefusal(Annex a, String protocolId, CommissionState s) {
    Optional<String> hash = switch (a.kind()) {
      case PROPOSAL -> s.proposal(a.id()).map(CommissionState.Proposal::entryHash);
      case DECISION -> s.decision(a.id()).map(CommissionState.DecisionRecord::draftHash);
      case SOURCE -> s.source(a.id()).map(CommissionState.Source::entryHash);
      case PROTOCOL -> a.id().equals(protocolId) ? Optional.empty()
          : s.protocols().protocol(a.id()).map(p -> p.current().protocolHash());
    };
    if (hash.isEmpty()) {
      return "names unknown " + a.kind().code() + " " + a.id();
    }
    return hash.get().equals(a.entryHash()) ? null
        : "quotes hash " + a.entryHash() + " but " + a.kind().code() + " " + a.id() + " has " + hash.get();
  }

  private static String marked(Actor actor, Member author, String protocolId, String quoted, boolean signing,
      CommissionState s) {
    String what = (signing ? "sign" : "initial") + " protocol " + protocolId;
    String no = actor.describe() + " may not " + what + ": ";
    if (!actor.party().isParty()) {
      return no + "the mediator witnesses protocols but does not " + (signing ? "sign" : "initial") + " them";
    }
    Set<Role> signatories = s.procedure().signatories();
    if (signatories.stream().noneMatch(author::has)) {
      return no + "a party's protocol is " + (signing ? "signed" : "initialled") + " by its "
          + ProcedureEvent.roles(signatories) + " (the regulations), and \"" + author.name() + "\" is not one";
    }
    Optional<ProtocolRecord> found = s.protocols().protocol(protocolId);
    if (found.isEmpty()) {
      return no + "unknown protocol " + protocolId;
    }
    ProtocolRecord p = found.get();
    Version current = p.current();
    if (!current.protocolHash().equals(quoted)) {
      boolean older = p.versions().stream().anyMatch(v -> v.protocolHash().equals(quoted));
      return no + "it quotes protocol hash " + quoted + (older ? ", an earlier version's," : "")
          + " but the current version " + current.number() + " (seq " + current.seq() + ") has protocol hash "
          + current.protocolHash();
    }
    Map<Party, Mark> marks = signing ? p.signatures() : p.initials();
    Mark already = marks.get(actor.party());
    if (already != null) {
      return no + "party " + actor.party().code() + " already " + (signing ? "signed" : "initialled")
          + " version " + current.number() + " at seq " + already.seq();
    }
    if (!signing && !p.signatures().isEmpty()) {
      return no + "it is being signed; initials come before signatures";
    }
    if (signing && p.initials().size() < 2) {
      return no + "version " + current.number() + " is initialled by " + (p.initials().isEmpty() ? "neither party"
          : "party " + p.initials().keySet().iterator().next().code() + " only") + "; both initial before either signs";
    }
    return null;
  }

  static ProtocolRegister apply(ProtocolRegister r, Act act, ProtocolEvent event) {
    return switch (event) {
      case ProtocolDrafted e -> {
        Optional<ProtocolRecord> p = r.protocol(e.protocolId());
        List<Version> versions = new ArrayList<>(p.map(ProtocolRecord::versions).orElse(List.of()));
        versions.add(new Version(versions.size() + 1, e, act.author(), act.seq(), act.time(), e.protocolHash()));
        // A new version carries none of the initials given to the one before.
        yield r.with(new ProtocolRecord(e.protocolId(), versions, Map.of(), Map.of(), null, null));
      }
      case ProtocolInitialled e -> {
        ProtocolRecord p = r.protocol(e.protocolId()).orElseThrow();
        Map<Party, Mark> initials = new HashMap<>(p.initials());
        initials.put(act.author().party(), mark(act, e.protocolHash()));
        yield r.with(new ProtocolRecord(p.protocolId(), p.versions(), initials, p.signatures(), null, null));
      }
      case ProtocolSigned e -> {
        ProtocolRecord p = r.protocol(e.protocolId()).orElseThrow();
        Map<Party, Mark> signatures = new HashMap<>(p.signatures());
        signatures.put(act.author().party(), mark(act, e.protocolHash()));
        boolean both = signatures.containsKey(Party.A) && signatures.containsKey(Party.B);
        yield r.with(new ProtocolRecord(p.protocolId(), p.versions(), p.initials(), signatures,
            both ? act.seq() : null, both ? act.time() : null));
      }
    };
  }

  private static Mark mark(Act act, String protocolHash) {
    return new Mark(act.author().party(), act.author().member(), act.seq(), act.time(), protocolHash,
        act.entryHash());
  }
}
