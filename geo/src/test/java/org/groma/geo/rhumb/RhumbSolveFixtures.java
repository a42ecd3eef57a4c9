package org.groma.geo.rhumb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Reads the RhumbSolve (and 40-digit reference) fixtures of {@code src/test/resources/rhumb} (see the README there). */
final class RhumbSolveFixtures {

  /** One fixture case: the input line's numbers, RhumbSolve's output numbers, and the line number (from 1). */
  record Case(int line, double[] in, double[] expected) {

    @Override
    public String toString() {
      return "line " + line + ": " + Arrays.toString(in) + " -> " + Arrays.toString(expected);
    }
  }

  private RhumbSolveFixtures() {}

  /** lat1 lon1 lat2 lon2 → azi12 s12. */
  static List<Case> inverse() {
    return read("rhumb_inverse_input.txt", "rhumb_inverse_expected.txt");
  }

  /** lat1 lon1 azi12 s12 → lat2 lon2 (NaN when the line passes a pole). */
  static List<Case> direct() {
    return read("rhumb_direct_input.txt", "rhumb_direct_expected.txt");
  }

  /** lat1 lon1 azi12 s12 → lat2 lon2 from the 40-digit mpmath reference (NaN past a pole). */
  static List<Case> directReference() {
    return read("rhumb_direct_input.txt", "rhumb_direct_reference.txt");
  }

  private static List<Case> read(String input, String expected) {
    List<String> in = lines(input);
    List<String> out = lines(expected);
    if (in.size() != out.size()) {
      throw new IllegalStateException(input + " has " + in.size() + " lines but " + expected + " has " + out.size());
    }
    List<Case> cases = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      cases.add(new Case(i + 1, numbers(in.get(i)), numbers(out.get(i))));
    }
    return cases;
  }

  private static double[] numbers(String line) {
    // RhumbSolve writes "nan"; Java's parser only knows "NaN".
    return Arrays.stream(line.trim().split("\\s+"))
        .mapToDouble(t -> t.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(t))
        .toArray();
  }

  private static List<String> lines(String name) {
    var stream = Objects.requireNonNull(RhumbSolveFixtures.class.getResourceAsStream("/rhumb/" + name), name);
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
