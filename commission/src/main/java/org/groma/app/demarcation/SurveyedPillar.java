package org.groma.app.demarcation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.groma.app.commission.PillarEvent.PillarProposed;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarNumber;
import org.groma.app.commission.PillarRegister;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.geo.GeoPoint;

/**
 * A pillar with the position a check or the catalogue uses: from the register (the protocol in force, or the
 * newest survey) or from a survey file not yet signed.
 *
 * @param source where the position comes from, for reports: {@code protocol v2 (in force)},
 *     {@code survey v3 (unsigned)} or {@code survey.csv line 14}
 */
public record SurveyedPillar(PillarProposed proposal, PillarSurveyed survey, String source) {

  public SurveyedPillar {
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(source, "source");
  }

  public PillarNumber number() {
    return proposal.number();
  }

  public GeoPoint position() {
    return survey.position().toGeoPoint();
  }

  /** Whether the pillar marks the line itself (not a witness mark, not a survey-only temporary mark). */
  public boolean onLine() {
    String t = proposal.pillarType();
    return proposal.offsetM() == null && !t.equals("reference") && !t.equals("temporary");
  }

  /** The register's surveyed pillars in number order: the protocol in force where there is one, else the newest survey. */
  public static List<SurveyedPillar> of(PillarRegister register) {
    List<SurveyedPillar> out = new ArrayList<>();
    for (Pillar p : register.pillars()) {
      fromRegister(p).ifPresent(out::add);
    }
    return out;
  }

  static Optional<SurveyedPillar> fromRegister(Pillar p) {
    if (p.protocolInForce().isPresent()) {
      return Optional.of(new SurveyedPillar(p.proposal(), p.protocolInForce().get().survey(),
          "protocol v" + (p.inForce() + 1) + " (in force)"));
    }
    return p.latest().map(v -> new SurveyedPillar(p.proposal(), v.survey(),
        "survey v" + p.versions().size() + " (not in force)"));
  }
}
