package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groma.app.BadInputException;
import org.groma.app.geojson.GeoJson;
import org.groma.app.io.CsvRecords;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.median.Side;
import org.groma.geo.median.Sounding;
import org.groma.geo.median.Thalweg;
import org.groma.geo.median.ThalwegOp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "thalweg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "The thalweg (line of deepest points) of a river from soundings: the deepest sounding of each",
        "cross-section, generalised so that the line stays within --smooth-m of that raw path (every vertex",
        "is a real sounding). CSV with a header: lat,lon,depth_m[,section]; WGS84 decimal degrees; depth in",
        "metres, POSITIVE DOWNWARD below the survey's datum. Without a section column, give --banks: the",
        "soundings are then grouped in stations every --station-m along the banks' median line.",
        "JSON: {type, smoothM, maxDeviationM, grouping, surveyDate, lengthM, deepest: [{row, latDeg, lonDeg,",
        "depthM, section}], line: [[lon, lat], ...]}.",
    })
final class ThalwegCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOUNDINGS.csv", description = "The soundings (see above).")
  Path soundingsFile;

  @Option(names = "--smooth-m", paramLabel = "METRES", required = true,
      description = "Largest deviation of the thalweg from the raw deepest-point path (at least 0.001 m).")
  double smoothM;

  @Option(names = "--banks", arity = "2", paramLabel = "FILE",
      description = "The two banks (lines): soundings outside the river between them are refused.")
  List<Path> banks;

  @Option(names = "--station-m", paramLabel = "METRES", defaultValue = "50",
      description = "Station spacing along the median line when there is no section column (default ${DEFAULT-VALUE} m).")
  double stationM;

  @Option(names = "--survey-date", paramLabel = "YYYY-MM-DD", description = "The survey's date; written with the line.")
  String surveyDate;

  @Option(names = "--out", paramLabel = "FILE.geojson", description = "Write the thalweg and the deepest points as GeoJSON.")
  Path out;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Mixin ReadOptions readOptions;

  @Override
  public void run() {
    LocalDate date = surveyDate == null ? null : RiverFiles.date(surveyDate, "--survey-date");
    List<Sounding> soundings = read(soundingsFile);
    Side[] sides = banks == null ? null : new Side[] {
        RiverFiles.side("bank A", banks.get(0), readOptions.options()),
        RiverFiles.side("bank B", banks.get(1), readOptions.options())};
    Thalweg t;
    try {
      t = ThalwegOp.trace(soundings, smoothM, sides, stationM, date);
    } catch (GeoInputException e) {
      throw e.at(soundingsFile.toString());
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "groma-thalweg");
    s.put("soundings", soundingsFile.toString());
    s.put("depthConvention", "metres, positive downward below the survey datum");
    s.put("smoothM", smoothM);
    s.put("maxDeviationM", t.maxDeviationM());
    s.put("grouping", t.grouping());
    s.put("surveyDate", date == null ? null : date.toString());
    s.put("lengthM", Geodesics.WGS84.lengthM(t.line()));
    s.put("vertexCount", t.line().size());
    if (out != null) {
      List<GeoJson.Feature> features = new ArrayList<>();
      features.add(new GeoJson.Feature(s, new GeoJson.LineString(t.line())));
      for (Sounding d : t.deepest()) {
        features.add(new GeoJson.Feature(deepest(d), new GeoJson.Point(d.point())));
      }
      GeoJson.FeatureCollection fc = new GeoJson.FeatureCollection(features);
      RiverFiles.writeAll(Map.of(out, RiverFiles.json(fc)));
    }
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>(s);
      o.put("deepest", t.deepest().stream().map(ThalwegCommand::deepest).toList());
      o.put("line", t.line().stream().map(p -> List.of(p.lonDeg(), p.latDeg())).toList());
      Output.json(w, o);
      return;
    }
    w.printf(Locale.ROOT, "thalweg: %d cross-sections (%s), %d vertices, %.3f m long%n", t.deepest().size(),
        t.grouping(), t.line().size(), (double) s.get("lengthM"));
    w.printf(Locale.ROOT, "largest deviation from the raw deepest-point path: %.6f m (bound %s m)%n",
        t.maxDeviationM(), smoothM);
    w.flush();
  }

  private static Map<String, Object> deepest(Sounding d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("row", d.row());
    m.put("latDeg", d.point().latDeg());
    m.put("lonDeg", d.point().lonDeg());
    m.put("depthM", d.depthM());
    m.put("section", d.section());
    return m;
  }

  /** Soundings from CSV: a header naming lat, lon, depth_m and optionally section; rows by file line number. */
  static List<Sounding> read(Path file) {
    List<String> header = null;
    int lat = -1;
    int lon = -1;
    int depth = -1;
    int section = -1;
    List<Sounding> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CsvRecords.Row r : CsvRecords.of(in, ',', line -> file + ": row " + line)) {
        List<String> cells = r.cells().stream().map(String::strip).toList();
        int row = r.line();
        if (header == null) {
          header = cells;
          lat = header.indexOf("lat");
          lon = header.indexOf("lon");
          depth = header.indexOf("depth_m");
          section = header.indexOf("section");
          if (lat < 0 || lon < 0 || depth < 0) {
            throw new BadInputException(file + ": row " + row + ": the header must name the columns lat, lon and"
                + " depth_m (metres, positive downward), got \"" + String.join(",", cells) + "\"");
          }
          continue;
        }
        if (cells.size() != header.size()) {
          throw new BadInputException(file + ": row " + row + ": " + cells.size() + " fields, the header has "
              + header.size());
        }
        try {
          GeoPoint p = new GeoPoint(number(cells.get(lat), "lat"), number(cells.get(lon), "lon"));
          String sec = section < 0 || cells.get(section).isEmpty() ? null : cells.get(section);
          out.add(new Sounding(row, p, number(cells.get(depth), "depth_m"), sec));
        } catch (GeoInputException e) {
          throw e.at(file + ": row " + row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new BadInputException(file + ": no soundings");
    }
    return out;
  }

  private static double number(String text, String column) {
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v) && text.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
        return v;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new GeoInputException(column + " is not a decimal number: \"" + text + "\"");
  }
}
