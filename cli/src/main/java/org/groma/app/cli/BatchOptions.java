package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --batch} and {@code --skip-bad} of {@code geo inverse}, {@code direct}, {@code rhumb} and
 * {@code rhumb-direct} (a picocli mixin): one problem per line of standard input, one answer per line of
 * standard output, in the order read, with the same digits as the one-problem form.
 *
 * <p>A bad line is reported with its number. By default the run stops there with exit 3: standard output then
 * holds the answers to every line before it, each line whole, and nothing for the bad line or after it.
 * {@code --skip-bad} reports each bad line on standard error, answers the rest and exits 3 at the end if any
 * line was skipped. Lines are read, solved and written in chunks on every core ({@link OrderedChunks}); a
 * chunk is written as soon as it and every chunk before it are solved, so the run streams with bounded
 * memory, and a person typing problems gets each answer at once.
 */
final class BatchOptions {

  /** Solves one problem from the values of one line, or throws a {@link GeoInputException} naming the value. */
  interface Solver {
    Output.Field[] solve(String[] values);
  }

  @Option(names = "--batch",
      description = "Read one problem per line from standard input (values separated by whitespace, or by "
          + "commas when a line has one; decimal degrees or DMS) and write one answer per line, in order.")
  boolean batch;

  @Option(names = "--skip-bad",
      description = "With --batch: report a bad line on standard error and go on (exit 3 at the end) instead "
          + "of stopping there.")
  boolean skipBad;

  /** Chunk size and workers of the pipeline; tests make chunks tiny to put lines on chunk borders. */
  int chunkBytes = LineChunks.CHUNK_BYTES;
  int threads = OrderedChunks.threads();

  /**
   * Runs the batch if {@code --batch} was given and returns true; else checks that the one-problem form has
   * all its arguments ({@code given}, named {@code names}) and returns false.
   */
  boolean run(CommandSpec spec, boolean json, List<String> names, String[] given, Solver solver) {
    List<String> missing = new ArrayList<>();
    List<String> present = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      (given[i] == null ? missing : present).add(names.get(i));
    }
    if (!batch) {
      if (skipBad) {
        throw new ParameterException(spec.commandLine(), "--skip-bad applies to --batch only");
      }
      if (!missing.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "Missing required parameter"
            + (missing.size() > 1 ? "s: " : ": ") + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()));
      }
      return false;
    }
    if (!present.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--batch reads the problems from standard input; "
          + "give no " + String.join(" ", names) + " on the command line");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Tally tally = new Tally();
    try {
      OrderedChunks.run(new LineChunks(System.in, false, chunkBytes),
          chunk -> () -> BatchChunk.solve(chunk, names, solver, json, skipBad),
          result -> {
            out.write(result.answers());
            out.flush();
            tally.answered += result.answered();
            for (String bad : result.badLines()) {
              if (tally.skipped++ == 0) {
                tally.first = bad;
              }
              if (skipBad) {
                err.println("groma: bad input: " + bad);
              }
            }
            err.flush();
            return skipBad || result.badLines().isEmpty();
          }, threads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!skipBad && tally.first != null) {
      throw new GeoInputException(tally.first);
    }
    if (tally.skipped > 0) {
      throw new GeoInputException(tally.skipped + (tally.skipped == 1 ? " line was" : " lines were")
          + " skipped as bad (the first: " + tally.first + "); " + tally.answered + " answered");
    }
    return true;
  }

  private static final class Tally {
    long answered;
    long skipped;
    String first;
  }
}
