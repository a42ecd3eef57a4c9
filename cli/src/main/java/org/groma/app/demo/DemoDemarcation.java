package org.groma.app.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.groma.app.commission.Act;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.PillarEvent.Condition;
import org.groma.app.commission.PillarEvent.Finding;
import org.groma.app.commission.PillarEvent.InspectionActSigned;
import org.groma.app.commission.PillarEvent.InspectionCycle;
import org.groma.app.commission.PillarEvent.InspectionRecorded;
import org.groma.app.commission.PillarEvent.PillarDamaged;
import org.groma.app.commission.PillarEvent.PillarProposed;
import org.groma.app.commission.PillarEvent.PillarProtocolSigned;
import org.groma.app.commission.PillarEvent.PillarRegulationsProposed;
import org.groma.app.commission.PillarEvent.PillarRegulationsSigned;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarEvent.ReferenceMark;
import org.groma.app.commission.PillarEvent.SurveyMethod;
import org.groma.app.commission.PillarNumber;
import org.groma.app.demo.DemoRoster.DemoMember;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.GeodesicInverse;
import org.groma.geo.geodesic.Geodesics;

/**
 * The demo's demarcated stretch of section S-1 (docs/demo.md, "Demarcation"): the pillar regulations both
 * co-chairs sign, main pillars on the first seven turning points of the agreed line and intermediate pillars on
 * its two long segments (numbers 1 to 9 from the section's first turning point), their surveys and protocols,
 * pillar 5 first set 8.3 cm off its turning point (outside the 5 cm tolerance; {@code groma pillars check}
 * names it) and then corrected, and an autumn inspection that finds pillar 6 damaged.
 *
 * <p>Every position is the agreed turning point moved by a few centimetres in a fixed direction, every height
 * made up: DEMO DATA, not a survey, and every text says so.
 */
final class DemoDemarcation {

  /** Submits one act as a demo member at a time. */
  interface Acts {
    Act act(DemoMember who, String time, CommissionEvent event);

    CommissionState state();
  }

  static final String SECTION = "S-1";
  /** Turning points of S-1 with a main pillar (indices from 0). */
  static final int MAIN_PILLARS = 7;
  /** Segments (from 0) long enough for an intermediate pillar in their middle. */
  static final List<Integer> LONG_SEGMENTS = List.of(0, 5);
  /** The pillar first set out of tolerance and then corrected. */
  static final String CORRECTED = "5";
  static final String DAMAGED = "6";
  static final String INSPECTION = "INSP-2026-S1";
  static final String REGULATIONS = "DEM-REG-1";

  private static final Geodesics G = Geodesics.WGS84;

  private final Acts acts;

  private DemoDemarcation(Acts acts) {
    this.acts = acts;
  }

  /** A pillar to set: its number, type, turning point (or null) and where it is set out. */
  private record Planned(String label, String type, Integer turningPoint, GeoPoint at) {}

  static void script(Acts acts) {
    new DemoDemarcation(acts).run();
  }

