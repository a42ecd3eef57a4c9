package org.groma.app.cli;

import java.util.Arrays;
import org.groma.geo.GeoInputException;
import org.groma.geo.crs.CoordinateTransform;

/**
 * One chunk of {@code groma geo transform}'s {@code x,y[,more…]} rows, read, transformed and written as text
 * on a worker thread ({@link OrderedChunks}).
 *
 * <p>The rules are those of the whole file: blank lines and {@code #} comments are skipped, the header line
 * (found by the reader thread, see {@link #looksLikeHeader}) is skipped, cells are strict decimals, and the
 * messages name the line ("row 12: y is not a decimal number: \"NaN\""). The chunk reports its first bad
 * row and its first point that does not transform separately, because a bad row anywhere in the file is
 * reported before any point that does not transform.
 *
 * <h2>Thread safety</h2>
 * Each call works on its own chunk; the transform is immutable.
 */
final class TransformChunk {

  /** How rows are written: CSV text, or the numbers kept for one JSON document. */
  record Format(boolean swapOut, int decimals, boolean json) {}

  /**
   * What one chunk gave: its first bad row (or null), else its first point that does not transform (or
   * null), else the rows written as CSV text or the transformed numbers for JSON.
   */
  record Result(GeoInputException badRow, GeoInputException badPoint, int rows, String csv, double[] outFirst,
      double[] outSecond) {}

  private final LineChunks.Chunk chunk;
  private double[] first;
  private double[] second;
  private long[] lines;
  private int[] restStart; // -1: no columns after x,y
  private int[] restEnd;
  private int n;

  private TransformChunk(LineChunks.Chunk chunk) {
    this.chunk = chunk;
    int guess = Math.max(16, chunk.text().length() / 24);
    first = new double[guess];
    second = new double[guess];
    lines = new long[guess];
    restStart = new int[guess];
    restEnd = new int[guess];
  }

  /**
   * Reads the chunk's rows (skipping line {@code headerLine}, the header, if it is here) and, unless the
   * transform is null (it could not be built; only the rows are checked), transforms and formats them.
   */
  static Result run(LineChunks.Chunk chunk, long headerLine, boolean swapIn, CoordinateTransform transform,
      Format format) {
    TransformChunk c = new TransformChunk(chunk);
    try {
      c.read(headerLine, swapIn);
    } catch (GeoInputException badRow) {
      return new Result(badRow, null, c.n, null, null, null);
    }
    if (transform == null || c.n == 0) {
      return new Result(null, null, c.n, format.json() ? null : "", new double[0], new double[0]);
    }
    double[] f = Arrays.copyOf(c.first, c.n);
    double[] s = Arrays.copyOf(c.second, c.n);
    double[] of = new double[c.n];
    double[] os = new double[c.n];
    try {
      transform.apply(f, s, of, os);
    } catch (GeoInputException e) {
      return new Result(null, c.badPoint(transform, f, s, e), c.n, null, null, null);
    }
    if (format.json()) {
      return new Result(null, null, c.n, null, format.swapOut() ? os : of, format.swapOut() ? of : os);
    }
    return new Result(null, null, c.n, c.csv(format.swapOut() ? os : of, format.swapOut() ? of : os,
        format.decimals()), null, null);
  }

  /** The point of one row, in the source CRS's axis order, or the row's error. */
  static double[] point(String row, long line, boolean swapIn) {
    TransformChunk c = new TransformChunk(new LineChunks.Chunk(0, row, line, 0));
    c.read(-1, swapIn);
    if (c.n != 1) {
      throw new IllegalArgumentException("not one row: \"" + row + "\"");
    }
    return new double[] {c.first[0], c.second[0]};
  }

  /**
   * A header is a first line whose first two cells do not even begin like numbers (a digit, sign or point):
   * "x,y" or "lon,lat", never a mistyped first point such as "44.5x,40.2", which must be reported, not skipped.
   * The cursor is on a stripped line that is neither blank nor a comment.
   */
  static boolean looksLikeHeader(LineCursor line) {
    int comma = line.indexOf(',', line.start());
    int secondComma = comma == line.end() ? line.end() : line.indexOf(',', comma + 1);
    return !beginsLikeNumber(line, line.start(), comma)
        && (comma == line.end() || !beginsLikeNumber(line, comma + 1, secondComma));
  }

  private static boolean beginsLikeNumber(LineCursor line, int from, int to) {
    String text = line.text();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from < to && "0123456789+-.".indexOf(text.charAt(from)) >= 0;
  }

  private void read(long headerLine, boolean swapIn) {
    LineCursor c = new LineCursor(chunk);
    String text = chunk.text();
    while (c.next()) {
      c.strip();
      if (c.isBlankOrComment() || c.line() == headerLine) {
        continue;
      }
      int comma = c.indexOf(',', c.start());
      if (comma == c.end()) {
        throw new GeoInputException("row " + c.line() + ": expected x,y, got \"" + c.lineText() + "\"");
      }
      int secondComma = c.indexOf(',', comma + 1);
      double x = cell(text, c.start(), comma, c.line(), "x");
      double y = cell(text, comma + 1, secondComma, c.line(), "y");
      if (n == first.length) {
        grow();
      }
      first[n] = swapIn ? y : x;
      second[n] = swapIn ? x : y;
      lines[n] = c.line();
      restStart[n] = secondComma < c.end() ? secondComma + 1 : -1;
      restEnd[n] = c.end();
      n++;
    }
  }

  private static double cell(String text, int from, int to, long line, String column) {
    double v = StrictDecimal.parse(text, from, to);
    return v == v ? v : Numbers.decimal(text.substring(from, to), "row " + line + ": " + column);
  }

  private void grow() {
    int size = first.length * 2;
    first = Arrays.copyOf(first, size);
    second = Arrays.copyOf(second, size);
    lines = Arrays.copyOf(lines, size);
    restStart = Arrays.copyOf(restStart, size);
    restEnd = Arrays.copyOf(restEnd, size);
  }

  /**
   * The library names the index in this chunk ("point i: …", the cause holding the bare reason); a person
   * needs the line of the input instead.
   */
  private GeoInputException badPoint(CoordinateTransform transform, double[] f, double[] s, GeoInputException e) {
    String reason = e.getCause() instanceof GeoInputException bare ? bare.getMessage() : e.getMessage();
    double[] one = new double[1];
    double[] two = new double[1];
    for (int i = 0; i < f.length; i++) {
      try {
        transform.apply(new double[] {f[i]}, new double[] {s[i]}, one, two);
      } catch (GeoInputException alone) {
        return new GeoInputException("row " + lines[i] + ": " + reason, e);
      }
    }
    return e;
  }

  private String csv(double[] x, double[] y, int decimals) {
    String text = chunk.text();
    String newline = System.lineSeparator();
    StringBuilder out = new StringBuilder(n * (2 * decimals + 24));
    for (int i = 0; i < n; i++) {
      FixedDecimal.append(out, x[i], decimals);
      out.append(',');
      FixedDecimal.append(out, y[i], decimals);
      if (restStart[i] >= 0) {
        out.append(',').append(text, restStart[i], restEnd[i]);
      }
      out.append(newline);
    }
    return out.toString();
  }
}
