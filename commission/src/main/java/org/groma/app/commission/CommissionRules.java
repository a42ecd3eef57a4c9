package org.groma.app.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.FoundingMember;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.KeyRevoked;
import org.groma.app.commission.CommissionEvent.KeyRotated;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.MapSheetRegistered;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent.ProposalWithdrawn;
import org.groma.app.commission.CommissionEvent.SittingClosed;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionEvent.SourceRegistered;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.CommissionState.Endorsement;
import org.groma.app.commission.CommissionState.Key;
import org.groma.app.commission.CommissionState.KeyStatus;
import org.groma.app.commission.CommissionState.MapSheet;
import org.groma.app.commission.CommissionState.Member;
import org.groma.app.commission.CommissionState.NoteRecord;
import org.groma.app.commission.CommissionState.Proposal;
import org.groma.app.commission.CommissionState.SectionRecord;
import org.groma.app.commission.CommissionState.Sitting;
import org.groma.app.commission.CommissionState.Source;
import org.groma.journal.entry.Party;

/**
 * The commission's rules as two pure functions (docs/design.md, "The journal"): {@link #decide} answers a command
 * with the events to append or a refusal; {@link #evolve} folds an appended act into the state.
 *
 * <p>Both run the same checks, in the same order, so that an act {@code evolve} accepts is exactly one that
 * {@code decide} would have accepted at that point of the history: replaying a journal re-checks every act
 * as if it were being submitted, and a forged or corrupted history fails with a {@link RuleViolation} at
 * its first bad act. The checks are, in order:
 *
 * <ol>
 *   <li>genesis comes first and only once;
 *   <li>time does not run backwards;
 *   <li>the author is a member, acts for their own party, and signs with their own key, active at this act
 *       (a key revoked or rotated later does not undo what it signed before);
 *   <li>the author's role allows the act, and the act fits the state (ids new, referenced things exist,
 *       sittings open, hashes match).
 * </ol>
 *
 * <p>A decision is in force exactly when co-chairs of both parties have endorsed its draft; no entry can
 * declare it so. See docs/commission.md for the table of rules and refusals.
 *
 * <h2>Thread safety</h2>
 * Stateless; all methods are pure functions.
 */
public final class CommissionRules {

  /** The seq of genesis: the first leaf of the commission's log (RFC 9162 numbers leaves from 0). */
  public static final long GENESIS_SEQ = 0;

  private CommissionRules() {}

  /** Accepts the command (the one event it asks to append) or refuses it with who, what and why. */
  public static Decision decide(Command command, CommissionState state) {
    String refusal = uncommittedRefusal(command.actor(), command.event());
    if (refusal == null) {
      refusal = refusal(command.actor(), command.time(), command.event(), state);
    }
    return refusal == null
        ? new Decision.Accepted(List.of(command.event()))
        : new Decision.Refused(refusal);
  }

  /**
   * The state after {@code act}.
   *
   * @throws RuleViolation if the act is out of sequence or the rules would have refused it
   */
  public static CommissionState evolve(CommissionState state, Act act) {
    long expected = state.founded() ? state.lastSeq() + 1 : GENESIS_SEQ;
    if (act.seq() != expected) {
      throw new RuleViolation(act.seq(), "act has seq " + act.seq() + " but the next act must have seq "
          + expected + (act.seq() <= state.lastSeq() ? " (an act replayed or out of order)" : " (acts missing)"));
    }
    String refusal = refusal(act.author(), act.time(), act.event(), state);
    if (refusal != null) {
      throw new RuleViolation(act.seq(), refusal);
    }
    return apply(state.at(act.seq(), act.time()), act);
  }

  // ============================================================================================ checks

  /**
   * A new act quotes the hash of every entry it refers to, and a draft or endorsement the geometry hash of
   * the line. Only acts replayed from format 1 entries lack them; {@link #evolve} still reads those, and
   * then checks what they do quote.
   */
  private static String uncommittedRefusal(Actor actor, CommissionEvent event) {
    String missing = switch (event) {
      case DecisionDrafted d when d.legacy() -> "draft decision " + d.decisionId()
          + ": it must quote the adopted proposal's entry hash (proposalHash) and its line's geometry hash"
          + " (geometryHash)";
      case DecisionEndorsed d when d.geometryHash() == null -> "endorse decision " + d.decisionId()
          + ": the endorsement must quote the geometry hash of the line it endorses (geometryHash)";
      case ProposalWithdrawn w when w.proposalHash() == null -> "withdraw proposal " + w.proposalId()
          + ": the withdrawal must quote the proposal's entry hash (proposalHash)";
      default -> null;
    };
    return missing == null ? null : actor.describe() + " may not " + missing;
  }

