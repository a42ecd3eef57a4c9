package org.groma.journal.json;

/** The JSON literal {@code null}. */
public enum JsonNull implements Json {
  INSTANCE;

  @Override
  public String kind() {
    return "null";
  }

  @Override
  public String toString() {
    return "null";
  }
}
