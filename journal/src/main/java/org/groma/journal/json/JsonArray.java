package org.groma.journal.json;

import java.util.List;
import java.util.Objects;

/**
 * A JSON array; the element list is copied and unmodifiable.
 *
 * @param elements the elements in order
 */
public record JsonArray(List<Json> elements) implements Json {
  public JsonArray {
    elements = List.copyOf(Objects.requireNonNull(elements, "elements"));
  }

  public static JsonArray of(Json... elements) {
    return new JsonArray(List.of(elements));
  }

  public int size() {
    return elements.size();
  }

  public Json get(int index) {
    return elements.get(index);
  }

  @Override
  public String kind() {
    return "array";
  }

  @Override
  public String toString() {
    return new String(JsonCanonicalizer.canonicalize(this), java.nio.charset.StandardCharsets.UTF_8);
  }
}
