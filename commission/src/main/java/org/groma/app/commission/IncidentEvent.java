package org.groma.app.commission;

import static org.groma.app.commission.Checks.hex32;
import static org.groma.app.commission.Checks.id;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.groma.app.BadInputException;
import org.groma.geo.CanonicalPoint;

/**
 * The incident register's acts (docs/incidents.md): an incident reported, verified by a monitor, acknowledged
 * or disputed by each party, and a joint investigation's record. Every act after the report quotes the
 * report's entry hash ({@code reportHash}), so a position or a verification names the very report it
 * speaks of. Where the incident lies relative to the line (section, segment, side, signed distance, the
 * nearest settlement) is computed from the agreed line, never typed (see {@code org.groma.app.incident}).
 */
public sealed interface IncidentEvent extends CommissionEvent permits IncidentEvent.IncidentReported,
    IncidentEvent.IncidentVerified, IncidentEvent.IncidentPositionTaken, IncidentEvent.IncidentInvestigated {

  /** The incident the act is about. */
  String incidentId();

  /** Lowest and highest ACLED-style precision code: 1 the most precise, 3 the least. */
  int MIN_PRECISION = 1;
  int MAX_PRECISION = 3;

  /** A source of the report and how far the reporter trusts it. */
  record SourceRef(String name, Confidence confidence) {
    public SourceRef {
      Checks.name("source name", name);
      Objects.requireNonNull(confidence, "confidence");
    }
  }

  /** How far a source is trusted. */
  enum Confidence {
    LOW("low"), MEDIUM("medium"), HIGH("high");

    private final String code;

    Confidence(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Confidence ofCode(String code) {
      for (Confidence c : values()) {
        if (c.code.equals(code)) {
          return c;
        }
      }
      throw new BadInputException("confidence \"" + code + "\" is not low, medium or high");
    }
  }

  /** A file attached to a report (photograph, statement), recorded by the SHA-256 of its bytes. */
  record Attachment(String name, String sha256) {
    public Attachment {
      Checks.name("attachment name", name);
      hex32("attachment sha256", sha256);
    }
  }

  /** A party's position on an incident. */
  enum Position {
    ACKNOWLEDGED("acknowledged"), DISPUTED("disputed");

    private final String code;

    Position(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Position ofCode(String code) {
      for (Position p : values()) {
        if (p.code.equals(code)) {
          return p;
        }
      }
      throw new BadInputException("position \"" + code + "\" is not acknowledged or disputed");
    }
  }

  /**
   * An incident reported.
   *
   * @param occurred when it happened: {@code YYYY-MM-DD}, or {@code YYYY-MM-DDThh:mm:ssZ} (UTC) when the time
   *     of day is known
   * @param occurredPrecision ACLED's time precision: 1 the day is known, 2 only the week (the date is within
   *     it), 3 only the month
   * @param reported when the reporter learnt of it (not the entry's time: a feed is signed later), same form
   * @param location where, WGS 84 nanodegrees, longitude then latitude
   * @param locationPrecision ACLED's geo precision: 1 the place itself, 2 near it or a part of a region (the
   *     coordinates are the place's), 3 a larger region (its centre)
   * @param eventType a code of the commission's taxonomy ({@code shelling}); the rules check its form, the
   *     import checks it against the taxonomy in use
   * @param subType a finer code, or null
   * @param fatalities persons killed, or null when unknown (0 is a count)
   * @param injured persons injured, or null when unknown
   * @param commitmentIds commitments the incident breaches, by id
   * @param pillarIds pillars it damaged, by id
   */
  record IncidentReported(String incidentId, String occurred, int occurredPrecision, String reported,
      int reportedPrecision, CanonicalPoint location, int locationPrecision, String eventType, String subType,
      List<String> actors, List<SourceRef> sources, Long fatalities, Long injured, String narrative,
      List<Attachment> attachments, List<String> commitmentIds, List<String> pillarIds) implements IncidentEvent {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?");

    public IncidentReported {
      id("incidentId", incidentId);
      time("occurred", occurred);
      precision("occurredPrecision", occurredPrecision);
      time("reported", reported);
      precision("reportedPrecision", reportedPrecision);
      if (reported.substring(0, 10).compareTo(occurred.substring(0, 10)) < 0) {
        throw new BadInputException("incident " + incidentId + ": reported " + reported + " is before occurred "
            + occurred);
      }
      Objects.requireNonNull(location, "location");
      precision("locationPrecision", locationPrecision);
      code("eventType", eventType);
      if (subType != null) {
        code("subType", subType);
      }
      actors = List.copyOf(actors);
      for (int i = 0; i < actors.size(); i++) {
        Checks.name("actors[" + i + "]", actors.get(i));
      }
      sources = List.copyOf(sources);
      count("fatalities", fatalities);
      count("injured", injured);
      Checks.text("narrative", narrative);
      attachments = List.copyOf(attachments);
      Set<String> hashes = new HashSet<>();
      for (Attachment a : attachments) {
        if (!hashes.add(a.sha256())) {
          throw new BadInputException("incident " + incidentId + ": attachment " + a.sha256() + " is listed twice");
        }
      }
      commitmentIds = ids("commitmentIds", commitmentIds);
      pillarIds = ids("pillarIds", pillarIds);
    }

    private static void time(String field, String value) {
      if (value == null || !TIME.matcher(value).matches()) {
        throw new BadInputException(field + " \"" + value + "\" is not YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ");
      }
      try {
        LocalDate.parse(value.substring(0, 10));
        if (value.length() > 10) {
          java.time.Instant.parse(value);
        }
      } catch (DateTimeParseException e) {
        throw new BadInputException(field + " \"" + value + "\" is no date of the calendar");
      }
    }

    private static void precision(String field, int value) {
      if (value < MIN_PRECISION || value > MAX_PRECISION) {
        throw new BadInputException(field + " " + value + " is not a precision code " + MIN_PRECISION + " to "
            + MAX_PRECISION);
      }
    }

    private static void code(String field, String value) {
      if (value == null || !CODE.matcher(value).matches()) {
        throw new BadInputException(field + " \"" + value + "\" is not a code (a-z, 0-9 and -, starting with a"
            + " letter, at most 64)");
      }
    }

    private static void count(String field, Long value) {
      if (value != null && (value < 0 || value > CommissionEvent.SourceRegistered.MAX_EXACT_INTEGER)) {
        throw new BadInputException(field + " " + value + " is not a count of persons");
      }
    }

    private static List<String> ids(String field, List<String> ids) {
      ids = List.copyOf(ids);
      Set<String> seen = new HashSet<>();
      for (String s : ids) {
        id(field, s);
        if (!seen.add(s)) {
          throw new BadInputException(field + " names " + s + " twice");
        }
      }
      return ids;
    }
  }

  /** A monitor verified a reported incident, quoting the report's entry hash, with what they found. */
  record IncidentVerified(String incidentId, String reportHash, String finding) implements IncidentEvent {
    public IncidentVerified {
      id("incidentId", incidentId);
      hex32("reportHash", reportHash);
      Checks.text("finding", finding);
    }
  }

  /**
   * The author's party acknowledges or disputes a verified incident, quoting the report's entry hash. The act
   * names no party: a position is always the author's own party's, so no party can record another's.
   */
  record IncidentPositionTaken(String incidentId, String reportHash, Position position, String statement)
      implements IncidentEvent {
    public IncidentPositionTaken {
      id("incidentId", incidentId);
      hex32("reportHash", reportHash);
      Objects.requireNonNull(position, "position");
      Checks.text("statement", statement);
    }
  }

  /** The record of a joint investigation of an incident, held on {@code heldOn} ({@code YYYY-MM-DD}). */
  record IncidentInvestigated(String incidentId, String reportHash, String heldOn, String findings)
      implements IncidentEvent {
    public IncidentInvestigated {
      id("incidentId", incidentId);
      hex32("reportHash", reportHash);
      try {
        LocalDate.parse(Objects.requireNonNull(heldOn, "heldOn"));
      } catch (DateTimeParseException e) {
        throw new BadInputException("heldOn \"" + heldOn + "\" is not a date YYYY-MM-DD");
      }
      Checks.text("findings", findings);
    }
  }
}