  /** Why the rules refuse this act now, or null when they allow it. */
  static String refusal(Actor actor, Instant time, CommissionEvent event, CommissionState s) {
    if (event instanceof Genesis g) {
      return s.founded()
          ? "a second genesis: commission " + s.genesis().orElseThrow().commissionId()
              + " was founded at seq " + GENESIS_SEQ + " and is founded only once"
          : firstNonNull(genesisAuthor(actor, g), firstNonNull(confusableFounders(g), monitorOutsideMission(g)));
    }
    if (!s.founded()) {
      return "acting before genesis: " + event.type() + " by " + actor.describe()
          + " cannot be the first act; the journal must start with genesis";
    }
    Instant last = s.lastTime().orElseThrow();
    if (time.isBefore(last)) {
      return event.type() + " by " + actor.describe() + " is dated " + time
          + ", before the previous act (" + last + "): time in the journal does not run backwards";
    }
    String auth = authenticate(actor, s);
    if (auth != null) {
      return auth;
    }
    Member author = s.member(actor.member()).orElseThrow();
    String monitor = MissionRules.monitorRefusal(actor, event, s);
    if (monitor != null) {
      return monitor;
    }
    return switch (event) {
      case Genesis g -> throw new AssertionError("handled above");
      case MemberAdded e -> memberAdded(actor, author, e, s);
      case KeyRotated e -> keyRotated(actor, author, e, s);
      case KeyRevoked e -> keyRevoked(actor, author, e, s);
      case SittingOpened e -> sittingOpened(actor, author, e, s);
      case SittingClosed e -> sittingClosed(actor, author, e, s);
      case SourceRegistered e -> sourceRegistered(actor, author, e, s);
      case MapSheetRegistered e -> mapSheetRegistered(actor, author, e, s);
      case LineProposed e -> lineProposed(actor, author, e, s);
      case ProposalWithdrawn e -> proposalWithdrawn(actor, author, e, s);
      case Note e -> s.note(e.noteId()).map(n -> actor.describe() + " may not write note " + e.noteId()
          + ": note id " + e.noteId() + " already exists (seq " + n.seq() + "); a command is recorded once")
          .orElse(null);
      case DecisionDrafted e -> decisionDrafted(actor, author, e, s);
      case DecisionEndorsed e -> decisionEndorsed(actor, author, e, s);
      case TreatyEvent e -> TreatyRules.refusal(actor, author, e, s);
      case ProcedureEvent e -> ProcedureRules.refusal(actor, author, e, s);
      case ProtocolEvent e -> ProtocolRules.refusal(actor, author, e, s);
      case CommitmentEvent e -> CommitmentRules.refusal(actor, author, e, s);
      case PillarEvent e -> PillarRules.refusal(actor, author, e, s);
      case PatrolEvent e -> PatrolRules.refusal(actor, author, time, e, s);
      case MissionEvent e -> MissionRules.refusal(actor, author, e, s);
      case IncidentEvent e -> IncidentRules.refusal(actor, author, e, s);
    };
  }

  private static String genesisAuthor(Actor actor, Genesis g) {
    for (FoundingMember m : g.members()) {
      if (m.member().equals(actor.member())) {
        if (m.party() != actor.party()) {
          return "genesis signed by " + actor.describe() + ", but genesis makes \"" + m.member()
              + "\" a member of party " + m.party().code();
        }
        return m.keyId().equals(actor.keyId()) ? null
            : "genesis signed by " + actor.describe() + ", but genesis gives \"" + m.member() + "\" key "
                + m.keyId();
      }
    }
    return "genesis signed by " + actor.describe() + ", who is not among the founding members it names";
  }

  /** The monitor role comes with a mission only (docs/incidents.md, "Monitoring missions"). */
  private static String monitorOutsideMission(Genesis g) {
    for (FoundingMember m : g.members()) {
      if (m.roles().contains(Role.MONITOR)) {
        return "genesis may not make founding member \"" + m.member() + "\" a monitor: " + MONITOR_BY_MISSION;
      }
    }
    return null;
  }

