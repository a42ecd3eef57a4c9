package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.AtomicFile;
import org.groma.app.BadInputException;
import org.groma.app.io.FeatureImport;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.ImportOptions;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.median.Side;

/** Reading sides and river lines for {@code groma median} and {@code groma thalweg}, and writing results whole. */
final class RiverFiles {

  private RiverFiles() {}

  static List<GeoFeature> read(Path file, ImportOptions options) {
    try {
      return FeatureImport.read(file, options).features();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeoInputException e) {
      throw e.at(file.toString());
    }
  }

  /** A side from a file: its lines are bank lines, its points basepoints; polygons are refused. */
  static Side side(String name, Path file, ImportOptions options) {
    List<List<GeoPoint>> parts = new ArrayList<>();
    for (GeoFeature f : read(file, options)) {
      switch (f.geometry()) {
        case GeoGeometry.Line l -> {
          for (int i = 0; i < l.parts().size(); i++) {
            if (l.parts().get(i).size() < 2) {
              throw new BadInputException(file + ": feature " + f.index() + ", part " + i + ": a bank line needs"
                  + " at least 2 vertices");
            }
            parts.add(l.parts().get(i));
          }
        }
        case GeoGeometry.Point p -> parts.add(List.of(p.point()));
        case GeoGeometry.MultiPoint m -> m.points().forEach(p -> parts.add(List.of(p)));
        case GeoGeometry.Area a -> throw new BadInputException(file + ": feature " + f.index() + " is a polygon;"
            + " give the bank or coast as lines (or basepoints as points)");
        default -> { }
      }
    }
    if (parts.isEmpty()) {
      throw new BadInputException(file + ": " + name + " is empty: no line and no point (a median line needs a"
          + " side for each party)");
    }
    try {
      return new Side(name, parts);
    } catch (GeoInputException e) {
      throw e.at(file.toString());
    }
  }

  /** The one line of a river-line file (a median line or thalweg) and its surveyDate property, if any. */
  static List<GeoPoint> line(Path file, ImportOptions options, LocalDate[] dateOut) {
    List<GeoPoint> line = null;
    for (GeoFeature f : read(file, options)) {
      if (f.geometry() instanceof GeoGeometry.Line l) {
        if (line != null || l.parts().size() != 1) {
          throw new BadInputException(file + ": more than one line; a river line is one LineString");
        }
        line = l.parts().getFirst();
        String date = f.properties().path("surveyDate").asText("");
        if (!date.isEmpty()) {
          dateOut[0] = date(date, file + ": surveyDate");
        }
      }
    }
    if (line == null) {
      throw new BadInputException(file + ": no LineString: nothing to compare");
    }
    return line;
  }

  static LocalDate date(String text, String where) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException(where + ": \"" + text + "\" is not a date YYYY-MM-DD");
    }
  }

  /** Writes every file next to its target, then moves them all into place: a failure leaves no half file. */
  /** Writes the files all or none ({@link AtomicFile#writeAll}), as UTF-8. */
  static void writeAll(Map<Path, String> files) {
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
    AtomicFile.writeAll(bytes);
  }

  static String json(Object value) {
    java.io.StringWriter s = new java.io.StringWriter();
    Output.json(new PrintWriter(s), value);
    return s.toString();
  }
}
