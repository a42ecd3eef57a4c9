package org.groma.app.commission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.journal.json.Json;
import org.groma.journal.json.JsonArray;
import org.groma.journal.json.JsonNull;
import org.groma.journal.json.JsonNumber;
import org.groma.journal.json.JsonObject;
import org.groma.journal.json.JsonString;

/**
 * An entry body (or an object inside one) as {@link EventCodec} writes it: the journal's own JSON value
 * ({@link #json()}, which the journal canonicalises and signs) built directly, with no text in between.
 *
 * <p>It also remembers the order the codec wrote the fields in, for {@link #text()}: the body as compact
 * JSON in that order, which is what {@link InMemoryCommission#standInHash} has always hashed (the journal
 * itself only ever sees the canonical form).
 *
 * <h2>Thread safety</h2>
 * Not thread-safe; one writer builds one body.
 */
final class BodyWriter {

  /** Values: {@link Json} leaves, nested writers, and lists of either. */
  private final Map<String, Object> fields = new LinkedHashMap<>();

  /** A string field; {@code null} is written as JSON null (an optional field is always present). */
  BodyWriter put(String name, String value) {
    return add(name, value == null ? JsonNull.INSTANCE : new JsonString(value));
  }

  /** An integer field; {@code null} is written as JSON null. */
  BodyWriter put(String name, Long value) {
    return add(name, value == null ? JsonNull.INSTANCE : JsonNumber.of(value));
  }

  BodyWriter put(String name, BodyWriter object) {
    return add(name, object);
  }

  /** An array of strings, longs, writers or nested lists, in order. */
  BodyWriter put(String name, List<?> elements) {
    return add(name, List.copyOf(elements));
  }

  /** A field written only when the value is present (the hashes a format 1 body did not have). */
  BodyWriter putIfPresent(String name, String value) {
    return value == null ? this : put(name, value);
  }

  /** An object field written only when present (a sitting's particulars, absent from older sittings). */
  BodyWriter putIfPresent(String name, BodyWriter object) {
    return object == null ? this : put(name, object);
  }

  private BodyWriter add(String name, Object value) {
    if (fields.putIfAbsent(name, value) != null) {
      throw new IllegalStateException("field " + name + " written twice");
    }
    return this;
  }

  /** The body as the journal's JSON value. */
  JsonObject json() {
    JsonObject.Builder b = JsonObject.builder();
    fields.forEach((name, value) -> b.put(name, json(value)));
    return b.build();
  }

  private static Json json(Object value) {
    return switch (value) {
      case Json j -> j;
      case BodyWriter w -> w.json();
      case List<?> list -> {
        List<Json> out = new ArrayList<>(list.size());
        list.forEach(e -> out.add(json(e)));
        yield new JsonArray(out);
      }
      case String s -> new JsonString(s);
      case Long n -> JsonNumber.of(n);
      default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    };
  }

  /** Compact JSON in the order the fields were written; strings and numbers as RFC 8785 writes them. */
  String text() {
    StringBuilder sb = new StringBuilder();
    text(this, sb);
    return sb.toString();
  }

  private static void text(Object value, StringBuilder sb) {
    switch (value) {
      case BodyWriter w -> {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> f : w.fields.entrySet()) {
          sb.append(first ? "" : ",").append(new JsonString(f.getKey())).append(':');
          text(f.getValue(), sb);
          first = false;
        }
        sb.append('}');
      }
      case List<?> list -> {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
          sb.append(i == 0 ? "" : ",");
          text(list.get(i), sb);
        }
        sb.append(']');
      }
      default -> sb.append(json(value));
    }
  }
}