  private static final String MONITOR_BY_MISSION = "the monitor role comes with a monitoring mission, admitted"
      + " by genesis (missions) or by the co-chairs of both parties (mission-admission-signed)";

  private static String firstNonNull(String first, String second) {
    return first != null ? first : second;
  }

  /** Founding members whose names read the same (see {@link Checks#confusable}); the record refuses equal ones. */
  private static String confusableFounders(Genesis g) {
    List<String> names = new ArrayList<>(g.members().stream().map(FoundingMember::member).toList());
    g.missions().forEach(m -> m.members().forEach(x -> names.add(x.member())));
    for (int i = 1; i < names.size(); i++) {
      String name = names.get(i);
      for (int j = 0; j < i; j++) {
        String earlier = names.get(j);
        if (Checks.confusable(name, earlier)) {
          return "genesis may not found member \"" + name + "\": " + confusableName(name, "founding member", earlier);
        }
      }
    }
    return null;
  }

  static String confusableName(String name, String whose, String other) {
    return "member name \"" + name + "\" is confusable with " + whose + " \"" + other
        + "\" (Unicode skeletons are equal)";
  }

  private static String authenticate(Actor actor, CommissionState s) {
    Optional<Member> member = s.member(actor.member());
    if (member.isEmpty()) {
      return "unknown member: no member \"" + actor.member() + "\" in commission "
          + s.genesis().orElseThrow().commissionId();
    }
    Member m = member.get();
    if (m.party() != actor.party()) {
      return "member \"" + m.name() + "\" belongs to party " + m.party().code() + " but acts for party "
          + actor.party().code() + ": a member acts only for their own party";
    }
    Optional<Key> key = s.key(actor.keyId());
    if (key.isEmpty()) {
      return "unknown key: " + actor.describe() + " signs with key " + actor.keyId()
          + ", which no roster entry gave";
    }
    Key k = key.get();
    if (!k.member().equals(m.name())) {
      return "key " + k.keyId() + " belongs to \"" + k.member() + "\", not to \"" + m.name() + "\"";
    }
    return switch (k.status()) {
      case ACTIVE -> null;
      case ROTATED -> "key " + k.keyId() + " of \"" + m.name() + "\" was replaced at seq " + k.rotatedSeq()
          + " (key-rotated) and signs nothing after that; acts it signed before stay valid";
      case REVOKED -> "key " + k.keyId() + " of \"" + m.name() + "\" was revoked at seq " + k.revokedSeq()
          + " (" + k.revokedTime() + "); it signs nothing after its revocation, acts it signed before stay valid";
    };
  }

  /**
   * Who manages a party's roster: its co-chair; for the mediator, the mediator's admin (of the roles
   * {@link EntryTypes} lets author roster acts, the one for that party).
   */
  private static Role rosterRole(Party p) {
    return p == Party.MEDIATOR ? Role.ADMIN : Role.CO_CHAIR;
  }

  private static String rosterAuthority(Actor actor, Member author, Party target, String what) {
    Role needed = rosterRole(target);
    if (actor.party() != target || !author.has(needed)) {
      return actor.describe() + " may not " + what + ": only " + (target == Party.MEDIATOR ? "the mediator's"
          : "party " + target.code() + "'s") + " " + needed.code() + " may change that roster";
    }
    return null;
  }

  private static String memberAdded(Actor actor, Member author, MemberAdded e, CommissionState s) {
    String what = "add member \"" + e.member() + "\" to " + partyWord(e.party());
    String authority = rosterAuthority(actor, author, e.party(), what);
    if (authority != null) {
      return authority;
    }
    if (e.roles().contains(Role.MONITOR)) {
      return actor.describe() + " may not " + what + " as a monitor: " + MONITOR_BY_MISSION;
    }
    if (s.member(e.member()).isPresent()) {
      return actor.describe() + " may not " + what + ": a member of that name already exists (party "
          + s.member(e.member()).orElseThrow().party().code() + ")";
    }
    for (Member m : s.members()) {
      if (Checks.confusable(e.member(), m.name())) {
        return actor.describe() + " may not " + what + ": " + confusableName(e.member(), "existing member", m.name());
      }
    }
    return newKey(actor, what, e.keyId(), e.publicKey(), s);
  }

