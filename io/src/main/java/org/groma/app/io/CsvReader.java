package org.groma.app.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * Reads a CSV file whose coordinate columns and CRS the user has stated ({@link CsvLayout}).
 *
 * <p>The first line that is neither blank nor a {@code #} comment is the header; columns are named by it.
 * Cells may be quoted ({@code "a, b"}, RFC 4180, with {@code ""} for a quote inside); a quoted cell cannot
 * span lines ({@link CsvRecords}, Apache Commons CSV). Without a part column every row is a point feature (its other cells become properties); with
 * one, the rows of each distinct part value form one line, in file order or ordered by the order column.
 *
 * <h2>Algorithm</h2>
 * One pass over the lines, converting each row to a WGS 84 point at once; memory is the
 * result (about 40 bytes per vertex of a line). Every bad row is reported with its line number and column.
 */
final class CsvReader {

  private CsvReader() {}

  static List<GeoFeature> read(BufferedReader in, String sourceName, CsvLayout layout, Wgs84Conversion toWgs84)
      throws IOException {
    Iterator<CsvRecords.Row> rows;
    try {
      rows = CsvRecords.of(in, layout.delimiter(), sourceName).iterator();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (!next(rows)) {
      throw new BadInputException(sourceName + ": the file is empty (no header line)");
    }
    String[] header = rows.next().cells().stream().map(String::strip).toArray(String[]::new);
    return rows(rows, sourceName, layout, toWgs84, header);
  }

  private static boolean next(Iterator<CsvRecords.Row> rows) throws IOException {
    try {
      return rows.hasNext();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static List<GeoFeature> rows(Iterator<CsvRecords.Row> rows, String sourceName, CsvLayout layout,
      Wgs84Conversion toWgs84, String[] header) throws IOException {
    boolean latLon = layout.latLon();
    String xName = latLon ? layout.lonColumn().orElseThrow() : layout.xColumn().orElseThrow();
    String yName = latLon ? layout.latColumn().orElseThrow() : layout.yColumn().orElseThrow();
    int x = column(header, xName, sourceName);
    int y = column(header, yName, sourceName);
    int id = layout.idColumn().map(c -> column(header, c, sourceName)).orElse(-1);
    int part = layout.partColumn().map(c -> column(header, c, sourceName)).orElse(-1);
    int order = layout.orderColumn().map(c -> column(header, c, sourceName)).orElse(-1);
    if (latLon && !toWgs84.crs().axisOrder().isGeographic()) {
      throw new BadInputException(sourceName + ": --lat-column and --lon-column name geographic coordinates, but "
          + toWgs84.crs() + " is a grid; use --x-column (easting) and --y-column (northing)");
    }
    List<GeoFeature> features = new ArrayList<>();
    Map<String, LineBuilder> lines = new LinkedHashMap<>();
    while (next(rows)) {
      CsvRecords.Row row = rows.next();
      int lineNumber = row.line();
      String where = sourceName + ": line " + lineNumber;
      String[] c = row.cells().toArray(String[]::new);
      if (c.length != header.length) {
        throw new BadInputException(where + ": " + c.length + " cells, the header has " + header.length);
      }
      double xv = number(c[x], layout, where, header[x]);
      double yv = number(c[y], layout, where, header[y]);
      GeoPoint p;
      try {
        p = toWgs84.point(xv, yv);
      } catch (GeoInputException e) {
        throw e.at(where + " (" + header[x] + " " + c[x].strip() + ", " + header[y] + " " + c[y].strip() + ")");
      }
      if (part < 0) {
        ObjectNode props = GeoJsonReader.emptyProperties();
        for (int k = 0; k < c.length; k++) {
          if (k != x && k != y && k != id) {
            props.put(header[k], c[k]);
          }
        }
        String fid = id < 0 ? null : c[id].strip();
        features.add(new GeoFeature(features.size(), fid, props, new GeoGeometry.Point(p)));
      } else {
        String key = c[part].strip();
        double ord = order < 0 ? 0 : number(c[order], layout, where, header[order]);
        lines.computeIfAbsent(key, k -> new LineBuilder()).add(p, ord, lineNumber);
      }
    }
    for (Map.Entry<String, LineBuilder> e : lines.entrySet()) {
      String where = sourceName + ": part \"" + e.getKey() + "\"";
      List<GeoPoint> vertices = e.getValue().build(order >= 0, where, header[Math.max(order, 0)]);
      ObjectNode props = GeoJsonReader.emptyProperties();
      props.put(header[part], e.getKey());
      features.add(new GeoFeature(features.size(), e.getKey(), props, new GeoGeometry.Line(List.of(vertices))));
    }
    return features;
  }

  /** The vertices of one line, with their order values and line numbers. */
  private static final class LineBuilder {
    final List<GeoPoint> points = new ArrayList<>();
    double[] order = new double[16];
    int[] lineNumbers = new int[16];

    void add(GeoPoint p, double ord, int lineNumber) {
      int n = points.size();
      if (n == order.length) {
        order = Arrays.copyOf(order, n * 2);
        lineNumbers = Arrays.copyOf(lineNumbers, n * 2);
      }
      order[n] = ord;
      lineNumbers[n] = lineNumber;
      points.add(p);
    }

    List<GeoPoint> build(boolean sort, String where, String orderName) {
      int n = points.size();
      if (n < 2) {
        throw new BadInputException(where + ": a line needs at least 2 rows, got " + n + " (line "
            + lineNumbers[0] + ")");
      }
      if (!sort) {
        return points;
      }
      Integer[] idx = new Integer[n];
      for (int i = 0; i < n; i++) {
        idx[i] = i;
      }
      Arrays.sort(idx, (a, b) -> Double.compare(order[a], order[b]));
      List<GeoPoint> sorted = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        if (i > 0 && order[idx[i]] == order[idx[i - 1]]) {
          throw new BadInputException(where + ": " + orderName + " " + order[idx[i]] + " appears on lines "
              + lineNumbers[idx[i - 1]] + " and " + lineNumbers[idx[i]] + "; the vertex order is ambiguous");
        }
        sorted.add(points.get(idx[i]));
      }
      return sorted;
    }
  }

  private static int column(String[] header, String name, String sourceName) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(name)) {
        return i;
      }
    }
    throw new BadInputException(sourceName + ": column \"" + name + "\" is not in the header; the columns are "
        + String.join(", ", header));
  }

  private static double number(String cell, CsvLayout layout, String where, String column) {
    String t = cell.strip();
    String what = where + ", column \"" + column + "\"";
    if (DecimalNumbers.hasDecimalComma(t)) {
      if (!layout.decimalComma()) {
        throw new GeoInputException(what + ": \"" + t + "\" has a decimal comma; state --decimal-comma if the file "
            + "writes numbers that way");
      }
      t = t.replace(',', '.');
    }
    return DecimalNumbers.parse(t, what);
  }
}
