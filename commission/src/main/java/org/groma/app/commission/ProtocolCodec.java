package org.groma.app.commission;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.groma.app.BadInputException;
import org.groma.app.commission.EventCodec.Obj;
import org.groma.app.commission.ProcedureEvent.ConfidentialityLevel;
import org.groma.app.commission.ProcedureEvent.RegulationsProposed;
import org.groma.app.commission.ProcedureEvent.RegulationsSigned;
import org.groma.app.commission.ProtocolEvent.Annex;
import org.groma.app.commission.ProtocolEvent.AnnexKind;
import org.groma.app.commission.ProtocolEvent.DecisionStatus;
import org.groma.app.commission.ProtocolEvent.ProtocolDecision;
import org.groma.app.commission.ProtocolEvent.ProtocolDrafted;
import org.groma.app.commission.ProtocolEvent.ProtocolInitialled;
import org.groma.app.commission.ProtocolEvent.ProtocolSigned;
import org.groma.app.commission.ProtocolEvent.SectorKilometres;
import org.groma.app.commission.SittingDetails.Attendee;
import org.groma.app.commission.SittingDetails.Body;
import org.groma.app.commission.SittingDetails.Capacity;
import org.groma.app.commission.SittingDetails.Person;
import org.groma.app.commission.SittingDetails.Venue;
import org.groma.app.commission.SittingDetails.VenueKind;

