package org.groma.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How commands print: JSON for scripts ({@code --json}: one document on standard output, numbers as the
 * shortest decimal that reads back to the same double, so nothing is rounded), or aligned text for people.
 */
final class Output {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Output() {}

  static void json(PrintWriter out, Object value) {
    out.println(jsonText(value).stripTrailing());
    out.flush();
  }

  /** The value as indented JSON, ending with a line feed. */
  static String jsonText(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }

  /** Decimals of metres for people: the micrometre, finer than any survey, coarser than the arithmetic's noise. */
  static final int METRE_DECIMALS = 6;

  /** Decimals of degrees for people: 1e-9°, about 0.1 mm on the ground. */
  static final int DEGREE_DECIMALS = 9;

  static String metres(double m) {
    return String.format(Locale.ROOT, "%." + METRE_DECIMALS + "f m", m);
  }

  static String degrees(double deg) {
    return String.format(Locale.ROOT, "%." + DEGREE_DECIMALS + "f°", deg);
  }

  /** One number of a command's result: its JSON key, its label for people, and whether it is an angle. */
  record Field(String key, String label, double value, boolean degrees) {

    static Field metres(String key, String label, double value) {
      return new Field(key, label, value, false);
    }

    static Field degrees(String key, String label, double value) {
      return new Field(key, label, value, true);
    }
  }

  /** A result of a few numbers: one JSON object, or one aligned line per number. */
  static void fields(PrintWriter out, boolean json, Field... fields) {
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      for (Field f : fields) {
        o.put(f.key(), f.value());
      }
      json(out, o);
      return;
    }
    int width = Arrays.stream(fields).mapToInt(f -> f.label().length()).max().orElse(0) + 2;
    for (Field f : fields) {
      out.println(f.label() + " ".repeat(width - f.label().length())
          + (f.degrees() ? degrees(f.value()) : metres(f.value())));
    }
    out.flush();
  }

  static String squareMetres(double m2) {
    return String.format(Locale.ROOT, "%.6f m²", m2);
  }
}
