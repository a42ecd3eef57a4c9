package org.groma.journal.json;

/** The JSON literals {@code true} and {@code false}. */
public enum JsonBool implements Json {
  FALSE(false),
  TRUE(true);

  private final boolean value;

  JsonBool(boolean value) {
    this.value = value;
  }

  public static JsonBool of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public boolean value() {
    return value;
  }

  @Override
  public String kind() {
    return "boolean";
  }

  @Override
  public String toString() {
    return Boolean.toString(value);
  }
}
