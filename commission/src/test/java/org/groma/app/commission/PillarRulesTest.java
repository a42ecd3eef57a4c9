package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.PillarEvent.PillarProposed;
import org.groma.app.commission.PillarEvent.PillarProtocolSigned;
import org.groma.app.commission.PillarEvent.PillarRegulationsSigned;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.app.commission.PillarRegister.Status;
import org.junit.jupiter.api.Test;

/**
 * The adversary's view of the pillar register: party A holds its co-chair's and its surveyor's keys, party B
 * its own, the mediator its own. No key of one party, alone or with the mediator's, brings a protocol,
 * regulations or an inspection act into force; a signature counts only for the exact version it quotes.
 */
class PillarRulesTest {

  private static final PillarNumber ONE = PillarNumber.parse("1");
  private static final Actor A_CHAIR = DemoCommission.A_CO_CHAIR;
  private static final Actor B_CHAIR = DemoCommission.B_CO_CHAIR;

  /** Pillar 1 proposed and surveyed once; nothing signed. */
  private static PillarScript surveyed() {
    PillarScript s = new PillarScript();
    s.state = PillarScript.withSurveyor();
    Act p = s.act(PillarScript.A_SURVEYOR, PillarScript.main("1", 0));
    s.act(PillarScript.A_SURVEYOR, PillarScript.survey("1", p.entryHash(), 100_000_000, 100_000_000, "PA/PB 1"));
    return s;
  }

  private static Pillar one(PillarScript s) {
    return s.state.pillars().pillar(ONE).orElseThrow();
  }

  private static String v(PillarScript s, int version) {
    return one(s).versions().get(version - 1).signed().entryHash();
  }

  @Test
  void one_partys_co_chair_alone_cannot_bring_a_protocol_into_force() {
    PillarScript s = surveyed();
    s.act(A_CHAIR, new PillarProtocolSigned(ONE, v(s, 1)));
    assertThat(one(s).status()).isEqualTo(Status.SURVEYED);
    assertThat(one(s).protocolInForce()).isEmpty();
    // signing twice does not make two parties
    assertThat(s.refuse(A_CHAIR, new PillarProtocolSigned(ONE, v(s, 1))))
        .contains("party A already signed it at seq");
    // the mediator witnesses, never signs
    assertThat(s.refuse(DemoCommission.MEDIATOR, new PillarProtocolSigned(ONE, v(s, 1))))
        .contains("the mediator witnesses but never signs");
    // A's surveyor is no field-team head without regulations in force
    assertThat(s.refuse(PillarScript.A_SURVEYOR, new PillarProtocolSigned(ONE, v(s, 1))))
        .contains("only a co-chair, or a field-team head the regulations in force name");
    s.act(B_CHAIR, new PillarProtocolSigned(ONE, v(s, 1)));
    assertThat(one(s).status()).isEqualTo(Status.IN_FORCE);
    assertThat(one(s).protocolInForce().orElseThrow().signed().signatures()).containsOnlyKeys(
        org.groma.journal.entry.Party.A, org.groma.journal.entry.Party.B);
  }

  @Test
  void a_changed_field_after_one_signature_is_a_new_version_the_first_signature_does_not_carry() {
    PillarScript s = surveyed();
    String v1 = v(s, 1);
    s.act(A_CHAIR, new PillarProtocolSigned(ONE, v1));
    // B's surveyor records the same pillar with one marking changed: version 2
    PillarSurveyed changed = PillarScript.survey("1", one(s).proposed().entryHash(), 100_000_000, 100_000_000,
        "PA/PB 1 (recut)");
    s.act(PillarScript.B_SURVEYOR, changed);
    String v2 = v(s, 2);
    assertThat(v2).isNotEqualTo(v1);
    // B cannot complete the old version: it is superseded
    assertThat(s.refuse(B_CHAIR, new PillarProtocolSigned(ONE, v1))).contains("superseded by version 2");
    s.act(B_CHAIR, new PillarProtocolSigned(ONE, v2));
    assertThat(one(s).protocolInForce()).as("A signed only version 1").isEmpty();
    s.act(A_CHAIR, new PillarProtocolSigned(ONE, v2));
    assertThat(one(s).protocolInForce().orElseThrow().survey()).isEqualTo(changed);
  }

  @Test
  void a_signature_quoting_any_other_hash_is_refused() {
    PillarScript s = surveyed();
    assertThat(s.refuse(A_CHAIR, new PillarProtocolSigned(ONE, Fixture.hex("not the protocol"))))
        .contains("the signature quotes").contains("has entry hash " + v(s, 1));
    assertThat(s.refuse(A_CHAIR, new PillarProtocolSigned(PillarNumber.parse("9"), v(s, 1))))
        .contains("no pillar 9 in the register");
  }

