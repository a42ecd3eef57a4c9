package org.groma.journal.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A JSON object. Members are held sorted by their names compared as sequences of UTF-16 code units, which
 * is {@link String#compareTo} and the order RFC 8785 §3.2.3 prescribes, so iteration order is the canonical
 * order. The map is copied and unmodifiable.
 *
 * @param members the members, sorted by name
 */
public record JsonObject(SortedMap<String, Json> members) implements Json {
  private static final JsonObject EMPTY = new JsonObject(new TreeMap<>());

  public JsonObject {
    Objects.requireNonNull(members, "members");
    if (members.comparator() != null) {
      throw new IllegalArgumentException("members must use the natural (UTF-16 code unit) order");
    }
    TreeMap<String, Json> copy = new TreeMap<>();
    for (Map.Entry<String, Json> e : members.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "member name");
      new JsonString(name); // validates well-formed UTF-16
      copy.put(name, Objects.requireNonNull(e.getValue(), () -> "value of member " + name));
    }
    members = Collections.unmodifiableSortedMap(copy);
  }

  public static JsonObject empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<Json> get(String name) {
    return Optional.ofNullable(members.get(name));
  }

  public boolean has(String name) {
    return members.containsKey(name);
  }

  public int size() {
    return members.size();
  }

  @Override
  public String kind() {
    return "object";
  }

  @Override
  public String toString() {
    return new String(JsonCanonicalizer.canonicalize(this), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Collects members; a name given twice is refused (I-JSON, RFC 7493 §2.3).
   *
   * <h2>Thread safety</h2>
   * Not thread-safe; build on one thread.
   */
  public static final class Builder {
    private final Map<String, Json> members = new LinkedHashMap<>();

    private Builder() {
    }

    public Builder put(String name, Json value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (members.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("duplicate member name \"" + name + "\"");
      }
      return this;
    }

    public Builder put(String name, String value) {
      return put(name, new JsonString(value));
    }

    public Builder put(String name, long value) {
      return put(name, JsonNumber.of(value));
    }

    public Builder put(String name, boolean value) {
      return put(name, JsonBool.of(value));
    }

    public JsonObject build() {
      return new JsonObject(new TreeMap<>(members));
    }
  }
}