  private void run() {
    TreeMap<String, BigDecimal> tolerances = new TreeMap<>(Map.of("setOutToleranceM", new BigDecimal("0.05"),
        "intermediateOffsetToleranceM", new BigDecimal("0.10"), "maxSpacingM", new BigDecimal("1500"),
        "inspectionToleranceM", new BigDecimal("0.05")));
    Act reg = acts.act(DemoRoster.A_CO_CHAIR, "2026-05-26T09:00:00Z", new PillarRegulationsProposed(REGULATIONS,
        org.groma.app.commission.PillarEvent.DEFAULT_TYPES,
        DemoJournal.labelled("turning point 1 of section S-1, numbering eastwards along the agreed line"),
        tolerances, InspectionCycle.FIFTH, List.of(DemoRoster.A_EXPERT.name(), DemoRoster.B_EXPERT.name())));
    acts.act(DemoRoster.A_CO_CHAIR, "2026-05-26T10:00:00Z", new PillarRegulationsSigned(REGULATIONS,
        reg.entryHash()));
    acts.act(DemoRoster.B_CO_CHAIR, "2026-05-27T10:00:00Z", new PillarRegulationsSigned(REGULATIONS,
        reg.entryHash()));

    List<Planned> planned = plan();
    Instant t = Instant.parse("2026-06-02T08:00:00Z");
    for (Planned p : planned) {
      acts.act(DemoRoster.A_EXPERT, t.toString(), new PillarProposed(PillarNumber.parse(p.label()), SECTION,
          p.type(), null, p.turningPoint(), null));
      t = t.plusSeconds(600);
    }
    // The field teams survey in June: Armenia's expert the odd numbers, Azerbaijan's the even ones.
    t = Instant.parse("2026-06-10T07:00:00Z");
    int k = 0;
    for (Planned p : planned) {
      DemoMember who = Integer.parseInt(p.label()) % 2 == 1 ? DemoRoster.A_EXPERT : DemoRoster.B_EXPERT;
      GeoPoint at = p.label().equals(CORRECTED) ? moved(p, 0.083, 137) : moved(p, 0.004 + 0.003 * k, 40 * k);
      acts.act(who, t.toString(), survey(p, at, k, "2026-06-" + (10 + k / 3)));
      t = t.plusSeconds(3600);
      k++;
    }
    // Pillar 5 was 8.3 cm from its turning point: reset and surveyed again (version 2).
    Planned five = planned.stream().filter(p -> p.label().equals(CORRECTED)).findFirst().orElseThrow();
    acts.act(DemoRoster.A_EXPERT, "2026-06-16T09:00:00Z", survey(five, moved(five, 0.012, 250), 4, "2026-06-16"));

    // The co-chairs sign every protocol in its newest version.
    t = Instant.parse("2026-06-20T09:00:00Z");
    for (DemoMember chair : List.of(DemoRoster.A_CO_CHAIR, DemoRoster.B_CO_CHAIR)) {
      for (Planned p : planned) {
        PillarNumber n = PillarNumber.parse(p.label());
        String hash = acts.state().pillars().pillar(n).orElseThrow().latest().orElseThrow().signed().entryHash();
        acts.act(chair, t.toString(), new PillarProtocolSigned(n, hash));
        t = t.plusSeconds(120);
      }
      t = Instant.parse("2026-06-21T09:00:00Z");
    }

    // The autumn inspection: the field-team heads find pillar 6 damaged and sign the act.
    Planned six = planned.stream().filter(p -> p.label().equals(DAMAGED)).findFirst().orElseThrow();
    Planned seven = planned.get(planned.indexOf(six) + 1);
    Act insp = acts.act(DemoRoster.B_EXPERT, "2026-10-14T15:00:00Z", new InspectionRecorded(INSPECTION, SECTION,
        "2026-10-14", List.of(DemoRoster.A_EXPERT.name(), DemoRoster.B_EXPERT.name()), List.of(
            new Finding(PillarNumber.parse(DAMAGED), Condition.DAMAGED, CanonicalPoint.of(moved(six, 0.031, 300)),
                new BigDecimal("5.5"), DemoJournal.labelled("Concrete cracked at the base, face marking chipped;"
                    + " to be repaired")),
            new Finding(PillarNumber.parse(seven.label()), Condition.GOOD, null, new BigDecimal("6.0"), null)),
        List.of()));
    acts.act(DemoRoster.A_EXPERT, "2026-10-15T09:00:00Z", new InspectionActSigned(INSPECTION, insp.entryHash()));
    acts.act(DemoRoster.B_EXPERT, "2026-10-15T09:30:00Z", new InspectionActSigned(INSPECTION, insp.entryHash()));
    acts.act(DemoRoster.B_EXPERT, "2026-10-15T10:00:00Z", new PillarDamaged(PillarNumber.parse(DAMAGED),
        Condition.DAMAGED, INSPECTION, DemoJournal.labelled("Found cracked at the base by inspection " + INSPECTION)));
  }

  /** Main pillars on turning points 0 to 6, an intermediate one in the middle of each long segment. */
  private List<Planned> plan() {
    CommissionState s = acts.state();
    List<GeoPoint> line = s.adoptedLine(s.agreedDecision(SECTION).orElseThrow()).line().stream()
        .map(CanonicalPoint::toGeoPoint).toList();
    List<Planned> out = new ArrayList<>();
    int number = 1;
    for (int i = 0; i < MAIN_PILLARS; i++) {
      out.add(new Planned(Integer.toString(number++), "main", i, line.get(i)));
      if (LONG_SEGMENTS.contains(i) && i + 1 < MAIN_PILLARS) {
        GeodesicInverse inv = G.inverse(line.get(i), line.get(i + 1));
        out.add(new Planned(Integer.toString(number++), "intermediate", null,
            G.direct(line.get(i), inv.azimuth1Deg(), inv.distanceM() / 2).point()));
      }
    }
    return out;
  }

  private static GeoPoint moved(Planned p, double metres, double azimuthDeg) {
    return G.direct(p.at(), azimuthDeg % 360, metres).point();
  }

  private PillarSurveyed survey(Planned p, GeoPoint at, int k, String date) {
    PillarNumber n = PillarNumber.parse(p.label());
    String proposalHash = acts.state().pillars().pillar(n).orElseThrow().proposed().entryHash();
    long ellipsoidal = 1_480_000 + 3_217L * k;
    String en = String.format(Locale.ROOT, "%s pillar %s of section S-1%s.", p.type().equals("main") ? "Main"
        : "Intermediate", p.label(), p.turningPoint() == null ? ", on the line between its neighbours"
        : " on turning point " + (p.turningPoint() + 1));
    String ru = String.format(Locale.ROOT, "%s пограничный знак %s участка S-1%s.", p.type().equals("main")
        ? "Основной" : "Промежуточный", p.label(), p.turningPoint() == null ? ", на линии между соседними знаками"
        : " в поворотной точке " + (p.turningPoint() + 1));
    return new PillarSurveyed(n, proposalHash, CanonicalPoint.of(at), ellipsoidal, ellipsoidal - 18_532L,
        "Baltic 1977", SurveyMethod.GNSS_STATIC, 90, 6 + k % 4, List.of("CP-S1-A (demo)", "CP-S1-B (demo)"), date,
        "reinforced concrete (demo)", "0.20 x 0.20 x 1.30 m above ground (demo)",
        "ARM / AZE, " + p.label() + " (demo)", null, "visible",
        List.of(new ReferenceMark("RM-" + p.label(), new BigDecimal(Integer.toString(45 + 10 * k)),
            new BigDecimal("10.00"))),
        new TreeMap<>(Map.of("en", DemoJournal.labelled(en), "ru", DemoJournal.labelled(ru))), List.of());
  }
}
