package org.groma.app.commission;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.groma.app.commission.CommissionState.Member;
import org.groma.app.commission.ProcedureEvent.RegulationsProposed;
import org.groma.app.commission.ProcedureEvent.RegulationsSigned;
import org.groma.app.commission.ProcedureRegister.Signature;
import org.groma.app.commission.ProcedureRegister.Version;
import org.groma.journal.entry.Party;

/**
 * The rules of the regulations' acts, called from {@link CommissionRules}: a convener tables a version; a
 * co-chair of each party signs it, quoting the entry hash of the tabling act and the SHA-256 of the exact
 * text; the second signature puts it in force, in place of the version before.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class ProcedureRules {

  private ProcedureRules() {}

  static String refusal(Actor actor, Member author, ProcedureEvent event, CommissionState s) {
    return switch (event) {
      case RegulationsProposed e -> {
        String what = "table regulations " + e.regulationsId();
        String refusal = CommissionRules.roleRefusal(actor, author, EntryTypes.authorRoles(RegulationsProposed.class),
            what);
        if (refusal == null && s.procedure().version(e.regulationsId()).isPresent()) {
          refusal = actor.describe() + " may not " + what + ": regulations id " + e.regulationsId()
              + " already exists (seq " + s.procedure().version(e.regulationsId()).orElseThrow().seq()
              + "); a new version takes a new id";
        }
        yield refusal;
      }
      case RegulationsSigned e -> signed(actor, author, e, s);
    };
  }

  private static String signed(Actor actor, Member author, RegulationsSigned e, CommissionState s) {
    String what = "sign regulations " + e.regulationsId();
    if (!actor.party().isParty() || !author.has(Role.CO_CHAIR)) {
      return actor.describe() + " may not " + what + ": regulations are signed by the co-chair of each party";
    }
    Optional<Version> found = s.procedure().version(e.regulationsId());
    if (found.isEmpty()) {
      return actor.describe() + " may not " + what + ": unknown regulations " + e.regulationsId();
    }
    Version v = found.get();
    if (!v.entryHash().equals(e.draftHash())) {
      return actor.describe() + " may not " + what + ": the signature quotes draft hash " + e.draftHash()
          + " but regulations " + e.regulationsId() + " were tabled at seq " + v.seq() + " with entry hash "
          + v.entryHash();
    }
    String text = v.regulations().textSha256();
    if (!text.equals(e.textSha256())) {
      return actor.describe() + " may not " + what + ": the signature quotes text SHA-256 " + e.textSha256()
          + " but the text of regulations " + e.regulationsId() + " has SHA-256 " + text;
    }
    Signature already = v.signatures().get(actor.party());
    if (already != null) {
      return actor.describe() + " may not " + what + ": party " + actor.party().code() + " signed them at seq "
          + already.seq();
    }
    Optional<Version> inForce = s.procedure().inForce();
    if (inForce.isPresent() && inForce.get().seq() > v.seq()) {
      return actor.describe() + " may not " + what + ": regulations " + inForce.get().regulationsId()
          + ", tabled later, are in force since seq " + inForce.get().inForceSeq();
    }
    return null;
  }

  static ProcedureRegister apply(ProcedureRegister r, Act act, ProcedureEvent event) {
    return switch (event) {
      case RegulationsProposed e -> r.with(new Version(e, act.author(), act.seq(), act.time(), act.entryHash(),
          Map.of(), null, null));
      case RegulationsSigned e -> {
        Version v = r.version(e.regulationsId()).orElseThrow();
        Map<Party, Signature> signatures = new HashMap<>(v.signatures());
        signatures.put(act.author().party(), new Signature(act.author().party(), act.author().member(), act.seq(),
            act.time(), act.entryHash()));
        boolean both = signatures.containsKey(Party.A) && signatures.containsKey(Party.B);
        yield r.with(new Version(v.regulations(), v.tabledBy(), v.seq(), v.time(), v.entryHash(), signatures,
            both ? act.seq() : null, both ? act.time() : null));
      }
    };
  }
}
