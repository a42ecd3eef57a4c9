package org.groma.app.commission;

import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.EventCodec.Obj;
import org.groma.app.commission.IncidentEvent.Attachment;
import org.groma.app.commission.IncidentEvent.Confidence;
import org.groma.app.commission.IncidentEvent.IncidentInvestigated;
import org.groma.app.commission.IncidentEvent.IncidentPositionTaken;
import org.groma.app.commission.IncidentEvent.IncidentReported;
import org.groma.app.commission.IncidentEvent.IncidentVerified;
import org.groma.app.commission.IncidentEvent.Position;
import org.groma.app.commission.IncidentEvent.SourceRef;

/**
 * The bodies of {@link IncidentEvent}s, as {@link EventCodec} writes and reads every body (every field always
 * present, {@code null} where optional, read strictly, errors naming the field's path).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class IncidentCodec {

  private IncidentCodec() {}

  static BodyWriter write(IncidentReported e) {
    return new BodyWriter().put("incidentId", e.incidentId()).put("occurred", e.occurred())
        .put("occurredPrecision", (long) e.occurredPrecision()).put("reported", e.reported())
        .put("reportedPrecision", (long) e.reportedPrecision())
        .put("location", List.of(e.location().lonNanodeg(), e.location().latNanodeg()))
        .put("locationPrecision", (long) e.locationPrecision()).put("eventType", e.eventType())
        .put("subType", e.subType()).put("actors", e.actors())
        .put("sources", e.sources().stream().map(s -> new BodyWriter().put("name", s.name())
            .put("confidence", s.confidence().code())).toList())
        .put("fatalities", e.fatalities()).put("injured", e.injured()).put("narrative", e.narrative())
        .put("attachments", e.attachments().stream().map(a -> new BodyWriter().put("name", a.name())
            .put("sha256", a.sha256())).toList())
        .put("commitmentIds", e.commitmentIds()).put("pillarIds", e.pillarIds());
  }

  static IncidentReported readIncidentReported(Obj o) {
    o.field("incidentId", "occurred", "occurredPrecision", "reported", "reportedPrecision", "location",
        "locationPrecision", "eventType", "subType", "actors", "sources", "fatalities", "injured", "narrative",
        "attachments", "commitmentIds", "pillarIds");
    return new IncidentReported(o.string("incidentId"), o.string("occurred"), o.intValue("occurredPrecision"),
        o.string("reported"), o.intValue("reportedPrecision"),
        EventCodec.point(new Obj.Item(o.node("location"), o.path() + ".location")), o.intValue("locationPrecision"),
        o.string("eventType"), o.nullableString("subType"), o.list("actors", Obj::asString),
        o.list("sources", IncidentCodec::source), o.nullableLong("fatalities"), o.nullableLong("injured"),
        o.string("narrative"), o.list("attachments", IncidentCodec::attachment),
        o.list("commitmentIds", Obj::asString), o.list("pillarIds", Obj::asString));
  }

  private static SourceRef source(Obj.Item item) {
    Obj o = item.obj().field("name", "confidence");
    try {
      return new SourceRef(o.string("name"), Confidence.ofCode(o.string("confidence")));
    } catch (BadInputException e) {
      throw item.error(e.getMessage());
    }
  }

  private static Attachment attachment(Obj.Item item) {
    Obj o = item.obj().field("name", "sha256");
    return new Attachment(o.string("name"), o.string("sha256"));
  }

  static BodyWriter write(IncidentVerified e) {
    return new BodyWriter().put("incidentId", e.incidentId()).put("reportHash", e.reportHash())
        .put("finding", e.finding());
  }

  static IncidentVerified readIncidentVerified(Obj o) {
    o.field("incidentId", "reportHash", "finding");
    return new IncidentVerified(o.string("incidentId"), o.string("reportHash"), o.string("finding"));
  }

  static BodyWriter write(IncidentPositionTaken e) {
    return new BodyWriter().put("incidentId", e.incidentId()).put("reportHash", e.reportHash())
        .put("position", e.position().code()).put("statement", e.statement());
  }

  static IncidentPositionTaken readIncidentPositionTaken(Obj o) {
    o.field("incidentId", "reportHash", "position", "statement");
    Position p;
    try {
      p = Position.ofCode(o.string("position"));
    } catch (BadInputException e) {
      throw o.error("position", e.getMessage());
    }
    return new IncidentPositionTaken(o.string("incidentId"), o.string("reportHash"), p, o.string("statement"));
  }

  static BodyWriter write(IncidentInvestigated e) {
    return new BodyWriter().put("incidentId", e.incidentId()).put("reportHash", e.reportHash())
        .put("heldOn", e.heldOn()).put("findings", e.findings());
  }

  static IncidentInvestigated readIncidentInvestigated(Obj o) {
    o.field("incidentId", "reportHash", "heldOn", "findings");
    return new IncidentInvestigated(o.string("incidentId"), o.string("reportHash"), o.string("heldOn"),
        o.string("findings"));
  }
}
