package org.groma.app.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.groma.app.AtomicFile;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.PostEstablished;
import org.groma.app.commission.PatrolEvent.PostKind;
import org.groma.app.demo.DemoRoster.DemoMember;
import org.groma.app.io.PatrolGpx;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;

/**
 * The demo's posts and patrol along section S-1, all fictional and labelled as demo data: on 16 October 2026,
 * after the demarcation's inspection, the monitor of the (fictional) monitoring mission both co-chairs admitted
 * establishes observation post OP-1 and checkpoint CP-1 (the mission's own: the demo puts no post in either
 * party's name) and records patrol PT-1, walked that morning along the first half of S-1, from a GPX file the demo writes beside the
 * store ({@value #GPX_FILE}) and reads back like any other, so the act quotes that file's SHA-256.
 */
final class DemoPatrols {

  static final String GPX_FILE = "patrol-S-1.gpx";
  /** The patrol's first fix and the time between fixes. */
  private static final Instant WALKED = Instant.parse("2026-10-16T06:00:00Z");
  private static final int SECONDS_PER_FIX = 120;

  interface Acts {
    void act(DemoMember who, String time, CommissionEvent event);
  }

  private DemoPatrols() {}

  /**
   * Appends the acts through {@code acts}, by the mission's monitor (admitted before, with the demo's incidents);
   * writes the GPX file to {@code gpxFile}.
   */
  static void script(Acts acts, List<GeoPoint> s1, Path gpxFile) {
    String section = DemoJournal.sectionId(DemoJournal.AGREED);
    acts.act(DemoRoster.MONITOR, "2026-10-16T13:30:00Z", new PostEstablished("OP-1", PostKind.OBSERVATION_POST,
        DemoJournal.labelled("Observation post OP-1 of the monitoring mission"), gps(s1.get(s1.size() / 4)), section,
        DemoJournal.labelled("S-1, first half")));
    acts.act(DemoRoster.MONITOR, "2026-10-16T13:40:00Z", new PostEstablished("CP-1", PostKind.CHECKPOINT,
        DemoJournal.labelled("Checkpoint CP-1 of the monitoring mission"), gps(s1.get(3 * s1.size() / 4)), section,
        DemoJournal.labelled("S-1, crossing on the second half")));
    byte[] gpx = gpx(s1.subList(0, s1.size() / 2 + 1));
    AtomicFile.write(gpxFile, gpx);
    PatrolGpx track = PatrolGpx.read(gpx, GPX_FILE);
    acts.act(DemoRoster.MONITOR, "2026-10-16T16:00:00Z", new PatrolRecorded("PT-1", section, track.sha256(),
        track.parts()));
  }

  /** A point as a receiver gives it: six decimals of a degree (about 0.1 m). */
  private static CanonicalPoint gps(GeoPoint p) {
    return new CanonicalPoint(CanonicalPoint.parseNanodeg(sixDecimals(p.lonDeg())),
        CanonicalPoint.parseNanodeg(sixDecimals(p.latDeg())));
  }

  private static String sixDecimals(double deg) {
    return String.format(Locale.ROOT, "%.6f", deg);
  }

  /** The demo patrol's GPX file: the line's turning points, two minutes apart, labelled in its metadata. */
  static byte[] gpx(List<GeoPoint> points) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<gpx version=\"1.1\" creator=\"Groma demo\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
        + "  <metadata><name>" + DemoJournal.labelled("Patrol PT-1 along section S-1") + "</name>\n"
        + "    <desc>Fictional track for the Groma demo: it follows the demo's turning points of S-1, not any"
        + " real patrol.</desc></metadata>\n  <trk><name>PT-1</name><trkseg>\n");
    Instant t = WALKED;
    for (GeoPoint p : points) {
      b.append("    <trkpt lat=\"").append(sixDecimals(p.latDeg())).append("\" lon=\"").append(sixDecimals(p.lonDeg()))
          .append("\"><time>").append(t).append("</time></trkpt>\n");
      t = t.plusSeconds(SECONDS_PER_FIX);
    }
    return b.append("  </trkseg></trk>\n</gpx>\n").toString().getBytes(StandardCharsets.UTF_8);
  }
}
