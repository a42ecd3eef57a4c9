package org.groma.app.commission;

import static org.groma.app.commission.Role.ADMIN;
import static org.groma.app.commission.Role.CO_CHAIR;
import static org.groma.app.commission.Role.EXPERT;
import static org.groma.app.commission.Role.MONITOR;
import static org.groma.app.commission.Role.SURVEYOR;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
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
import org.groma.app.commission.CommitmentEvent.AgreementRegistered;
import org.groma.app.commission.CommitmentEvent.CommitmentRegistered;
import org.groma.app.commission.CommitmentEvent.CommitmentScored;
import org.groma.app.commission.CommitmentEvent.ScoreAnswered;
import org.groma.app.commission.EventCodec.Obj;
import org.groma.app.commission.TreatyEvent.ParagraphProposed;
import org.groma.app.commission.TreatyEvent.TreatyOpened;
import org.groma.app.commission.TreatyEvent.VersionAccepted;
import org.groma.app.commission.TreatyEvent.VersionInitialled;
import org.groma.app.commission.ProcedureEvent.RegulationsProposed;
import org.groma.app.commission.ProcedureEvent.RegulationsSigned;
import org.groma.app.commission.ProtocolEvent.ProtocolDrafted;
import org.groma.app.commission.ProtocolEvent.ProtocolInitialled;
import org.groma.app.commission.ProtocolEvent.ProtocolSigned;
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
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.PostEstablished;
import org.groma.app.commission.PatrolEvent.PostStatusChanged;
import org.groma.app.commission.IncidentEvent.IncidentInvestigated;
import org.groma.app.commission.IncidentEvent.IncidentPositionTaken;
import org.groma.app.commission.IncidentEvent.IncidentReported;
import org.groma.app.commission.IncidentEvent.IncidentVerified;
import org.groma.app.commission.MissionEvent.MissionAdmissionSigned;

