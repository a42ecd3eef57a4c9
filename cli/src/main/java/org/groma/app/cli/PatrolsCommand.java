package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groma.app.AtomicFile;
import org.groma.app.commission.Act;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.PatrolCoverage;
import org.groma.app.commission.PatrolCoverage.Stretch;
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.geojson.GeoJson;
import org.groma.app.io.PatrolGpx;
import org.groma.app.node.CommissionNode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@picocli.CommandLine.Command(
    name = "patrols",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Patrols along the line: record a patrol's GPX track as a signed act, and measure which",
        "stretches of a section's line were patrolled in a period. See docs/patrols.md."},
    subcommands = {PatrolsCommand.Import.class, PatrolsCommand.Coverage.class})
final class PatrolsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @picocli.CommandLine.Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Records a patrol from a GPX file: every track point with its time, exactly as the file gives",
          "it, in an act that quotes the SHA-256 of the file's bytes. A point without time, a time without UTC",
          "offset, a bad coordinate or time running backwards is refused (exit 3) naming the line, column, point",
          "and field; nothing is stored. Waypoints, routes and elevations are not recorded (they are counted)."})
  static final class Import implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Signer signer;
    @Mixin JournalCommand.ActTime time;

    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store.")
    Path store;

    @Parameters(index = "1", paramLabel = "GPX", description = "The patrol's GPX 1.1 file, with times.")
    Path gpx;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The patrol's id, e.g. PT-2025-06-02.")
    String id;

    @Option(names = "--section", paramLabel = "ID", description = "The section patrolled (default: none named).")
    String section;

    @Option(names = "--dry-run", description = "Read and check the file and print what would be recorded;"
        + " nothing is signed or stored (the commission's rules are not asked).")
    boolean dryRun;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(gpx);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      PatrolGpx track = PatrolGpx.read(bytes, gpx.toString());
      PatrolRecorded event = new PatrolRecorded(id, section, track.sha256(), track.parts());
      PrintWriter out = spec.commandLine().getOut();
      Act act = null;
      if (!dryRun) {
        Signer.Unlocked key = signer.unlock();
        try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
          act = node.submit(new org.groma.app.commission.Command(key.actor(), time.resolve(), event), key.key());
        }
      }
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("patrolId", id);
      view.put("sectionId", section);
      view.put("gpxSha256", track.sha256());
      view.put("parts", track.parts().size());
      view.put("fixes", track.fixes());
      view.put("start", event.start().toString());
      view.put("end", event.end().toString());
      view.put("notRecorded", Map.of("waypoints", track.waypoints(), "routes", track.routes(),
          "elevations", track.elevations()));
      view.put("recorded", act != null);
      view.put("seq", act == null ? null : act.seq());
      view.put("entryHash", act == null ? null : act.entryHash());
      if (json) {
        Output.json(out, view);
        return;
      }
      out.printf("patrol %s%s: %d fixes in %d part(s), %s to %s%n", id, section == null ? "" : " (section "
          + section + ")", track.fixes(), track.parts().size(), event.start(), event.end());
      out.printf("  GPX SHA-256 %s%n", track.sha256());
      out.printf("  not recorded: %d waypoints, %d routes, %d elevations (the file's hash keeps them)%n",
          track.waypoints(), track.routes(), track.elevations());
      if (act == null) {
        out.println("  dry run: nothing signed or stored");
      } else {
        out.printf("  appended entry %d by %s at %s%n  entry hash %s%n", act.seq(), act.author().describe(),
            act.time(), act.entryHash());
      }
      out.flush();
    }
  }

  @picocli.CommandLine.Command(name = "coverage", mixinStandardHelpOptions = true,
      description = {"Which stretches of a section's line were patrolled in a period: a point of the line counts",
          "as covered when a recorded track passed within the buffer (geodesic distance on WGS 84) at a fix taken",
          "in the period. Prints km covered of the total and the covered stretches as chainage (km from the",
          "section's first turning point); --geojson writes the covered stretches."})
  static final class Coverage implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Period period;

    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store.")
    Path store;

    @Option(names = "--section", required = true, paramLabel = "ID", description = "The section.")
    String section;

    @Option(names = "--proposal", paramLabel = "ID",
        description = "Measure this proposal's line (default: the section's agreed line).")
    String proposal;

    @Option(names = "--buffer-m", paramLabel = "METRES", defaultValue = "1000",
        description = "How near a track must pass, metres (default: ${DEFAULT-VALUE}).")
    double bufferM;

    @Option(names = "--step-m", paramLabel = "METRES",
        description = "Sampling step along the line, metres (default: a twentieth of the buffer, at most 50).")
    Double stepM;

    @Option(names = "--geojson", paramLabel = "FILE", description = "Write the covered stretches as GeoJSON.")
    Path geojson;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
      CommissionState state;
      try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
        state = node.state();
      }
      double step = stepM != null ? stepM : PatrolCoverage.defaultStep(bufferM);
      PatrolCoverage c = PatrolCoverage.of(state, section, proposal, period.start(), period.end(), bufferM, step);
      if (geojson != null) {
        AtomicFile.write(geojson, false, o -> {
          PrintWriter pw = new PrintWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8));
          Output.json(pw, geoJson(c));
          pw.flush();
        });
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Output.json(out, view(c));
        return;
      }
      out.printf(Locale.ROOT, "section %s, %s line (proposal %s): %s km%n", c.sectionId(),
          c.agreed() ? "agreed" : "proposed", c.lineId(), km(c.lengthM()));
      out.printf(Locale.ROOT, "period %s to %s; buffer %s m (geodesic, WGS 84); sampled every %s m, ends to 1 mm%n",
          c.from() == null ? "(open)" : c.from(), c.to() == null ? "(open)" : c.to(), plain(c.bufferM()),
          plain(c.stepM()));
      out.printf(Locale.ROOT, "covered %s km of %s km (%.1f %%)%s%n", km(c.coveredM()), km(c.lengthM()),
          100 * c.coveredM() / c.lengthM(), c.patrolIds().isEmpty() ? "" : " by " + String.join(", ",
              c.patrolIds()));
      for (Stretch s : c.covered()) {
        out.printf(Locale.ROOT, "  km %s to %s (%s km)%n", km(s.fromM()), km(s.toM()), km(s.lengthM()));
      }
      if (geojson != null) {
        out.println("wrote " + geojson);
      }
      out.flush();
    }

    private static String km(double m) {
      return String.format(Locale.ROOT, "%.3f", m / 1000);
    }

    private static String plain(double v) {
      return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static Map<String, Object> view(PatrolCoverage c) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("sectionId", c.sectionId());
      v.put("lineProposalId", c.lineId());
      v.put("agreed", c.agreed());
      v.put("from", c.from() == null ? null : c.from().toString());
      v.put("to", c.to() == null ? null : c.to().toString());
      v.put("bufferM", c.bufferM());
      v.put("distance", "geodesic, WGS 84");
      v.put("stepM", c.stepM());
      v.put("boundaryToleranceM", PatrolCoverage.BOUNDARY_TOLERANCE_M);
      v.put("lengthKm", c.lengthM() / 1000);
      v.put("coveredKm", c.coveredM() / 1000);
      List<Map<String, Object>> stretches = new ArrayList<>();
      for (Stretch s : c.covered()) {
        stretches.add(Map.of("fromKm", s.fromM() / 1000, "toKm", s.toM() / 1000, "lengthKm", s.lengthM() / 1000));
      }
      v.put("covered", stretches);
      v.put("patrolIds", c.patrolIds());
      return v;
    }

    private static GeoJson.FeatureCollection geoJson(PatrolCoverage c) {
      List<GeoJson.Feature> features = new ArrayList<>();
      for (Stretch s : c.covered()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("section_id", c.sectionId());
        p.put("line_proposal_id", c.lineId());
        p.put("from_km", s.fromM() / 1000);
        p.put("to_km", s.toM() / 1000);
        p.put("length_m", s.lengthM());
        p.put("buffer_m", c.bufferM());
        p.put("from", c.from() == null ? null : c.from().toString());
        p.put("to", c.to() == null ? null : c.to().toString());
        features.add(new GeoJson.Feature(p, new GeoJson.LineString(s.points())));
      }
      return new GeoJson.FeatureCollection(features);
    }
  }
}
