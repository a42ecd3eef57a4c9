package org.groma.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.app.JsonInput;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.EventCodec;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.app.demarcation.AcceptanceCheck;
import org.groma.app.demarcation.MaintenancePlan;
import org.groma.app.demarcation.PillarCatalogue;
import org.groma.app.demarcation.SurveyedPillar;
import org.groma.app.io.PillarSurveyImport;
import org.groma.app.node.CommissionNode;
import org.groma.geo.angle.DmsFormat;
import org.groma.geo.crs.TransformationRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "pillars",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"The pillar register of a commission store: import a field survey as acts to sign, check",
        "surveyed pillars against the commission's tolerances, list the register and its catalogue, the",
        "maintenance plan, and the annex documents (protocols, protocol-description, catalogue) as PDF.",
        "Nothing here signs or stores: acts are appended with groma journal append.",
        "See docs/demarcation.md."},
    subcommands = {PillarsCommand.Import.class, PillarsCommand.Check.class, PillarsCommand.ListPillars.class,
        PillarsCommand.Plan.class, PillarDocumentsCommand.Protocol.class, PillarDocumentsCommand.Annex.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  done; check: every check passed (warnings and unchecked items do not fail)",
        "  1  check: a pillar failed a check (each is named)",
        "  3  bad input: an undeclared CRS, an unknown or duplicate pillar, a missing field (each with its line)",
        "  4  the store or a file could not be read or written"})
