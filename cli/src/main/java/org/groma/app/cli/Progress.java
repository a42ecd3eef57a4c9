package org.groma.app.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.groma.geo.ProgressListener;

/**
 * Progress of long work for a person at a terminal, on standard error: nothing during the first
 * {@link #DELAY_NANOS second}, then one line redrawn in place at most every {@link #REDRAW_NANOS 200 ms}:
 * what runs, how much is done (of how much, when the total is known), the rate, and the time left when the
 * total is known. {@link #close} clears the line. Silent when standard error may not be a terminal
 * ({@link #terminal}) and with {@code --quiet}: a script reading the output sees nothing extra.
 *
 * <p>The work reports through a plain {@link LongConsumer} ({@link #counter} for "this many more",
 * {@link #absolute} for "this many so far") or geo's {@link ProgressListener}, from any thread; the modules
 * below the command line never print. Reports cost an atomic add and a clock read; only a redraw takes the
 * lock. Work that cannot count ({@code unit} null) names its {@link #phase} and {@link #ticking} shows the
 * time it has taken.
 */
final class Progress implements AutoCloseable {

  /** Work shorter than this shows nothing. */
  static final long DELAY_NANOS = 1_000_000_000L;

  /** At most one redraw per this interval. */
  static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final boolean enabled;
  private final String label;
  private final String unit;
  private final AtomicLong done = new AtomicLong();
  private final long start;
  private volatile long total;
  private volatile String phase = "";
  private volatile Thread ticker;
  private volatile long nextDraw;
  private int width;

  /**
   * @param err where to draw
   * @param clock nanoseconds, as {@link System#nanoTime}
   * @param enabled whether to draw at all (a terminal, no {@code --quiet})
   * @param label what runs, such as {@code "compare"}
   * @param unit what is counted, plural, such as {@code "vertices"}; null for work that cannot count
   * @param total how many there are, or −1 when unknown
   */
  Progress(PrintWriter err, LongSupplier clock, boolean enabled, String label, String unit, long total) {
    this.err = err;
    this.clock = clock;
    this.enabled = enabled;
    this.label = label;
    this.unit = unit;
    this.total = total;
    this.start = clock.getAsLong();
    this.nextDraw = start + DELAY_NANOS;
  }

  /** Progress of a command on its standard error, drawn only at a terminal and without {@code --quiet}. */
  static Progress of(picocli.CommandLine.Model.CommandSpec spec, boolean quiet, String label, String unit,
      long total) {
    return new Progress(spec.commandLine().getErr(), System::nanoTime, !quiet && terminal(), label, unit, total);
  }

  /**
   * Whether this process talks to a terminal: {@link System#console()} is null when standard input or output
   * is redirected, and from JDK 22 {@code Console.isTerminal()} says whether it is a terminal at all.
   * Java cannot ask about standard error alone; redirect either of the others, or give {@code --quiet}.
   */
  static boolean terminal() {
    Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(c);
    } catch (NoSuchMethodException e) {
      return true; // JDK 21: a console exists only for a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** Sets the total once it is known (−1: unknown). */
  void total(long total) {
    this.total = total;
  }

  /** Names what runs now, for work that cannot count. */
  void phase(String phase) {
    this.phase = phase;
    report(done.get());
  }

  /** Redraws every {@link #REDRAW_NANOS} on a daemon thread until {@link #close}, for work that cannot count. */
  Progress ticking() {
    if (enabled) {
      Thread t = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          report(done.get());
          try {
            Thread.sleep(REDRAW_NANOS / 1_000_000);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "groma-progress");
      t.setDaemon(true);
      ticker = t;
      t.start();
    }
    return this;
  }

  /** The same, for the geodesy library's work. */
  ProgressListener listener() {
    return new ProgressListener() {
      @Override
      public void total(long units) {
        Progress.this.total(units);
      }

      @Override
      public void advanced(long units) {
        report(done.addAndGet(units));
      }
    };
  }

  /** A listener that hears "this many more done". */
  LongConsumer counter() {
    return n -> report(done.addAndGet(n));
  }

  /** A listener that hears "this many done so far". */
  LongConsumer absolute() {
    return n -> {
      done.set(n);
      report(n);
    };
  }

  private void report(long count) {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - nextDraw < 0) {
      return;
    }
    synchronized (this) {
      if (now - nextDraw < 0) {
        return;
      }
      nextDraw = now + REDRAW_NANOS;
      String line = render(count, now - start);
      err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
      err.flush();
      width = line.length();
    }
  }

  /** The line for {@code count} units done after {@code elapsedNanos}. */
  String render(long count, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    if (unit == null) {
      return label + (phase.isEmpty() ? "" : ": " + phase) + ", " + duration(seconds);
    }
    long t = total;
    StringBuilder b = new StringBuilder(label).append(": ").append(count);
    if (t >= 0) {
      b.append(" of ").append(t).append(' ').append(unit);
      if (t > 0) {
        b.append(String.format(Locale.ROOT, " (%d %%)", Math.min(100, count * 100 / t)));
      }
    } else {
      b.append(' ').append(unit);
    }
    b.append(String.format(Locale.ROOT, ", %.0f/s", count / seconds));
    if (t >= 0 && count > 0) {
      b.append(", about ").append(duration(seconds * Math.max(0, t - count) / count)).append(" left");
    } else {
      b.append(", ").append(duration(seconds));
    }
    return b.toString();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 1) {
      return "<1 s";
    }
    return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
  }

  /** Stops the ticker and clears the line, if one was drawn. */
  @Override
  public void close() {
    Thread t = ticker;
    if (t != null) {
      t.interrupt();
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    clear();
  }

  private synchronized void clear() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
    nextDraw = Long.MAX_VALUE;
  }
}
