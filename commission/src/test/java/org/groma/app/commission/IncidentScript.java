package org.groma.app.commission;

import java.util.List;
import org.groma.app.commission.DemoCommission.KeyBook;
import org.groma.app.commission.IncidentEvent.Attachment;
import org.groma.app.commission.IncidentEvent.Confidence;
import org.groma.app.commission.IncidentEvent.IncidentInvestigated;
import org.groma.app.commission.IncidentEvent.IncidentPositionTaken;
import org.groma.app.commission.IncidentEvent.IncidentReported;
import org.groma.app.commission.IncidentEvent.IncidentVerified;
import org.groma.app.commission.IncidentEvent.Position;
import org.groma.app.commission.IncidentEvent.SourceRef;
import org.groma.app.commission.MissionEvent.Mission;
import org.groma.app.commission.MissionEvent.MissionAdmissionSigned;
import org.groma.app.commission.MissionEvent.MissionMember;
import org.groma.geo.CanonicalPoint;
import org.groma.journal.entry.Party;

/**
 * Test scaffolding on top of {@link DemoCommission}'s history: a monitoring mission of two monitors (key
 * labels {@code mon-1}, {@code mon-2}) and incidents near section S-1, whose agreed line (B-S1) runs
 * (0.1, 0.1) – (0.15, 0.1204) – (0.2, 0.1) in degrees of longitude and latitude.
 */
public final class IncidentScript {

  public static final Actor MONITOR = new Actor(Party.MEDIATOR, "Monitor Kestrel", "mon-1");
  public static final Actor MONITOR_2 = new Actor(Party.MEDIATOR, "Monitor Heron", "mon-2");
  public static final List<String> LABELS = List.of("mon-1", "mon-2");

  private IncidentScript() {}

  public static Mission mission(KeyBook keys) {
    return new Mission("MM-1", "Demo monitoring mission", List.of(member(MONITOR, keys), member(MONITOR_2, keys)));
  }

  private static MissionMember member(Actor a, KeyBook keys) {
    return new MissionMember(a.member(), keys.keyId(a.keyId()), keys.publicKey(a.keyId()));
  }

  public static MissionAdmissionSigned admission(KeyBook keys) {
    Mission m = mission(keys);
    return new MissionAdmissionSigned(m, m.admissionHash());
  }

  /** An incident at {@code lon, lat} (degrees × 1e9), with every field filled. */
  public static IncidentReported report(String id, long lonNanodeg, long latNanodeg) {
    return new IncidentReported(id, "2024-06-20T03:40:00Z", 1, "2024-06-20", 1,
        new CanonicalPoint(lonNanodeg, latNanodeg), 1, "shelling", "artillery",
        List.of("Unidentified armed group (demo)"),
        List.of(new SourceRef("Patrol log (demo)", Confidence.HIGH), new SourceRef("Local report (demo)",
            Confidence.LOW)),
        0L, 1L, "Fictional: three rounds landed in a field near the line; one person slightly hurt.",
        List.of(new Attachment("crater.jpg", DemoCommission.sha256Hex("demo attachment crater.jpg"))),
        List.of("D-1"), List.of());
  }

  public static IncidentVerified verified(String id, String reportHash) {
    return new IncidentVerified(id, reportHash, "Fictional: craters seen on site; fragments collected.");
  }

  public static IncidentPositionTaken position(String id, String reportHash, Position p) {
    return new IncidentPositionTaken(id, reportHash, p, p == Position.ACKNOWLEDGED
        ? "Fictional: the party acknowledges the incident as verified." : "Fictional: the party disputes it.");
  }

  public static IncidentInvestigated investigated(String id, String reportHash) {
    return new IncidentInvestigated(id, reportHash, "2024-06-25", "Fictional: a joint visit found three craters.");
  }
}
