package org.groma.app.commission;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.groma.app.BadInputException;

/**
 * A pillar's number as commissions write it: the running number from the declared origin, an auxiliary
 * letter ({@code 12A}, {@code 12B}: a pillar added between 12 and 13 later) and, for pillars that share one
 * number on a river's or lake's banks, the suffix ({@code 12/1}, {@code 12/2}, {@code 12/3}). Its
 * {@link #label()} is the one written form, e.g. {@code 12A/2}; pillars sort by number, then auxiliary,
 * then suffix (a plain {@code 12} before {@code 12/1} and {@code 12A}).
 *
 * @param number 1 to {@value #MAX_NUMBER}
 * @param auxiliary null or one capital Latin letter
 * @param suffix null or 1 to {@value #MAX_SUFFIX}
 */
public record PillarNumber(int number, String auxiliary, Integer suffix) implements Comparable<PillarNumber> {

  public static final int MAX_NUMBER = 999_999;
  /** A river or lake crossing marks a number with a pair or a triple of pillars (docs/demarcation.md). */
  public static final int MAX_SUFFIX = 3;

  private static final Pattern LABEL = Pattern.compile("([1-9][0-9]{0,5})([A-Z])?(?:/([1-9]))?");
  private static final Comparator<PillarNumber> ORDER = Comparator.comparingInt(PillarNumber::number)
      .thenComparing(PillarNumber::auxiliary, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(PillarNumber::suffix, Comparator.nullsFirst(Comparator.naturalOrder()));

  public PillarNumber {
    if (number < 1 || number > MAX_NUMBER) {
      throw new BadInputException("pillar number " + number + " is outside 1 to " + MAX_NUMBER);
    }
    if (auxiliary != null && !auxiliary.matches("[A-Z]")) {
      throw new BadInputException("pillar " + number + ": auxiliary \"" + auxiliary
          + "\" must be one capital Latin letter (A, B, C, ...)");
    }
    if (suffix != null && (suffix < 1 || suffix > MAX_SUFFIX)) {
      throw new BadInputException("pillar " + number + ": suffix /" + suffix + " is outside /1 to /" + MAX_SUFFIX);
    }
  }

  /** Reads {@code 12}, {@code 12A}, {@code 12/1} or {@code 12A/2}; refuses anything else, naming it. */
  public static PillarNumber parse(String label) {
    Matcher m = LABEL.matcher(label == null ? "" : label);
    if (!m.matches()) {
      throw new BadInputException("pillar number \"" + label + "\" is not a number from 1 with an optional"
          + " auxiliary letter and suffix /1 to /3, e.g. 12, 12A, 12/1");
    }
    return new PillarNumber(Integer.parseInt(m.group(1)), m.group(2),
        m.group(3) == null ? null : Integer.valueOf(m.group(3)));
  }

  /** The written form, e.g. {@code 12A/2}. */
  public String label() {
    return number + (auxiliary == null ? "" : auxiliary) + (suffix == null ? "" : "/" + suffix);
  }

  /** The number this one shares with its bank partners: the same without the suffix. */
  public PillarNumber group() {
    return suffix == null ? this : new PillarNumber(number, auxiliary, null);
  }

  @Override
  public int compareTo(PillarNumber o) {
    return ORDER.compare(this, Objects.requireNonNull(o));
  }

  @Override
  public String toString() {
    return label();
  }
}
