package org.groma.app.cli;

import java.util.Locale;

/**
 * Writes exactly what {@code String.format(Locale.ROOT, "%.Nf", v)} writes, without parsing a pattern per
 * number: the text answers of the {@code --batch} modes must carry the same digits as the one-problem form,
 * which prints with {@code String.format} ({@link Output#metres}, {@link Output#degrees}).
 *
 * <h2>Algorithm</h2>
 * {@code %.Nf} rounds the shortest decimal of the double half-up, which is not always
 * the exact binary value rounded (0.125 and 0.1250000000000000001 read as the same double). Away from a half
 * both give the same digits, and so does {@code v·10^N} rounded in double arithmetic: the product's error
 * (half an ulp) and the shortest decimal's distance from the exact value (under one ulp of v) together stay
 * below {@link #TIE_GUARD} in scaled units while the product is below {@link #FAST_LIMIT}. Nearer a half,
 * for huge values and for NaN or infinities, {@code String.format} itself decides. Like it, a negative value
 * that rounds to zero keeps its minus sign ({@code -0.000000}).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class PrintfDecimal {

  /** Largest scaled value of the fast path: its ulp, 2^-8, keeps the errors below {@link #TIE_GUARD}. */
  private static final double FAST_LIMIT = 0x1p45;

  /** Distance from a half within which {@code String.format} decides; errors stay below 0.012. */
  private static final double TIE_GUARD = 0.02;

  private PrintfDecimal() {}

  static void append(StringBuilder out, double v, int decimals) {
    double scaled = Math.abs(v) * FixedDecimal.POWERS[decimals];
    if (!(scaled < FAST_LIMIT) || Math.abs(scaled - Math.floor(scaled) - 0.5) < TIE_GUARD) {
      out.append(String.format(Locale.ROOT, "%." + decimals + "f", v));
      return;
    }
    if (Double.compare(v, 0.0) < 0) {
      out.append('-');
    }
    FixedDecimal.appendUnits(out, (long) Math.rint(scaled), decimals);
  }
}
