package org.groma.app.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.MapSheetRegistered;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent.ProposalWithdrawn;
import org.groma.app.commission.CommissionEvent.SourceRegistered;
import org.groma.journal.entry.Party;

/**
 * The commission as the journal up to some act makes it: roster, sittings, sources, proposals, notes,
 * decisions and the status of each section. Built only by {@link CommissionRules#evolve}; every change
 * returns a new state that shares what did not change with the old one.
 *
 * <h2>Thread safety</h2>
 * Immutable; safe to share between threads and to keep for time travel.
 */
public final class CommissionState {

  /** Status of a key. */
  public enum KeyStatus { ACTIVE, ROTATED, REVOKED }

  /** A section's negotiation status; "demarcated" is the demarcation feature's business, later. */
  public enum SectionStatus { UNRESOLVED, PROPOSED, AGREED }

  /** A member and their roles; their keys are in {@link #keys()}. */
  public record Member(Party party, String name, Set<Role> roles, long addedSeq) {
    public boolean has(Role role) {
      return roles.contains(role);
    }
  }

  /**
   * A member's key.
   *
   * @param addedSeq the act that gave it (genesis, member-added or key-rotated)
   * @param rotatedSeq the act that replaced it, or null
   * @param revokedSeq the act that revoked it, or null; acts before this one stay valid
   * @param revokedTime when it was revoked, or null
   */
  public record Key(String keyId, Party party, String member, String publicKey, KeyStatus status, long addedSeq,
      Long rotatedSeq, Long revokedSeq, Instant revokedTime) {}

  /**
   * A sitting; {@code protocol} and {@code closedSeq} are null while it is open, {@code details} null for a
   * sitting opened without particulars.
   */
  public record Sitting(String sittingId, String title, List<String> agenda, long openedSeq, Instant openedTime,
      String protocol, Long closedSeq, Instant closedTime, SittingDetails details) {
    public boolean open() {
      return closedSeq == null;
    }
  }

  /**
   * A registered source and who registered it; {@code entryHash} is the hash of the entry that registered
   * it, which its map provenance quotes, and {@code mapSheet} that provenance, or null while none is
   * registered.
   */
  public record Source(SourceRegistered source, Actor registeredBy, long seq, Instant time, String entryHash,
      MapSheet mapSheet) {}

  /** The map provenance of a source ({@code map-sheet-registered}) and who registered it. */
  public record MapSheet(MapSheetRegistered provenance, Actor registeredBy, long seq, Instant time) {}

  /**
   * A proposal; {@code withdrawnSeq} is null unless withdrawn. {@code entryHash} is the hash of the entry
   * that tabled it, which a draft and a withdrawal quote.
   */
  public record Proposal(LineProposed proposal, Party party, Actor proposedBy, long seq, Instant time,
      String entryHash, Long withdrawnSeq, String withdrawalReason) {
    public boolean withdrawn() {
      return withdrawnSeq != null;
    }

    public String proposalId() {
      return proposal.proposalId();
    }
  }

  /** A note and its author. */
  public record NoteRecord(Note note, Actor author, long seq, Instant time) {}

  /** One party's endorsement of a draft decision. */
  public record Endorsement(Party party, String member, String keyId, long seq, Instant time, String entryHash) {}

  /**
   * A decision: its draft, the endorsements so far, and when it came into force (both parties' co-chairs
   * endorsed), or nulls while it is a draft.
   */
  public record DecisionRecord(DecisionDrafted draft, Actor draftedBy, long draftSeq, Instant draftTime,
      String draftHash, Map<Party, Endorsement> endorsements, Long inForceSeq, Instant inForceTime) {
    public DecisionRecord {
      EnumMap<Party, Endorsement> byParty = new EnumMap<>(Party.class);
      byParty.putAll(endorsements);
      endorsements = Collections.unmodifiableMap(byParty);
    }

    public String decisionId() {
      return draft.decisionId();
    }

    public boolean inForce() {
      return inForceSeq != null;
    }

    /**
     * Whether the decision is final under a checkpoint of {@code cosignedSize} entries that both parties'
     * witnesses cosigned (null: there is none): in force, and the entry that brought it into force lies
     * within that checkpoint (docs/design.md, "The journal").
     */
    public boolean finalUnder(Long cosignedSize) {
      return includedIn(cosignedSize);
    }

    /**
     * Whether it is in force and the entry that brought it into force lies within a checkpoint of
     * {@code checkpointSize} entries (null: there is none), cosigned or not: a checkpoint of size n covers
     * entries 0 to n - 1 (RFC 9162). Final when that checkpoint is cosigned by both witnesses.
     */
    public boolean includedIn(Long checkpointSize) {
      return inForce() && checkpointSize != null && inForceSeq < checkpointSize;
    }
  }