  @Test
  void a_field_team_head_signs_only_under_regulations_both_co_chairs_signed() {
    PillarScript s = surveyed();
    Act reg = s.act(A_CHAIR, PillarScript.regulations(List.of(PillarScript.A_SURVEYOR.member())));
    s.act(A_CHAIR, new PillarRegulationsSigned("REG-1", reg.entryHash()));
    // A alone delegated its surveyor: not yet in force
    assertThat(s.refuse(PillarScript.A_SURVEYOR, new PillarProtocolSigned(ONE, v(s, 1))))
        .contains("field-team head");
    // a surveyor cannot sign the regulations that would empower them
    assertThat(s.refuse(PillarScript.A_SURVEYOR, new PillarRegulationsSigned("REG-1", reg.entryHash())))
        .contains("needs the role co-chair");
    s.act(B_CHAIR, new PillarRegulationsSigned("REG-1", reg.entryHash()));
    s.act(PillarScript.A_SURVEYOR, new PillarProtocolSigned(ONE, v(s, 1)));
    // B's surveyor was not named: B's co-chair signs for B
    assertThat(s.refuse(PillarScript.B_SURVEYOR, new PillarProtocolSigned(ONE, v(s, 1))))
        .contains("is neither");
    assertThat(one(s).protocolInForce()).isEmpty();
  }

  @Test
  void numbers_are_unique_and_river_pairs_share_a_number_with_suffixes() {
    PillarScript s = surveyed();
    assertThat(s.refuse(A_CHAIR, PillarScript.main("1", 1))).contains("pillar number 1 is already taken");
    assertThat(s.refuse(A_CHAIR, new PillarProposed(PillarNumber.parse("1/1"), "S-1", "river", null, null,
        new BigDecimal("5")))).contains("number 1 is pillar 1");
    assertThat(s.refuse(A_CHAIR, new PillarProposed(PillarNumber.parse("4/1"), "S-1", "main", null, null, null)))
        .contains("only river pillars take a suffix");
    assertThat(s.refuse(A_CHAIR, PillarScript.main("5", 3))).contains("turning point 3 does not exist");
    assertThat(s.refuse(A_CHAIR, new PillarProposed(PillarNumber.parse("6"), "S-2", "main", null, 0, null)))
        .contains("section S-2 has no agreed line yet");
    assertThat(s.refuse(A_CHAIR, new PillarProposed(PillarNumber.parse("7"), "S-1", "cairn", null, null, null)))
        .contains("pillar type \"cairn\" is not one of the commission's");
    assertThatThrownBy(() -> new PillarProposed(PillarNumber.parse("8"), "S-1", "tri-point", null, 0, null))
        .isInstanceOf(BadInputException.class).hasMessageContaining("a tri-point is named");
    assertThatThrownBy(() -> PillarNumber.parse("12/4")).isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> PillarNumber.parse("012")).isInstanceOf(BadInputException.class);
  }

  @Test
  void numbers_sort_as_commissions_read_them() {
    List<PillarNumber> sorted = java.util.stream.Stream.of("12/2", "2", "12A", "12", "12/1", "3")
        .map(PillarNumber::parse).sorted().toList();
    assertThat(sorted.stream().map(PillarNumber::label)).containsExactly("2", "3", "12", "12/1", "12/2", "12A");
  }

  @Test
  void the_full_history_replays_to_the_same_register() {
    PillarScript s = PillarScript.full();
    CommissionState replayed = PillarScript.withSurveyor();
    for (Act a : s.acts) {
      replayed = CommissionRules.evolve(replayed, a);
    }
    assertThat(replayed).isEqualTo(s.state);
    Pillar p1 = one(s);
    assertThat(p1.status()).isEqualTo(Status.REPLACED);
    assertThat(p1.protocolInForce()).as("the replaced stone's protocol no longer stands").isEmpty();
    assertThat(p1.lastInspected()).isEqualTo("2025-05-20");
    assertThat(p1.history().stream().map(c -> c.status().code())).containsExactly("proposed", "surveyed",
        "surveyed", "in-force", "damaged", "in-force", "damaged", "replaced");
    assertThat(s.state.pillars().inspection("INSP-2025").orElseThrow().signed().inForce()).isTrue();
    assertThat(s.state.pillars().cycle()).isEqualTo(PillarEvent.InspectionCycle.FIFTH);
  }

  @Test
  void damage_restoration_and_replacement_follow_the_pillars_condition() {
    PillarScript s = surveyed();
    assertThat(s.refuse(A_CHAIR, new PillarEvent.PillarRestored(ONE, "nothing to restore"))).contains("not damaged");
    s.act(B_CHAIR, new PillarEvent.PillarDamaged(ONE, PillarEvent.Condition.MISSING, null, "Gone."));
    assertThat(s.refuse(A_CHAIR, new PillarEvent.PillarRestored(ONE, "x"))).contains("it is replaced, not restored");
    assertThat(s.refuse(A_CHAIR, new PillarProtocolSigned(ONE, v(s, 1)))).contains("reported missing");
    assertThat(s.refuse(PillarScript.A_SURVEYOR, PillarScript.survey("1", one(s).proposed().entryHash(), 1, 1, "x")))
        .contains("restored or replaced before it is surveyed again");
  }
}
