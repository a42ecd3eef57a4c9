package org.groma.app.commission;

import static org.groma.app.commission.Checks.hex32;
import static org.groma.app.commission.Checks.id;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.groma.app.BadInputException;
import org.groma.app.delimitation.LineType;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoInputException;
import org.groma.geo.sheet.SheetName;
import org.groma.geo.sheet.SheetNameParser;
import org.groma.journal.entry.Party;

/**
 * What one journal entry records, one record per entry type ({@link EntryTypes} declares which record is
 * which type). {@link #type()} is the entry's {@code type} in the journal. Each record checks its own shape
 * (ids, hex, non-empty lists); whether the act is allowed in the commission's state is {@link CommissionRules}'
 * business.
 *
 * <p>A feature with a family of acts (the pillar register, the treaty text, the incident register) declares
 * them as records of its own sealed sub-interface, in a file of its own in this package, and adds that
 * interface to {@code permits} below (docs/architecture.md, "Entry types: one registry").
 */
public sealed interface CommissionEvent permits
    CommissionEvent.Genesis,
    CommissionEvent.MemberAdded,
    CommissionEvent.KeyRotated,
    CommissionEvent.KeyRevoked,
    CommissionEvent.SittingOpened,
    CommissionEvent.SittingClosed,
    CommissionEvent.SourceRegistered,
    CommissionEvent.MapSheetRegistered,
    CommissionEvent.LineProposed,
    CommissionEvent.ProposalWithdrawn,
    CommissionEvent.Note,
    CommissionEvent.DecisionDrafted,
    CommissionEvent.DecisionEndorsed,
    TreatyEvent,
    ProcedureEvent,
    ProtocolEvent,
    CommitmentEvent,
    PillarEvent,
    PatrolEvent,
    MissionEvent,
    IncidentEvent {

  /** The entry type written in the journal, e.g. {@code line-proposed}, as {@link EntryTypes} declares it. */
  default String type() {
    return EntryTypes.of(this).code();
  }

  // ---------------------------------------------------------------------------------------------- roster

  /** A party's or the mediator's code and name as genesis states them, e.g. code "PA", name "Party A". */
  record PartyName(String code, String name) {
    public PartyName {
      id("code", code);
      Checks.name("name", name);
    }
  }

  /** A member named by genesis, with their first key. */
  record FoundingMember(Party party, String member, Set<Role> roles, String keyId, String publicKey) {
    public FoundingMember {
      Objects.requireNonNull(party, "party");
      Checks.name("member", member);
      roles = CommissionEvent.checkRoles(party, member, roles);
      id("keyId", keyId);
      hex32("publicKey", publicKey);
    }
  }

  /** The log operator's or a witness's name and Ed25519 public key. */
  record NamedKey(String name, String publicKey) {
    public NamedKey {
      Checks.name("name", name);
      hex32("publicKey", publicKey);
    }
  }

  /** A party's witness: the node that cosigns checkpoints for that party. */
  record Witness(Party party, String name, String publicKey) {
    public Witness {
      Objects.requireNonNull(party, "party");
      if (!party.isParty()) {
        throw new BadInputException("a witness cosigns for party A or B, not for the mediator");
      }
      Checks.name("name", name);
      hex32("publicKey", publicKey);
    }
  }

  /**
   * The first entry: founds the commission.
   *
   * @param members the founding members: at least one co-chair of A and of B, at least one member of the
   *     mediator (the mediator's member with the admin role manages the mediator's roster later)
   * @param witnesses exactly one per party, A then B
   * @param datumTransformation the agreed transformation for old coordinates, e.g. {@code EPSG:1267} or a
   *     seven-parameter text; never chosen silently later (docs/design.md, "Geodesy conventions")
   * @param tolerances named tolerances; each name ends with its unit ({@code M}, {@code Mm}, {@code M2} or
   *     {@code Deg}), e.g. {@code agreeToleranceM = 0.05}; values are exact decimals, never binary floats
   * @param missions monitoring missions genesis admits (docs/incidents.md), usually none; their members
   *     sign as the mediator's side of the journal but are no members of the mediator's team
   */
  record Genesis(String commissionId, String commissionName, PartyName partyA, PartyName partyB,
      PartyName mediator, List<FoundingMember> members, NamedKey logOperator, List<Witness> witnesses,
      String datumTransformation, SortedMap<String, BigDecimal> tolerances, List<MissionEvent.Mission> missions)
      implements CommissionEvent {

    private static final Pattern TOLERANCE_NAME = Pattern.compile("[a-z][A-Za-z0-9]*(M|Mm|M2|Deg)");

    public Genesis {
      id("commissionId", commissionId);
      Checks.name("commissionName", commissionName);
      Objects.requireNonNull(partyA, "partyA");
      Objects.requireNonNull(partyB, "partyB");
      Objects.requireNonNull(mediator, "mediator");
      if (partyA.code().equals(partyB.code()) || partyA.code().equals(mediator.code())
          || partyB.code().equals(mediator.code())) {
        throw new BadInputException("the parties' and the mediator's codes must differ: "
            + partyA.code() + ", " + partyB.code() + ", " + mediator.code());
      }
      members = List.copyOf(members);
      Set<String> names = new HashSet<>();
      Set<String> keyIds = new HashSet<>();
      Set<String> keys = new HashSet<>();
      for (FoundingMember m : members) {
        if (!names.add(m.member())) {
          throw new BadInputException("founding member \"" + m.member() + "\" is named twice");
        }
        if (!keyIds.add(m.keyId())) {
          throw new BadInputException("key id " + m.keyId() + " is given twice");
        }
        if (!keys.add(m.publicKey())) {
          throw new BadInputException("public key " + m.publicKey() + " is given to two members");
        }
      }
      for (Party p : List.of(Party.A, Party.B)) {
        if (members.stream().noneMatch(m -> m.party() == p && m.roles().contains(Role.CO_CHAIR))) {
          throw new BadInputException("no co-chair of party " + p.code() + " among the founding members");
        }
      }
      if (members.stream().noneMatch(m -> m.party() == Party.MEDIATOR)) {
        throw new BadInputException("no member of the mediator among the founding members");
      }
      Objects.requireNonNull(logOperator, "logOperator");
      witnesses = List.copyOf(witnesses);
      if (witnesses.size() != 2 || witnesses.get(0).party() != Party.A || witnesses.get(1).party() != Party.B) {
        throw new BadInputException("witnesses must be exactly one per party, A then B");
      }
      // Roles and keys stay separate: whoever orders the log or witnesses it signs no act with that key, so
      // no single key both writes history and vouches for it (docs/security.md).
      Set<String> logNames = new HashSet<>();
      logNames.add(logOperator.name());
      for (Witness w : witnesses) {
        // Finality is read from the cosigners' names: two witnesses of one name would let one stand for both.
        if (!logNames.add(w.name())) {
          throw new BadInputException("witness \"" + w.name() + "\" has the name of the log operator or of the"
              + " other witness; each checkpoint key has a name of its own");
        }
      }
      Set<String> logKeys = new HashSet<>();
      logKeys.add(logOperator.publicKey());
      for (Witness w : witnesses) {
        if (!logKeys.add(w.publicKey())) {
          throw new BadInputException("witness \"" + w.name() + "\" has the same key as the log operator or the"
              + " other witness; each witness holds a key of its own");
        }
      }
      missions = List.copyOf(missions);
      Set<String> missionIds = new HashSet<>();
      for (MissionEvent.Mission mission : missions) {
        if (!missionIds.add(mission.missionId())) {
          throw new BadInputException("mission " + mission.missionId() + " is named twice");
        }
        for (MissionEvent.MissionMember m : mission.members()) {
          if (!names.add(m.member()) || !keyIds.add(m.keyId()) || !keys.add(m.publicKey())) {
            throw new BadInputException("monitor \"" + m.member() + "\" of mission " + mission.missionId()
                + " repeats the name, key id or public key of another member");
          }
          if (logKeys.contains(m.publicKey())) {
            throw new BadInputException("monitor \"" + m.member() + "\" signs with the key of the log operator or"
                + " a witness; members' keys and checkpoint keys must differ");
          }
        }
      }
      for (FoundingMember m : members) {
        if (logKeys.contains(m.publicKey())) {
          throw new BadInputException("founding member \"" + m.member() + "\" signs with the key of the log"
              + " operator or a witness; members' keys and checkpoint keys must differ");
        }
      }
      Checks.name("datumTransformation", datumTransformation);
      TreeMap<String, BigDecimal> copy = new TreeMap<>();
      for (Map.Entry<String, BigDecimal> t : tolerances.entrySet()) {
        if (!TOLERANCE_NAME.matcher(t.getKey()).matches()) {
          throw new BadInputException("tolerance name \"" + t.getKey()
              + "\" must be lower camel case ending with its unit (M, Mm, M2 or Deg), e.g. agreeToleranceM");
        }
        if (t.getValue() == null || t.getValue().signum() < 0) {
          throw new BadInputException("tolerance " + t.getKey() + " must be a non-negative decimal");
        }
        copy.put(t.getKey(), t.getValue());
      }
      tolerances = Collections.unmodifiableSortedMap(copy);
    }

    /** A genesis that admits no monitoring mission (every genesis written before missions existed). */
    public Genesis(String commissionId, String commissionName, PartyName partyA, PartyName partyB,
        PartyName mediator, List<FoundingMember> members, NamedKey logOperator, List<Witness> witnesses,
        String datumTransformation, SortedMap<String, BigDecimal> tolerances) {
      this(commissionId, commissionName, partyA, partyB, mediator, members, logOperator, witnesses,
          datumTransformation, tolerances, List.of());
    }

    public PartyName partyName(Party p) {
      return switch (p) {
        case A -> partyA;
        case B -> partyB;
        case MEDIATOR -> mediator;
      };
    }
  }

  /** A new member of a party (or of the mediator's team) with their first key. */
  record MemberAdded(Party party, String member, Set<Role> roles, String keyId, String publicKey)
      implements CommissionEvent {
    public MemberAdded {
      Objects.requireNonNull(party, "party");
      Checks.name("member", member);
      roles = CommissionEvent.checkRoles(party, member, roles);
      id("keyId", keyId);
      hex32("publicKey", publicKey);
    }

  }

  /** A member's active key replaced by a new one; acts signed with the old key before stay valid. */
  record KeyRotated(Party party, String member, String oldKeyId, String newKeyId, String newPublicKey)
      implements CommissionEvent {
    public KeyRotated {
      Objects.requireNonNull(party, "party");
      Checks.name("member", member);
      id("oldKeyId", oldKeyId);
      id("newKeyId", newKeyId);
      if (oldKeyId.equals(newKeyId)) {
        throw new BadInputException("the new key id must differ from the old one (" + oldKeyId + ")");
      }
      hex32("newPublicKey", newPublicKey);
    }

  }

  /** A key revoked from this act on; acts signed with it before stay valid (docs/design.md, "The journal": roster). */
  record KeyRevoked(Party party, String member, String keyId, String reason) implements CommissionEvent {
    public KeyRevoked {
      Objects.requireNonNull(party, "party");
      Checks.name("member", member);
      id("keyId", keyId);
      Checks.text("reason", reason);
    }

  }

  // ---------------------------------------------------------------------------------------------- sittings

  /**
   * A sitting (meeting) of the commission or of one of its working groups opens, with its agreed agenda and,
   * since protocols are kept on the record, the particulars its protocol's heading states ({@code details}:
   * null in a sitting opened before they were recorded, whose body has no such field).
   */
  record SittingOpened(String sittingId, String title, List<String> agenda, SittingDetails details)
      implements CommissionEvent {

    /** A sitting without particulars, as every sitting was opened before they were recorded. */
    public SittingOpened(String sittingId, String title, List<String> agenda) {
      this(sittingId, title, agenda, null);
    }

    public SittingOpened {
      id("sittingId", sittingId);
      Checks.name("title", title);
      agenda = List.copyOf(agenda);
      if (agenda.isEmpty()) {
        throw new BadInputException("sitting " + sittingId + " has an empty agenda");
      }
      for (int i = 0; i < agenda.size(); i++) {
        Checks.text("agenda[" + i + "]", agenda.get(i));
      }
    }

  }

  /** A sitting closes; its protocol (the record of what was said and done) is written into the journal. */
  record SittingClosed(String sittingId, String protocol) implements CommissionEvent {
    public SittingClosed {
      id("sittingId", sittingId);
      Checks.text("protocol", protocol);
    }

  }

  // ---------------------------------------------------------------------------------------------- sources

  /**
   * A source (map sheet, survey, document) registered by the SHA-256 of its file.
   *
   * @param scaleDenominator e.g. 50000 for 1:50 000, or null for a document without scale
   * @param date the source's date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (old sheets often
   *     give only a year)
   * @param crs the source's coordinate reference system, e.g. {@code EPSG:28408}, or null for a text
   */
  record SourceRegistered(String sourceId, String title, String sha256, Long scaleDenominator, String date,
      String crs) implements CommissionEvent {

    /** 2^53 - 1: the largest integer that RFC 8785 JSON (IEEE 754 doubles) holds exactly. */
    public static final long MAX_EXACT_INTEGER = (1L << 53) - 1;

    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    public SourceRegistered {
      id("sourceId", sourceId);
      Checks.name("title", title);
      hex32("sha256", sha256);
      if (scaleDenominator != null && scaleDenominator < 1) {
        throw new BadInputException("scaleDenominator " + scaleDenominator + " must be at least 1");
      }
      // The journal's canonical JSON (RFC 8785) holds integers exactly only up to 2^53 - 1.
      if (scaleDenominator != null && scaleDenominator > MAX_EXACT_INTEGER) {
        throw new BadInputException("scaleDenominator " + scaleDenominator + " is above " + MAX_EXACT_INTEGER
            + ", the largest integer a journal entry holds exactly");
      }
      if (date == null || !DATE.matcher(date).matches()) {
        throw new BadInputException("date \"" + date + "\" is not YYYY, YYYY-MM or YYYY-MM-DD");
      }
      if (crs != null) {
        Checks.name("crs", crs);
      }
    }

  }

  /**
   * The provenance of a registered map source: which Soviet topographic sheet the scan shows, its edition and
   * survey years, who issued it, the scan's resolution and which party supplied it. It quotes the entry hash
   * of the {@code source-registered} act it describes ({@code sourceHash}), so that a signature commits to the
   * very file it speaks of.
   *
   * @param sheet the sheet's nomenclature in {@link SheetName}'s canonical form ({@code K-38-123-А}); the
   *     constructor writes any spelling {@link SheetNameParser} reads in that form
   * @param surveyYear the year of the survey the sheet was drawn from, at most {@code editionYear}
   * @param scanDpi the scan's resolution in dots per inch, {@value #MIN_DPI} to {@value #MAX_DPI}
   */
  record MapSheetRegistered(String sourceId, String sheet, int editionYear, int surveyYear, String issuer,
      int scanDpi, Party suppliedBy, String sourceHash) implements CommissionEvent {

    public static final int MIN_DPI = 50;
    public static final int MAX_DPI = 4800;
    /** Soviet topographic sheets were surveyed and issued within these years; outside, a year is a typo. */
    public static final int MIN_YEAR = 1800;
    public static final int MAX_YEAR = 2999;

    public MapSheetRegistered {
      id("sourceId", sourceId);
      sheet = canonicalSheet(sheet);
      year("editionYear", editionYear);
      year("surveyYear", surveyYear);
      if (surveyYear > editionYear) {
        throw new BadInputException("surveyYear " + surveyYear + " is after editionYear " + editionYear
            + ": a sheet is issued from a survey made before it");
      }
      Checks.name("issuer", issuer);
      if (scanDpi < MIN_DPI || scanDpi > MAX_DPI) {
        throw new BadInputException("scanDpi " + scanDpi + " is outside " + MIN_DPI + " to " + MAX_DPI
            + " dots per inch");
      }
      Objects.requireNonNull(suppliedBy, "suppliedBy");
      hex32("sourceHash", sourceHash);
    }

    /** The sheet's scale denominator, e.g. 50000 for {@code K-38-123-А}. */
    public long scaleDenominator() {
      return SheetNameParser.parse(sheet).scale().denominator();
    }

    private static String canonicalSheet(String sheet) {
      try {
        return SheetNameParser.parse(sheet).toString();
      } catch (GeoInputException e) {
        throw new BadInputException(e.getMessage(), e);
      }
    }

    private static void year(String field, int year) {
      if (year < MIN_YEAR || year > MAX_YEAR) {
        throw new BadInputException(field + " " + year + " is outside " + MIN_YEAR + " to " + MAX_YEAR);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- lines

  /**
   * How one segment of a proposed line runs between two consecutive points of the line: its line type and,
   * only for follows-feature, the name of the followed feature. (The boundary model's
   * {@link org.groma.app.delimitation.Segment} is a different thing: the segment between two numbered turning
   * points of a section, with its measure, status and sources.)
   */
  record ProposedSegment(LineType.Kind lineType, String feature) {
    public static final ProposedSegment GEODESIC = new ProposedSegment(LineType.Kind.GEODESIC, null);
    public static final ProposedSegment RHUMB = new ProposedSegment(LineType.Kind.RHUMB, null);

    public ProposedSegment {
      Objects.requireNonNull(lineType, "lineType");
      if (lineType == LineType.Kind.FOLLOWS_FEATURE) {
        Checks.name("feature", feature);
      } else if (feature != null) {
        throw new BadInputException("a " + lineType.code() + " segment names no feature (got \"" + feature + "\")");
      }
    }

    public static ProposedSegment following(String feature) {
      return new ProposedSegment(LineType.Kind.FOLLOWS_FEATURE, feature);
    }
  }

  /**
   * A line offered for a section by the author's party (or a compromise line by the mediator), tabled at an
   * open sitting.
   *
   * @param line turning points in WGS84 nanodegrees, longitude then latitude, at least two, no point
   *     repeated consecutively
   * @param segments one per segment (line.size() - 1), saying how it runs
   * @param sourceIds registered sources the line is drawn from (may be empty for a line surveyed anew)
   */
  record LineProposed(String proposalId, String sectionId, String sittingId, List<CanonicalPoint> line,
      List<ProposedSegment> segments, List<String> sourceIds) implements CommissionEvent {
    public LineProposed {
      id("proposalId", proposalId);
      id("sectionId", sectionId);
      id("sittingId", sittingId);
      line = List.copyOf(line);
      segments = List.copyOf(segments);
      if (line.size() < 2) {
        throw new BadInputException("proposal " + proposalId + ": a line needs at least two turning points, got "
            + line.size());
      }
      for (int i = 1; i < line.size(); i++) {
        if (line.get(i).equals(line.get(i - 1))) {
          throw new BadInputException("proposal " + proposalId + ": turning point " + i
              + " repeats turning point " + (i - 1) + " (a segment of zero length)");
        }
      }
      if (segments.size() != line.size() - 1) {
        throw new BadInputException("proposal " + proposalId + ": " + line.size() + " turning points make "
            + (line.size() - 1) + " segments, but " + segments.size() + " segment line types are given");
      }
      sourceIds = List.copyOf(sourceIds);
      Set<String> seen = new HashSet<>();
      for (String s : sourceIds) {
        id("sourceId", s);
        if (!seen.add(s)) {
          throw new BadInputException("proposal " + proposalId + " cites source " + s + " twice");
        }
      }
    }

    /** What a draft and an endorsement of this line quote ({@link GeometryHash}). */
    public String geometryHash() {
      return GeometryHash.of(line, segments);
    }

  }

  /**
   * A party withdraws its own proposal, quoting the entry hash of the proposal it withdraws
   * ({@code proposalHash}: null only in a format 1 entry, written before acts committed to what they name).
   */
  record ProposalWithdrawn(String proposalId, String reason, String proposalHash) implements CommissionEvent {
    public ProposalWithdrawn {
      id("proposalId", proposalId);
      Checks.text("reason", reason);
      nullableHex32("proposalHash", proposalHash);
    }

  }

  /** A note by any member, including the mediator; {@code sectionId} is the section it is about, or null. */
  record Note(String noteId, String text, String sectionId) implements CommissionEvent {
    public Note {
      id("noteId", noteId);
      Checks.text("text", text);
      if (sectionId != null) {
        id("sectionId", sectionId);
      }
    }

  }

  // ---------------------------------------------------------------------------------------------- decisions

  /**
   * A draft decision, tabled at an open sitting, adopting one proposal as the line of a section. It quotes
   * the entry hash of the proposal it adopts and the {@link GeometryHash} of its line, so that what the
   * co-chairs endorse fixes the line itself, not only a name for it (both null only in a format 1 entry).
   */
  record DecisionDrafted(String decisionId, String sectionId, String sittingId, String text, String proposalId,
      String proposalHash, String geometryHash) implements CommissionEvent {
    public DecisionDrafted {
      id("decisionId", decisionId);
      id("sectionId", sectionId);
      id("sittingId", sittingId);
      Checks.text("text", text);
      id("proposalId", proposalId);
      nullableHex32("proposalHash", proposalHash);
      nullableHex32("geometryHash", geometryHash);
      if ((proposalHash == null) != (geometryHash == null)) {
        throw new BadInputException("draft " + decisionId + ": proposalHash and geometryHash go together");
      }
    }

    /** True for a draft read from a format 1 entry, which quotes neither hash. */
    public boolean legacy() {
      return proposalHash == null;
    }

  }

  /**
   * A party's co-chair endorses a draft decision, quoting the entry hash of the draft they read and the
   * {@link GeometryHash} of the line it adopts: the co-chair's signature names the line itself
   * ({@code geometryHash} null only in a format 1 entry).
   */
  record DecisionEndorsed(String decisionId, String draftHash, String geometryHash) implements CommissionEvent {
    public DecisionEndorsed {
      id("decisionId", decisionId);
      hex32("draftHash", draftHash);
      nullableHex32("geometryHash", geometryHash);
    }

  }

  private static void nullableHex32(String field, String value) {
    if (value != null) {
      hex32(field, value);
    }
  }

  private static Set<Role> checkRoles(Party party, String member, Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new BadInputException("member \"" + member + "\" has no role");
    }
    if (party == Party.MEDIATOR && roles.contains(Role.CO_CHAIR)) {
      throw new BadInputException("member \"" + member
          + "\" of the mediator cannot be a co-chair: co-chairs endorse for a party");
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }
}
