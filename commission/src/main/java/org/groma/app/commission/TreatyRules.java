package org.groma.app.commission;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.groma.app.commission.CommissionState.Member;
import org.groma.app.commission.TreatyEvent.Acceptance;
import org.groma.app.commission.TreatyEvent.ParagraphProposed;
import org.groma.app.commission.TreatyEvent.TreatyOpened;
import org.groma.app.commission.TreatyEvent.VersionAccepted;
import org.groma.app.commission.TreatyEvent.VersionInitialled;
import org.groma.app.commission.TreatyRegister.ParagraphStatus;
import org.groma.app.commission.TreatyRegister.Signature;
import org.groma.app.commission.TreatyRegister.Status;
import org.groma.app.commission.TreatyRegister.Treaty;
import org.groma.app.commission.TreatyRegister.Version;
import org.groma.journal.entry.Party;

/**
 * The rules of the treaty text (docs/treaty.md), called from {@link CommissionRules}: who may open a treaty,
 * propose a version, accept or initial one, and what each must quote. Nothing is agreed or initialled but
 * by both parties' co-chairs over the exact text: an acceptance and an initialling quote the version's entry
 * hash and the SHA-256 of its text in every language, and the rules compare both with the version recorded.
 */
final class TreatyRules {

  private TreatyRules() {}

  /** Why the rules refuse {@code e} now, or null. */
  static String refusal(Actor actor, Member author, TreatyEvent e, CommissionState s) {
    return switch (e) {
      case TreatyOpened o -> opened(actor, author, o, s);
      case ParagraphProposed p -> proposed(actor, author, p, s);
      case VersionAccepted a -> accepted(actor, author, a, s);
      case VersionInitialled i -> initialled(actor, author, i, s);
    };
  }

  /** The state after {@code e}, which the rules accepted. */
  static CommissionState apply(CommissionState s, Act act, TreatyEvent e) {
    TreatyRegister r = s.treaties();
    return s.withTreaties(switch (e) {
      case TreatyOpened o -> r.withTreaty(TreatyRegister.opened(o, act));
      case ParagraphProposed p -> {
        Treaty t = r.treaty(p.treatyId()).orElseThrow();
        yield r.withTreaty(t.withVersion(new Version(p, act.author(), act.seq(), act.time(), act.entryHash(),
            List.of(), List.of())));
      }
      case VersionAccepted a -> {
        Treaty t = r.treaty(a.treatyId()).orElseThrow();
        Version v = t.version(a.versionId()).orElseThrow();
        yield r.withTreaty(t.withVersion(v.withAcceptance(signature(act, a.acceptance()))));
      }
      case VersionInitialled i -> {
        Treaty t = r.treaty(i.treatyId()).orElseThrow();
        Version v = t.version(i.versionId()).orElseThrow();
        yield r.withTreaty(t.withVersion(v.withInitials(signature(act, null))));
      }
    });
  }

  private static Signature signature(Act act, Acceptance acceptance) {
    Actor a = act.author();
    return new Signature(a.party(), a.member(), acceptance, act.seq(), act.time(), act.entryHash());
  }

  private static String opened(Actor actor, Member author, TreatyOpened e, CommissionState s) {
    String what = "open treaty " + e.treatyId();
    String refusal = CommissionRules.roleRefusal(actor, author, EntryTypes.authorRoles(TreatyOpened.class), what);
    if (refusal != null) {
      return refusal;
    }
    return s.treaties().treaty(e.treatyId()).map(t -> actor.describe() + " may not " + what + ": treaty id "
        + e.treatyId() + " already exists (seq " + t.seq() + ")").orElse(null);
  }

  private static String proposed(Actor actor, Member author, ParagraphProposed e, CommissionState s) {
    String what = "propose version " + e.versionId() + " of paragraph " + e.article() + "." + e.paragraph()
        + " of treaty " + e.treatyId();
    String refusal = CommissionRules.roleRefusal(actor, author, EntryTypes.authorRoles(ParagraphProposed.class), what);
    if (refusal != null) {
      return refusal;
    }
    Optional<Treaty> found = s.treaties().treaty(e.treatyId());
    if (found.isEmpty()) {
      return actor.describe() + " may not " + what + ": unknown treaty " + e.treatyId();
    }
    Treaty t = found.get();
    Optional<Version> same = t.version(e.versionId());
    if (same.isPresent()) {
      return actor.describe() + " may not " + what + ": version id " + e.versionId() + " already exists (seq "
          + same.get().seq() + ", paragraph " + same.get().ref() + "); a changed text is a new version";
    }
    return languages(actor, what, t, e.texts().keySet().stream().toList());
  }

  /** Every language the treaty declares, and no other. */
  private static String languages(Actor actor, String what, Treaty t, List<String> given) {
    for (String lang : given) {
      if (!t.languages().contains(lang)) {
        return actor.describe() + " may not " + what + ": it has a text in " + lang + ", which treaty "
            + t.treatyId() + " does not declare (its languages, from its treaty-opened act at seq " + t.seq()
            + ": " + String.join(", ", t.languages()) + ")";
      }
    }
    for (String lang : t.languages()) {
      if (!given.contains(lang)) {
        return actor.describe() + " may not " + what + ": it has no " + lang + " text; every version is written in"
            + " every language of treaty " + t.treatyId() + " (" + String.join(", ", t.languages()) + ")";
      }
    }
    return null;
  }