  static String newKey(Actor actor, String what, String keyId, String publicKey, CommissionState s) {
    if (s.key(keyId).isPresent()) {
      return actor.describe() + " may not " + what + ": key id " + keyId + " is already taken by \""
          + s.key(keyId).orElseThrow().member() + "\"";
    }
    if (s.keyIdOf(publicKey).isPresent()) {
      return actor.describe() + " may not " + what + ": that public key is already key "
          + s.keyIdOf(publicKey).orElseThrow() + "; a key belongs to one member once";
    }
    Genesis g = s.genesis().orElseThrow();
    if (g.logOperator().publicKey().equals(publicKey)
        || g.witnesses().stream().anyMatch(w -> w.publicKey().equals(publicKey))) {
      return actor.describe() + " may not " + what + ": that public key is the log operator's or a witness's;"
          + " members' keys and checkpoint keys must differ";
    }
    return null;
  }

  private static String rosterTarget(Actor actor, String what, Party party, String member, String keyId,
      CommissionState s) {
    Optional<Member> target = s.member(member);
    if (target.isEmpty()) {
      return actor.describe() + " may not " + what + ": no member \"" + member + "\"";
    }
    if (target.get().party() != party) {
      return actor.describe() + " may not " + what + ": \"" + member + "\" is a member of party "
          + target.get().party().code() + ", not " + party.code();
    }
    Optional<Key> key = s.key(keyId);
    if (key.isEmpty() || !key.get().member().equals(member)) {
      return actor.describe() + " may not " + what + ": \"" + member + "\" has no key " + keyId;
    }
    return null;
  }

  private static String keyRotated(Actor actor, Member author, KeyRotated e, CommissionState s) {
    String what = "rotate key " + e.oldKeyId() + " of \"" + e.member() + "\"";
    String refusal = s.missions().isMonitor(e.member())
        ? MissionRules.monitorKeyRefusal(actor, author, what, e.member(), false, s)
        : rosterAuthority(actor, author, e.party(), what);
    if (refusal == null) {
      refusal = rosterTarget(actor, what, e.party(), e.member(), e.oldKeyId(), s);
    }
    if (refusal == null && s.key(e.oldKeyId()).orElseThrow().status() != KeyStatus.ACTIVE) {
      refusal = actor.describe() + " may not " + what + ": the key is "
          + s.key(e.oldKeyId()).orElseThrow().status().name().toLowerCase() + ", only an active key is rotated";
    }
    return refusal != null ? refusal : newKey(actor, what, e.newKeyId(), e.newPublicKey(), s);
  }

  private static String keyRevoked(Actor actor, Member author, KeyRevoked e, CommissionState s) {
    String what = "revoke key " + e.keyId() + " of \"" + e.member() + "\"";
    String refusal = s.missions().isMonitor(e.member())
        ? MissionRules.monitorKeyRefusal(actor, author, what, e.member(), true, s)
        : rosterAuthority(actor, author, e.party(), what);
    if (refusal == null) {
      refusal = rosterTarget(actor, what, e.party(), e.member(), e.keyId(), s);
    }
    if (refusal != null) {
      return refusal;
    }
    Key k = s.key(e.keyId()).orElseThrow();
    if (k.status() == KeyStatus.REVOKED) {
      return actor.describe() + " may not " + what + ": it was already revoked at seq " + k.revokedSeq();
    }
    Role manager = rosterRole(e.party());
    if (k.status() == KeyStatus.ACTIVE && s.member(e.member()).orElseThrow().has(manager)
        && activeKeysOfRole(s, e.party(), manager) == 1) {
      return actor.describe() + " may not " + what + ": it is the last active key of " + partyWord(e.party())
          + "'s " + manager.code() + ", and no one could then manage that roster; add or rotate first";
    }
    return null;
  }

  private static int activeKeysOfRole(CommissionState s, Party party, Role role) {
    int n = 0;
    for (Key k : s.keys()) {
      if (k.party() == party && k.status() == KeyStatus.ACTIVE && s.member(k.member()).orElseThrow().has(role)) {
        n++;
      }
    }
    return n;
  }

  static String roleRefusal(Actor actor, Member author, Set<Role> allowed, String what) {
    for (Role r : allowed) {
      if (author.has(r)) {
        return null;
      }
    }
    List<String> codes = allowed.stream().map(Role::code).toList();
    String roles = codes.size() == 1 ? codes.get(0)
        : String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    return actor.describe() + " may not " + what + ": that needs the role " + roles + ", and \"" + author.name()
        + "\" has " + String.join(", ", author.roles().stream().map(Role::code).toList());
  }