  /**
   * What the journal says about a section: its proposals and the decision that agreed it; its
   * {@link SectionStatus} follows. (The boundary model's {@link org.groma.app.delimitation.Section} is the
   * section's geometry: its turning points and segments.)
   *
   * @param liveProposals proposals for it not withdrawn
   * @param agreedBy the decision in force that fixes its line, or null
   */
  public record SectionRecord(String sectionId, int liveProposals, String agreedBy) {
    public SectionStatus status() {
      if (agreedBy != null) {
        return SectionStatus.AGREED;
      }
      return liveProposals > 0 ? SectionStatus.PROPOSED : SectionStatus.UNRESOLVED;
    }
  }

  /** Before any act: no commission. */
  public static final CommissionState EMPTY = new CommissionState();

  private Genesis genesis;
  private long lastSeq = -1;
  private Instant lastTime;
  private PersistentMap<String, Member> members = PersistentMap.empty();
  private PersistentMap<String, Key> keys = PersistentMap.empty();
  private PersistentMap<String, String> keyIdsByPublicKey = PersistentMap.empty();
  private PersistentMap<String, Sitting> sittings = PersistentMap.empty();
  private String openSittingId;
  private PersistentMap<String, Source> sources = PersistentMap.empty();
  private PersistentMap<String, String> sourceIdsBySha256 = PersistentMap.empty();
  private PersistentMap<String, Proposal> proposals = PersistentMap.empty();
  private PersistentMap<String, NoteRecord> notes = PersistentMap.empty();
  private PersistentMap<String, DecisionRecord> decisions = PersistentMap.empty();
  private PersistentMap<String, SectionRecord> sections = PersistentMap.empty();
  private TreatyRegister treaties = TreatyRegister.EMPTY;
  private ProcedureRegister procedure = ProcedureRegister.EMPTY;
  private ProtocolRegister protocols = ProtocolRegister.EMPTY;
  private CommitmentRegister commitments = CommitmentRegister.EMPTY;
  private PillarRegister pillars = PillarRegister.EMPTY;
  private PatrolRegister patrols = PatrolRegister.EMPTY;
  private MissionRegister missions = MissionRegister.EMPTY;
  private IncidentRegister incidents = IncidentRegister.EMPTY;

  private CommissionState() {}

  private CommissionState copy() {
    CommissionState c = new CommissionState();
    c.genesis = genesis;
    c.lastSeq = lastSeq;
    c.lastTime = lastTime;
    c.members = members;
    c.keys = keys;
    c.keyIdsByPublicKey = keyIdsByPublicKey;
    c.sittings = sittings;
    c.openSittingId = openSittingId;
    c.sources = sources;
    c.sourceIdsBySha256 = sourceIdsBySha256;
    c.proposals = proposals;
    c.notes = notes;
    c.decisions = decisions;
    c.sections = sections;
    c.treaties = treaties;
    c.procedure = procedure;
    c.protocols = protocols;
    c.commitments = commitments;
    c.pillars = pillars;
    c.patrols = patrols;
    c.missions = missions;
    c.incidents = incidents;
    return c;
  }

  // ------------------------------------------------------------------------------------------ reading

  /** True once genesis has been accepted. */
  public boolean founded() {
    return genesis != null;
  }

  public Optional<Genesis> genesis() {
    return Optional.ofNullable(genesis);
  }

  /** The seq of the last act folded in, or -1 before genesis. */
  public long lastSeq() {
    return lastSeq;
  }

  /** The time of the last act folded in, empty before genesis. */
  public Optional<Instant> lastTime() {
    return Optional.ofNullable(lastTime);
  }

  public Optional<Member> member(String name) {
    return members.get(name);
  }

  /** Members by name. */
  public List<Member> members() {
    return members.values();
  }