  /** The version the act names, if its quoted entry hash and text hashes are exactly those recorded. */
  private static String quoted(Actor actor, String what, String treatyId, String versionId, String versionHash,
      SortedMap<String, String> textHashes, CommissionState s) {
    Optional<Treaty> t = s.treaties().treaty(treatyId);
    if (t.isEmpty()) {
      return actor.describe() + " may not " + what + ": unknown treaty " + treatyId;
    }
    Optional<Version> v = t.get().version(versionId);
    if (v.isEmpty()) {
      return actor.describe() + " may not " + what + ": treaty " + treatyId + " has no version " + versionId;
    }
    if (!v.get().entryHash().equals(versionHash)) {
      return actor.describe() + " may not " + what + ": it quotes version hash " + versionHash + " but version "
          + versionId + " (seq " + v.get().seq() + ") has entry hash " + v.get().entryHash();
    }
    SortedMap<String, String> recorded = v.get().proposal().textHashes();
    for (String lang : recorded.keySet()) {
      if (!textHashes.containsKey(lang)) {
        return actor.describe() + " may not " + what + ": it quotes no hash of the " + lang + " text; a signature"
            + " covers the text in every language (" + String.join(", ", recorded.keySet()) + ")";
      }
    }
    for (var q : textHashes.entrySet()) {
      String expected = recorded.get(q.getKey());
      if (expected == null) {
        return actor.describe() + " may not " + what + ": it quotes a " + q.getKey() + " text, which version "
            + versionId + " does not have";
      }
      if (!expected.equals(q.getValue())) {
        return actor.describe() + " may not " + what + ": it quotes SHA-256 " + q.getValue() + " of the "
            + q.getKey() + " text, but the text of version " + versionId + " hashes to " + expected;
      }
    }
    return null;
  }

  private static String partyRefusal(Actor actor, String what) {
    return actor.party() == Party.MEDIATOR ? actor.describe() + " may not " + what
        + ": the mediator proposes and witnesses, and never accepts or initials for a party" : null;
  }

  private static String accepted(Actor actor, Member author, VersionAccepted e, CommissionState s) {
    String what = "accept version " + e.versionId() + " of treaty " + e.treatyId() + " (" + e.acceptance().code()
        + ")";
    String refusal = first(CommissionRules.roleRefusal(actor, author, EntryTypes.authorRoles(VersionAccepted.class),
        what), partyRefusal(actor, what), quoted(actor, what, e.treatyId(), e.versionId(), e.versionHash(),
        e.textHashes(), s));
    if (refusal != null) {
      return refusal;
    }
    Version v = s.treaties().treaty(e.treatyId()).orElseThrow().version(e.versionId()).orElseThrow();
    for (Signature a : v.acceptances()) {
      if (a.party() == actor.party() && (a.acceptance() == Acceptance.DEFINITIVE
          || e.acceptance() == Acceptance.AD_REFERENDUM)) {
        return actor.describe() + " may not " + what + ": party " + actor.party().code() + " already accepted it "
            + a.acceptance().code() + " at seq " + a.seq() + " (\"" + a.member() + "\")";
      }
    }
    return null;
  }

  private static String initialled(Actor actor, Member author, VersionInitialled e, CommissionState s) {
    String what = "initial version " + e.versionId() + " of treaty " + e.treatyId();
    String refusal = first(CommissionRules.roleRefusal(actor, author,
        EntryTypes.authorRoles(VersionInitialled.class), what), partyRefusal(actor, what),
        quoted(actor, what, e.treatyId(), e.versionId(), e.versionHash(), e.textHashes(), s));
    if (refusal != null) {
      return refusal;
    }
    Treaty t = s.treaties().treaty(e.treatyId()).orElseThrow();
    Version v = t.version(e.versionId()).orElseThrow();
    ParagraphStatus st = TreatyRegister.status(t, t.paragraph(v.ref()).orElseThrow(), s.lastTime().orElseThrow());
    if (st.agreed() == null || !st.agreed().versionId().equals(v.versionId())) {
      return actor.describe() + " may not " + what + ": it is not the agreed version of paragraph " + v.ref()
          + (st.agreed() == null ? " (nothing is agreed there yet)" : " (that is " + st.agreed().versionId() + ")");
    }
    if (st.status() == Status.BRACKETED) {
      Version reopening = st.alternatives().get(st.alternatives().size() - 1);
      return actor.describe() + " may not " + what + ": paragraph " + v.ref() + " was reopened by version "
          + reopening.versionId() + " (seq " + reopening.seq() + ")";
    }
    if (!v.acceptedBy(Party.A, s.lastTime().orElseThrow(), true) || !v.acceptedBy(Party.B, s.lastTime().orElseThrow(),
        true)) {
      return actor.describe() + " may not " + what + ": it is agreed only ad referendum; a version is initialled"
          + " once both parties have accepted it definitively";
    }
    for (Signature i : v.initials()) {
      if (i.party() == actor.party()) {
        return actor.describe() + " may not " + what + ": party " + actor.party().code() + " already initialled it"
            + " at seq " + i.seq() + " (\"" + i.member() + "\")";
      }
    }
    return null;
  }

  private static String first(String... refusals) {
    for (String r : refusals) {
      if (r != null) {
        return r;
      }
    }
    return null;
  }
}
