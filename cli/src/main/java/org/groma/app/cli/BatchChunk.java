package org.groma.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;

/**
 * One chunk of a {@code --batch} run, solved on a worker thread: each line's values read, the problem solved
 * and the answer written as one line of text or JSON.
 *
 * <p>A line holds its values separated by whitespace, or by commas when it has one (then a value may
 * contain spaces, as in {@code 40 30 15 N}); blank lines and {@code #} comments are skipped. The text answer
 * is the one-problem form's numbers, metres to 1 µm and degrees to 1e-9° ({@link PrintfDecimal}, the same
 * digits as {@link Output#metres} and {@link Output#degrees}), separated by one space. The JSON answer is
 * the one-problem form's object on one line, numbers as Jackson writes them.
 *
 * <h2>Thread safety</h2>
 * Each call works on its own chunk; the solver must be safe from any thread.
 */
final class BatchChunk {

  /**
   * The answers (whole lines) and the bad lines ("line N: what"), in order; without {@code skipBad} the
   * chunk stops at its first bad line, so the answers are those of the lines before it.
   */
  record Result(String answers, long answered, List<String> badLines) {}

  private BatchChunk() {}

  static Result solve(LineChunks.Chunk chunk, List<String> names, BatchOptions.Solver solver, boolean json,
      boolean skipBad) {
    StringBuilder out = new StringBuilder(chunk.text().length() + chunk.text().length() / 2);
    List<String> bad = List.of();
    String newline = System.lineSeparator();
    long answered = 0;
    LineCursor c = new LineCursor(chunk);
    while (c.next()) {
      c.strip();
      if (c.isBlankOrComment()) {
        continue;
      }
      Output.Field[] answer;
      try {
        answer = solver.solve(values(c, names));
      } catch (GeoInputException e) {
        if (bad.isEmpty()) {
          bad = new ArrayList<>();
        }
        bad.add(e.at("line " + c.line()).getMessage());
        if (skipBad) {
          continue;
        }
        break;
      }
      if (json) {
        appendJson(out, answer);
      } else {
        appendText(out, answer);
      }
      out.append(newline);
      answered++;
    }
    return new Result(out.toString(), answered, bad);
  }

  /** The values of one line: split on commas if it has one, else on whitespace. */
  static String[] values(LineCursor c, List<String> names) {
    String text = c.text();
    int end = c.end();
    boolean commas = c.indexOf(',', c.start()) < end;
    String[] values = new String[names.size()];
    int count = 0;
    int from = c.start();
    while (true) {
      int to;
      int next;
      if (commas) {
        to = c.indexOf(',', from);
        next = to + 1;
      } else {
        to = from;
        while (to < end && !Character.isWhitespace(text.charAt(to))) {
          to++;
        }
        next = to;
        while (next < end && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
      }
      if (count < values.length) {
        values[count] = commas ? text.substring(from, to).strip() : text.substring(from, to);
      }
      count++;
      if (to == end || next >= end && !commas) {
        break;
      }
      from = next;
    }
    if (count != values.length) {
      throw new GeoInputException("expected " + values.length + " values (" + String.join(" ", names)
          + "), separated by whitespace or by commas, got " + count);
    }
    return values;
  }

  private static void appendText(StringBuilder out, Output.Field[] answer) {
    for (int k = 0; k < answer.length; k++) {
      if (k > 0) {
        out.append(' ');
      }
      PrintfDecimal.append(out, answer[k].value(), answer[k].degrees() ? Output.DEGREE_DECIMALS : Output.METRE_DECIMALS);
    }
  }

  /** One JSON object on one line, numbers written as Jackson writes them (Double.toString; NaN quoted). */
  private static void appendJson(StringBuilder out, Output.Field[] answer) {
    out.append('{');
    for (int k = 0; k < answer.length; k++) {
      if (k > 0) {
        out.append(',');
      }
      double v = answer[k].value();
      out.append('"').append(answer[k].key()).append("\":");
      if (Double.isFinite(v)) {
        out.append(v);
      } else {
        out.append('"').append(v).append('"');
      }
    }
    out.append('}');
  }
}
