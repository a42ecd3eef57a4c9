package org.groma.app.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.PostEstablished;
import org.groma.app.commission.PatrolEvent.PostKind;
import org.groma.app.commission.PatrolEvent.PostStatus;
import org.groma.app.commission.PatrolEvent.PostStatusChanged;
import org.groma.app.commission.PatrolEvent.TrackPart;
import org.groma.geo.CanonicalPoint;
import org.groma.journal.entry.Party;

/**
 * Posts and patrols on top of the demo history ({@link Fixture#atEnd()}): a mediator's monitor (the monitoring
 * mission) and a surveyor of each party join, then a post and a patrol along section S-1, whose agreed line
 * (B-S1) runs (0.1°E, 0.1°N) – (0.15°E, 0.1204°N) – (0.2°E, 0.1°N), about 11.9 km.
 */
final class PatrolCases {

  static final Actor MONITOR = new Actor(Party.MEDIATOR, "Mission monitor", "mon-1");
  static final Actor A_SURVEYOR = new Actor(Party.A, "Party A surveyor", "a-surv-1");
  static final Actor B_SURVEYOR = new Actor(Party.B, "Party B surveyor", "b-surv-1");

  private PatrolCases() {}

  /** The demo history with the three watchers added (at {@link Fixture#LATER}). */
  static CommissionState withWatchers() {
    CommissionState s = Fixture.atEnd();
    s = withMonitor(s);
    s = Fixture.accept(Fixture.cmd(DemoCommission.A_CO_CHAIR, added(A_SURVEYOR, Role.SURVEYOR)), s);
    return Fixture.accept(Fixture.cmd(DemoCommission.B_CO_CHAIR, added(B_SURVEYOR, Role.SURVEYOR)), s);
  }

  /**
   * {@code s} with {@link #MONITOR} in a mission both co-chairs admit, each quoting its content's hash: a monitor
   * joins only so, never by member-added.
   */
  static CommissionState withMonitor(CommissionState s) {
    MissionEvent.Mission m = new MissionEvent.Mission("MM-P", "Patrol test mission", List.of(
        new MissionEvent.MissionMember(MONITOR.member(), MONITOR.keyId(), Fixture.hex(MONITOR.keyId()))));
    MissionEvent.MissionAdmissionSigned admission = new MissionEvent.MissionAdmissionSigned(m, m.admissionHash());
    s = Fixture.accept(Fixture.cmd(DemoCommission.A_CO_CHAIR, admission), s);
    return Fixture.accept(Fixture.cmd(DemoCommission.B_CO_CHAIR, admission), s);
  }

  /** A member of {@code a}'s party with one role. */
  static MemberAdded added(Actor a, Role role) {
    return new MemberAdded(a.party(), a.member(), EnumSet.of(role), a.keyId(), Fixture.hex(a.keyId()));
  }

  static PostEstablished post() {
    return new PostEstablished("OP-1", PostKind.OBSERVATION_POST, "Observation post 1 (test)",
        new CanonicalPoint(120_000_000, 112_000_000), "S-1", "S-1 west, km 0 to 6");
  }

  /** {@link #post()} established by the monitor. */
  static CommissionState withPost() {
    return Fixture.accept(Fixture.cmd(MONITOR, post()), withWatchers());
  }

  static PostStatusChanged suspension(CommissionState s) {
    return new PostStatusChanged("OP-1", PostStatus.SUSPENDED, "Road washed out; the team withdrew for the night.",
        s.patrols().post("OP-1").orElseThrow().entryHash());
  }

  /** A patrol along the first part of S-1 in two track parts, fixes a minute apart, ending before LATER. */
  static PatrolRecorded patrol() {
    List<CanonicalPoint> first = new ArrayList<>();
    List<Instant> firstTimes = new ArrayList<>();
    Instant t = Instant.parse("2024-06-30T06:00:00Z");
    for (int i = 0; i <= 4; i++) {
      first.add(new CanonicalPoint(100_000_000 + i * 5_000_000L, 100_500_000 + i * 2_000_000L));
      firstTimes.add(t.plusSeconds(60L * i));
    }
    List<CanonicalPoint> second = List.of(new CanonicalPoint(130_000_000, 109_000_000),
        new CanonicalPoint(135_000_000, 111_000_000));
    List<Instant> secondTimes = List.of(Instant.parse("2024-06-30T07:00:00Z"),
        Instant.parse("2024-06-30T07:01:30.5Z"));
    return new PatrolRecorded("PT-1", "S-1", Fixture.hex("gpx file PT-1"),
        List.of(new TrackPart(first, firstTimes), new TrackPart(second, secondTimes)));
  }
}