  public Optional<Key> key(String keyId) {
    return keys.get(keyId);
  }

  /** Keys by id, with their status. */
  public List<Key> keys() {
    return keys.values();
  }

  /** The key id holding this public key, if any member has it. */
  public Optional<String> keyIdOf(String publicKey) {
    return keyIdsByPublicKey.get(publicKey);
  }

  public Optional<Sitting> sitting(String sittingId) {
    return sittings.get(sittingId);
  }

  public List<Sitting> sittings() {
    return sittings.values();
  }

  /** The sitting now open, if any (at most one at a time). */
  public Optional<Sitting> openSitting() {
    return openSittingId == null ? Optional.empty() : sittings.get(openSittingId);
  }

  public Optional<Source> source(String sourceId) {
    return sources.get(sourceId);
  }

  public List<Source> sources() {
    return sources.values();
  }

  /** The source id registered for a file with this SHA-256, if any. */
  public Optional<String> sourceIdOf(String sha256) {
    return sourceIdsBySha256.get(sha256);
  }

  public Optional<Proposal> proposal(String proposalId) {
    return proposals.get(proposalId);
  }

  public List<Proposal> proposals() {
    return proposals.values();
  }

  /** Proposals for one section, withdrawn ones included, by id. */
  public List<Proposal> proposalsFor(String sectionId) {
    List<Proposal> out = new ArrayList<>();
    for (Proposal p : proposals.values()) {
      if (p.proposal().sectionId().equals(sectionId)) {
        out.add(p);
      }
    }
    return out;
  }

  public Optional<NoteRecord> note(String noteId) {
    return notes.get(noteId);
  }

  public List<NoteRecord> notes() {
    return notes.values();
  }

  /**
   * A draft adopting proposal {@code proposalId} as this state holds it, quoting its entry hash and its
   * line's geometry hash.
   *
   * @throws BadInputException when there is no such proposal
   */
  public DecisionDrafted draftAdopting(String decisionId, String sectionId, String sittingId, String text,
      String proposalId) {
    Proposal p = proposal(proposalId).orElseThrow(() -> new BadInputException("no proposal " + proposalId
        + " to adopt"));
    return new DecisionDrafted(decisionId, sectionId, sittingId, text, proposalId, p.entryHash(),
        p.proposal().geometryHash());
  }

  /**
   * An endorsement of draft {@code decisionId} as this state holds it: its draft hash and the geometry hash
   * of the line it adopts.
   *
   * @throws BadInputException when there is no such decision
   */
  public DecisionEndorsed endorsementOf(String decisionId) {
    DecisionRecord d = decision(decisionId).orElseThrow(() -> new BadInputException("no decision " + decisionId
        + " to endorse"));
    return new DecisionEndorsed(decisionId, d.draftHash(), geometryHash(d));
  }

  /** The geometry hash of the line decision {@code d} adopts (also for a draft that did not quote it). */
  public String geometryHash(DecisionRecord d) {
    return adoptedLine(d).geometryHash();
  }

  /** The line decision {@code d} adopts: the line of the proposal its draft names. */
  public LineProposed adoptedLine(DecisionRecord d) {
    return proposal(d.draft().proposalId()).orElseThrow().proposal();
  }

  /** The decision in force that agreed section {@code sectionId}, if it is agreed. */
  public Optional<DecisionRecord> agreedDecision(String sectionId) {
    return section(sectionId).map(SectionRecord::agreedBy).flatMap(this::decision);
  }

  /**
   * The proposal whose line is the agreed line of section {@code sectionId} (the one its decision in force
   * adopted), if the section is agreed: the one rule for "the agreed line", which the layers, the tables and
   * the API all follow.
   */
  public Optional<Proposal> agreedProposal(String sectionId) {
    return agreedDecision(sectionId).flatMap(d -> proposal(d.draft().proposalId()));
  }

