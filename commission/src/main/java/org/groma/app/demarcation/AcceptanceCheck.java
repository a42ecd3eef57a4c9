package org.groma.app.demarcation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.PillarEvent.PillarProposed;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarNumber;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.ClosestPoint;
import org.groma.geo.geodesic.Geodesics;

/**
 * The acceptance checks of demarcation (docs/demarcation.md, "Acceptance checks"), each against a tolerance
 * the commission set, naming every pillar that fails:
 *
 * <ol>
 *   <li>{@code set-out}: a pillar on a turning point stands within {@code setOutToleranceM} of it;
 *   <li>{@code intermediate-offset}: an intermediate pillar stands within {@code intermediateOffsetToleranceM}
 *       of the geodesic between the main pillars on either side of it (by number, in its section);
 *   <li>{@code spacing}: neighbouring pillars on the line are at most {@code maxSpacingM} apart (a warning);
 *   <li>{@code intervisibility}: neighbours on the line see each other; without a terrain model it is
 *       reported {@code unchecked}, and a field observation of a blocked sight is a warning;
 *   <li>{@code numbering}: numbers run from 1 without gaps (auxiliaries A, B, C excepted) and none twice;
 *   <li>{@code river-pair}: the pillars sharing a river number are at least two and stand on opposite sides
 *       of the agreed line.
 * </ol>
 *
 * <h2>Algorithm</h2>
 * Distances and azimuths are geodesics on WGS 84 ({@link Geodesics}); an offset from a geodesic is the
 * distance to its closest point ({@link Geodesics#closestPoint}). The side of the line is the sign of the
 * turn from the line's azimuth at the closest point to the azimuth towards the pillar.
 *
 * <h2>Limitations</h2>
 * The side of a river pillar is taken against the geodesics between the agreed line's turning points, also
 * where a segment follows a river's median line: the pair check is then only as good as the turning points'
 * density along the river.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class AcceptanceCheck {

  /** A check's outcome for one pillar or pair. */
  public enum Outcome {
    PASS("pass"), FAIL("fail"), WARN("warn"), UNCHECKED("unchecked");

    private final String code;

    Outcome(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * One line of the report.
   *
   * @param valueM the measured distance, or null where the check measures none
   * @param toleranceM the tolerance it was held to, or null
   */
  public record Item(String check, String pillar, Outcome outcome, Double valueM, BigDecimal toleranceM,
      String message) {}

  /** The report: every item, and the failing pillars by check. */
  public record Report(List<Item> items) {
    public Report {
      items = List.copyOf(items);
    }

    public List<Item> failures() {
      return items.stream().filter(i -> i.outcome() == Outcome.FAIL).toList();
    }

    public boolean passed() {
      return failures().isEmpty();
    }

    /** How many items of each outcome, in outcome order. */
    public Map<Outcome, Integer> counts() {
      Map<Outcome, Integer> out = new LinkedHashMap<>();
      for (Outcome o : Outcome.values()) {
        out.put(o, 0);
      }
      items.forEach(i -> out.merge(i.outcome(), 1, Integer::sum));
      return out;
    }
  }

  private static final Geodesics G = Geodesics.WGS84;

  private AcceptanceCheck() {}

  /**
   * Checks {@code pillars} (possibly with a number twice, as a survey file may hold it).
   *
   * @param lines each section's agreed line, its turning points in order
   * @param tolerances the four named tolerances of {@code PillarRegister#tolerances}
   */
  public static Report run(List<SurveyedPillar> pillars, Map<String, List<GeoPoint>> lines,
      SortedMap<String, BigDecimal> tolerances) {
    List<Item> items = new ArrayList<>();
    numbering(pillars, items);
    Map<String, List<SurveyedPillar>> bySection = new TreeMap<>();
    Map<PillarNumber, SurveyedPillar> first = new HashMap<>();
    for (SurveyedPillar p : pillars) {
      if (first.putIfAbsent(p.number(), p) == null) {
        bySection.computeIfAbsent(p.proposal().sectionId(), k -> new ArrayList<>()).add(p);
      }
    }
    for (Map.Entry<String, List<SurveyedPillar>> e : bySection.entrySet()) {
      List<SurveyedPillar> section = new ArrayList<>(e.getValue());
      section.sort((a, b) -> a.number().compareTo(b.number()));
      List<GeoPoint> line = lines.get(e.getKey());
      setOut(section, line, e.getKey(), tolerance(tolerances, "setOutToleranceM"), items);
      intermediate(section, tolerance(tolerances, "intermediateOffsetToleranceM"), items);
      neighbours(section, tolerance(tolerances, "maxSpacingM"), items);
      riverPairs(section, line, e.getKey(), items);
    }
    return new Report(items);
  }

  /** Each agreed section's line (the line of the decision in force), its turning points in order. */
  public static Map<String, List<GeoPoint>> agreedLines(CommissionState state) {
    Map<String, List<GeoPoint>> out = new TreeMap<>();
    for (CommissionState.SectionRecord sec : state.sections()) {
      state.agreedDecision(sec.sectionId()).ifPresent(d -> out.put(sec.sectionId(),
          state.adoptedLine(d).line().stream().map(CanonicalPoint::toGeoPoint).toList()));
    }
    return out;
  }

  /**
   * The register's surveyed pillars with {@code unsigned} surveys (a survey file's acts, not yet signed) in
   * place of theirs, checked against the agreed lines and the tolerances in force.
   */
  public static Report run(CommissionState state, List<PillarSurveyed> unsigned, List<String> sources) {
    Map<PillarNumber, SurveyedPillar> byNumber = new TreeMap<>();
    SurveyedPillar.of(state.pillars()).forEach(p -> byNumber.put(p.number(), p));
    for (int i = 0; i < unsigned.size(); i++) {
      PillarSurveyed s = unsigned.get(i);
      PillarProposed proposal = state.pillars().pillar(s.number()).orElseThrow(() -> new IllegalArgumentException(
          "no pillar " + s.number())).proposal();
      byNumber.put(s.number(), new SurveyedPillar(proposal, s, sources.get(i)));
    }
    return run(new ArrayList<>(byNumber.values()), agreedLines(state), state.pillars().tolerances());
  }

  private static BigDecimal tolerance(SortedMap<String, BigDecimal> tolerances, String name) {
    return Objects.requireNonNull(tolerances.get(name), () -> "no tolerance " + name);
  }

  private static void setOut(List<SurveyedPillar> section, List<GeoPoint> line, String sectionId, BigDecimal tol,
      List<Item> items) {
    for (SurveyedPillar p : section) {
      Integer tp = p.proposal().turningPoint();
      if (tp == null) {
        continue;
      }
      if (line == null || tp >= line.size()) {
        items.add(new Item("set-out", p.number().label(), Outcome.FAIL, null, tol, "section " + sectionId
            + " has no agreed turning point " + (tp + 1)));
        continue;
      }
      double d = G.distanceM(line.get(tp), p.position());
      boolean ok = d <= tol.doubleValue();
      items.add(new Item("set-out", p.number().label(), ok ? Outcome.PASS : Outcome.FAIL, d, tol,
          String.format(java.util.Locale.ROOT, "%.3f m from turning point %d of %s (%s)", d, tp + 1, sectionId,
              p.source())));
    }
  }

  private static boolean main(SurveyedPillar p) {
    String t = p.proposal().pillarType();
    return (t.equals("main") || t.equals("tri-point")) && p.onLine();
  }

  private static void intermediate(List<SurveyedPillar> section, BigDecimal tol, List<Item> items) {
    for (int i = 0; i < section.size(); i++) {
      SurveyedPillar p = section.get(i);
      if (!p.proposal().pillarType().equals("intermediate")) {
        continue;
      }
      SurveyedPillar before = null;
      for (int j = i - 1; j >= 0 && before == null; j--) {
        before = main(section.get(j)) ? section.get(j) : null;
      }
      SurveyedPillar after = null;
      for (int j = i + 1; j < section.size() && after == null; j++) {
        after = main(section.get(j)) ? section.get(j) : null;
      }
      if (before == null || after == null) {
        items.add(new Item("intermediate-offset", p.number().label(), Outcome.UNCHECKED, null, tol,
            "no surveyed main pillar " + (before == null ? "before" : "after") + " it in its section"));
        continue;
      }
      ClosestPoint c = G.closestPoint(List.of(before.position(), after.position()), p.position());
      boolean ok = c.distanceM() <= tol.doubleValue();
      items.add(new Item("intermediate-offset", p.number().label(), ok ? Outcome.PASS : Outcome.FAIL,
          c.distanceM(), tol, String.format(java.util.Locale.ROOT, "%.3f m off the geodesic %s-%s",
              c.distanceM(), before.number(), after.number())));
    }
  }

  private static void neighbours(List<SurveyedPillar> section, BigDecimal maxSpacing, List<Item> items) {
    List<SurveyedPillar> online = section.stream().filter(SurveyedPillar::onLine).toList();
    for (int i = 1; i < online.size(); i++) {
      SurveyedPillar a = online.get(i - 1);
      SurveyedPillar b = online.get(i);
      String pair = a.number() + "-" + b.number();
      double d = G.distanceM(a.position(), b.position());
      boolean ok = d <= maxSpacing.doubleValue();
      items.add(new Item("spacing", pair, ok ? Outcome.PASS : Outcome.WARN, d, maxSpacing,
          String.format(java.util.Locale.ROOT, "%.3f m apart", d)));
      boolean blocked = "blocked".equals(a.survey().visibleToNext()) || "blocked".equals(b.survey().visibleToPrevious());
      items.add(new Item("intervisibility", pair, blocked ? Outcome.WARN : Outcome.UNCHECKED, null, null,
          blocked ? "the field team recorded the sight blocked" : "no terrain model loaded; line of sight not computed"));
    }
  }

  private static void numbering(List<SurveyedPillar> pillars, List<Item> items) {
    Map<PillarNumber, Integer> seen = new TreeMap<>();
    pillars.forEach(p -> seen.merge(p.number(), 1, Integer::sum));
    seen.forEach((n, count) -> {
      if (count > 1) {
        items.add(new Item("numbering", n.label(), Outcome.FAIL, null, null, "number " + n + " is given " + count
            + " times"));
      }
    });
    TreeSet<Integer> numbers = new TreeSet<>();
    Map<PillarNumber, TreeSet<Integer>> suffixes = new TreeMap<>();
    for (PillarNumber n : seen.keySet()) {
      if (n.auxiliary() == null) {
        numbers.add(n.number());
      }
      if (n.suffix() != null) {
        suffixes.computeIfAbsent(n.group(), k -> new TreeSet<>()).add(n.suffix());
      }
    }
    if (!numbers.isEmpty()) {
      for (int k = 1; k < numbers.last(); k++) {
        if (!numbers.contains(k)) {
          items.add(new Item("numbering", Integer.toString(k), Outcome.FAIL, null, null, "number " + k
              + " is missing between " + numbers.lower(k) + " and " + numbers.higher(k)));
        }
      }
    }
    suffixes.forEach((group, s) -> {
      for (int k = 1; k < s.last(); k++) {
        if (!s.contains(k)) {
          items.add(new Item("numbering", group + "/" + k, Outcome.FAIL, null, null, "river pillar " + group + "/"
              + k + " is missing before " + group + "/" + s.last()));
        }
      }
    });
  }

  private static void riverPairs(List<SurveyedPillar> section, List<GeoPoint> line, String sectionId,
      List<Item> items) {
    Map<PillarNumber, List<SurveyedPillar>> groups = new TreeMap<>();
    for (SurveyedPillar p : section) {
      if (p.number().suffix() != null) {
        groups.computeIfAbsent(p.number().group(), k -> new ArrayList<>()).add(p);
      }
    }
    for (Map.Entry<PillarNumber, List<SurveyedPillar>> g : groups.entrySet()) {
      String label = g.getKey().label();
      if (g.getValue().size() < 2) {
        items.add(new Item("river-pair", label, Outcome.FAIL, null, null, "river number " + label
            + " has one pillar surveyed; a river crossing is marked on both banks"));
        continue;
      }
      if (line == null) {
        items.add(new Item("river-pair", label, Outcome.UNCHECKED, null, null, "section " + sectionId
            + " has no agreed line"));
        continue;
      }
      StringBuilder sides = new StringBuilder();
      int left = 0;
      int right = 0;
      for (SurveyedPillar p : g.getValue()) {
        int side = side(line, p.position());
        left += side > 0 ? 1 : 0;
        right += side < 0 ? 1 : 0;
        sides.append(sides.isEmpty() ? "" : ", ").append(p.number()).append(side > 0 ? " left" : side < 0
            ? " right" : " on the line");
      }
      boolean ok = left > 0 && right > 0;
      items.add(new Item("river-pair", label, ok ? Outcome.PASS : Outcome.FAIL, null, null,
          (ok ? "on opposite banks: " : "not on opposite banks of the line: ") + sides));
    }
  }

  /** +1 left of the line (looking along it), −1 right, 0 on it. */
  static int side(List<GeoPoint> line, GeoPoint p) {
    ClosestPoint c = G.closestPoint(line, p);
    if (c.distanceM() < 1e-6) {
      return 0;
    }
    int i = c.segmentIndex();
    GeoPoint ahead = line.get(i + 1);
    double along = G.distanceM(c.point(), ahead) > 1e-3 ? G.inverse(c.point(), ahead).azimuth1Deg()
        : G.inverse(line.get(i), ahead).azimuth2Deg();
    double towards = G.inverse(c.point(), p).azimuth1Deg();
    return Math.sin(Math.toRadians(towards - along)) < 0 ? 1 : -1;
  }
}
