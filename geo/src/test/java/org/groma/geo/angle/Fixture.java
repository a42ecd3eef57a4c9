package org.groma.geo.angle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Reads the case files in src/test/resources/angle: one case a line, fields separated by " | ", # comments. */
final class Fixture {

  private static final Pattern SEPARATOR = Pattern.compile(" \\| ");

  private Fixture() {}

  /** Each case line as arguments, split into exactly {@code fields} fields (the last may contain anything). */
  static Stream<Arguments> cases(String name, int fields) {
    return lines(name).stream().map(line -> {
      String[] parts = SEPARATOR.split(line, fields);
      if (parts.length != fields) {
        throw new IllegalStateException(name + ": expected " + fields + " fields in line: " + line);
      }
      return Arguments.of((Object[]) parts);
    });
  }

  static List<String> lines(String name) {
    try (InputStream in = Fixture.class.getResourceAsStream("/angle/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource angle/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