  private static String sittingOpened(Actor actor, Member author, SittingOpened e, CommissionState s) {
    String what = "open sitting " + e.sittingId();
    String refusal = roleRefusal(actor, author, EntryTypes.authorRoles(SittingOpened.class), what);
    if (refusal != null) {
      return refusal;
    }
    if (s.sitting(e.sittingId()).isPresent()) {
      return actor.describe() + " may not " + what + ": sitting id " + e.sittingId() + " already exists (seq "
          + s.sitting(e.sittingId()).orElseThrow().openedSeq() + ")";
    }
    if (e.details() != null) {
      refusal = ProtocolRules.sittingDetails(actor, what, e.details(), s);
      if (refusal != null) {
        return refusal;
      }
    }
    return s.openSitting().map(o -> actor.describe() + " may not " + what + ": sitting " + o.sittingId()
        + " is still open (since seq " + o.openedSeq() + "); the commission sits once at a time").orElse(null);
  }

  private static String sittingClosed(Actor actor, Member author, SittingClosed e, CommissionState s) {
    String what = "close sitting " + e.sittingId();
    String refusal = roleRefusal(actor, author, EntryTypes.authorRoles(SittingClosed.class), what);
    if (refusal != null) {
      return refusal;
    }
    return openSittingRefusal(actor, what, e.sittingId(), s);
  }

  private static String openSittingRefusal(Actor actor, String what, String sittingId, CommissionState s) {
    Optional<Sitting> sitting = s.sitting(sittingId);
    if (sitting.isEmpty()) {
      return actor.describe() + " may not " + what + ": unknown sitting " + sittingId;
    }
    if (!sitting.get().open()) {
      return actor.describe() + " may not " + what + ": sitting " + sittingId + " closed at seq "
          + sitting.get().closedSeq();
    }
    return null;
  }

  private static String sourceRegistered(Actor actor, Member author, SourceRegistered e, CommissionState s) {
    String what = "register source " + e.sourceId();
    String refusal = roleRefusal(actor, author, EntryTypes.authorRoles(SourceRegistered.class), what);
    if (refusal != null) {
      return refusal;
    }
    if (s.source(e.sourceId()).isPresent()) {
      return actor.describe() + " may not " + what + ": source id " + e.sourceId() + " already exists (seq "
          + s.source(e.sourceId()).orElseThrow().seq() + "); a command is recorded once";
    }
    return s.sourceIdOf(e.sha256()).map(id -> actor.describe() + " may not " + what
        + ": the file with SHA-256 " + e.sha256() + " is already source " + id).orElse(null);
  }

  private static String mapSheetRegistered(Actor actor, Member author, MapSheetRegistered e, CommissionState s) {
    String what = "register map sheet " + e.sheet() + " for source " + e.sourceId();
    String refusal = roleRefusal(actor, author, EntryTypes.authorRoles(MapSheetRegistered.class), what);
    if (refusal != null) {
      return refusal;
    }
    Optional<Source> found = s.source(e.sourceId());
    if (found.isEmpty()) {
      return actor.describe() + " may not " + what + ": unknown source " + e.sourceId();
    }
    Source src = found.get();
    if (!e.sourceHash().equals(src.entryHash())) {
      return actor.describe() + " may not " + what + ": it quotes source hash " + e.sourceHash() + " but source "
          + e.sourceId() + " (seq " + src.seq() + ") has entry hash " + src.entryHash();
    }
    Long scale = src.source().scaleDenominator();
    if (scale == null) {
      return actor.describe() + " may not " + what + ": source " + e.sourceId() + " has no scale; a map sheet"
          + " describes a map registered with its scale";
    }
    if (scale != e.scaleDenominator()) {
      return actor.describe() + " may not " + what + ": sheet " + e.sheet() + " is at " + scaleLabel(
          e.scaleDenominator()) + " but source " + e.sourceId() + " is registered at " + scaleLabel(scale);
    }
    if (src.mapSheet() != null) {
      return actor.describe() + " may not " + what + ": source " + e.sourceId() + " already has its map sheet "
          + src.mapSheet().provenance().sheet() + " (seq " + src.mapSheet().seq() + "); provenance is recorded once";
    }
    return null;
  }