  /**
   * The line decision {@code d} replaces, which a co-chair compares with before endorsing it: the line of the
   * latest other decision in force for its section that came into force before {@code d} did (or at all, while
   * {@code d} is a draft), else the latest live proposal for the section other than the one {@code d} adopts;
   * empty when the section has neither.
   */
  public Optional<ReplacedLine> replacedBy(DecisionRecord d) {
    String sectionId = d.draft().sectionId();
    String adopted = d.draft().proposalId();
    DecisionRecord before = null;
    for (DecisionRecord x : decisionsInForce()) {
      boolean earlier = !d.inForce() || x.inForceSeq() < d.inForceSeq();
      if (x != d && earlier && x.draft().sectionId().equals(sectionId)
          && !x.draft().proposalId().equals(adopted) && (before == null || x.inForceSeq() > before.inForceSeq())) {
        before = x;
      }
    }
    if (before != null) {
      String id = before.decisionId();
      return proposal(before.draft().proposalId()).map(p -> new ReplacedLine(p, id));
    }
    return proposalsFor(sectionId).stream()
        .filter(p -> !p.withdrawn() && !p.proposalId().equals(adopted))
        .max(Comparator.comparingLong(Proposal::seq))
        .map(p -> new ReplacedLine(p, null));
  }

  /**
   * The line a decision replaces: a proposal, and the decision in force that had agreed it (null when the
   * line was only proposed).
   */
  public record ReplacedLine(Proposal proposal, String agreedBy) {}

  /**
   * A withdrawal of proposal {@code proposalId}, quoting its entry hash.
   *
   * @throws BadInputException when there is no such proposal
   */
  public ProposalWithdrawn withdrawalOf(String proposalId, String reason) {
    Proposal p = proposal(proposalId).orElseThrow(() -> new BadInputException("no proposal " + proposalId
        + " to withdraw"));
    return new ProposalWithdrawn(proposalId, reason, p.entryHash());
  }

  /**
   * The map provenance of source {@code sourceId}, quoting the entry hash of its registration.
   *
   * @throws BadInputException when there is no such source
   */
  public MapSheetRegistered mapSheetOf(String sourceId, String sheet, int editionYear, int surveyYear,
      String issuer, int scanDpi, Party suppliedBy) {
    Source src = source(sourceId).orElseThrow(() -> new BadInputException("no source " + sourceId
        + " to describe"));
    return new MapSheetRegistered(sourceId, sheet, editionYear, surveyYear, issuer, scanDpi, suppliedBy,
        src.entryHash());
  }

  public Optional<DecisionRecord> decision(String decisionId) {
    return decisions.get(decisionId);
  }

  public List<DecisionRecord> decisions() {
    return decisions.values();
  }

  /** Decisions in force (endorsed by both parties' co-chairs), by id. */
  public List<DecisionRecord> decisionsInForce() {
    List<DecisionRecord> out = new ArrayList<>();
    for (DecisionRecord d : decisions.values()) {
      if (d.inForce()) {
        out.add(d);
      }
    }
    return out;
  }

  /** Sections named by any proposal, by id. */
  public List<SectionRecord> sections() {
    return sections.values();
  }

  /** A section's status; a section no proposal has named is unresolved. */
  public SectionStatus sectionStatus(String sectionId) {
    return sections.get(sectionId).map(SectionRecord::status).orElse(SectionStatus.UNRESOLVED);
  }

  public Optional<SectionRecord> section(String sectionId) {
    return sections.get(sectionId);
  }

  /** The treaty texts (docs/treaty.md). */
  public TreatyRegister treaties() {
    return treaties;
  }

  /** The regulations: every version tabled and the one in force. */
  public ProcedureRegister procedure() {
    return procedure;
  }

  /** The sittings' protocols and the working groups' kilometres. */
  public ProtocolRegister protocols() {
    return protocols;
  }

  /** The commitments register. */
  public CommitmentRegister commitments() {
    return commitments;
  }

  /** Posts and patrols (docs/patrols.md). */
  public PatrolRegister patrols() {
    return patrols;
  }

  /** The monitoring missions, admitted and pending (docs/incidents.md). */
  public MissionRegister missions() {
    return missions;
  }

  /** The incident register (docs/incidents.md). */
  public IncidentRegister incidents() {
    return incidents;
  }

  // ------------------------------------------------------------------------------------------ changing

  CommissionState withProcedure(ProcedureRegister r) {
    CommissionState c = copy();
    c.procedure = r;
    return c;
  }

  CommissionState withProtocols(ProtocolRegister r) {
    CommissionState c = copy();
    c.protocols = r;
    return c;
  }

