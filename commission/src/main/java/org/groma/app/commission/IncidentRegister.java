package org.groma.app.commission;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.groma.app.commission.IncidentEvent.IncidentInvestigated;
import org.groma.app.commission.IncidentEvent.IncidentReported;
import org.groma.app.commission.IncidentEvent.Position;
import org.groma.journal.entry.Party;

/**
 * The incident register: every reported incident with its verification, each party's position and the
 * record of a joint investigation.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class IncidentRegister {

  /** Who reported an incident, as the reporter field reads: a party, a monitor or the mediator. */
  public enum Reporter {
    PARTY_A("party-a"), PARTY_B("party-b"), MONITOR("monitor"), MEDIATOR("mediator");

    private final String code;

    Reporter(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    static Reporter of(Actor actor, MissionRegister missions) {
      if (missions.isMonitor(actor.member())) {
        return MONITOR;
      }
      return switch (actor.party()) {
        case A -> PARTY_A;
        case B -> PARTY_B;
        case MEDIATOR -> MEDIATOR;
      };
    }
  }

  /** Where an incident stands: reported, verified by a monitor, acknowledged by both parties, or disputed. */
  public enum Status {
    REPORTED("reported"), VERIFIED("verified"), ACKNOWLEDGED("acknowledged"), DISPUTED("disputed");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Status ofCode(String code) {
      for (Status s : values()) {
        if (s.code.equals(code)) {
          return s;
        }
      }
      throw new org.groma.app.BadInputException("status \"" + code
          + "\" is not reported, verified, acknowledged or disputed");
    }
  }

  /** A monitor's verification. */
  public record Verification(Actor monitor, String missionId, String finding, long seq, Instant time) {}

  /** A party's current position (the latest it took) and the act that recorded it. */
  public record PartyPosition(Party party, Position position, String statement, Actor by, long seq, Instant time) {}

  /** A joint investigation's record. */
  public record Investigation(IncidentInvestigated record, Actor recordedBy, long seq, Instant time) {}

  /**
   * One incident.
   *
   * @param entryHash the hash of the report's entry, which every later act on it quotes
   * @param verification null until a monitor verified it
   * @param positions the parties' positions by party
   * @param investigation null unless one was recorded
   */
  public record IncidentRecord(IncidentReported report, Actor reportedBy, Reporter reporter, long seq,
      Instant time, String entryHash, Verification verification, Map<Party, PartyPosition> positions,
      Investigation investigation) {
    public IncidentRecord {
      EnumMap<Party, PartyPosition> byParty = new EnumMap<>(Party.class);
      byParty.putAll(positions);
      positions = Collections.unmodifiableMap(byParty);
    }

    public String incidentId() {
      return report.incidentId();
    }

    /** Disputed once a party disputes it; acknowledged once both parties acknowledge it. */
    public Status status() {
      if (positions.values().stream().anyMatch(p -> p.position() == Position.DISPUTED)) {
        return Status.DISPUTED;
      }
      if (positions.size() == 2) {
        return Status.ACKNOWLEDGED;
      }
      return verification != null ? Status.VERIFIED : Status.REPORTED;
    }

    IncidentRecord withVerification(Verification v) {
      return new IncidentRecord(report, reportedBy, reporter, seq, time, entryHash, v, positions, investigation);
    }

    IncidentRecord withPosition(PartyPosition p) {
      EnumMap<Party, PartyPosition> next = new EnumMap<>(Party.class);
      next.putAll(positions);
      next.put(p.party(), p);
      return new IncidentRecord(report, reportedBy, reporter, seq, time, entryHash, verification, next,
          investigation);
    }

    IncidentRecord withInvestigation(Investigation i) {
      return new IncidentRecord(report, reportedBy, reporter, seq, time, entryHash, verification, positions, i);
    }
  }

  static final IncidentRegister EMPTY = new IncidentRegister(PersistentMap.empty());

  private final PersistentMap<String, IncidentRecord> incidents;

  private IncidentRegister(PersistentMap<String, IncidentRecord> incidents) {
    this.incidents = incidents;
  }

  public Optional<IncidentRecord> incident(String incidentId) {
    return incidents.get(incidentId);
  }

  /** Every incident, by id. */
  public List<IncidentRecord> incidents() {
    return incidents.values();
  }

  public int size() {
    return incidents.size();
  }

  IncidentRegister with(IncidentRecord r) {
    return new IncidentRegister(incidents.put(r.incidentId(), r));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IncidentRegister r && r.incidents.equals(incidents);
  }

  @Override
  public int hashCode() {
    return incidents.hashCode();
  }
}