  /** As a sheet's margin writes a scale: 1:50 000. */
  private static String scaleLabel(long denominator) {
    return "1:" + String.format(Locale.ROOT, "%,d", denominator).replace(',', ' ');
  }

  private static String lineProposed(Actor actor, Member author, LineProposed e, CommissionState s) {
    String what = "propose " + e.proposalId() + " for section " + e.sectionId();
    String refusal = roleRefusal(actor, author, EntryTypes.authorRoles(LineProposed.class), what);
    if (refusal != null) {
      return refusal;
    }
    if (s.proposal(e.proposalId()).isPresent()) {
      return actor.describe() + " may not " + what + ": proposal id " + e.proposalId() + " already exists (seq "
          + s.proposal(e.proposalId()).orElseThrow().seq() + "); a command is recorded once";
    }
    refusal = openSittingRefusal(actor, what, e.sittingId(), s);
    if (refusal != null) {
      return refusal;
    }
    for (String sourceId : e.sourceIds()) {
      if (s.source(sourceId).isEmpty()) {
        return actor.describe() + " may not " + what + ": it cites unknown source " + sourceId;
      }
    }
    return agreedSectionRefusal(actor, what, e.sectionId(), s);
  }

  private static String agreedSectionRefusal(Actor actor, String what, String sectionId, CommissionState s) {
    return s.section(sectionId).filter(x -> x.agreedBy() != null).map(x -> actor.describe() + " may not "
        + what + ": section " + sectionId + " is agreed by decision " + x.agreedBy()
        + ", in force; its line is not reopened by a new proposal or draft").orElse(null);
  }

  private static String proposalWithdrawn(Actor actor, Member author, ProposalWithdrawn e, CommissionState s) {
    String what = "withdraw proposal " + e.proposalId();
    String refusal = roleRefusal(actor, author, EntryTypes.authorRoles(ProposalWithdrawn.class), what);
    if (refusal != null) {
      return refusal;
    }
    Optional<Proposal> p = s.proposal(e.proposalId());
    if (p.isEmpty()) {
      return actor.describe() + " may not " + what + ": unknown proposal " + e.proposalId();
    }
    if (p.get().party() != actor.party()) {
      return actor.describe() + " may not " + what + ": it was made by " + partyWord(p.get().party())
          + ", and only the party that made a proposal withdraws it";
    }
    if (e.proposalHash() != null && !e.proposalHash().equals(p.get().entryHash())) {
      return actor.describe() + " may not " + what + ": the withdrawal quotes proposal hash " + e.proposalHash()
          + " but proposal " + e.proposalId() + " (seq " + p.get().seq() + ") has entry hash " + p.get().entryHash();
    }
    if (p.get().withdrawn()) {
      return actor.describe() + " may not " + what + ": it was already withdrawn at seq " + p.get().withdrawnSeq();
    }
    for (DecisionRecord d : s.decisionsInForce()) {
      if (d.draft().proposalId().equals(e.proposalId())) {
        return actor.describe() + " may not " + what + ": decision " + d.decisionId()
            + " adopted it and is in force since seq " + d.inForceSeq();
      }
    }
    return null;
  }

  private static String decisionDrafted(Actor actor, Member author, DecisionDrafted e, CommissionState s) {
    String what = "draft decision " + e.decisionId();
    String refusal = roleRefusal(actor, author, EntryTypes.authorRoles(DecisionDrafted.class), what);
    if (refusal != null) {
      return refusal;
    }
    if (s.decision(e.decisionId()).isPresent()) {
      return actor.describe() + " may not " + what + ": decision id " + e.decisionId() + " already exists (seq "
          + s.decision(e.decisionId()).orElseThrow().draftSeq() + "); a command is recorded once";
    }
    refusal = openSittingRefusal(actor, what, e.sittingId(), s);
    if (refusal != null) {
      return refusal;
    }
    Optional<Proposal> p = s.proposal(e.proposalId());
    if (p.isEmpty()) {
      return actor.describe() + " may not " + what + ": it adopts unknown proposal " + e.proposalId();
    }
    if (!p.get().proposal().sectionId().equals(e.sectionId())) {
      return actor.describe() + " may not " + what + ": it is about section " + e.sectionId() + " but proposal "
          + e.proposalId() + " is for section " + p.get().proposal().sectionId();
    }
    if (!e.legacy() && !e.proposalHash().equals(p.get().entryHash())) {
      return actor.describe() + " may not " + what + ": it quotes proposal hash " + e.proposalHash()
          + " but proposal " + e.proposalId() + " (seq " + p.get().seq() + ") has entry hash " + p.get().entryHash();
    }
    if (!e.legacy() && !e.geometryHash().equals(p.get().proposal().geometryHash())) {
      return actor.describe() + " may not " + what + ": it quotes geometry hash " + e.geometryHash()
          + " but the line of proposal " + e.proposalId() + " has geometry hash "
          + p.get().proposal().geometryHash();
    }
    if (p.get().withdrawn()) {
      return actor.describe() + " may not " + what + ": it adopts proposal " + e.proposalId()
          + ", withdrawn at seq " + p.get().withdrawnSeq();
    }
    return agreedSectionRefusal(actor, what, e.sectionId(), s);
  }