/**
 * The registry of the journal's entry types: each is declared here once, with its type code, its
 * {@link CommissionEvent} record, its body codec ({@link EventCodec}'s writer and reader) and the roles that
 * may author it. The codec, the commission's rules and a node's gate all ask this table; nothing else lists
 * entry types. Adding one (a pillar protocol, a treaty article, an incident) takes its record in
 * {@link CommissionEvent}, its writer and reader in {@link EventCodec}, one line here, and its rule in
 * {@link CommissionRules} (docs/architecture.md, "Entry types: one registry").
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class EntryTypes {

  /** Who convenes the commission and keeps its rosters and protocol. */
  private static final Set<Role> CONVENERS = EnumSet.of(CO_CHAIR, ADMIN);

  /** The negotiators: who propose, withdraw and draft lines. */
  private static final Set<Role> NEGOTIATORS = EnumSet.of(EXPERT, CO_CHAIR);

  /** Who register sources and their provenance. */
  private static final Set<Role> SOURCE_KEEPERS = EnumSet.of(EXPERT, SURVEYOR, CO_CHAIR);

  /**
   * Who may initial and sign a protocol for a party; the regulations in force narrow it (co-chairs only
   * unless they say otherwise).
   */
  private static final Set<Role> SIGNATORIES = EnumSet.of(EXPERT, CO_CHAIR);

  /**
   * Who score commitments and answer the other party's scores: a party's delegation. A monitor watches the line
   * and reports incidents; it never scores a party's implementation (docs/security.md, roles).
   */
  private static final Set<Role> SCORERS = EnumSet.of(EXPERT, CO_CHAIR);

  /**
   * Who set out, survey and repair pillars, report their damage and record inspections (docs/demarcation.md). A
   * monitor who finds a damaged pillar reports an incident naming it; monitors never touch the pillar register.
   */
  private static final Set<Role> FIELD_WORK = EnumSet.of(EXPERT, CO_CHAIR, SURVEYOR);

  /**
   * Who may sign a pillar protocol or an inspection act: co-chairs, and a surveyor or expert the regulations in
   * force name a field-team head ({@link PillarRules} narrows it).
   */
  private static final Set<Role> JOINT_SIGNERS = EnumSet.of(EXPERT, CO_CHAIR, SURVEYOR);

  /** Who keep watch along the line: record posts and patrols (a party's own, or the monitoring mission's). */
  private static final Set<Role> WATCHERS = EnumSet.of(CO_CHAIR, SURVEYOR, MONITOR);

  /** Who report what they saw or heard of: anyone but an observer (and so also the note's authors). */
  private static final Set<Role> REPORTERS = EnumSet.of(EXPERT, CO_CHAIR, SURVEYOR, MONITOR, ADMIN);

  /** In the order docs/commission.md lists them. */
  private static final List<EntryType<?>> ALL = List.of(
      type("genesis", Genesis.class, Set.of(), EventCodec::write, EventCodec::readGenesis),
      type("member-added", MemberAdded.class, CONVENERS, EventCodec::write, EventCodec::readMemberAdded),
      type("key-rotated", KeyRotated.class, CONVENERS, EventCodec::write, EventCodec::readKeyRotated),
      type("key-revoked", KeyRevoked.class, CONVENERS, EventCodec::write, EventCodec::readKeyRevoked),
      type("sitting-opened", SittingOpened.class, CONVENERS, EventCodec::write, EventCodec::readSittingOpened),
      type("sitting-closed", SittingClosed.class, CONVENERS, EventCodec::write, EventCodec::readSittingClosed),
      type("source-registered", SourceRegistered.class, SOURCE_KEEPERS, EventCodec::write,
          EventCodec::readSourceRegistered),
      type("map-sheet-registered", MapSheetRegistered.class, SOURCE_KEEPERS, EventCodec::write,
          EventCodec::readMapSheetRegistered),
      type("line-proposed", LineProposed.class, NEGOTIATORS, EventCodec::write, EventCodec::readLineProposed),
      type("proposal-withdrawn", ProposalWithdrawn.class, NEGOTIATORS, EventCodec::write,
          EventCodec::readProposalWithdrawn, EventCodec::readProposalWithdrawnV1),
      type("note", Note.class, REPORTERS, EventCodec::write,
          EventCodec::readNote),
      type("decision-drafted", DecisionDrafted.class, NEGOTIATORS, EventCodec::write,
          EventCodec::readDecisionDrafted, EventCodec::readDecisionDraftedV1),
      type("decision-endorsed", DecisionEndorsed.class, EnumSet.of(CO_CHAIR), EventCodec::write,
          EventCodec::readDecisionEndorsed, EventCodec::readDecisionEndorsedV1),
      type("treaty-opened", TreatyOpened.class, CONVENERS, TreatyCodec::write, TreatyCodec::readTreatyOpened),
      type("paragraph-proposed", ParagraphProposed.class, NEGOTIATORS, TreatyCodec::write,
          TreatyCodec::readParagraphProposed),
      type("version-accepted", VersionAccepted.class, EnumSet.of(CO_CHAIR), TreatyCodec::write,
          TreatyCodec::readVersionAccepted),
      type("version-initialled", VersionInitialled.class, EnumSet.of(CO_CHAIR), TreatyCodec::write,
          TreatyCodec::readVersionInitialled),
      type("regulations-proposed", RegulationsProposed.class, CONVENERS, ProtocolCodec::write,
          ProtocolCodec::readRegulationsProposed),
      type("regulations-signed", RegulationsSigned.class, EnumSet.of(CO_CHAIR), ProtocolCodec::write,
          ProtocolCodec::readRegulationsSigned),
      type("protocol-drafted", ProtocolDrafted.class, EnumSet.of(EXPERT, CO_CHAIR, ADMIN), ProtocolCodec::write,
          ProtocolCodec::readProtocolDrafted),
      type("protocol-initialled", ProtocolInitialled.class, SIGNATORIES, ProtocolCodec::write,
          ProtocolCodec::readProtocolInitialled),
      type("protocol-signed", ProtocolSigned.class, SIGNATORIES, ProtocolCodec::write,
          ProtocolCodec::readProtocolSigned),
      type("agreement-registered", AgreementRegistered.class, NEGOTIATORS, CommitmentCodec::write,
          CommitmentCodec::readAgreementRegistered),
      type("commitment-registered", CommitmentRegistered.class, NEGOTIATORS, CommitmentCodec::write,
          CommitmentCodec::readCommitmentRegistered),
      type("commitment-scored", CommitmentScored.class, SCORERS, CommitmentCodec::write,
          CommitmentCodec::readCommitmentScored),
      type("score-answered", ScoreAnswered.class, SCORERS, CommitmentCodec::write,
          CommitmentCodec::readScoreAnswered),
      type("pillar-regulations-proposed", PillarRegulationsProposed.class, EnumSet.of(CO_CHAIR), PillarCodec::write,
          PillarCodec::readRegulationsProposed),
      type("pillar-regulations-signed", PillarRegulationsSigned.class, EnumSet.of(CO_CHAIR), PillarCodec::write,
          PillarCodec::readRegulationsSigned),
      type("pillar-proposed", PillarProposed.class, FIELD_WORK, PillarCodec::write, PillarCodec::readPillarProposed),
      type("pillar-surveyed", PillarSurveyed.class, FIELD_WORK, PillarCodec::write, PillarCodec::readPillarSurveyed),
      type("pillar-protocol-signed", PillarProtocolSigned.class, JOINT_SIGNERS, PillarCodec::write,
          PillarCodec::readProtocolSigned),
      type("pillar-damaged", PillarDamaged.class, FIELD_WORK, PillarCodec::write,
          PillarCodec::readPillarDamaged),
      type("pillar-restored", PillarRestored.class, FIELD_WORK, PillarCodec::write, PillarCodec::readPillarRestored),
      type("pillar-replaced", PillarReplaced.class, FIELD_WORK, PillarCodec::write, PillarCodec::readPillarReplaced),
      type("inspection-recorded", InspectionRecorded.class, FIELD_WORK, PillarCodec::write,
          PillarCodec::readInspectionRecorded),
      type("inspection-act-signed", InspectionActSigned.class, JOINT_SIGNERS, PillarCodec::write,
          PillarCodec::readInspectionActSigned),
      type("post-established", PostEstablished.class, WATCHERS, PatrolCodec::write,
          PatrolCodec::readPostEstablished),
      type("post-status-changed", PostStatusChanged.class, WATCHERS, PatrolCodec::write,
          PatrolCodec::readPostStatusChanged),
      type("patrol-recorded", PatrolRecorded.class, WATCHERS, PatrolCodec::write, PatrolCodec::readPatrolRecorded),
      type("mission-admission-signed", MissionAdmissionSigned.class, EnumSet.of(CO_CHAIR), MissionCodec::write,
          MissionCodec::readMissionAdmissionSigned),
      type("incident-reported", IncidentReported.class, REPORTERS, IncidentCodec::write,
          IncidentCodec::readIncidentReported),
      type("incident-verified", IncidentVerified.class, EnumSet.of(MONITOR), IncidentCodec::write,
          IncidentCodec::readIncidentVerified),
      type("incident-position-taken", IncidentPositionTaken.class, EnumSet.of(CO_CHAIR), IncidentCodec::write,
          IncidentCodec::readIncidentPositionTaken),
      type("incident-investigated", IncidentInvestigated.class, EnumSet.of(CO_CHAIR, MONITOR), IncidentCodec::write,
          IncidentCodec::readIncidentInvestigated));

  private static final Map<String, EntryType<?>> BY_CODE = new LinkedHashMap<>();
  private static final Map<Class<?>, EntryType<?>> BY_CLASS = new HashMap<>();

  static {
    for (EntryType<?> t : ALL) {
      if (BY_CODE.put(t.code(), t) != null || BY_CLASS.put(t.recordClass(), t) != null) {
        throw new ExceptionInInitializerError("entry type " + t.code() + " is declared twice");
      }
    }
  }

  private EntryTypes() {}

  private static <E extends CommissionEvent> EntryType<E> type(String code, Class<E> recordClass, Set<Role> roles,
      Function<E, BodyWriter> writer, Function<Obj, E> reader) {
    return type(code, recordClass, roles, writer, reader, null);
  }

  /** A type whose format 1 bodies (before acts quoted the hashes of what they name) {@code v1Reader} reads. */
  private static <E extends CommissionEvent> EntryType<E> type(String code, Class<E> recordClass, Set<Role> roles,
      Function<E, BodyWriter> writer, Function<Obj, E> reader, Function<Obj, E> v1Reader) {
    return new EntryType<>(code, recordClass, roles, writer, reader, v1Reader);
  }

  /** Every entry type, in the order docs/commission.md lists them. */
  public static List<EntryType<?>> all() {
    return ALL;
  }

  /** The type codes, in that order. */
  public static List<String> codes() {
    return ALL.stream().map(EntryType::code).toList();
  }

  /** The type of this code, if there is one. */
  public static Optional<EntryType<?>> find(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** The type of this code; refuses an unknown one, listing the known. */
  public static EntryType<?> of(String code) {
    return find(code).orElseThrow(() -> new BadInputException("unknown entry type \"" + code + "\" (expected one of "
        + String.join(", ", codes()) + ")"));
  }

  /** The type of an event. */
  public static EntryType<?> of(CommissionEvent event) {
    return of(event.getClass());
  }

  /** The type whose record is {@code recordClass}. */
  @SuppressWarnings("unchecked")
  public static <E extends CommissionEvent> EntryType<E> of(Class<E> recordClass) {
    EntryType<?> t = BY_CLASS.get(recordClass);
    if (t == null) {
      throw new IllegalArgumentException(recordClass.getName() + " is not a registered entry type");
    }
    return (EntryType<E>) t;
  }

  /** The roles that may author an act of the type whose record is {@code recordClass}. */
  static Set<Role> authorRoles(Class<? extends CommissionEvent> recordClass) {
    return of(recordClass).authorRoles();
  }
}
