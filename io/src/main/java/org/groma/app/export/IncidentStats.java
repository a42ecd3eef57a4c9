package org.groma.app.export;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.groma.app.BadInputException;

/**
 * Statistics of the incident register (docs/incidents.md, "Statistics"): per section and period, incidents by
 * event type and status, and a histogram of distances to the line by side. An incident is counted in the
 * period of its {@code occurred} date, whatever its time precision; incidents not placed (no agreed line) are
 * counted under section {@code -}.
 */
public final class IncidentStats {

  /** The period incidents are grouped by. */
  public enum Period {
    DAY, WEEK, MONTH, YEAR;

    /** The period's label for a date: 2024-06-20, 2024-W25, 2024-06, 2024. */
    String label(String occurred) {
      LocalDate d = LocalDate.parse(occurred.substring(0, 10));
      return switch (this) {
        case DAY -> d.toString();
        case WEEK -> String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
            d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        case MONTH -> d.toString().substring(0, 7);
        case YEAR -> d.toString().substring(0, 4);
      };
    }

    public static Period of(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("period \"" + name + "\" is not day, week, month or year");
      }
    }
  }

  /** A count of incidents of one event type and status in a section and period. */
  public record Count(String sectionId, String period, String eventType, String status, int count) {}

  /** A count of incidents whose distance to the line lies in [fromM, toM) on one side (toM null: no bound). */
  public record Bin(String sectionId, String period, String side, double fromM, Double toM, int count) {}

  public record Stats(List<Count> counts, List<Bin> histogram) {}

  private IncidentStats() {}

  /**
   * @param edgesM the histogram's bin edges in metres, increasing from 0; the last bin is open above
   */
  public static Stats of(List<IncidentTable.Line> lines, Period period, List<Double> edgesM) {
    if (edgesM.isEmpty() || edgesM.getFirst() != 0) {
      throw new BadInputException("histogram edges must start at 0 m");
    }
    for (int i = 1; i < edgesM.size(); i++) {
      if (!(edgesM.get(i) > edgesM.get(i - 1))) {
        throw new BadInputException("histogram edges must increase: " + edgesM);
      }
    }
    Map<List<String>, Integer> counts = new TreeMap<>(IncidentStats::compare);
    Map<List<String>, int[]> bins = new TreeMap<>(IncidentStats::compare);
    for (IncidentTable.Line l : lines) {
      String section = l.placement() == null ? "-" : l.placement().sectionId();
      String p = period.label(l.record().report().occurred());
      counts.merge(List.of(section, p, l.record().report().eventType(), l.record().status().code()), 1,
          Integer::sum);
      if (l.placement() != null) {
        String side = l.placement().side() == null ? "on the line" : l.placement().side().code();
        int[] h = bins.computeIfAbsent(List.of(section, p, side), k -> new int[edgesM.size()]);
        double d = l.placement().distanceM();
        int b = edgesM.size() - 1;
        while (b > 0 && d < edgesM.get(b)) {
          b--;
        }
        h[b]++;
      }
    }
    List<Count> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new Count(k.get(0), k.get(1), k.get(2), k.get(3), n)));
    List<Bin> hist = new ArrayList<>();
    bins.forEach((k, h) -> {
      for (int i = 0; i < h.length; i++) {
        hist.add(new Bin(k.get(0), k.get(1), k.get(2), edgesM.get(i), i + 1 < h.length ? edgesM.get(i + 1) : null,
            h[i]));
      }
    });
    return new Stats(out, hist);
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