  CommissionState withCommitments(CommitmentRegister r) {
    CommissionState c = copy();
    c.commitments = r;
    return c;
  }

  CommissionState withMissions(MissionRegister m) {
    CommissionState c = copy();
    c.missions = m;
    return c;
  }

  CommissionState withIncidents(IncidentRegister i) {
    CommissionState c = copy();
    c.incidents = i;
    return c;
  }

  CommissionState at(long seq, Instant time) {
    CommissionState c = copy();
    c.lastSeq = seq;
    c.lastTime = time;
    return c;
  }

  CommissionState withGenesis(Genesis g) {
    CommissionState c = copy();
    c.genesis = g;
    return c;
  }

  CommissionState withMember(Member m) {
    CommissionState c = copy();
    c.members = members.put(m.name(), m);
    return c;
  }

  CommissionState withKey(Key k) {
    CommissionState c = copy();
    c.keys = keys.put(k.keyId(), k);
    c.keyIdsByPublicKey = keyIdsByPublicKey.put(k.publicKey(), k.keyId());
    return c;
  }

  CommissionState withSitting(Sitting s) {
    CommissionState c = copy();
    c.sittings = sittings.put(s.sittingId(), s);
    c.openSittingId = s.open() ? s.sittingId() : null;
    return c;
  }

  CommissionState withSource(Source s) {
    CommissionState c = copy();
    c.sources = sources.put(s.source().sourceId(), s);
    c.sourceIdsBySha256 = sourceIdsBySha256.put(s.source().sha256(), s.source().sourceId());
    return c;
  }

  CommissionState withProposal(Proposal p) {
    CommissionState c = copy();
    c.proposals = proposals.put(p.proposalId(), p);
    return c;
  }

  CommissionState withPatrols(PatrolRegister register) {
    CommissionState c = copy();
    c.patrols = register;
    return c;
  }

  CommissionState withNote(NoteRecord n) {
    CommissionState c = copy();
    c.notes = notes.put(n.note().noteId(), n);
    return c;
  }

  CommissionState withDecision(DecisionRecord d) {
    CommissionState c = copy();
    c.decisions = decisions.put(d.decisionId(), d);
    return c;
  }

  /** The pillar register (docs/demarcation.md). */
  public PillarRegister pillars() {
    return pillars;
  }

  CommissionState withPillars(PillarRegister r) {
    CommissionState c = copy();
    c.pillars = r;
    return c;
  }

  CommissionState withSection(SectionRecord s) {
    CommissionState c = copy();
    c.sections = sections.put(s.sectionId(), s);
    return c;
  }

  CommissionState withTreaties(TreatyRegister r) {
    CommissionState c = copy();
    c.treaties = r;
    return c;
  }

  // ------------------------------------------------------------------------------------------ identity

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof CommissionState s
        && Objects.equals(genesis, s.genesis) && lastSeq == s.lastSeq && Objects.equals(lastTime, s.lastTime)
        && members.equals(s.members) && keys.equals(s.keys) && keyIdsByPublicKey.equals(s.keyIdsByPublicKey)
        && sittings.equals(s.sittings) && Objects.equals(openSittingId, s.openSittingId)
        && sources.equals(s.sources) && sourceIdsBySha256.equals(s.sourceIdsBySha256)
        && proposals.equals(s.proposals) && notes.equals(s.notes) && decisions.equals(s.decisions)
        && sections.equals(s.sections) && treaties.equals(s.treaties) && procedure.equals(s.procedure)
        && protocols.equals(s.protocols) && commitments.equals(s.commitments) && pillars.equals(s.pillars)
        && patrols.equals(s.patrols) && missions.equals(s.missions) && incidents.equals(s.incidents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(genesis, lastSeq, lastTime, members, keys, sittings, sources, proposals, notes,
        decisions, sections, treaties, procedure, protocols, commitments, pillars, patrols, missions, incidents);
  }

  @Override
  public String toString() {
    return "CommissionState{seq=" + lastSeq + ", members=" + members.size() + ", keys=" + keys.size()
        + ", sittings=" + sittings.size() + ", sources=" + sources.size() + ", proposals=" + proposals.size()
        + ", notes=" + notes.size() + ", decisions=" + decisions.size() + ", inForce="
        + decisionsInForce().size() + "}";
  }
}
