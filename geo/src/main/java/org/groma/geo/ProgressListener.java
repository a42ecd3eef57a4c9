package org.groma.geo;

/**
 * Hears how far long work has got, for a caller that shows progress (the command line draws it on a
 * terminal). The library never prints; it calls these from whichever of its threads does the work.
 */
public interface ProgressListener {

  /** Hears nothing. */
  ProgressListener NONE = units -> { };

  /** The whole work in the units of {@link #advanced}, once known. */
  default void total(long units) {
  }

  /** {@code units} more of the work done; called from any thread, often. */
  void advanced(long units);
}