final class PillarsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A survey file and how to read it. */
  static final class Survey {
    @Option(names = "--survey", paramLabel = "FILE", description = "A field survey: CSV with the documented"
        + " columns, or GPX waypoints named by pillar number.")
    Path file;

    @Option(names = "--crs", paramLabel = "CODE", description = "The CRS of a CSV survey's coordinates, e.g."
        + " EPSG:4326 (lat, lon) or EPSG:28408 (easting, northing); required for CSV, never guessed.")
    String crs;

    @Option(names = "--transformation", paramLabel = "EPSG:n", description = "Datum transformation for a CSV"
        + " survey not on WGS 84 (e.g. EPSG:15865 for SK-42).")
    String transformation;

    @Option(names = "--campaign", paramLabel = "JSON", description = "Values common to every pillar of the"
        + " survey (column names as keys, string values), e.g. method, material, gpx_ele.")
    Path campaign;

    boolean given() {
      return file != null;
    }

    PillarSurveyImport.Result read(CommissionState state) {
      Map<String, String> common = campaign == null ? Map.of() : campaign();
      String name = file.getFileName().toString();
      try {
        if (name.toLowerCase(Locale.ROOT).endsWith(".gpx")) {
          if (crs != null && !crs.equals("EPSG:4326")) {
            throw new BadInputException(file + ": a GPX file is WGS 84 by its format; --crs " + crs + " contradicts it");
          }
          try (InputStream in = Files.newInputStream(file)) {
            return PillarSurveyImport.gpx(in, name, common, state.pillars());
          }
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          return PillarSurveyImport.csv(in, name, crs, Optional.ofNullable(transformation), common, state.pillars());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Map<String, String> campaign() {
      try {
        JsonNode n = JsonInput.read(Files.readAllBytes(campaign), "campaign " + campaign);
        if (n == null || !n.isObject()) {
          throw new BadInputException("campaign " + campaign + " must hold one JSON object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          if (!e.getValue().isTextual()) {
            throw new BadInputException("campaign " + campaign + ": " + e.getKey() + " must be a string");
          }
          out.put(e.getKey(), e.getValue().textValue());
        }
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Problems of a survey, each on its own line, then a bad-input failure (exit 3). */
  static void refuse(PrintWriter err, Path file, PillarSurveyImport.Result r) {
    r.problems().forEach(p -> err.println("groma pillars: " + p));
    err.flush();
    throw new BadInputException(file + ": " + r.problems().size() + " problem" + (r.problems().size() == 1 ? ""
        : "s") + " in the survey (listed above); no act was written");
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Reads a field survey into pillar-surveyed acts, one JSON body per file in --out, to be",
          "signed with groma journal append --type pillar-surveyed --body FILE. The store is only read.",
          "Any problem (unknown pillar, duplicate, missing field, undeclared CRS) writes nothing (exit 3)."})
  static final class Import implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Survey survey;

    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store.")
    Path store;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new folder for the act bodies.")
    Path out;

    @Option(names = "--json", description = "Print the acts written as JSON.")
    boolean json;

    @Override
    public void run() {
      if (!survey.given()) {
        throw new BadInputException("groma pillars import needs --survey FILE");
      }
      if (Files.exists(out)) {
        throw new BadInputException(out + " exists; import writes into a new folder so no act is mixed up");
      }
      try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
        PillarSurveyImport.Result r = survey.read(node.state());
        if (!r.ok()) {
          refuse(spec.commandLine().getErr(), survey.file, r);
        }
        List<Map<String, Object>> written = new ArrayList<>();
        Files.createDirectories(out);
        for (int i = 0; i < r.acts().size(); i++) {
          PillarSurveyed act = r.acts().get(i);
          Path f = out.resolve(String.format(Locale.ROOT, "%03d-pillar-surveyed-%s.json", i + 1,
              act.number().label().replace('/', '-')));
          Files.write(f, EventCodec.encode(act).canonicalBytes());
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("pillar", act.number().label());
          m.put("source", r.sources().get(i));
          m.put("body", f.toString());
          m.put("type", "pillar-surveyed");
          written.add(m);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
          Output.json(o, written);
        } else {
          written.forEach(m -> o.printf("pillar %s (%s): %s%n", m.get("pillar"), m.get("source"), m.get("body")));
          o.printf("%d act bodies written; sign each with: groma journal append %s --type pillar-surveyed"
              + " --body FILE --as MEMBER%n", written.size(), store);
          o.flush();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Acceptance checks of the surveyed pillars against the tolerances in force: set-out,",
          "intermediate offset, spacing, intervisibility (unchecked without a terrain model), numbering, river",
          "pairs. With --survey, the survey's positions stand in for the register's (nothing is stored).",
          "Exit 1 when a pillar fails; every failing pillar is named."})
  static final class Check implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Survey survey;

    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store.")
    Path store;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--at-time", paramLabel = "ISO", description = "Check the register as it stood at this"
        + " time, e.g. 2026-06-15T00:00:00Z (default: now).")
    String atTime;

    @Override
    public void run() {
      try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
        CommissionState s = atTime == null ? node.state() : node.stateAt(JournalCommand.instant("--at-time", atTime));
        List<PillarSurveyed> unsigned = List.of();
        List<String> sources = List.of();
        if (survey.given()) {
          PillarSurveyImport.Result r = survey.read(s);
          if (!r.ok()) {
            refuse(spec.commandLine().getErr(), survey.file, r);
          }
          unsigned = r.acts();
          sources = r.sources();
        }
        AcceptanceCheck.Report report = AcceptanceCheck.run(s, unsigned, sources);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("passed", report.passed());
          m.put("tolerances", s.pillars().tolerances());
          Map<String, Integer> counts = new LinkedHashMap<>();
          report.counts().forEach((k, v) -> counts.put(k.code(), v));
          m.put("counts", counts);
          m.put("items", report.items().stream().map(i -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("check", i.check());
            x.put("pillar", i.pillar());
            x.put("outcome", i.outcome().code());
            x.put("valueM", i.valueM());
            x.put("toleranceM", i.toleranceM());
            x.put("message", i.message());
            return x;
          }).toList());
          Output.json(o, m);
        } else {
          for (AcceptanceCheck.Item i : report.items()) {
            o.printf("%-9s %-20s %-8s %s%s%n", i.outcome().code(), i.check(), i.pillar(), i.message(),
                i.toleranceM() == null ? "" : " (tolerance " + i.toleranceM().toPlainString() + " m)");
          }
          o.printf("%s: %s%n", report.passed() ? "passed" : "FAILED", report.counts());
          o.flush();
        }
        if (!report.passed()) {
          throw new CheckFailedException(report.failures().size() + " check(s) failed: " + String.join(", ",
              report.failures().stream().map(i -> i.check() + " " + i.pillar()).toList()));
        }
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = {"The register: each pillar's number, section, type, status and protocol; with --catalogue,",
          "the catalogue of coordinates and heights (WGS 84, SK-42 Gauss-Kruger by the genesis' transformation,",
          "UTM, geodesic azimuth and distance to the neighbours on the line)."})
  static final class ListPillars implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store.")
    Path store;

    @Option(names = "--catalogue", description = "Print the catalogue of coordinates and heights.")
    boolean catalogue;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
      try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
        CommissionState s = node.state();
        PrintWriter o = spec.commandLine().getOut();
        if (catalogue) {
          PillarCatalogue cat = PillarCatalogue.of(SurveyedPillar.of(s.pillars()),
              TransformationRegistry.lookup(s.genesis().orElseThrow().datumTransformation()));
          printCatalogue(o, cat);
          return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Pillar p : s.pillars().pillars()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("pillar", p.number().label());
          m.put("sectionId", p.proposal().sectionId());
          m.put("type", p.proposal().pillarType());
          m.put("name", p.proposal().name());
          m.put("status", p.status().code());
          m.put("condition", p.condition() == null ? null : p.condition().code());
          m.put("versions", p.versions().size());
          m.put("inForceVersion", p.inForce() == null ? null : p.inForce() + 1);
          m.put("protocolHash", p.protocolInForce().map(v -> v.signed().entryHash()).orElse(null));
          m.put("newestSurveyHash", p.latest().map(v -> v.signed().entryHash()).orElse(null));
          m.put("lastInspected", p.lastInspected());
          rows.add(m);
        }
        if (json) {
          Output.json(o, rows);
        } else {
          rows.forEach(m -> o.printf("%-8s %-6s %-13s %-9s v%s%s%s%n", m.get("pillar"), m.get("sectionId"),
              m.get("type"), m.get("status"), m.get("versions"),
              m.get("inForceVersion") == null ? "" : ", v" + m.get("inForceVersion") + " in force",
              m.get("condition") == null ? "" : ", " + m.get("condition")));
          o.printf("%d pillars%n", rows.size());
          o.flush();
        }
      }
    }

    private void printCatalogue(PrintWriter o, PillarCatalogue cat) {
      DmsFormat dms = DmsFormat.dms(3);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (PillarCatalogue.Row r : cat.rows()) {
        var s = r.pillar().survey();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pillar", r.pillar().number().label());
        m.put("sectionId", r.pillar().proposal().sectionId());
        m.put("type", r.pillar().proposal().pillarType());
        m.put("from", r.pillar().source());
        m.put("latDeg", r.latDeg());
        m.put("lonDeg", r.lonDeg());
        m.put("latDms", dms.formatLatitude(r.latDeg()));
        m.put("lonDms", dms.formatLongitude(r.lonDeg()));
        m.put("ellipsoidalHeightM", s.ellipsoidalHeightMm() / 1000.0);
        m.put("orthometricHeightM", s.orthometricHeightMm() == null ? null : s.orthometricHeightMm() / 1000.0);
        m.put("heightSystem", s.heightSystem());
        m.put("sk42", r.sk42().orElse(null));
        m.put("sk42Note", r.sk42Note());
        m.put("utm", r.utm());
        m.put("previous", r.previous().orElse(null));
        m.put("next", r.next().orElse(null));
        rows.add(m);
      }
      if (json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("datumTransformation", cat.datumTransformation());
        doc.put("rows", rows);
        Output.json(o, doc);
        return;
      }
      o.printf("catalogue of coordinates and heights; SK-42 by %s%n", cat.datumTransformation());
      for (PillarCatalogue.Row r : cat.rows()) {
        var s = r.pillar().survey();
        o.printf(Locale.ROOT, "%-7s %s %s  h %.3f m%s  UTM %s E %.3f N %.3f  %s%s%n", r.pillar().number().label(),
            dms.formatLatitude(r.latDeg()), dms.formatLongitude(r.lonDeg()), s.ellipsoidalHeightMm() / 1000.0,
            s.orthometricHeightMm() == null ? "" : String.format(Locale.ROOT, " (H %.3f m %s)",
                s.orthometricHeightMm() / 1000.0, s.heightSystem()),
            r.utm().zone(), r.utm().eastingM(), r.utm().northingM(),
            r.sk42().map(g -> String.format(Locale.ROOT, "SK-42 zone %s X %.3f Y %.3f", g.zone(), g.northingM(),
                g.eastingM())).orElse("SK-42: none (" + r.sk42Note() + ")"),
            r.next().map(l -> String.format(Locale.ROOT, "  to %s: azimuth %.9f° distance %.3f m", l.to(),
                l.azimuthDeg(), l.distanceM())).orElse(""));
      }
      o.flush();
    }
  }

  @Command(name = "plan", mixinStandardHelpOptions = true,
      description = {"The maintenance plan under the inspection cycle in force (annual, one fifth a year,",
          "15-year): each standing pillar's next due year, and whether it is overdue."})
  static final class Plan implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store.")
    Path store;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date to plan for (default: today, UTC).")
    String asOf;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
      LocalDate date;
      try {
        date = asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--as-of '" + asOf + "' is not a date YYYY-MM-DD");
      }
      try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
        List<MaintenancePlan.Entry> plan = MaintenancePlan.of(node.state().pillars(), date);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
          Map<String, Object> doc = new LinkedHashMap<>();
          doc.put("asOf", date.toString());
          doc.put("cycle", node.state().pillars().cycle().code());
          doc.put("pillars", plan.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pillar", e.pillar());
            m.put("sectionId", e.sectionId());
            m.put("status", e.status());
            m.put("lastInspected", e.lastInspected());
            m.put("nextDueYear", e.nextDueYear());
            m.put("dueThisYear", e.dueThisYear());
            m.put("overdue", e.overdue());
            return m;
          }).toList());
          Output.json(o, doc);
        } else {
          o.printf("inspection cycle %s, as of %s%n", node.state().pillars().cycle().code(), date);
          plan.forEach(e -> o.printf("%-8s %-6s %-9s last inspected %-10s next due %d%s%s%n", e.pillar(),
              e.sectionId(), e.status(), e.lastInspected() == null ? "never" : e.lastInspected(), e.nextDueYear(),
              e.dueThisYear() ? " (due this year)" : "", e.overdue() ? " OVERDUE" : ""));
          o.flush();
        }
      }
    }
  }
}
