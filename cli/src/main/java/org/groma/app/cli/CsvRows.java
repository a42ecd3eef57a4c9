package org.groma.app.cli;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.groma.app.io.CsvRecords;
import org.groma.geo.GeoInputException;

/**
 * Rows of {@code x,y[,more…]} read from CSV text ({@link CsvRecords}), with the line number of each for error
 * messages. Blank lines and {@code #} comments are skipped; a first data line that is not numeric is kept as a
 * header. What follows x and y is kept as written, to be passed through.
 */
final class CsvRows {

  private final Optional<String> header;
  private final double[] xs;
  private final double[] ys;
  private final int[] lineNumbers;
  private final String[] rest;

  private CsvRows(Optional<String> header, double[] xs, double[] ys, int[] lineNumbers, String[] rest) {
    this.header = header;
    this.xs = xs;
    this.ys = ys;
    this.lineNumbers = lineNumbers;
    this.rest = rest;
  }

  static CsvRows read(List<String> lines) {
    Optional<String> header = Optional.empty();
    int n = lines.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    int[] numbers = new int[n];
    String[] rest = new String[n];
    int count = 0;
    for (CsvRecords.Row r : CsvRecords.of(new StringReader(String.join("\n", lines)), ',', line -> "row " + line)) {
      int row = r.line();
      String line = lines.get(row - 1);
      line = (row == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
      List<String> cells = r.cells();
      if (count == 0 && header.isEmpty() && looksLikeHeader(cells)) {
        header = Optional.of(line);
        continue;
      }
      if (cells.size() < 2) {
        throw new GeoInputException("row " + row + ": expected x,y, got \"" + line + "\"");
      }
      xs[count] = number(cells.get(0), row, "x");
      ys[count] = number(cells.get(1), row, "y");
      numbers[count] = row;
      // x and y are numbers, so no delimiter hides in them: the rest is the line after the second one, as written
      rest[count] = cells.size() > 2 ? line.split(",", 3)[2] : null;
      count++;
    }
    return new CsvRows(header, java.util.Arrays.copyOf(xs, count), java.util.Arrays.copyOf(ys, count),
        java.util.Arrays.copyOf(numbers, count), java.util.Arrays.copyOf(rest, count));
  }

  /**
   * A header is a first line whose first two cells do not even begin like numbers (a digit, sign or point):
   * "x,y" or "lon,lat", never a mistyped first point such as "44.5x,40.2", which must be reported, not skipped.
   */
  private static boolean looksLikeHeader(List<String> cells) {
    for (int c = 0; c < Math.min(2, cells.size()); c++) {
      String cell = cells.get(c).strip();
      if (!cell.isEmpty() && "0123456789+-.".indexOf(cell.charAt(0)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static double number(String cell, int row, String column) {
    return Numbers.decimal(cell, "row " + row + ": " + column);
  }

  int size() {
    return xs.length;
  }

  double x(int i) {
    return xs[i];
  }

  double y(int i) {
    return ys[i];
  }

  /** Line number (from 1) of the i-th row in the input. */
  int lineNumber(int i) {
    return lineNumbers[i];
  }

  /** Columns after x,y, unchanged. */
  Optional<String> rest(int i) {
    return Optional.ofNullable(rest[i]);
  }

  Optional<String> header() {
    return header;
  }
}