  private static String decisionEndorsed(Actor actor, Member author, DecisionEndorsed e, CommissionState s) {
    String what = "endorse decision " + e.decisionId();
    Optional<DecisionRecord> found = s.decision(e.decisionId());
    if (found.isEmpty()) {
      return actor.describe() + " may not " + what + ": unknown decision " + e.decisionId();
    }
    if (!actor.party().isParty()) {
      return actor.describe() + " may not " + what + ": the mediator advises and witnesses but never endorses;"
          + " only the parties' co-chairs endorse decisions";
    }
    if (!author.has(Role.CO_CHAIR)) {
      return actor.describe() + " may not " + what + ": only a co-chair endorses for party "
          + actor.party().code() + ", and \"" + author.name() + "\" is not one";
    }
    DecisionRecord d = found.get();
    if (!d.draftHash().equals(e.draftHash())) {
      return actor.describe() + " may not " + what + ": the endorsement quotes draft hash " + e.draftHash()
          + " but the draft of " + e.decisionId() + " (seq " + d.draftSeq() + ") has hash " + d.draftHash();
    }
    String geometry = s.proposal(d.draft().proposalId()).orElseThrow().proposal().geometryHash();
    if (e.geometryHash() != null && !e.geometryHash().equals(geometry)) {
      return actor.describe() + " may not " + what + ": the endorsement quotes geometry hash " + e.geometryHash()
          + " but the line the draft adopts has geometry hash " + geometry;
    }
    Endorsement already = d.endorsements().get(actor.party());
    if (already != null) {
      return actor.describe() + " may not " + what + ": party " + actor.party().code()
          + " already endorsed it at seq " + already.seq() + " (\"" + already.member() + "\")";
    }
    Proposal p = s.proposal(d.draft().proposalId()).orElseThrow();
    if (p.withdrawn()) {
      return actor.describe() + " may not " + what + ": the proposal it adopts, " + p.proposalId()
          + ", was withdrawn at seq " + p.withdrawnSeq();
    }
    return agreedSectionRefusal(actor, what, d.draft().sectionId(), s);
  }

  static String partyWord(Party p) {
    return p == Party.MEDIATOR ? "the mediator" : "party " + p.code();
  }

  // ============================================================================================ apply

