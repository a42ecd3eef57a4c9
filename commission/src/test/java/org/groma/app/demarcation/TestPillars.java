package org.groma.app.demarcation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.groma.app.commission.PillarEvent.PillarProposed;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarEvent.SurveyMethod;
import org.groma.app.commission.PillarNumber;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;

/** Surveyed pillars for the demarcation tests, with the fields a check does not read filled in. */
final class TestPillars {

  static final String HASH = "0".repeat(64);

  private TestPillars() {}

  static SurveyedPillar at(String label, String type, Integer turningPoint, BigDecimal offsetM, GeoPoint p) {
    return at(label, type, turningPoint, offsetM, p, null);
  }

  static SurveyedPillar at(String label, String type, Integer turningPoint, BigDecimal offsetM, GeoPoint p,
      String visibleToNext) {
    PillarNumber n = PillarNumber.parse(label);
    PillarProposed proposal = new PillarProposed(n, "S-1", type, type.equals("tri-point") ? "Tri-point" : null,
        turningPoint, offsetM);
    PillarSurveyed survey = new PillarSurveyed(n, HASH, CanonicalPoint.of(p), 500_000L, null, null, SurveyMethod.RTK,
        null, 10L, List.of(), "2024-06-20", "concrete", "0.2 x 0.2 x 1.2 m", label, null, visibleToNext, List.of(),
        new TreeMap<>(Map.of("en", "Pillar " + label)), List.of());
    return new SurveyedPillar(proposal, survey, "test");
  }
}
