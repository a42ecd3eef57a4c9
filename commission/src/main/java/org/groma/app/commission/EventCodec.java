package org.groma.app.commission;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.FoundingMember;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.KeyRevoked;
import org.groma.app.commission.CommissionEvent.KeyRotated;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.MapSheetRegistered;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.NamedKey;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent.PartyName;
import org.groma.app.commission.CommissionEvent.ProposalWithdrawn;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionEvent.SittingClosed;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionEvent.SourceRegistered;
import org.groma.app.commission.CommissionEvent.Witness;
import org.groma.app.delimitation.LineType;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoInputException;
import org.groma.journal.entry.Party;
import org.groma.journal.json.Json;
import org.groma.journal.json.JsonObject;

/**
 * Maps each {@link CommissionEvent} to and from the body of its journal entry, as the journal's own JSON value
 * ({@link JsonObject}): the journal canonicalises (RFC 8785) and signs exactly what {@link #encode} returns,
 * with no text or other JSON library in between, and {@link #decode(String, Json)} reads a verified entry's
 * body as it is. Which writer and reader serve which entry type is declared in {@link EntryTypes}. The mapping
 * is strict and exact both ways:
 *
 * <ul>
 *   <li>field names are lower camel case; every field is always written, {@code null} where a value is
 *       optional, so a body has one form only;
 *   <li>coordinates are arrays {@code [lon, lat]} of integer nanodegrees (WGS84, longitude first);
 *   <li>tolerances are decimal strings ({@code "0.05"}), never binary floats, so their digits survive;
 *   <li>reading refuses a missing field, an unknown field, a wrong JSON type, a fractional or out-of-range
 *       integer, a duplicate in a set, naming the entry type and the field's path
 *       ({@code line-proposed.line[2][1]}).
 * </ul>
 *
 * <p>{@code decode(type, encode(e))} equals {@code e} for every event, and {@code encode(decode(type, body))}
 * equals {@code body} for every body that decodes. Bodies from outside the journal (an API request, a file
 * given to the command line) are read the same way from the Jackson tree they were parsed into
 * ({@link #decode(String, JsonNode)}).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class EventCodec {

  private EventCodec() {}

  // ============================================================================================ encode

  /** The entry body of {@code event}; its entry type is {@link CommissionEvent#type()}. */
  public static JsonObject encode(CommissionEvent event) {
    return EntryTypes.of(event).write(event).json();
  }

  /**
   * The body as compact JSON text with its fields in the order the codec writes them (not the journal's
   * canonical order): what {@link InMemoryCommission#standInHash} hashes.
   */
  static String orderedText(CommissionEvent event) {
    return EntryTypes.of(event).write(event).text();
  }

  static BodyWriter write(Genesis g) {
    List<BodyWriter> members = new ArrayList<>();
    for (FoundingMember m : g.members()) {
      members.add(new BodyWriter().put("party", m.party().code()).put("member", m.member())
          .put("roles", roles(m.roles())).put("keyId", m.keyId()).put("publicKey", m.publicKey()));
    }
    List<BodyWriter> witnesses = new ArrayList<>();
    for (Witness w : g.witnesses()) {
      witnesses.add(new BodyWriter().put("party", w.party().code()).put("name", w.name())
          .put("publicKey", w.publicKey()));
    }
    BodyWriter tolerances = new BodyWriter();
    g.tolerances().forEach((k, v) -> tolerances.put(k, v.toPlainString()));
    BodyWriter body = new BodyWriter()
        .put("commissionId", g.commissionId())
        .put("commissionName", g.commissionName())
        .put("partyA", partyName(g.partyA()))
        .put("partyB", partyName(g.partyB()))
        .put("mediator", partyName(g.mediator()))
        .put("members", members)
        .put("logOperator", new BodyWriter().put("name", g.logOperator().name())
            .put("publicKey", g.logOperator().publicKey()))
        .put("witnesses", witnesses)
        .put("datumTransformation", g.datumTransformation())
        .put("tolerances", tolerances);
    // Written only when genesis admits a mission, so that every genesis written before keeps its bytes.
    return g.missions().isEmpty() ? body : body.put("missions", g.missions().stream().map(MissionCodec::writeMission)
        .toList());
  }

  static BodyWriter write(MemberAdded e) {
    return new BodyWriter().put("party", e.party().code()).put("member", e.member()).put("roles", roles(e.roles()))
        .put("keyId", e.keyId()).put("publicKey", e.publicKey());
  }

  static BodyWriter write(KeyRotated e) {
    return new BodyWriter().put("party", e.party().code()).put("member", e.member()).put("oldKeyId", e.oldKeyId())
        .put("newKeyId", e.newKeyId()).put("newPublicKey", e.newPublicKey());
  }

  static BodyWriter write(KeyRevoked e) {
    return new BodyWriter().put("party", e.party().code()).put("member", e.member()).put("keyId", e.keyId())
        .put("reason", e.reason());
  }

  /** A sitting opened without particulars keeps the three fields it always had (its bytes are unchanged). */
  static BodyWriter write(SittingOpened e) {
    return new BodyWriter().put("sittingId", e.sittingId()).put("title", e.title()).put("agenda", e.agenda())
        .putIfPresent("details", e.details() == null ? null : ProtocolCodec.write(e.details()));
  }

  static BodyWriter write(SittingClosed e) {
    return new BodyWriter().put("sittingId", e.sittingId()).put("protocol", e.protocol());
  }

  static BodyWriter write(SourceRegistered e) {
    return new BodyWriter().put("sourceId", e.sourceId()).put("title", e.title()).put("sha256", e.sha256())
        .put("scaleDenominator", e.scaleDenominator()).put("date", e.date()).put("crs", e.crs());
  }

  static BodyWriter write(MapSheetRegistered e) {
    return new BodyWriter().put("sourceId", e.sourceId()).put("sheet", e.sheet())
        .put("editionYear", (long) e.editionYear()).put("surveyYear", (long) e.surveyYear())
        .put("issuer", e.issuer()).put("scanDpi", (long) e.scanDpi()).put("suppliedBy", e.suppliedBy().code())
        .put("sourceHash", e.sourceHash());
  }

  static BodyWriter write(LineProposed e) {
    List<List<Long>> line = new ArrayList<>();
    for (CanonicalPoint p : e.line()) {
      line.add(List.of(p.lonNanodeg(), p.latNanodeg()));
    }
    List<BodyWriter> segments = new ArrayList<>();
    for (ProposedSegment s : e.segments()) {
      segments.add(new BodyWriter().put("lineType", s.lineType().code()).put("feature", s.feature()));
    }
    return new BodyWriter().put("proposalId", e.proposalId()).put("sectionId", e.sectionId())
        .put("sittingId", e.sittingId()).put("line", line).put("segments", segments)
        .put("sourceIds", e.sourceIds());
  }

  /** A commitment hash is absent only from a format 1 body, which had none. */
  static BodyWriter write(ProposalWithdrawn e) {
    return new BodyWriter().put("proposalId", e.proposalId()).put("reason", e.reason())
        .putIfPresent("proposalHash", e.proposalHash());
  }

  static BodyWriter write(Note e) {
    return new BodyWriter().put("noteId", e.noteId()).put("text", e.text()).put("sectionId", e.sectionId());
  }

  static BodyWriter write(DecisionDrafted e) {
    return new BodyWriter().put("decisionId", e.decisionId()).put("sectionId", e.sectionId())
        .put("sittingId", e.sittingId()).put("text", e.text()).put("proposalId", e.proposalId())
        .putIfPresent("proposalHash", e.proposalHash()).putIfPresent("geometryHash", e.geometryHash());
  }

  static BodyWriter write(DecisionEndorsed e) {
    return new BodyWriter().put("decisionId", e.decisionId()).put("draftHash", e.draftHash())
        .putIfPresent("geometryHash", e.geometryHash());
  }

  private static BodyWriter partyName(PartyName p) {
    return new BodyWriter().put("code", p.code()).put("name", p.name());
  }

  static List<String> roles(Set<Role> roles) {
    return EnumSet.copyOf(roles).stream().map(Role::code).toList();
  }

  // ============================================================================================ decode

  /**
   * The event an entry of {@code type} with this body records.
   *
   * @throws BadInputException naming the type and the field, for an unknown type, a missing or unknown
   *     field, a value of the wrong JSON type or a value the event's record refuses
   */
  public static CommissionEvent decode(String type, Json body) {
    return decode(type, BodyTree.of(body), false);
  }

  /**
   * The event a format 1 entry records: as {@link #decode(String, Json)}, but a draft, an endorsement and a
   * withdrawal have the fields of that format, without the hashes later formats commit to (their records
   * then hold null there).
   */
  public static CommissionEvent decodeLegacy(String type, Json body) {
    return decode(type, BodyTree.of(body), true);
  }

  /**
   * The event a body from outside the journal asks for (an API request, a file given to the command line),
   * as Jackson parsed it; read exactly as {@link #decode(String, Json)} reads, and a number written with a
   * fraction or an exponent ({@code 50000.0}) is not an integer.
   */
  public static CommissionEvent decode(String type, JsonNode body) {
    return decode(type, BodyTree.of(body), false);
  }

  private static CommissionEvent decode(String type, BodyTree body, boolean legacy) {
    EntryType<?> entryType = EntryTypes.of(type);
    Obj o = Obj.of(body, type);
    try {
      return entryType.read(o, legacy);
    } catch (BadInputException | GeoInputException ex) {
      if (ex.getMessage().startsWith(type + ".") || ex.getMessage().startsWith(type + ":")) {
        throw ex;
      }
      throw new BadInputException(type + ": " + ex.getMessage(), ex);
    }
  }

  /** {@code missions} is present only when genesis admits a mission (one form: never an empty list). */
  static Genesis readGenesis(Obj o) {
    boolean missions = o.fieldNames().contains("missions");
    List<String> fields = new ArrayList<>(List.of("commissionId", "commissionName", "partyA", "partyB", "mediator",
        "members", "logOperator", "witnesses", "datumTransformation", "tolerances"));
    if (missions) {
      fields.add("missions");
    }
    o.field(fields.toArray(String[]::new));
    List<MissionEvent.Mission> admitted = missions ? o.list("missions", MissionCodec::readMission) : List.of();
    if (missions && admitted.isEmpty()) {
      throw o.error("missions", "an empty list; a genesis that admits no mission has no missions field");
    }
    return new Genesis(o.string("commissionId"),
        o.string("commissionName"), partyName(o.obj("partyA")), partyName(o.obj("partyB")),
        partyName(o.obj("mediator")), o.list("members", EventCodec::foundingMember),
        namedKey(o.obj("logOperator")), o.list("witnesses", EventCodec::witness),
        o.string("datumTransformation"), tolerances(o.obj("tolerances")), admitted);
  }

  static MemberAdded readMemberAdded(Obj o) {
    return new MemberAdded(party(o.field("party", "member", "roles", "keyId", "publicKey"), "party"),
        o.string("member"), roles(o, "roles"), o.string("keyId"), o.string("publicKey"));
  }

  static KeyRotated readKeyRotated(Obj o) {
    return new KeyRotated(party(o.field("party", "member", "oldKeyId", "newKeyId", "newPublicKey"), "party"),
        o.string("member"), o.string("oldKeyId"), o.string("newKeyId"), o.string("newPublicKey"));
  }

  static KeyRevoked readKeyRevoked(Obj o) {
    return new KeyRevoked(party(o.field("party", "member", "keyId", "reason"), "party"), o.string("member"),
        o.string("keyId"), o.string("reason"));
  }

  /** A body with particulars has a fourth field, {@code details}; one without reads as before. */
  static SittingOpened readSittingOpened(Obj o) {
    boolean details = o.fieldNames().contains("details");
    if (details) {
      o.field("sittingId", "title", "agenda", "details");
    } else {
      o.field("sittingId", "title", "agenda");
    }
    return new SittingOpened(o.string("sittingId"), o.string("title"), o.list("agenda", Obj::asString),
        details ? ProtocolCodec.readDetails(o.obj("details")) : null);
  }

  static SittingClosed readSittingClosed(Obj o) {
    return new SittingClosed(o.field("sittingId", "protocol").string("sittingId"), o.string("protocol"));
  }

  static SourceRegistered readSourceRegistered(Obj o) {
    return new SourceRegistered(
        o.field("sourceId", "title", "sha256", "scaleDenominator", "date", "crs").string("sourceId"),
        o.string("title"), o.string("sha256"), o.nullableLong("scaleDenominator"), o.string("date"),
        o.nullableString("crs"));
  }

  /** The body holds the sheet in canonical form only, so that what was signed reads back to the same bytes. */
  static MapSheetRegistered readMapSheetRegistered(Obj o) {
    o.field("sourceId", "sheet", "editionYear", "surveyYear", "issuer", "scanDpi", "suppliedBy", "sourceHash");
    MapSheetRegistered e = new MapSheetRegistered(o.string("sourceId"), o.string("sheet"),
        o.intValue("editionYear"), o.intValue("surveyYear"), o.string("issuer"), o.intValue("scanDpi"),
        party(o, "suppliedBy"), o.string("sourceHash"));
    if (!e.sheet().equals(o.string("sheet"))) {
      throw o.error("sheet", "\"" + o.string("sheet") + "\" is not in canonical form; write " + e.sheet());
    }
    return e;
  }

  static LineProposed readLineProposed(Obj o) {
    return new LineProposed(
        o.field("proposalId", "sectionId", "sittingId", "line", "segments", "sourceIds").string("proposalId"),
        o.string("sectionId"), o.string("sittingId"), o.list("line", EventCodec::point),
        o.list("segments", EventCodec::segment), o.list("sourceIds", Obj::asString));
  }

  static ProposalWithdrawn readProposalWithdrawn(Obj o) {
    return new ProposalWithdrawn(o.field("proposalId", "reason", "proposalHash").string("proposalId"),
        o.string("reason"), o.string("proposalHash"));
  }

  static ProposalWithdrawn readProposalWithdrawnV1(Obj o) {
    return new ProposalWithdrawn(o.field("proposalId", "reason").string("proposalId"), o.string("reason"), null);
  }

  static Note readNote(Obj o) {
    return new Note(o.field("noteId", "text", "sectionId").string("noteId"), o.string("text"),
        o.nullableString("sectionId"));
  }

  static DecisionDrafted readDecisionDrafted(Obj o) {
    return new DecisionDrafted(o.field("decisionId", "sectionId", "sittingId", "text", "proposalId",
            "proposalHash", "geometryHash").string("decisionId"),
        o.string("sectionId"), o.string("sittingId"), o.string("text"), o.string("proposalId"),
        o.string("proposalHash"), o.string("geometryHash"));
  }

  static DecisionDrafted readDecisionDraftedV1(Obj o) {
    return new DecisionDrafted(
        o.field("decisionId", "sectionId", "sittingId", "text", "proposalId").string("decisionId"),
        o.string("sectionId"), o.string("sittingId"), o.string("text"), o.string("proposalId"), null, null);
  }

  static DecisionEndorsed readDecisionEndorsed(Obj o) {
    return new DecisionEndorsed(o.field("decisionId", "draftHash", "geometryHash").string("decisionId"),
        o.string("draftHash"), o.string("geometryHash"));
  }

  static DecisionEndorsed readDecisionEndorsedV1(Obj o) {
    return new DecisionEndorsed(o.field("decisionId", "draftHash").string("decisionId"), o.string("draftHash"),
        null);
  }

  private static PartyName partyName(Obj o) {
    return new PartyName(o.field("code", "name").string("code"), o.string("name"));
  }

  private static NamedKey namedKey(Obj o) {
    return new NamedKey(o.field("name", "publicKey").string("name"), o.string("publicKey"));
  }

  private static FoundingMember foundingMember(Obj.Item item) {
    Obj o = item.obj().field("party", "member", "roles", "keyId", "publicKey");
    return new FoundingMember(party(o, "party"), o.string("member"), roles(o, "roles"), o.string("keyId"),
        o.string("publicKey"));
  }

  private static Witness witness(Obj.Item item) {
    Obj o = item.obj().field("party", "name", "publicKey");
    return new Witness(party(o, "party"), o.string("name"), o.string("publicKey"));
  }

  static Party party(Obj o, String field) {
    String code = o.string(field);
    try {
      return Actor.partyOfCode(code);
    } catch (BadInputException e) {
      throw o.error(field, e.getMessage());
    }
  }

  static Set<Role> roles(Obj o, String field) {
    List<String> codes = o.list(field, Obj::asString);
    Set<Role> roles = new LinkedHashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      Role r;
      try {
        r = Role.ofCode(codes.get(i));
      } catch (BadInputException e) {
        throw o.error(field + "[" + i + "]", e.getMessage());
      }
      if (!roles.add(r)) {
        throw o.error(field + "[" + i + "]", "role " + r.code() + " is listed twice");
      }
    }
    List<Role> canonical = new ArrayList<>(roles.isEmpty() ? List.of() : EnumSet.copyOf(roles));
    if (!canonical.equals(new ArrayList<>(roles))) {
      throw o.error(field, "roles must be listed in the order expert, co-chair, surveyor, monitor, observer,"
          + " admin (one canonical form)");
    }
    return roles;
  }

  static TreeMap<String, BigDecimal> tolerances(Obj o) {
    TreeMap<String, BigDecimal> out = new TreeMap<>();
    for (String name : o.fieldNames()) {
      out.put(name, o.decimal(name));
    }
    return out;
  }

  static CanonicalPoint point(Obj.Item item) {
    BodyTree n = item.node();
    if (!n.isArray() || n.elements().size() != 2) {
      throw item.error("a coordinate must be an array [lonNanodeg, latNanodeg] of two integers");
    }
    long lon = Obj.integer(n.elements().get(0), item.path() + "[0]");
    long lat = Obj.integer(n.elements().get(1), item.path() + "[1]");
    try {
      return new CanonicalPoint(lon, lat);
    } catch (GeoInputException e) {
      throw item.error(e.getMessage());
    }
  }

  private static ProposedSegment segment(Obj.Item item) {
    Obj o = item.obj().field("lineType", "feature");
    LineType.Kind t;
    try {
      t = LineType.Kind.ofCode(o.string("lineType"));
    } catch (BadInputException e) {
      throw o.error("lineType", e.getMessage());
    }
    try {
      return new ProposedSegment(t, o.nullableString("feature"));
    } catch (BadInputException e) {
      throw item.error(e.getMessage());
    }
  }

  /** A JSON object read strictly, knowing its path for messages. */
  static final class Obj {
    private final BodyTree node;
    private final String path;

    private Obj(BodyTree node, String path) {
      this.node = node;
      this.path = path;
    }

    static Obj of(BodyTree node, String path) {
      if (node == null || !node.isObject()) {
        throw new BadInputException(path + ": expected a JSON object, got "
            + (node == null ? "nothing" : node.kind()));
      }
      return new Obj(node, path);
    }

    /** Checks that the object has exactly these fields; returns itself for chaining. */
    Obj field(String... names) {
      Set<String> expected = new LinkedHashSet<>(List.of(names));
      for (String n : names) {
        if (node.member(n) == null) {
          throw error(n, "missing field");
        }
      }
      for (String n : node.names()) {
        if (!expected.contains(n)) {
          throw error(n, "unknown field (expected " + String.join(", ", names) + ")");
        }
      }
      return this;
    }

    List<String> fieldNames() {
      return node.names();
    }

    BadInputException error(String field, String message) {
      return new BadInputException(path + "." + field + ": " + message);
    }

    String path() {
      return path;
    }

    BodyTree node(String field) {
      return get(field);
    }

    private BodyTree get(String field) {
      BodyTree n = node.member(field);
      if (n == null) {
        throw error(field, "missing field");
      }
      return n;
    }

    String string(String field) {
      BodyTree n = get(field);
      if (n.text() == null) {
        throw error(field, "expected a string, got " + n.kind());
      }
      return n.text();
    }

    /** A plain decimal written as a string ({@code "0.05"}): exact, no exponent, no sign +. */
    BigDecimal decimal(String field) {
      String text = string(field);
      BigDecimal value;
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw error(field, "\"" + text + "\" is not a decimal number");
      }
      if (!value.toPlainString().equals(text)) {
        throw error(field, "\"" + text + "\" must be a plain decimal such as 0.05 (no exponent, no sign +)");
      }
      return value;
    }

    boolean isNull(String field) {
      return get(field).isNull();
    }

    String nullableString(String field) {
      return get(field).isNull() ? null : string(field);
    }

    Long nullableLong(String field) {
      BodyTree n = get(field);
      return n.isNull() ? null : integer(n, path + "." + field);
    }

    int intValue(String field) {
      long v = integer(get(field), path + "." + field);
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw error(field, "integer " + v + " is out of range");
      }
      return (int) v;
    }

    static long integer(BodyTree n, String path) {
      if (!n.integral()) {
        throw new BadInputException(path + ": expected an integer, got "
            + (n.kind().equals("number") ? "the non-integer number " + n.numberText() : n.kind()));
      }
      if (!n.fitsLong()) {
        throw new BadInputException(path + ": integer " + n.numberText() + " is out of range");
      }
      return n.longValue();
    }

    /** A field as an item with its path, for readers of a nested value (a coordinate). */
    Item item(String field) {
      return new Item(get(field), path + "." + field);
    }

    Obj obj(String field) {
      return Obj.of(get(field), path + "." + field);
    }

    <T> List<T> list(String field, Function<Item, T> read) {
      BodyTree n = get(field);
      if (!n.isArray()) {
        throw error(field, "expected an array, got " + n.kind());
      }
      List<BodyTree> elements = n.elements();
      List<T> out = new ArrayList<>(elements.size());
      for (int i = 0; i < elements.size(); i++) {
        out.add(read.apply(new Item(elements.get(i), path + "." + field + "[" + i + "]")));
      }
      return out;
    }

    static String asString(Item item) {
      if (item.node().text() == null) {
        throw item.error("expected a string, got " + item.node().kind());
      }
      return item.node().text();
    }

    /** One element of an array, with its path. */
    record Item(BodyTree node, String path) {
      Obj obj() {
        return Obj.of(node, path);
      }

      BadInputException error(String message) {
        return new BadInputException(path + ": " + message);
      }
    }
  }
}
