package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.BadInputException;
import org.groma.app.commission.Act;
import org.groma.app.commission.Command;
import org.groma.app.export.IncidentStats;
import org.groma.app.export.IncidentTable;
import org.groma.app.incident.IncidentTaxonomy;
import org.groma.app.io.IncidentFeed;
import org.groma.app.io.ShippedData;
import org.groma.app.node.CommissionNode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@picocli.CommandLine.Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"The incident register (docs/incidents.md): import a feed, list incidents with where they lie",
        "relative to the agreed line, statistics. Every command verifies the store first.",
        "Exit codes: 0 done; 1 (import --accept-valid) the valid rows were signed and some rows were rejected;",
        "3 bad input (bad rows without --accept-valid: nothing signed), 4 I/O error."},
    subcommands = {IncidentsCommand.Import.class, IncidentsCommand.ListCmd.class, IncidentsCommand.Stats.class})
final class IncidentsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static IncidentTaxonomy taxonomy(Path file) {
    if (file == null) {
      return IncidentTaxonomy.DEFAULT;
    }
    return IncidentTaxonomy.of(JournalCommand.readJson(file, "taxonomy"), file.toString());
  }

  /** Every incident of the verified store placed, with the shipped GeoNames settlements. */
  static List<IncidentTable.Line> lines(Path file) {
    try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
      return IncidentTable.of(node.state(), new ShippedData().settlements());
    }
  }

  @picocli.CommandLine.Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Checks every row of an incident feed (CSV with a header row, or GeoJSON points; ACLED's column",
          "names) and signs the good rows as one batch of incident-reported acts by the signer.",
          "Bad rows are reported with their line (or feature) and column. If any row is bad, nothing is signed",
          "unless --accept-valid is given; then the good rows are signed and the command exits 1."})
  static final class Import implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Signer signer;
    @Mixin JournalCommand.ActTime time;

    @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
    Path file;

    @Option(names = "--feed", required = true, paramLabel = "FEED", description = "The feed: a .csv or .geojson file.")
    Path feed;

    @Option(names = "--taxonomy", paramLabel = "JSON",
        description = "The event types and sub-types (default: Groma's, docs/incidents.md).")
    Path taxonomyFile;

    @Option(names = "--reported", paramLabel = "YYYY-MM-DD",
        description = "When the feed was received, for rows without a reported cell.")
    String reported;

    @Option(names = "--accept-valid", description = "Sign the good rows even though some rows are bad.")
    boolean acceptValid;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public void run() {
      if (reported != null) {
        try {
          LocalDate.parse(reported);
        } catch (DateTimeParseException e) {
          throw new BadInputException("--reported '" + reported + "' is not a date YYYY-MM-DD");
        }
      }
      IncidentFeed.Result result;
      try {
        result = new IncidentFeed(taxonomy(taxonomyFile), reported).read(feed);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      boolean bad = !result.errors().isEmpty();
      List<Act> acts = List.of();
      if (!bad || acceptValid) {
        Signer.Unlocked key = signer.unlock();
        try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
          var when = time.resolve();
          List<Command> commands = new ArrayList<>();
          result.rows().forEach(r -> commands.add(new Command(key.actor(), when, r.report())));
          try {
            acts = node.submitAll(commands, key.key());
          } catch (BadInputException e) {
            throw new BadInputException(where(e.getMessage(), result) + "; nothing was signed", e);
          }
        }
      }
      report(out, err, result, acts);
      if (bad && !acceptValid) {
        throw new BadInputException(result.errors().size() + " of " + (result.errors().stream()
            .map(IncidentFeed.RowError::place).distinct().count() + result.rows().size()) + " rows are bad;"
            + " nothing was signed (fix them, or sign the " + result.rows().size() + " good rows with --accept-valid)");
      }
      if (bad) {
        throw new CheckFailedException(acts.size() + " incidents signed; " + result.errors().stream()
            .map(IncidentFeed.RowError::place).distinct().count() + " rows rejected (listed above)");
      }
    }

    /** A batch refusal names the act's index; the feed's place of that row is more use. */
    private static String where(String message, IncidentFeed.Result result) {
      var m = java.util.regex.Pattern.compile("^act (\\d+) of \\d+ in the batch: ").matcher(message);
      if (m.find()) {
        int i = Integer.parseInt(m.group(1)) - 1;
        return result.rows().get(i).place() + ": " + message.substring(m.end());
      }
      return message;
    }

    private void report(PrintWriter out, PrintWriter err, IncidentFeed.Result result, List<Act> acts) {
      if (json) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("rows", result.rows().size() + result.errors().stream().map(IncidentFeed.RowError::place).distinct()
            .count());
        j.put("good", result.rows().size());
        j.put("signed", acts.size());
        j.put("firstSeq", acts.isEmpty() ? null : acts.getFirst().seq());
        j.put("lastSeq", acts.isEmpty() ? null : acts.getLast().seq());
        j.put("errors", result.errors().stream().map(e -> Map.of("place", e.place(), "column", e.column(),
            "message", e.message())).toList());
        j.put("ignoredColumns", result.ignoredColumns());
        Output.json(out, j);
        return;
      }
      result.errors().forEach(e -> err.println(e.text()));
      if (!result.ignoredColumns().isEmpty()) {
        err.println("columns not read: " + String.join(", ", result.ignoredColumns()));
      }
      out.printf("%d good rows, %d errors; %d incidents signed%s%n", result.rows().size(), result.errors().size(),
          acts.size(), acts.isEmpty() ? "" : " (entries " + acts.getFirst().seq() + " to " + acts.getLast().seq() + ")");
      out.flush();
      err.flush();
    }
  }

  @picocli.CommandLine.Command(name = "list", mixinStandardHelpOptions = true,
      description = {"Lists the incidents with their status, positions and where they lie: nearest section and",
          "segment, side (party A is left of each line as drawn), signed distance to the agreed line (metres,",
          "positive on party A's side) and the nearest shipped GeoNames settlement."})
  static final class ListCmd implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text, json, csv or geojson (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--json", description = "The same as --format json.")
    boolean json;

    @Option(names = "--section", paramLabel = "ID", description = "Only incidents nearest to this section.")
    String section;

    @Option(names = "--status", paramLabel = "STATUS",
        description = "Only incidents in this status: reported, verified, acknowledged or disputed.")
    String status;

    @Override
    public void run() {
      String f = json ? "json" : format;
      if (!List.of("text", "json", "csv", "geojson").contains(f)) {
        throw new BadInputException("--format '" + f + "' is not text, json, csv or geojson");
      }
      if (status != null) {
        org.groma.app.commission.IncidentRegister.Status.ofCode(status);
      }
      List<IncidentTable.Line> lines = lines(file).stream()
          .filter(l -> section == null || (l.placement() != null && section.equals(l.placement().sectionId())))
          .filter(l -> status == null || l.record().status().code().equals(status)).toList();
      PrintWriter out = spec.commandLine().getOut();
      switch (f) {
        case "json" -> Output.json(out, lines.stream().map(IncidentTable.Line::properties).toList());
        case "geojson" -> Output.json(out, IncidentTable.geoJson(lines));
        case "csv" -> {
          try {
            IncidentTable.writeCsv(lines, out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          out.flush();
        }
        default -> {
          for (IncidentTable.Line l : lines) {
            Map<String, Object> p = l.properties();
            out.printf("%s  %s  %s%s  %s  %s%n", p.get("incident_id"), p.get("occurred"), p.get("event_type"),
                p.get("sub_type") == null ? "" : "/" + p.get("sub_type"), p.get("status"),
                l.placement() == null ? "(no agreed line)" : "section " + p.get("section_id") + " segment "
                    + p.get("segment_no") + ", side " + p.get("side") + ", " + p.get("signed_distance_m") + " m"
                    + (p.get("near") == null ? "" : ", " + p.get("near")));
          }
          out.printf("%d incidents%n", lines.size());
          out.flush();
        }
      }
    }
  }

  @picocli.CommandLine.Command(name = "stats", mixinStandardHelpOptions = true,
      description = {"Per section and period: incidents by event type and status, and a histogram of distances to",
          "the line by side."})
  static final class Stats implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
    Path file;

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "month",
        description = "day, week, month or year (default ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--bins", paramLabel = "METRES", split = ",", defaultValue = "0,100,500,1000,5000",
        description = "Histogram bin edges in metres from 0; the last bin is open (default ${DEFAULT-VALUE}).")
    List<Double> bins;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV: table,section_id,period,key,value,count.")
    boolean csv;

    @Override
    public void run() {
      IncidentStats.Period p = IncidentStats.Period.of(period);
      IncidentStats.Stats stats = IncidentStats.of(lines(file), p, bins);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Output.json(out, stats);
        return;
      }
      if (csv) {
        out.print("table,section_id,period,key,value,count\r\n");
        stats.counts().forEach(c -> out.printf("by-type-and-status,%s,%s,%s,%s,%d\r\n", c.sectionId(), c.period(),
            c.eventType(), c.status(), c.count()));
        stats.histogram().forEach(b -> out.printf("distance-histogram,%s,%s,%s,%s,%d\r\n", b.sectionId(),
            b.period(), b.side(), bin(b), b.count()));
        out.flush();
        return;
      }
      out.println("section  period  event type  status  count");
      stats.counts().forEach(c -> out.printf("%s  %s  %s  %s  %d%n", c.sectionId(), c.period(), c.eventType(),
          c.status(), c.count()));
      out.println();
      out.println("section  period  side  distance  count");
      stats.histogram().forEach(b -> out.printf("%s  %s  %s  %s  %d%n", b.sectionId(), b.period(), b.side(),
          bin(b), b.count()));
      out.flush();
    }

    private static String bin(IncidentStats.Bin b) {
      return b.toM() == null ? trim(b.fromM()) + "+ m" : trim(b.fromM()) + "-" + trim(b.toM()) + " m";
    }

    private static String trim(double m) {
      return new java.math.BigDecimal(Double.toString(m)).stripTrailingZeros().toPlainString();
    }
  }
}
