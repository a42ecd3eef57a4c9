package org.groma.app.store;

/** Attribute column types of a projection layer, with the Java value each holds. */
public enum ColumnType {
  /** UTF-8 text; values are {@link String}. */
  TEXT,
  /** 64-bit signed integer; values are {@link Long} (an {@link Integer} is accepted and widened). */
  INTEGER,
  /** IEEE 754 double, finite; values are {@link Double}. */
  REAL
}
