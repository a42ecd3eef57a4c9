package org.groma.geo.crs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a {@code cs2cs -E} fixture in {@code src/test/resources/crs}: the input numbers as cs2cs read them,
 * a tab, the output numbers. See the README there for the commands.
 */
record Cs2csFixture(int line, double[] in, double[] out) {

  static List<Cs2csFixture> read(String name) {
    InputStream stream = Cs2csFixture.class.getResourceAsStream("/crs/" + name);
    if (stream == null) {
      throw new IllegalStateException("missing test resource /crs/" + name);
    }
    List<Cs2csFixture> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String s;
      int line = 0;
      while ((s = r.readLine()) != null) {
        line++;
        String[] halves = s.split("\t", 2); // cs2cs -E: input, tab, then output x, tab, y, space, z
        if (halves.length != 2) {
          throw new IllegalStateException(name + ":" + line + ": expected input<TAB>output, got " + s);
        }
        rows.add(new Cs2csFixture(line, numbers(halves[0]), numbers(halves[1])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static double[] numbers(String text) {
    return Arrays.stream(text.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
  }

  @Override
  public String toString() {
    return "line " + line + ": " + Arrays.toString(in) + " -> " + Arrays.toString(out);
  }
}