  private static CommissionState apply(CommissionState s, Act act) {
    long seq = act.seq();
    Instant time = act.time();
    return switch (act.event()) {
      case Genesis g -> {
        CommissionState n = s.withGenesis(g);
        for (FoundingMember m : g.members()) {
          n = n.withMember(new Member(m.party(), m.member(), m.roles(), seq))
              .withKey(new Key(m.keyId(), m.party(), m.member(), m.publicKey(), KeyStatus.ACTIVE, seq,
                  null, null, null));
        }
        yield MissionRules.admitAtGenesis(n, g, seq);
      }
      case MemberAdded e -> s.withMember(new Member(e.party(), e.member(), e.roles(), seq))
          .withKey(new Key(e.keyId(), e.party(), e.member(), e.publicKey(), KeyStatus.ACTIVE, seq, null, null,
              null));
      case KeyRotated e -> {
        Key old = s.key(e.oldKeyId()).orElseThrow();
        yield s.withKey(new Key(old.keyId(), old.party(), old.member(), old.publicKey(), KeyStatus.ROTATED,
                old.addedSeq(), seq, null, null))
            .withKey(new Key(e.newKeyId(), e.party(), e.member(), e.newPublicKey(), KeyStatus.ACTIVE, seq, null,
                null, null));
      }
      case KeyRevoked e -> {
        Key k = s.key(e.keyId()).orElseThrow();
        yield s.withKey(new Key(k.keyId(), k.party(), k.member(), k.publicKey(), KeyStatus.REVOKED,
            k.addedSeq(), k.rotatedSeq(), seq, time));
      }
      case SittingOpened e -> s.withSitting(new Sitting(e.sittingId(), e.title(), e.agenda(), seq, time, null,
          null, null, e.details()));
      case SittingClosed e -> {
        Sitting o = s.sitting(e.sittingId()).orElseThrow();
        yield s.withSitting(new Sitting(o.sittingId(), o.title(), o.agenda(), o.openedSeq(), o.openedTime(),
            e.protocol(), seq, time, o.details()));
      }
      case SourceRegistered e -> s.withSource(new Source(e, act.author(), seq, time, act.entryHash(), null));
      case MapSheetRegistered e -> {
        Source src = s.source(e.sourceId()).orElseThrow();
        yield s.withSource(new Source(src.source(), src.registeredBy(), src.seq(), src.time(), src.entryHash(),
            new MapSheet(e, act.author(), seq, time)));
      }
      case LineProposed e -> {
        SectionRecord sec = s.section(e.sectionId()).orElse(new SectionRecord(e.sectionId(), 0, null));
        yield s.withProposal(new Proposal(e, act.author().party(), act.author(), seq, time, act.entryHash(), null,
            null))
            .withSection(new SectionRecord(sec.sectionId(), sec.liveProposals() + 1, sec.agreedBy()));
      }
      case ProposalWithdrawn e -> {
        Proposal p = s.proposal(e.proposalId()).orElseThrow();
        SectionRecord sec = s.section(p.proposal().sectionId()).orElseThrow();
        yield s.withProposal(new Proposal(p.proposal(), p.party(), p.proposedBy(), p.seq(), p.time(),
                p.entryHash(), seq, e.reason()))
            .withSection(new SectionRecord(sec.sectionId(), sec.liveProposals() - 1, sec.agreedBy()));
      }
      case Note e -> s.withNote(new NoteRecord(e, act.author(), seq, time));
      case DecisionDrafted e -> s.withDecision(new DecisionRecord(e, act.author(), seq, time, act.entryHash(),
          Map.of(), null, null));
      case DecisionEndorsed e -> endorse(s, act, e);
      case TreatyEvent e -> TreatyRules.apply(s, act, e);
      case ProcedureEvent e -> s.withProcedure(ProcedureRules.apply(s.procedure(), act, e));
      case ProtocolEvent e -> s.withProtocols(ProtocolRules.apply(s.protocols(), act, e));
      case CommitmentEvent e -> s.withCommitments(CommitmentRules.apply(s.commitments(), act, e));
      case PillarEvent e -> PillarRules.apply(s, act, e);
      case PatrolEvent e -> PatrolRules.apply(s, act, e);
      case MissionEvent e -> MissionRules.apply(s, act, e);
      case IncidentEvent e -> IncidentRules.apply(s, act, e);
    };
  }

  private static CommissionState endorse(CommissionState s, Act act, DecisionEndorsed e) {
    DecisionRecord d = s.decision(e.decisionId()).orElseThrow();
    Actor a = act.author();
    Map<Party, Endorsement> endorsements = new HashMap<>(d.endorsements());
    endorsements.put(a.party(), new Endorsement(a.party(), a.member(), a.keyId(), act.seq(), act.time(),
        act.entryHash()));
    // In force exactly when both parties' co-chairs have endorsed (docs/design.md, principle 2).
    boolean inForce = endorsements.containsKey(Party.A) && endorsements.containsKey(Party.B);
    CommissionState n = s.withDecision(new DecisionRecord(d.draft(), d.draftedBy(), d.draftSeq(), d.draftTime(),
        d.draftHash(), endorsements, inForce ? act.seq() : null, inForce ? act.time() : null));
    if (inForce) {
      SectionRecord sec = s.section(d.draft().sectionId()).orElseThrow();
      n = n.withSection(new SectionRecord(sec.sectionId(), sec.liveProposals(), d.decisionId()));
    }
    return n;
  }
}
