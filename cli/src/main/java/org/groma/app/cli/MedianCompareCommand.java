package org.groma.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.median.SurveyComparison;
import org.groma.geo.median.SurveyComparisonOp;
import org.groma.geo.median.SurveyedLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "How a river line (median line or thalweg) moved between two surveys: the largest and mean",
        "displacement (geodesic) and the areas between the lines that changed sides. Survey dates come from",
        "each file's surveyDate property (as groma median and groma thalweg write it) or the options.",
        "JSON: {earlierDate, laterDate, maxDisplacementM, maxAt, meanDisplacementM, areaM2ToLeft,",
        "areaM2ToRight, earlierReversed, polygons}.",
    })
final class MedianCompareCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EARLIER", description = "The earlier survey's line (one LineString).")
  Path earlier;

  @Parameters(index = "1", paramLabel = "LATER", description = "The later survey's line.")
  Path later;

  @Option(names = "--earlier-date", paramLabel = "YYYY-MM-DD", description = "Survey date of EARLIER.")
  String earlierDate;

  @Option(names = "--later-date", paramLabel = "YYYY-MM-DD", description = "Survey date of LATER.")
  String laterDate;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Mixin ReadOptions readOptions;

  @Override
  public void run() {
    SurveyedLine e = surveyed(earlier, earlierDate, "--earlier-date");
    SurveyedLine l = surveyed(later, laterDate, "--later-date");
    SurveyComparison c = SurveyComparisonOp.compare(e, l);
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("earlierDate", c.earlierDate().toString());
      o.put("laterDate", c.laterDate().toString());
      o.put("maxDisplacementM", c.maxDisplacementM());
      o.put("maxAt", List.of(c.maxAt().latDeg(), c.maxAt().lonDeg()));
      o.put("meanDisplacementM", c.meanDisplacementM());
      o.put("areaM2ToLeft", c.areaM2ToLeft());
      o.put("areaM2ToRight", c.areaM2ToRight());
      o.put("earlierReversed", c.earlierReversed());
      o.put("polygons", c.comparison().areas().size());
      Output.json(w, o);
      return;
    }
    GeoPoint at = c.maxAt();
    w.printf(Locale.ROOT, "%s -> %s: largest displacement %.3f m at %.9f, %.9f; mean %.3f m%n", c.earlierDate(),
        c.laterDate(), c.maxDisplacementM(), at.latDeg(), at.lonDeg(), c.meanDisplacementM());
    w.printf(Locale.ROOT, "area now left of the line (was right): %,.1f m²; now right (was left): %,.1f m²%n",
        c.areaM2ToLeft(), c.areaM2ToRight());
    w.flush();
  }

  private SurveyedLine surveyed(Path file, String option, String optionName) {
    LocalDate[] date = new LocalDate[1];
    List<GeoPoint> line = RiverFiles.line(file, readOptions.options(), date);
    if (option != null) {
      date[0] = RiverFiles.date(option, optionName);
    }
    if (date[0] == null) {
      throw new BadInputException(file + ": no surveyDate property; give " + optionName);
    }
    return new SurveyedLine(line, date[0]);
  }
}
