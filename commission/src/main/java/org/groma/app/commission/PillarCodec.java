package org.groma.app.commission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.groma.app.BadInputException;
import org.groma.app.commission.EventCodec.Obj;
import org.groma.app.commission.PillarEvent.Condition;
import org.groma.app.commission.PillarEvent.Finding;
import org.groma.app.commission.PillarEvent.InspectionActSigned;
import org.groma.app.commission.PillarEvent.InspectionCycle;
import org.groma.app.commission.PillarEvent.InspectionRecorded;
import org.groma.app.commission.PillarEvent.PillarDamaged;
import org.groma.app.commission.PillarEvent.PillarProposed;
import org.groma.app.commission.PillarEvent.PillarProtocolSigned;
import org.groma.app.commission.PillarEvent.PillarRegulationsProposed;
import org.groma.app.commission.PillarEvent.PillarRegulationsSigned;
import org.groma.app.commission.PillarEvent.PillarReplaced;
import org.groma.app.commission.PillarEvent.PillarRestored;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarEvent.ReferenceMark;
import org.groma.app.commission.PillarEvent.SurveyMethod;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoInputException;

/**
 * The entry bodies of {@link PillarEvent}s, as {@link EventCodec} writes and reads the others: every field
 * always written ({@code null} where optional), decimals as plain decimal strings ({@code "0.05"}, never a
 * binary float), positions as {@code [lonNanodeg, latNanodeg]}, a pillar number as its label ({@code "12A/1"}).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class PillarCodec {

  private PillarCodec() {}

  // ============================================================================================ write

  static BodyWriter write(PillarRegulationsProposed e) {
    BodyWriter tolerances = new BodyWriter();
    e.tolerances().forEach((k, v) -> tolerances.put(k, v.toPlainString()));
    return new BodyWriter().put("regulationsId", e.regulationsId()).put("pillarTypes", e.pillarTypes())
        .put("origin", e.origin()).put("tolerances", tolerances).put("cycle", e.cycle().code())
        .put("fieldTeamHeads", e.fieldTeamHeads());
  }

  static BodyWriter write(PillarRegulationsSigned e) {
    return new BodyWriter().put("regulationsId", e.regulationsId()).put("regulationsHash", e.regulationsHash());
  }

  static BodyWriter write(PillarProposed e) {
    return new BodyWriter().put("pillar", e.number().label()).put("sectionId", e.sectionId())
        .put("pillarType", e.pillarType()).put("name", e.name())
        .put("turningPoint", e.turningPoint() == null ? null : (long) e.turningPoint())
        .put("offsetM", decimal(e.offsetM()));
  }

  static BodyWriter write(PillarSurveyed e) {
    List<BodyWriter> marks = new ArrayList<>();
    for (ReferenceMark m : e.referenceMarks()) {
      marks.add(new BodyWriter().put("name", m.name()).put("bearingDeg", m.bearingDeg().toPlainString())
          .put("distanceM", m.distanceM().toPlainString()));
    }
    BodyWriter description = new BodyWriter();
    e.description().forEach(description::put);
    return new BodyWriter().put("pillar", e.number().label()).put("proposalHash", e.proposalHash())
        .put("position", point(e.position())).put("ellipsoidalHeightMm", e.ellipsoidalHeightMm())
        .put("orthometricHeightMm", e.orthometricHeightMm()).put("heightSystem", e.heightSystem())
        .put("method", e.method().code())
        .put("sessionMinutes", e.sessionMinutes() == null ? null : (long) e.sessionMinutes())
        .put("rmsMm", e.rmsMm()).put("controlPoints", e.controlPoints()).put("observedOn", e.observedOn())
        .put("material", e.material()).put("dimensions", e.dimensions()).put("markings", e.markings())
        .put("visibleToPrevious", e.visibleToPrevious()).put("visibleToNext", e.visibleToNext())
        .put("referenceMarks", marks).put("description", description).put("photos", e.photos());
  }

  static BodyWriter write(PillarProtocolSigned e) {
    return new BodyWriter().put("pillar", e.number().label()).put("protocolHash", e.protocolHash());
  }

  static BodyWriter write(PillarDamaged e) {
    return new BodyWriter().put("pillar", e.number().label()).put("condition", e.condition().code())
        .put("inspectionId", e.inspectionId()).put("note", e.note());
  }

  static BodyWriter write(PillarRestored e) {
    return new BodyWriter().put("pillar", e.number().label()).put("note", e.note());
  }

  static BodyWriter write(PillarReplaced e) {
    return new BodyWriter().put("pillar", e.number().label()).put("note", e.note());
  }

  static BodyWriter write(InspectionRecorded e) {
    List<BodyWriter> findings = new ArrayList<>();
    for (Finding f : e.findings()) {
      BodyWriter b = new BodyWriter().put("pillar", f.number().label()).put("condition", f.condition().code());
      if (f.measured() == null) {
        b.put("measured", (String) null);
      } else {
        b.put("measured", point(f.measured()));
      }
      findings.add(b.put("clearedStripM", decimal(f.clearedStripM())).put("actions", f.actions()));
    }
    return new BodyWriter().put("inspectionId", e.inspectionId()).put("sectionId", e.sectionId())
        .put("date", e.date()).put("team", e.team()).put("findings", findings).put("photos", e.photos());
  }

  static BodyWriter write(InspectionActSigned e) {
    return new BodyWriter().put("inspectionId", e.inspectionId()).put("inspectionHash", e.inspectionHash());
  }

  private static String decimal(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }

  private static List<Long> point(CanonicalPoint p) {
    return List.of(p.lonNanodeg(), p.latNanodeg());
  }

  // ============================================================================================ read

  static PillarRegulationsProposed readRegulationsProposed(Obj o) {
    o.field("regulationsId", "pillarTypes", "origin", "tolerances", "cycle", "fieldTeamHeads");
    return new PillarRegulationsProposed(o.string("regulationsId"), o.list("pillarTypes", Obj::asString),
        o.string("origin"), EventCodec.tolerances(o.obj("tolerances")), InspectionCycle.ofCode(o.string("cycle")),
        o.list("fieldTeamHeads", Obj::asString));
  }

  static PillarRegulationsSigned readRegulationsSigned(Obj o) {
    o.field("regulationsId", "regulationsHash");
    return new PillarRegulationsSigned(o.string("regulationsId"), o.string("regulationsHash"));
  }

  static PillarProposed readPillarProposed(Obj o) {
    o.field("pillar", "sectionId", "pillarType", "name", "turningPoint", "offsetM");
    Long tp = o.nullableLong("turningPoint");
    if (tp != null && (tp < 0 || tp > Integer.MAX_VALUE)) {
      throw o.error("turningPoint", "index " + tp + " is out of range");
    }
    return new PillarProposed(number(o), o.string("sectionId"), o.string("pillarType"), o.nullableString("name"),
        tp == null ? null : tp.intValue(), nullableDecimal(o, "offsetM"));
  }

  static PillarSurveyed readPillarSurveyed(Obj o) {
    o.field("pillar", "proposalHash", "position", "ellipsoidalHeightMm", "orthometricHeightMm", "heightSystem",
        "method", "sessionMinutes", "rmsMm", "controlPoints", "observedOn", "material", "dimensions", "markings",
        "visibleToPrevious", "visibleToNext", "referenceMarks", "description", "photos");
    Obj d = o.obj("description");
    SortedMap<String, String> description = new TreeMap<>();
    for (String lang : d.fieldNames()) {
      description.put(lang, d.string(lang));
    }
    Long session = o.nullableLong("sessionMinutes");
    if (session != null && (session < 1 || session > Integer.MAX_VALUE)) {
      throw o.error("sessionMinutes", session + " is out of range");
    }
    return new PillarSurveyed(number(o), o.string("proposalHash"), point(o, "position"),
        requiredLong(o, "ellipsoidalHeightMm"), o.nullableLong("orthometricHeightMm"), o.nullableString("heightSystem"),
        SurveyMethod.ofCode(o.string("method")), session == null ? null : session.intValue(),
        requiredLong(o, "rmsMm"), o.list("controlPoints", Obj::asString), o.string("observedOn"),
        o.string("material"), o.string("dimensions"), o.string("markings"), o.nullableString("visibleToPrevious"),
        o.nullableString("visibleToNext"), o.list("referenceMarks", PillarCodec::referenceMark), description,
        o.list("photos", Obj::asString));
  }

  static PillarProtocolSigned readProtocolSigned(Obj o) {
    o.field("pillar", "protocolHash");
    return new PillarProtocolSigned(number(o), o.string("protocolHash"));
  }

  static PillarDamaged readPillarDamaged(Obj o) {
    o.field("pillar", "condition", "inspectionId", "note");
    return new PillarDamaged(number(o), Condition.ofCode(o.string("condition")), o.nullableString("inspectionId"),
        o.string("note"));
  }

  static PillarRestored readPillarRestored(Obj o) {
    o.field("pillar", "note");
    return new PillarRestored(number(o), o.string("note"));
  }

  static PillarReplaced readPillarReplaced(Obj o) {
    o.field("pillar", "note");
    return new PillarReplaced(number(o), o.string("note"));
  }

  static InspectionRecorded readInspectionRecorded(Obj o) {
    o.field("inspectionId", "sectionId", "date", "team", "findings", "photos");
    return new InspectionRecorded(o.string("inspectionId"), o.string("sectionId"), o.string("date"),
        o.list("team", Obj::asString), o.list("findings", PillarCodec::finding), o.list("photos", Obj::asString));
  }

  static InspectionActSigned readInspectionActSigned(Obj o) {
    o.field("inspectionId", "inspectionHash");
    return new InspectionActSigned(o.string("inspectionId"), o.string("inspectionHash"));
  }

  private static Finding finding(Obj.Item item) {
    Obj o = item.obj().field("pillar", "condition", "measured", "clearedStripM", "actions");
    return new Finding(number(o), Condition.ofCode(o.string("condition")),
        o.isNull("measured") ? null : point(o, "measured"),
        nullableDecimal(o, "clearedStripM"), o.nullableString("actions"));
  }

  private static ReferenceMark referenceMark(Obj.Item item) {
    Obj o = item.obj().field("name", "bearingDeg", "distanceM");
    return new ReferenceMark(o.string("name"), o.decimal("bearingDeg"), o.decimal("distanceM"));
  }

  private static PillarNumber number(Obj o) {
    try {
      return PillarNumber.parse(o.string("pillar"));
    } catch (BadInputException e) {
      throw o.error("pillar", e.getMessage());
    }
  }

  private static long requiredLong(Obj o, String field) {
    Long v = o.nullableLong(field);
    if (v == null) {
      throw o.error(field, "missing value (null)");
    }
    return v;
  }

  private static CanonicalPoint point(Obj o, String field) {
    List<Long> xy = o.list(field, item -> Obj.integer(item.node(), item.path()));
    if (xy.size() != 2) {
      throw o.error(field, "a position is [lonNanodeg, latNanodeg], two integers");
    }
    try {
      return new CanonicalPoint(xy.get(0), xy.get(1));
    } catch (GeoInputException e) {
      throw o.error(field, e.getMessage());
    }
  }

  private static BigDecimal nullableDecimal(Obj o, String field) {
    return o.isNull(field) ? null : o.decimal(field);
  }


}
