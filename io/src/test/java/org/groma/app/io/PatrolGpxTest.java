package org.groma.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.groma.app.BadInputException;
import org.groma.geo.CanonicalPoint;
import org.junit.jupiter.api.Test;

/** A patrol's GPX track: exact fixes with their times, or a refusal naming line, column, point and field. */
class PatrolGpxTest {

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n";

  private static byte[] gpx(String body) {
    return (HEAD + body + "</gpx>\n").getBytes(StandardCharsets.UTF_8);
  }

  private static final String TWO_SEGMENTS = """
      <wpt lat="40.1" lon="45.1"><name>camp</name></wpt>
      <trk><name>Patrol 7</name>
      <trkseg>
      <trkpt lat="40.123456789" lon="45.5"><ele>1203.4</ele><time>2025-06-02T07:15:30Z</time></trkpt>
      <trkpt lat="40.124" lon="45.501"><time>2025-06-02T10:16:00+03:00</time></trkpt>
      </trkseg>
      <trkseg>
      <trkpt lat="40.2" lon="45.6"><time>2025-06-02T07:30:00.250Z</time></trkpt>
      <trkpt lat="-0.5" lon="-179.999999999"><time>2025-06-02T07:31:00Z</time></trkpt>
      </trkseg>
      </trk>
      """;

  @Test
  void reads_every_fix_exactly_with_its_time_and_commits_to_the_files_bytes() {
    byte[] bytes = gpx(TWO_SEGMENTS);
    PatrolGpx t = PatrolGpx.read(bytes, "p.gpx");
    assertThat(t.parts()).hasSize(2);
    assertThat(t.fixes()).isEqualTo(4);
    assertThat(t.parts().get(0).points().get(0)).isEqualTo(new CanonicalPoint(45_500_000_000L, 40_123_456_789L));
    assertThat(t.parts().get(1).points().get(1)).isEqualTo(new CanonicalPoint(-179_999_999_999L, -500_000_000L));
    assertThat(t.parts().get(0).times()).containsExactly(Instant.parse("2025-06-02T07:15:30Z"),
        Instant.parse("2025-06-02T07:16:00Z"));
    assertThat(t.parts().get(1).times().get(0)).isEqualTo(Instant.parse("2025-06-02T07:30:00.250Z"));
    assertThat(t.name()).isEqualTo("Patrol 7");
    assertThat(t.waypoints()).isEqualTo(1);
    assertThat(t.elevations()).isEqualTo(1);
    // sha256 of the exact bytes: one changed byte (a space) gives another hash
    assertThat(t.sha256()).isEqualTo(Sha256.hex(bytes)).hasSize(64);
    byte[] changed = gpx(TWO_SEGMENTS.replace("<name>camp</name>", "<name>camp </name>"));
    assertThat(PatrolGpx.read(changed, "p.gpx").sha256()).isNotEqualTo(t.sha256());
  }

  @Test
  void a_fix_without_time_is_refused_naming_line_column_point_and_field() {
    byte[] bytes = gpx("<trk><trkseg>\n<trkpt lat=\"40\" lon=\"45\"><time>2025-06-02T07:15:30Z</time></trkpt>\n"
        + "<trkpt lat=\"40.1\" lon=\"45\"><ele>12</ele></trkpt>\n</trkseg></trk>\n");
    assertThatThrownBy(() -> PatrolGpx.read(bytes, "p.gpx")).isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("p.gpx: line 5, column ")
        .hasMessageContaining(": <trkpt> 1 of trk 0, trkseg 0: field time: missing; a patrol's track needs the time"
            + " of every fix");
  }

  @Test
  void a_time_without_offset_is_refused_not_guessed() {
    byte[] bytes = gpx("<trk><trkseg><trkpt lat=\"40\" lon=\"45\"><time>2025-06-02T07:15:30</time></trkpt>"
        + "<trkpt lat=\"40\" lon=\"45\"><time>2025-06-02T07:15:31Z</time></trkpt></trkseg></trk>");
    assertThatThrownBy(() -> PatrolGpx.read(bytes, "p.gpx")).hasMessageContaining("<trkpt> 0 of trk 0, trkseg 0:"
        + " field time: \"2025-06-02T07:15:30\" is not a time with its UTC offset: add Z (UTC) or +hh:mm");
  }

  @Test
  void bad_coordinates_are_refused_naming_the_field() {
    String seg = "<trk><trkseg><trkpt lat=\"%s\" lon=\"%s\"><time>2025-06-02T07:15:30Z</time></trkpt>"
        + "<trkpt lat=\"40\" lon=\"45\"><time>2025-06-02T07:15:31Z</time></trkpt></trkseg></trk>";
    assertThatThrownBy(() -> PatrolGpx.read(gpx(seg.formatted("90.5", "45")), "p.gpx"))
        .hasMessageEndingWith("<trkpt> 0 of trk 0, trkseg 0: field lat: 90.5 is outside [-90, 90] degrees");
    assertThatThrownBy(() -> PatrolGpx.read(gpx(seg.formatted("40", "east")), "p.gpx"))
        .hasMessageContaining("field lon: not a decimal number of degrees: \"east\"");
    assertThatThrownBy(() -> PatrolGpx.read(gpx(seg.formatted("40.1234567891", "45")), "p.gpx"))
        .hasMessageContaining("field lat: \"40.1234567891\" has more than nine decimals");
    assertThatThrownBy(() -> PatrolGpx.read(gpx(seg.formatted("40", "180.000000001")), "p.gpx"))
        .hasMessageContaining("field lon: 180.000000001 is outside [-180, 180] degrees");
    assertThatThrownBy(() -> PatrolGpx.read(gpx("<trk><trkseg><trkpt lon=\"45\"/></trkseg></trk>"), "p.gpx"))
        .hasMessageContaining("field lat: missing");
  }

  @Test
  void time_running_backwards_and_short_segments_are_refused() {
    byte[] backwards = gpx("<trk><trkseg><trkpt lat=\"40\" lon=\"45\"><time>2025-06-02T07:15:30Z</time></trkpt>"
        + "<trkpt lat=\"40\" lon=\"45.1\"><time>2025-06-02T07:15:29Z</time></trkpt></trkseg></trk>");
    assertThatThrownBy(() -> PatrolGpx.read(backwards, "p.gpx")).hasMessageContaining("<trkpt> 1 of trk 0,"
        + " trkseg 0: time 2025-06-02T07:15:29Z is before the fix before it (<trkpt> 1 of trk 0, trkseg 0,"
        + " 2025-06-02T07:15:30Z)");
    byte[] single = gpx("<trk><trkseg><trkpt lat=\"40\" lon=\"45\"><time>2025-06-02T07:15:30Z</time></trkpt>"
        + "</trkseg></trk>");
    assertThatThrownBy(() -> PatrolGpx.read(single, "p.gpx")).hasMessageContaining("<trkseg> (trk 0, trkseg 0)"
        + " has 1 <trkpt>; a track segment needs at least 2 fixes");
    assertThatThrownBy(() -> PatrolGpx.read(gpx("<wpt lat=\"1\" lon=\"2\"/>"), "p.gpx"))
        .hasMessage("p.gpx: no <trkseg> with fixes: a patrol is recorded from a track (GPX <trk>), and this file"
            + " has 1 waypoints and 0 routes");
    assertThatThrownBy(() -> PatrolGpx.read("<kml/>".getBytes(StandardCharsets.UTF_8), "p.kml"))
        .hasMessageContaining("not <gpx>");
  }
}