/**
 * The bodies of the regulations' and protocols' acts and of a sitting's particulars, written and read as
 * {@link EventCodec} does (every field present, {@code null} where optional, strict reading naming the path).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class ProtocolCodec {

  private ProtocolCodec() {}

  // ---------------------------------------------------------------------------------------------- regulations

  static BodyWriter write(RegulationsProposed e) {
    List<BodyWriter> levels = new ArrayList<>();
    for (ConfidentialityLevel c : e.confidentiality()) {
      levels.add(new BodyWriter().put("level", c.level()).put("readers", EventCodec.roles(c.readers())));
    }
    return new BodyWriter().put("regulationsId", e.regulationsId()).put("text", e.text())
        .put("workingLanguages", e.workingLanguages()).put("originals", (long) e.originals())
        .put("signatories", EventCodec.roles(e.signatories())).put("decisionRule", e.decisionRule())
        .put("confidentiality", levels)
        .put("venueRotation", e.venueRotation().stream().map(VenueKind::code).toList());
  }

  static RegulationsProposed readRegulationsProposed(Obj o) {
    o.field("regulationsId", "text", "workingLanguages", "originals", "signatories", "decisionRule",
        "confidentiality", "venueRotation");
    return new RegulationsProposed(o.string("regulationsId"), o.string("text"),
        o.list("workingLanguages", Obj::asString), o.intValue("originals"), EventCodec.roles(o, "signatories"),
        o.string("decisionRule"), o.list("confidentiality", item -> {
          Obj c = item.obj().field("level", "readers");
          return new ConfidentialityLevel(c.string("level"), EventCodec.roles(c, "readers"));
        }), o.list("venueRotation", item -> code(item, VenueKind::ofCode)));
  }

  static BodyWriter write(RegulationsSigned e) {
    return new BodyWriter().put("regulationsId", e.regulationsId()).put("draftHash", e.draftHash())
        .put("textSha256", e.textSha256());
  }

  static RegulationsSigned readRegulationsSigned(Obj o) {
    return new RegulationsSigned(o.field("regulationsId", "draftHash", "textSha256").string("regulationsId"),
        o.string("draftHash"), o.string("textSha256"));
  }

  // ---------------------------------------------------------------------------------------------- sittings

  static BodyWriter write(SittingDetails d) {
    List<BodyWriter> chairs = new ArrayList<>();
    for (Person p : d.chairs()) {
      chairs.add(new BodyWriter().put("party", p.party().code()).put("name", p.name()));
    }
    List<BodyWriter> delegations = new ArrayList<>();
    for (Attendee a : d.delegations()) {
      delegations.add(new BodyWriter().put("delegation", a.delegation().code()).put("name", a.name())
          .put("capacity", a.capacity().code()));
    }
    return new BodyWriter().put("number", (long) d.number()).put("body", d.body().code())
        .put("startDate", d.startDate()).put("endDate", d.endDate())
        .put("venue", new BodyWriter().put("kind", d.venue().kind().code()).put("place", d.venue().place()))
        .put("host", d.host() == null ? null : d.host().code()).put("chairs", chairs).put("delegations", delegations);
  }

  static SittingDetails readDetails(Obj o) {
    o.field("number", "body", "startDate", "endDate", "venue", "host", "chairs", "delegations");
    Obj v = o.obj("venue").field("kind", "place");
    return new SittingDetails(o.intValue("number"), code(o, "body", Body::ofCode), o.string("startDate"),
        o.string("endDate"), new Venue(code(v, "kind", VenueKind::ofCode), v.string("place")),
        o.nullableString("host") == null ? null : EventCodec.party(o, "host"),
        o.list("chairs", item -> {
          Obj c = item.obj().field("party", "name");
          return new Person(EventCodec.party(c, "party"), c.string("name"));
        }),
        o.list("delegations", item -> {
          Obj a = item.obj().field("delegation", "name", "capacity");
          return new Attendee(EventCodec.party(a, "delegation"), a.string("name"),
              code(a, "capacity", Capacity::ofCode));
        }));
  }

  // ---------------------------------------------------------------------------------------------- protocols

  static BodyWriter write(ProtocolDrafted e) {
    BodyWriter texts = new BodyWriter();
    e.texts().forEach(texts::put);
    List<BodyWriter> decisions = new ArrayList<>();
    for (ProtocolDecision d : e.decisions()) {
      decisions.add(new BodyWriter().put("text", d.text()).put("responsible", d.responsible())
          .put("deadline", d.deadline()).put("status", d.status().code()));
    }
    List<BodyWriter> annexes = new ArrayList<>();
    for (Annex a : e.annexes()) {
      annexes.add(new BodyWriter().put("title", a.title()).put("kind", a.kind().code()).put("id", a.id())
          .put("entryHash", a.entryHash()));
    }
    List<BodyWriter> kilometres = new ArrayList<>();
    for (SectorKilometres k : e.kilometres()) {
      kilometres.add(new BodyWriter().put("sectorId", k.sectorId()).put("lengthKm", k.lengthKm().toPlainString())
          .put("agreedKm", k.agreedKm().toPlainString()));
    }
    return new BodyWriter().put("protocolId", e.protocolId()).put("sittingId", e.sittingId())
        .put("confidentiality", e.confidentiality()).put("texts", texts).put("decisions", decisions)
        .put("annexes", annexes).put("originals", (long) e.originals()).put("kilometres", kilometres)
        .put("effectiveDate", e.effectiveDate());
  }

  static ProtocolDrafted readProtocolDrafted(Obj o) {
    o.field("protocolId", "sittingId", "confidentiality", "texts", "decisions", "annexes", "originals", "kilometres",
        "effectiveDate");
    Obj t = o.obj("texts");
    TreeMap<String, String> texts = new TreeMap<>();
    for (String lang : t.fieldNames()) {
      texts.put(lang, t.string(lang));
    }
    return new ProtocolDrafted(o.string("protocolId"), o.string("sittingId"), o.string("confidentiality"), texts,
        o.list("decisions", item -> {
          Obj d = item.obj().field("text", "responsible", "deadline", "status");
          return new ProtocolDecision(d.string("text"), d.string("responsible"), d.nullableString("deadline"),
              code(d, "status", DecisionStatus::ofCode));
        }),
        o.list("annexes", item -> {
          Obj a = item.obj().field("title", "kind", "id", "entryHash");
          return new Annex(a.string("title"), code(a, "kind", AnnexKind::ofCode), a.string("id"),
              a.string("entryHash"));
        }),
        o.intValue("originals"),
        o.list("kilometres", item -> {
          Obj k = item.obj().field("sectorId", "lengthKm", "agreedKm");
          return new SectorKilometres(k.string("sectorId"), k.decimal("lengthKm"),
              k.decimal("agreedKm"));
        }),
        o.nullableString("effectiveDate"));
  }

  static BodyWriter write(ProtocolInitialled e) {
    return new BodyWriter().put("protocolId", e.protocolId()).put("protocolHash", e.protocolHash());
  }

  static ProtocolInitialled readProtocolInitialled(Obj o) {
    return new ProtocolInitialled(o.field("protocolId", "protocolHash").string("protocolId"), o.string("protocolHash"));
  }

  static BodyWriter write(ProtocolSigned e) {
    return new BodyWriter().put("protocolId", e.protocolId()).put("protocolHash", e.protocolHash());
  }

  static ProtocolSigned readProtocolSigned(Obj o) {
    return new ProtocolSigned(o.field("protocolId", "protocolHash").string("protocolId"), o.string("protocolHash"));
  }

  // ---------------------------------------------------------------------------------------------- shared

  /** A code field read through {@code parse}, its refusal naming the field's path. */
  static <T> T code(Obj o, String field, Function<String, T> parse) {
    String text = o.string(field);
    try {
      return parse.apply(text);
    } catch (BadInputException e) {
      throw o.error(field, e.getMessage());
    }
  }

  static <T> T code(Obj.Item item, Function<String, T> parse) {
    String text = Obj.asString(item);
    try {
      return parse.apply(text);
    } catch (BadInputException e) {
      throw item.error(e.getMessage());
    }
  }
}
