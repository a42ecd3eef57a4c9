package org.groma.app.commission;

import static org.groma.app.commission.Checks.hex32;
import static org.groma.app.commission.Checks.id;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.groma.app.BadInputException;
import org.groma.geo.CanonicalPoint;

/**
 * The acts of demarcation (docs/demarcation.md): the commission's pillar regulations, pillars proposed,
 * surveyed and accepted by a jointly signed protocol, damaged, restored or replaced, and inspections with
 * their jointly signed acts. Whatever both parties sign is quoted by the sha256 of its exact entry: a pillar
 * protocol is the {@code pillar-surveyed} entry (which quotes the {@code pillar-proposed} entry it surveys),
 * an inspection act the {@code inspection-recorded} entry, the regulations the
 * {@code pillar-regulations-proposed} entry. A changed field is a new entry with a new hash, so a signature
 * given to one version never counts for another.
 */
public sealed interface PillarEvent extends CommissionEvent permits
    PillarEvent.PillarRegulationsProposed,
    PillarEvent.PillarRegulationsSigned,
    PillarEvent.PillarProposed,
    PillarEvent.PillarSurveyed,
    PillarEvent.PillarProtocolSigned,
    PillarEvent.PillarDamaged,
    PillarEvent.PillarRestored,
    PillarEvent.PillarReplaced,
    PillarEvent.InspectionRecorded,
    PillarEvent.InspectionActSigned {

  /** The default pillar types (docs/demarcation.md, "Pillar types"); regulations may list others. */
  List<String> DEFAULT_TYPES = List.of("main", "intermediate", "river", "tri-point", "transitional", "special",
      "reference", "temporary");

  /** The maintenance cycles of published practice: every pillar every year, a fifth a year, a 15-year plan. */
  enum InspectionCycle {
    ANNUAL("annual", 1), FIFTH("one-fifth-a-year", 5), FIFTEEN_YEAR("15-year", 15);

    private final String code;
    private final int years;

    InspectionCycle(String code, int years) {
      this.code = code;
      this.years = years;
    }

    public String code() {
      return code;
    }

    /** Every pillar is inspected once in this many years. */
    public int years() {
      return years;
    }

    public static InspectionCycle ofCode(String code) {
      for (InspectionCycle c : values()) {
        if (c.code.equals(code)) {
          return c;
        }
      }
      throw new BadInputException("unknown inspection cycle \"" + code
          + "\" (expected annual, one-fifth-a-year or 15-year)");
    }
  }

  /** How a pillar's position was observed. */
  enum SurveyMethod {
    GNSS_STATIC("gnss-static"), RTK("rtk"), TOTAL_STATION("total-station"), CARTOMETRIC("cartometric");

    private final String code;

    SurveyMethod(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static SurveyMethod ofCode(String code) {
      for (SurveyMethod m : values()) {
        if (m.code.equals(code)) {
          return m;
        }
      }
      throw new BadInputException("unknown survey method \"" + code
          + "\" (expected gnss-static, rtk, total-station or cartometric)");
    }
  }

  /** A pillar's state as an inspection finds it. */
  enum Condition {
    GOOD("good"), DAMAGED("damaged"), DESTROYED("destroyed"), MISSING("missing");

    private final String code;

    Condition(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Condition ofCode(String code) {
      for (Condition c : values()) {
        if (c.code.equals(code)) {
          return c;
        }
      }
      throw new BadInputException("unknown condition \"" + code + "\" (expected good, damaged, destroyed or missing)");
    }
  }

  /**
   * The commission's rules for its pillars, in force once a co-chair of each party has signed them.
   *
   * @param pillarTypes the type codes pillars may have (the defaults: {@link #DEFAULT_TYPES})
   * @param origin where numbering starts, e.g. "tri-point A-B-C"
   * @param tolerances {@code setOutToleranceM}, {@code intermediateOffsetToleranceM}, {@code maxSpacingM},
   *     {@code inspectionToleranceM}; exact decimals, all four present
   * @param fieldTeamHeads members who may sign pillar protocols and inspection acts for their party besides
   *     the co-chairs (none: only co-chairs sign)
   */
  record PillarRegulationsProposed(String regulationsId, List<String> pillarTypes, String origin,
      SortedMap<String, BigDecimal> tolerances, InspectionCycle cycle, List<String> fieldTeamHeads)
      implements PillarEvent {

    public static final List<String> TOLERANCES = List.of("inspectionToleranceM", "intermediateOffsetToleranceM",
        "maxSpacingM", "setOutToleranceM");

    public PillarRegulationsProposed {
      id("regulationsId", regulationsId);
      pillarTypes = distinct("pillarTypes", pillarTypes, true);
      for (String t : pillarTypes) {
        id("pillarTypes", t);
      }
      Checks.name("origin", origin);
      TreeMap<String, BigDecimal> copy = new TreeMap<>(tolerances);
      if (!copy.keySet().equals(new HashSet<>(TOLERANCES))) {
        throw new BadInputException("regulations " + regulationsId + ": tolerances must be exactly "
            + String.join(", ", TOLERANCES) + ", got " + String.join(", ", copy.keySet()));
      }
      for (Map.Entry<String, BigDecimal> t : copy.entrySet()) {
        if (t.getValue() == null || t.getValue().signum() <= 0) {
          throw new BadInputException("regulations " + regulationsId + ": " + t.getKey() + " must be positive");
        }
      }
      tolerances = Collections.unmodifiableSortedMap(copy);
      Objects.requireNonNull(cycle, "cycle");
      fieldTeamHeads = distinct("fieldTeamHeads", fieldTeamHeads, false);
      for (String m : fieldTeamHeads) {
        Checks.name("fieldTeamHeads", m);
      }
    }
  }

  /** A co-chair signs the regulations, quoting the entry hash of the proposal they read. */
  record PillarRegulationsSigned(String regulationsId, String regulationsHash) implements PillarEvent {
    public PillarRegulationsSigned {
      id("regulationsId", regulationsId);
      hex32("regulationsHash", regulationsHash);
    }
  }

  /**
   * A pillar to be set: its number, section and type, and where it must stand.
   *
   * @param turningPoint for a pillar on a turning point of the section's agreed line, that point's index
   *     (0 for the line's first point), else null
   * @param offsetM null for a pillar on the line; for one set off it (a river bank, a witness mark), its
   *     distance from the line in metres
   * @param name required for a tri-point, else optional
   */
  record PillarProposed(PillarNumber number, String sectionId, String pillarType, String name, Integer turningPoint,
      BigDecimal offsetM) implements PillarEvent {
    public PillarProposed {
      Objects.requireNonNull(number, "number");
      id("sectionId", sectionId);
      id("pillarType", pillarType);
      if (name != null) {
        Checks.name("name", name);
      } else if (pillarType.equals("tri-point")) {
        throw new BadInputException("pillar " + number + ": a tri-point is named");
      }
      if (turningPoint != null && turningPoint < 0) {
        throw new BadInputException("pillar " + number + ": turningPoint " + turningPoint + " is negative");
      }
      if (offsetM != null && offsetM.signum() <= 0) {
        throw new BadInputException("pillar " + number + ": offsetM " + offsetM.toPlainString()
            + " must be positive (null for a pillar on the line)");
      }
      if (turningPoint != null && offsetM != null) {
        throw new BadInputException("pillar " + number + ": a pillar on a turning point is on the line (offsetM"
            + " must be null)");
      }
    }
  }

  /** A reference (witness) mark near a pillar: bearing from the pillar in degrees from north, distance in metres. */
  record ReferenceMark(String name, BigDecimal bearingDeg, BigDecimal distanceM) {
    public ReferenceMark {
      Checks.name("name", name);
      if (bearingDeg == null || bearingDeg.signum() < 0 || bearingDeg.compareTo(BigDecimal.valueOf(360)) >= 0) {
        throw new BadInputException("reference mark " + name + ": bearingDeg must be from 0 up to 360");
      }
      if (distanceM == null || distanceM.signum() <= 0) {
        throw new BadInputException("reference mark " + name + ": distanceM must be positive");
      }
    }
  }

  /**
   * A pillar as set and surveyed: the content of its protocol. Each survey of a pillar is a new version of
   * its protocol, and the co-chairs' signatures quote this entry's hash.
   *
   * @param proposalHash the entry hash of the {@code pillar-proposed} act this survey is of
   * @param position WGS 84, nanodegrees, longitude then latitude
   * @param orthometricHeightMm null when not observed; then {@code heightSystem} is null too
   * @param sessionMinutes the GNSS static session's length; required for gnss-static, null otherwise
   * @param observedOn YYYY-MM-DD
   * @param visibleToPrevious {@code visible}, {@code blocked} or null (not observed)
   * @param description text in the commission's languages, keyed by language code ({@code en}, {@code ru})
   * @param photos the sha256 of each photo or sketch file, registered beside the journal
   */
  record PillarSurveyed(PillarNumber number, String proposalHash, CanonicalPoint position, long ellipsoidalHeightMm,
      Long orthometricHeightMm, String heightSystem, SurveyMethod method, Integer sessionMinutes, long rmsMm,
      List<String> controlPoints, String observedOn, String material, String dimensions, String markings,
      String visibleToPrevious, String visibleToNext, List<ReferenceMark> referenceMarks,
      SortedMap<String, String> description, List<String> photos) implements PillarEvent {

    private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public PillarSurveyed {
      Objects.requireNonNull(number, "number");
      String p = "pillar " + number + ": ";
      hex32("proposalHash", proposalHash);
      Objects.requireNonNull(position, "position");
      if ((orthometricHeightMm == null) != (heightSystem == null)) {
        throw new BadInputException(p + "an orthometric height names its height system, and only then");
      }
      if (heightSystem != null) {
        Checks.name("heightSystem", heightSystem);
      }
      Objects.requireNonNull(method, "method");
      if ((method == SurveyMethod.GNSS_STATIC) != (sessionMinutes != null)) {
        throw new BadInputException(p + "sessionMinutes is given for a gnss-static survey, and only then");
      }
      if (sessionMinutes != null && sessionMinutes < 1) {
        throw new BadInputException(p + "sessionMinutes " + sessionMinutes + " must be at least 1");
      }
      if (rmsMm < 0) {
        throw new BadInputException(p + "rmsMm " + rmsMm + " is negative");
      }
      controlPoints = distinct("controlPoints", controlPoints, false);
      for (String c : controlPoints) {
        Checks.name("controlPoints", c);
      }
      if (observedOn == null || !DATE.matcher(observedOn).matches()) {
        throw new BadInputException(p + "observedOn \"" + observedOn + "\" is not YYYY-MM-DD");
      }
      Checks.name("material", material);
      Checks.name("dimensions", dimensions);
      Checks.name("markings", markings);
      visibility("visibleToPrevious", visibleToPrevious);
      visibility("visibleToNext", visibleToNext);
      referenceMarks = List.copyOf(referenceMarks);
      TreeMap<String, String> text = new TreeMap<>(description);
      if (text.isEmpty()) {
        throw new BadInputException(p + "a description in at least one of the commission's languages is needed");
      }
      text.forEach((lang, t) -> {
        if (!LANGUAGE.matcher(lang).matches()) {
          throw new BadInputException(p + "description language \"" + lang + "\" is not a code such as en or ru");
        }
        Checks.text("description." + lang, t);
      });
      description = Collections.unmodifiableSortedMap(text);
      photos = distinct("photos", photos, false);
      for (String h : photos) {
        hex32("photos", h);
      }
    }

    private static void visibility(String field, String value) {
      if (value != null && !value.equals("visible") && !value.equals("blocked")) {
        throw new BadInputException(field + " \"" + value + "\" must be visible, blocked or null (not observed)");
      }
    }
  }

  /**
   * A co-chair (or a field-team head the regulations in force name) signs a pillar's protocol for their
   * party, quoting the entry hash of the survey it accepts; the protocol is in force once both parties signed
   * that same version.
   */
  record PillarProtocolSigned(PillarNumber number, String protocolHash) implements PillarEvent {
    public PillarProtocolSigned {
      Objects.requireNonNull(number, "number");
      hex32("protocolHash", protocolHash);
    }
  }

  /** A pillar found damaged or destroyed; {@code inspectionId} the inspection that found it, or null. */
  record PillarDamaged(PillarNumber number, Condition condition, String inspectionId, String note)
      implements PillarEvent {
    public PillarDamaged {
      Objects.requireNonNull(number, "number");
      if (condition != Condition.DAMAGED && condition != Condition.DESTROYED && condition != Condition.MISSING) {
        throw new BadInputException("pillar " + number + ": a damage report's condition is damaged, destroyed or"
            + " missing, not " + (condition == null ? "nothing" : condition.code()));
      }
      if (inspectionId != null) {
        id("inspectionId", inspectionId);
      }
      Checks.text("note", note);
    }
  }

  /** A damaged pillar repaired in place; its protocol in force stays in force. */
  record PillarRestored(PillarNumber number, String note) implements PillarEvent {
    public PillarRestored {
      Objects.requireNonNull(number, "number");
      Checks.text("note", note);
    }
  }

  /** A pillar replaced by a new one of the same number: it needs a new survey and protocol. */
  record PillarReplaced(PillarNumber number, String note) implements PillarEvent {
    public PillarReplaced {
      Objects.requireNonNull(number, "number");
      Checks.text("note", note);
    }
  }

  /**
   * What an inspection found at one pillar.
   *
   * @param measured the position measured now (nanodegrees), or null when not re-measured
   * @param clearedStripM the width of the cleared strip (vista) there, or null when not measured
   */
  record Finding(PillarNumber number, Condition condition, CanonicalPoint measured, BigDecimal clearedStripM,
      String actions) {
    public Finding {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(condition, "condition");
      if (clearedStripM != null && clearedStripM.signum() < 0) {
        throw new BadInputException("pillar " + number + ": clearedStripM is negative");
      }
      if (actions != null) {
        Checks.text("actions", actions);
      }
    }
  }

  /** A joint inspection: its date, team and what it found at each pillar. */
  record InspectionRecorded(String inspectionId, String sectionId, String date, List<String> team,
      List<Finding> findings, List<String> photos) implements PillarEvent {
    public InspectionRecorded {
      id("inspectionId", inspectionId);
      id("sectionId", sectionId);
      if (date == null || !PillarSurveyed.DATE.matcher(date).matches()) {
        throw new BadInputException("inspection " + inspectionId + ": date \"" + date + "\" is not YYYY-MM-DD");
      }
      team = distinct("team", team, true);
      for (String m : team) {
        Checks.name("team", m);
      }
      findings = List.copyOf(findings);
      if (findings.isEmpty()) {
        throw new BadInputException("inspection " + inspectionId + " records no finding");
      }
      Set<PillarNumber> seen = new HashSet<>();
      for (Finding f : findings) {
        if (!seen.add(f.number())) {
          throw new BadInputException("inspection " + inspectionId + ": pillar " + f.number() + " is found twice");
        }
      }
      photos = distinct("photos", photos, false);
      for (String h : photos) {
        hex32("photos", h);
      }
    }
  }

  /** A co-chair or field-team head signs an inspection act, quoting the inspection-recorded entry's hash. */
  record InspectionActSigned(String inspectionId, String inspectionHash) implements PillarEvent {
    public InspectionActSigned {
      id("inspectionId", inspectionId);
      hex32("inspectionHash", inspectionHash);
    }
  }

  private static List<String> distinct(String field, List<String> values, boolean nonEmpty) {
    List<String> copy = List.copyOf(values);
    if (nonEmpty && copy.isEmpty()) {
      throw new BadInputException(field + " is empty");
    }
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new BadInputException(field + " names a value twice: " + copy);
    }
    return copy;
  }
}
