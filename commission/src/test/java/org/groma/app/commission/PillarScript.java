package org.groma.app.commission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.groma.app.commission.CommissionEvent.MemberAdded;
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
import org.groma.app.commission.PillarEvent.PillarReplaced;
import org.groma.app.commission.PillarEvent.PillarRestored;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarEvent.ReferenceMark;
import org.groma.app.commission.PillarEvent.SurveyMethod;
import org.groma.geo.CanonicalPoint;
import org.groma.journal.entry.Party;

/**
 * A demarcation history on top of the demo's end (S-1 agreed): a surveyor for party A, regulations naming
 * field-team heads, pillars 1 (main, on turning point 0), 2 (intermediate), 3/1 and 3/2 (a river pair),
 * their surveys and protocols, a damage report, a restoration, a replacement, an inspection and its act.
 */
public final class PillarScript {

  static final Actor A_SURVEYOR = new Actor(Party.A, "Party A surveyor", "a-surveyor-1");
  /** The demo's party B expert, also a surveyor, after its key rotation. */
  static final Actor B_SURVEYOR = DemoCommission.B_EXPERT_ROTATED;

  public final List<Act> acts = new ArrayList<>();
  CommissionState state = Fixture.atEnd();

  /** The state after the last act. */
  public CommissionState state() {
    return state;
  }

  static CommissionState withSurveyor() {
    return Fixture.accept(Fixture.cmd(DemoCommission.A_CO_CHAIR, new MemberAdded(Party.A, A_SURVEYOR.member(),
        EnumSet.of(Role.SURVEYOR), A_SURVEYOR.keyId(), Fixture.hex(A_SURVEYOR.keyId()))), Fixture.atEnd());
  }

  Act act(Actor actor, CommissionEvent e) {
    Command c = Fixture.cmd(actor, e);
    Act a = Fixture.act(c, state);
    state = Fixture.accept(c, state);
    acts.add(a);
    return a;
  }

  String refuse(Actor actor, CommissionEvent e) {
    return Fixture.refusal(Fixture.cmd(actor, e), state);
  }

  static PillarRegulationsProposed regulations(List<String> heads) {
    TreeMap<String, BigDecimal> t = new TreeMap<>();
    t.put("setOutToleranceM", new BigDecimal("0.05"));
    t.put("intermediateOffsetToleranceM", new BigDecimal("0.10"));
    t.put("maxSpacingM", new BigDecimal("2000"));
    t.put("inspectionToleranceM", new BigDecimal("0.05"));
    return new PillarRegulationsProposed("REG-1", PillarEvent.DEFAULT_TYPES, "pillar 1 at turning point 0 of S-1",
        t, InspectionCycle.FIFTH, heads);
  }

  static PillarProposed main(String label, int turningPoint) {
    return new PillarProposed(PillarNumber.parse(label), "S-1", "main", null, turningPoint, null);
  }

  static PillarSurveyed survey(String label, String proposalHash, long lon, long lat, String markings) {
    return new PillarSurveyed(PillarNumber.parse(label), proposalHash, new CanonicalPoint(lon, lat), 512_345L,
        486_120L, "Baltic 1977", SurveyMethod.GNSS_STATIC, 120, 8L, List.of("CP-1", "CP-2"), "2024-06-20",
        "reinforced concrete", "0.25 x 0.25 x 1.60 m", markings, null, "visible",
        List.of(new ReferenceMark("RM-" + label.replace("/", "-"), new BigDecimal("45.5"), new BigDecimal("12.30"))),
        new TreeMap<>(Map.of("en", "Pillar " + label + " on the ridge.", "ru", "Знак " + label + " на гребне.")),
        List.of(Fixture.hex("photo " + label)));
  }

  /** Submits one act as an actor named by its key label; returns the act appended. */
  public interface Acts {
    Act act(Actor labelled, CommissionEvent event);
  }

  /** The label of party A's surveyor's key, which {@link #script} adds to the roster. */
  public static final String A_SURVEYOR_LABEL = "a-surveyor-1";

  /** The whole script in memory (stand-in hashes, placeholder keys); each pillar type's act once. */
  public static PillarScript full() {
    PillarScript s = new PillarScript();
    s.state = withSurveyor();
    history(s::act);
    return s;
  }

  /**
   * The script after the demo's history through any appender (a real signed journal: {@code keys} gives each
   * label's key id and public key), party A's surveyor added first.
   */
  public static void script(DemoCommission.Appender appender, DemoCommission.KeyBook keys, Instant time) {
    Acts acts = (actor, e) -> appender.append(new Command(keys.actor(actor), time, e));
    acts.act(DemoCommission.A_CO_CHAIR, new MemberAdded(Party.A, A_SURVEYOR.member(), EnumSet.of(Role.SURVEYOR),
        keys.keyId(A_SURVEYOR_LABEL), keys.publicKey(A_SURVEYOR_LABEL)));
    history(acts);
  }

  private static void history(Acts s) {
    Act reg = s.act(DemoCommission.A_CO_CHAIR, regulations(List.of(A_SURVEYOR.member(), B_SURVEYOR.member())));
    s.act(DemoCommission.A_CO_CHAIR, new PillarRegulationsSigned("REG-1", reg.entryHash()));
    s.act(DemoCommission.B_CO_CHAIR, new PillarRegulationsSigned("REG-1", reg.entryHash()));
    Act p1 = s.act(A_SURVEYOR, main("1", 0));
    Act p2 = s.act(B_SURVEYOR, new PillarProposed(PillarNumber.parse("2"), "S-1", "intermediate", null, null, null));
    s.act(A_SURVEYOR, new PillarProposed(PillarNumber.parse("3/1"), "S-1", "river", null, null,
        new BigDecimal("14.5")));
    Act v1 = s.act(A_SURVEYOR, survey("1", p1.entryHash(), 100_000_000, 100_000_000, "PA / PB, 1"));
    s.act(A_SURVEYOR, new PillarProtocolSigned(PillarNumber.parse("1"), v1.entryHash()));
    s.act(DemoCommission.B_CO_CHAIR, new PillarProtocolSigned(PillarNumber.parse("1"), v1.entryHash()));
    s.act(B_SURVEYOR, survey("2", p2.entryHash(), 110_000_000, 104_000_000, "PA / PB, 2"));
    s.act(DemoCommission.B_CO_CHAIR, new PillarDamaged(PillarNumber.parse("1"), Condition.DAMAGED, null,
        "Face marking chipped by a grader."));
    s.act(A_SURVEYOR, new PillarRestored(PillarNumber.parse("1"), "Face marking re-cut."));
    Act insp = s.act(B_SURVEYOR, new InspectionRecorded("INSP-2025", "S-1", "2025-05-20",
        List.of("Party A surveyor", "Party B expert"), List.of(new Finding(PillarNumber.parse("1"),
            Condition.DESTROYED, null, new BigDecimal("6.0"), "Pillar knocked over; to be replaced.")),
        List.of()));
    s.act(A_SURVEYOR, new InspectionActSigned("INSP-2025", insp.entryHash()));
    s.act(B_SURVEYOR, new InspectionActSigned("INSP-2025", insp.entryHash()));
    s.act(DemoCommission.A_CO_CHAIR, new PillarDamaged(PillarNumber.parse("1"), Condition.DESTROYED, "INSP-2025",
        "Knocked over, see inspection INSP-2025."));
    s.act(A_SURVEYOR, new PillarReplaced(PillarNumber.parse("1"), "New pillar set on the old foundation."));
  }
}
