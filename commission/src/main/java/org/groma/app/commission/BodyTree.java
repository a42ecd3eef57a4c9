package org.groma.app.commission;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.groma.journal.json.Json;
import org.groma.journal.json.JsonArray;
import org.groma.journal.json.JsonNumber;
import org.groma.journal.json.JsonObject;
import org.groma.journal.json.JsonString;

/**
 * A JSON value as {@link EventCodec} reads it. A body comes either from the journal (the journal's own values,
 * read directly) or from outside, as Jackson parsed a request or a file; the codec reads both the same way.
 *
 * <p>The two differ in one thing the codec keeps: Jackson knows how a number was written, so {@code 50000.0}
 * from a request is refused as "the non-integer number 50000.0" where an integer is due, whereas the journal
 * holds numbers in their canonical form, in which {@code 50000.0} cannot occur.
 */
sealed interface BodyTree {

  /** {@code object}, {@code array}, {@code string}, {@code number}, {@code boolean} or {@code null}. */
  String kind();

  default boolean isObject() {
    return kind().equals("object");
  }

  default boolean isNull() {
    return kind().equals("null");
  }

  /** An object's member, or null when it has none of that name. */
  BodyTree member(String name);

  /** An object's member names, in its order. */
  List<String> names();

  /** An array's elements; empty for anything else. */
  List<BodyTree> elements();

  default boolean isArray() {
    return kind().equals("array");
  }

  /** The value of a string, or null for anything else. */
  String text();

  /** True for a number written (or held) as an integer. */
  boolean integral();

  /** True for an integral number within the range of a long. */
  boolean fitsLong();

  long longValue();

  /** The number as text, for messages. */
  String numberText();

  static BodyTree of(Json value) {
    return new Journal(value);
  }

  static BodyTree of(JsonNode value) {
    return value == null ? null : new Jackson(value);
  }

  /** A value of the journal's JSON model. */
  record Journal(Json value) implements BodyTree {
    @Override
    public String kind() {
      return value.kind();
    }

    @Override
    public BodyTree member(String name) {
      return value instanceof JsonObject o ? o.get(name).map(Journal::new).orElse(null) : null;
    }

    @Override
    public List<String> names() {
      return value instanceof JsonObject o ? List.copyOf(o.members().keySet()) : List.of();
    }

    @Override
    public List<BodyTree> elements() {
      return value instanceof JsonArray a ? a.elements().stream().<BodyTree>map(Journal::new).toList() : List.of();
    }

    @Override
    public String text() {
      return value instanceof JsonString s ? s.value() : null;
    }

    @Override
    public boolean integral() {
      return value instanceof JsonNumber n && n.isExactInteger();
    }

    @Override
    public boolean fitsLong() {
      return integral();
    }

    @Override
    public long longValue() {
      return ((JsonNumber) value).longValueExact();
    }

    @Override
    public String numberText() {
      // As the codec wrote it when it read journal bodies through Jackson: an integer, or Double.toString.
      JsonNumber n = (JsonNumber) value;
      return n.isExactInteger() ? Long.toString(n.longValueExact()) : Double.toString(n.value());
    }
  }

  /** A value Jackson read from a request or a file. */
  record Jackson(JsonNode node) implements BodyTree {
    @Override
    public String kind() {
      return node.getNodeType().name().toLowerCase();
    }

    @Override
    public BodyTree member(String name) {
      return node.isObject() && node.has(name) ? new Jackson(node.get(name)) : null;
    }

    @Override
    public List<String> names() {
      List<String> out = new ArrayList<>();
      if (node.isObject()) {
        node.fieldNames().forEachRemaining(out::add);
      }
      return out;
    }

    @Override
    public List<BodyTree> elements() {
      List<BodyTree> out = new ArrayList<>(node.size());
      if (node.isArray()) {
        node.forEach(e -> out.add(new Jackson(e)));
      }
      return out;
    }

    @Override
    public String text() {
      return node.isTextual() ? node.textValue() : null;
    }

    @Override
    public boolean integral() {
      return node.isIntegralNumber();
    }

    @Override
    public boolean fitsLong() {
      return node.isIntegralNumber() && node.canConvertToLong();
    }

    @Override
    public long longValue() {
      return node.longValue();
    }

    @Override
    public String numberText() {
      return node.asText();
    }
  }
}
