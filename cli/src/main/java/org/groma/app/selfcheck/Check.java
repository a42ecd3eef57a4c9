package org.groma.app.selfcheck;

/**
 * One self-check: a value Groma computes compared with the value an outside reference tool gave.
 *
 * @param name what is checked
 * @param reference the reference tool's value and the command that produced it
 * @param expected the reference value
 * @param actual Groma's value
 * @param tolerance the largest difference accepted, in {@code unit}
 * @param unit unit of the three numbers
 */
public record Check(String name, String reference, double expected, double actual, double tolerance, String unit) {

  public double difference() {
    return Math.abs(actual - expected);
  }

  public boolean passed() {
    return difference() <= tolerance;
  }
}
