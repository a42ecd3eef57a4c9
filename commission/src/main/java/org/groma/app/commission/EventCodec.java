package org.groma.app.commission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
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
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.NamedKey;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent.PartyName;
import org.groma.app.commission.CommissionEvent.ProposalWithdrawn;
import org.groma.app.commission.CommissionEvent.Segment;
import org.groma.app.commission.CommissionEvent.SittingClosed;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionEvent.SourceRegistered;
import org.groma.app.commission.CommissionEvent.Witness;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoInputException;

/**
 * Maps each {@link CommissionEvent} to and from the JSON body of its journal entry. This body is what the
 * journal canonicalises (RFC 8785) and signs, so the mapping is strict and exact both ways:
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
 * equals {@code body} for every body that decodes.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class EventCodec {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private EventCodec() {}

  // ============================================================================================ encode

  /** The entry body of {@code event}; its entry type is {@link CommissionEvent#type()}. */
  public static ObjectNode encode(CommissionEvent event) {
    ObjectNode o = F.objectNode();
    switch (event) {
      case Genesis g -> {
        o.put("commissionId", g.commissionId());
        o.put("commissionName", g.commissionName());
        o.set("partyA", partyName(g.partyA()));
        o.set("partyB", partyName(g.partyB()));
        o.set("mediator", partyName(g.mediator()));
        ArrayNode members = o.putArray("members");
        for (FoundingMember m : g.members()) {
          ObjectNode mo = members.addObject();
          mo.put("party", m.party().code());
          mo.put("member", m.member());
          mo.set("roles", roles(m.roles()));
          mo.put("keyId", m.keyId());
          mo.put("publicKey", m.publicKey());
        }
        ObjectNode op = o.putObject("logOperator");
        op.put("name", g.logOperator().name());
        op.put("publicKey", g.logOperator().publicKey());
        ArrayNode witnesses = o.putArray("witnesses");
        for (Witness w : g.witnesses()) {
          ObjectNode wo = witnesses.addObject();
          wo.put("party", w.party().code());
          wo.put("name", w.name());
          wo.put("publicKey", w.publicKey());
        }
        o.put("datumTransformation", g.datumTransformation());
        ObjectNode tol = o.putObject("tolerances");
        g.tolerances().forEach((k, v) -> tol.put(k, v.toPlainString()));
      }
      case MemberAdded e -> {
        o.put("party", e.party().code());
        o.put("member", e.member());
        o.set("roles", roles(e.roles()));
        o.put("keyId", e.keyId());
        o.put("publicKey", e.publicKey());
      }
      case KeyRotated e -> {
        o.put("party", e.party().code());
        o.put("member", e.member());
        o.put("oldKeyId", e.oldKeyId());
        o.put("newKeyId", e.newKeyId());
        o.put("newPublicKey", e.newPublicKey());
      }
      case KeyRevoked e -> {
        o.put("party", e.party().code());
        o.put("member", e.member());
        o.put("keyId", e.keyId());
        o.put("reason", e.reason());
      }
      case SittingOpened e -> {
        o.put("sittingId", e.sittingId());
        o.put("title", e.title());
        o.set("agenda", strings(e.agenda()));
      }
      case SittingClosed e -> {
        o.put("sittingId", e.sittingId());
        o.put("protocol", e.protocol());
      }
      case SourceRegistered e -> {
        o.put("sourceId", e.sourceId());
        o.put("title", e.title());
        o.put("sha256", e.sha256());
        o.put("scaleDenominator", e.scaleDenominator());
        o.put("date", e.date());
        o.put("crs", e.crs());
      }
      case LineProposed e -> {
        o.put("proposalId", e.proposalId());
        o.put("sectionId", e.sectionId());
        o.put("sittingId", e.sittingId());
        ArrayNode line = o.putArray("line");
        for (CanonicalPoint p : e.line()) {
          line.addArray().add(p.lonNanodeg()).add(p.latNanodeg());
        }
        ArrayNode segments = o.putArray("segments");
        for (Segment s : e.segments()) {
          ObjectNode so = segments.addObject();
          so.put("lineType", s.lineType().code());
          so.put("feature", s.feature());
        }
        o.set("sourceIds", strings(e.sourceIds()));
      }
      case ProposalWithdrawn e -> {
        o.put("proposalId", e.proposalId());
        o.put("reason", e.reason());
        commitment(o, "proposalHash", e.proposalHash());
      }
      case Note e -> {
        o.put("noteId", e.noteId());
        o.put("text", e.text());
        o.put("sectionId", e.sectionId());
      }
      case DecisionDrafted e -> {
        o.put("decisionId", e.decisionId());
        o.put("sectionId", e.sectionId());
        o.put("sittingId", e.sittingId());
        o.put("text", e.text());
        o.put("proposalId", e.proposalId());
        commitment(o, "proposalHash", e.proposalHash());
        commitment(o, "geometryHash", e.geometryHash());
      }
      case DecisionEndorsed e -> {
        o.put("decisionId", e.decisionId());
        o.put("draftHash", e.draftHash());
        commitment(o, "geometryHash", e.geometryHash());
      }
    }
    return o;
  }

  /** A commitment hash; absent only from a format 1 body, which had none. */
  private static void commitment(ObjectNode o, String field, String hash) {
    if (hash != null) {
      o.put(field, hash);
    }
  }

  private static ObjectNode partyName(PartyName p) {
    ObjectNode o = F.objectNode();
    o.put("code", p.code());
    o.put("name", p.name());
    return o;
  }

  private static ArrayNode roles(Set<Role> roles) {
    ArrayNode a = F.arrayNode();
    for (Role r : EnumSet.copyOf(roles)) {
      a.add(r.code());
    }
    return a;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(a::add);
    return a;
  }

  // ============================================================================================ decode

  /**
   * The event an entry of {@code type} with this body records.
   *
   * @throws BadInputException naming the type and the field, for an unknown type, a missing or unknown
   *     field, a value of the wrong JSON type or a value the event's record refuses
   */
  public static CommissionEvent decode(String type, JsonNode body) {
    return decode(type, body, false);
  }

  /**
   * The event a format 1 entry records: as {@link #decode(String, JsonNode)}, but a draft, an endorsement
   * and a withdrawal have the fields of that format, without the hashes later formats commit to (their
   * records then hold null there).
   */
  public static CommissionEvent decodeLegacy(String type, JsonNode body) {
    return decode(type, body, true);
  }

  private static CommissionEvent decode(String type, JsonNode body, boolean legacy) {
    if (!CommissionEvent.TYPES.contains(type)) {
      throw new BadInputException("unknown entry type \"" + type + "\" (expected one of "
          + String.join(", ", CommissionEvent.TYPES) + ")");
    }
    Obj o = Obj.of(body, type);
    try {
      CommissionEvent e = switch (type) {
        case "genesis" -> new Genesis(
            o.field("commissionId", "commissionName", "partyA", "partyB", "mediator", "members", "logOperator",
                "witnesses", "datumTransformation", "tolerances").string("commissionId"),
            o.string("commissionName"), partyName(o.obj("partyA")), partyName(o.obj("partyB")),
            partyName(o.obj("mediator")), o.list("members", EventCodec::foundingMember),
            namedKey(o.obj("logOperator")), o.list("witnesses", EventCodec::witness),
            o.string("datumTransformation"), tolerances(o.obj("tolerances")));
        case "member-added" -> new MemberAdded(
            party(o.field("party", "member", "roles", "keyId", "publicKey"), "party"), o.string("member"),
            roles(o, "roles"), o.string("keyId"), o.string("publicKey"));
        case "key-rotated" -> new KeyRotated(
            party(o.field("party", "member", "oldKeyId", "newKeyId", "newPublicKey"), "party"),
            o.string("member"), o.string("oldKeyId"), o.string("newKeyId"), o.string("newPublicKey"));
        case "key-revoked" -> new KeyRevoked(party(o.field("party", "member", "keyId", "reason"), "party"),
            o.string("member"), o.string("keyId"), o.string("reason"));
        case "sitting-opened" -> new SittingOpened(o.field("sittingId", "title", "agenda").string("sittingId"),
            o.string("title"), o.list("agenda", Obj::asString));
        case "sitting-closed" -> new SittingClosed(o.field("sittingId", "protocol").string("sittingId"),
            o.string("protocol"));
        case "source-registered" -> new SourceRegistered(
            o.field("sourceId", "title", "sha256", "scaleDenominator", "date", "crs").string("sourceId"),
            o.string("title"), o.string("sha256"), o.nullableLong("scaleDenominator"), o.string("date"),
            o.nullableString("crs"));
        case "line-proposed" -> new LineProposed(
            o.field("proposalId", "sectionId", "sittingId", "line", "segments", "sourceIds").string("proposalId"),
            o.string("sectionId"), o.string("sittingId"), o.list("line", EventCodec::point),
            o.list("segments", EventCodec::segment), o.list("sourceIds", Obj::asString));
        case "proposal-withdrawn" -> legacy
            ? new ProposalWithdrawn(o.field("proposalId", "reason").string("proposalId"), o.string("reason"), null)
            : new ProposalWithdrawn(o.field("proposalId", "reason", "proposalHash").string("proposalId"),
                o.string("reason"), o.string("proposalHash"));
        case "note" -> new Note(o.field("noteId", "text", "sectionId").string("noteId"), o.string("text"),
            o.nullableString("sectionId"));
        case "decision-drafted" -> legacy
            ? new DecisionDrafted(
                o.field("decisionId", "sectionId", "sittingId", "text", "proposalId").string("decisionId"),
                o.string("sectionId"), o.string("sittingId"), o.string("text"), o.string("proposalId"), null, null)
            : new DecisionDrafted(o.field("decisionId", "sectionId", "sittingId", "text", "proposalId",
                    "proposalHash", "geometryHash").string("decisionId"),
                o.string("sectionId"), o.string("sittingId"), o.string("text"), o.string("proposalId"),
                o.string("proposalHash"), o.string("geometryHash"));
        case "decision-endorsed" -> legacy
            ? new DecisionEndorsed(o.field("decisionId", "draftHash").string("decisionId"), o.string("draftHash"),
                null)
            : new DecisionEndorsed(o.field("decisionId", "draftHash", "geometryHash").string("decisionId"),
                o.string("draftHash"), o.string("geometryHash"));
        default -> throw new AssertionError(type);
      };
      return e;
    } catch (BadInputException | GeoInputException ex) {
      if (ex.getMessage().startsWith(type + ".") || ex.getMessage().startsWith(type + ":")) {
        throw ex;
      }
      throw new BadInputException(type + ": " + ex.getMessage(), ex);
    }
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

  private static Party party(Obj o, String field) {
    String code = o.string(field);
    try {
      return Party.ofCode(code);
    } catch (BadInputException e) {
      throw o.error(field, e.getMessage());
    }
  }

  private static Set<Role> roles(Obj o, String field) {
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

  private static TreeMap<String, BigDecimal> tolerances(Obj o) {
    TreeMap<String, BigDecimal> out = new TreeMap<>();
    for (String name : o.fieldNames()) {
      String text = o.string(name);
      BigDecimal value;
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw o.error(name, "\"" + text + "\" is not a decimal number");
      }
      if (!value.toPlainString().equals(text)) {
        throw o.error(name, "\"" + text + "\" must be a plain decimal such as 0.05 (no exponent, no sign +)");
      }
      out.put(name, value);
    }
    return out;
  }

  private static CanonicalPoint point(Obj.Item item) {
    JsonNode n = item.node();
    if (!n.isArray() || n.size() != 2) {
      throw item.error("a coordinate must be an array [lonNanodeg, latNanodeg] of two integers");
    }
    long lon = Obj.integer(n.get(0), item.path() + "[0]");
    long lat = Obj.integer(n.get(1), item.path() + "[1]");
    try {
      return new CanonicalPoint(lon, lat);
    } catch (GeoInputException e) {
      throw item.error(e.getMessage());
    }
  }

  private static Segment segment(Obj.Item item) {
    Obj o = item.obj().field("lineType", "feature");
    LineType t;
    try {
      t = LineType.ofCode(o.string("lineType"));
    } catch (BadInputException e) {
      throw o.error("lineType", e.getMessage());
    }
    try {
      return new Segment(t, o.nullableString("feature"));
    } catch (BadInputException e) {
      throw item.error(e.getMessage());
    }
  }

  /** A JSON object read strictly, knowing its path for messages. */
  static final class Obj {
    private final ObjectNode node;
    private final String path;

    private Obj(ObjectNode node, String path) {
      this.node = node;
      this.path = path;
    }

    static Obj of(JsonNode node, String path) {
      if (node == null || !node.isObject()) {
        throw new BadInputException(path + ": expected a JSON object, got "
            + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
      }
      return new Obj((ObjectNode) node, path);
    }

    /** Checks that the object has exactly these fields; returns itself for chaining. */
    Obj field(String... names) {
      Set<String> expected = new LinkedHashSet<>(List.of(names));
      for (String n : names) {
        if (!node.has(n)) {
          throw error(n, "missing field");
        }
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String n = it.next();
        if (!expected.contains(n)) {
          throw error(n, "unknown field (expected " + String.join(", ", names) + ")");
        }
      }
      return this;
    }

    List<String> fieldNames() {
      List<String> out = new ArrayList<>();
      node.fieldNames().forEachRemaining(out::add);
      return out;
    }

    BadInputException error(String field, String message) {
      return new BadInputException(path + "." + field + ": " + message);
    }

    private JsonNode get(String field) {
      JsonNode n = node.get(field);
      if (n == null) {
        throw error(field, "missing field");
      }
      return n;
    }

    String string(String field) {
      JsonNode n = get(field);
      if (!n.isTextual()) {
        throw error(field, "expected a string, got " + n.getNodeType().name().toLowerCase());
      }
      return n.textValue();
    }

    String nullableString(String field) {
      return get(field).isNull() ? null : string(field);
    }

    Long nullableLong(String field) {
      JsonNode n = get(field);
      return n.isNull() ? null : integer(n, path + "." + field);
    }

    static long integer(JsonNode n, String path) {
      if (!n.isIntegralNumber()) {
        throw new BadInputException(path + ": expected an integer, got "
            + (n.isNumber() ? "the non-integer number " + n.asText() : n.getNodeType().name().toLowerCase()));
      }
      if (!n.canConvertToLong()) {
        throw new BadInputException(path + ": integer " + n.asText() + " is out of range");
      }
      return n.longValue();
    }

    Obj obj(String field) {
      return Obj.of(get(field), path + "." + field);
    }

    <T> List<T> list(String field, Function<Item, T> read) {
      JsonNode n = get(field);
      if (!n.isArray()) {
        throw error(field, "expected an array, got " + n.getNodeType().name().toLowerCase());
      }
      List<T> out = new ArrayList<>(n.size());
      for (int i = 0; i < n.size(); i++) {
        out.add(read.apply(new Item(n.get(i), path + "." + field + "[" + i + "]")));
      }
      return out;
    }

    static String asString(Item item) {
      if (!item.node().isTextual()) {
        throw item.error("expected a string, got " + item.node().getNodeType().name().toLowerCase());
      }
      return item.node().textValue();
    }

    /** One element of an array, with its path. */
    record Item(JsonNode node, String path) {
      Obj obj() {
        return Obj.of(node, path);
      }

      BadInputException error(String message) {
        return new BadInputException(path + ": " + message);
      }
    }
  }
}
