package org.groma.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * How commands print: JSON for scripts ({@code --json}: one document on standard output, numbers as the
 * shortest decimal that reads back to the same double, so nothing is rounded), or aligned text for people.
 */
final class Output {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Output() {}

  static void json(PrintWriter out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
    out.flush();
  }

  /** Metres to the micrometre: finer than any survey, coarser than the nanometre noise of the arithmetic. */
  static String metres(double m) {
    return String.format(Locale.ROOT, "%.6f m", m);
  }

  /** Degrees to 1e-9°, about 0.1 mm on the ground. */
  static String degrees(double deg) {
    return String.format(Locale.ROOT, "%.9f°", deg);
  }

  static String squareMetres(double m2) {
    return String.format(Locale.ROOT, "%.6f m²", m2);
  }
}
