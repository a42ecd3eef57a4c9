package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.groma.app.commission.PillarEvent.PillarProtocolSigned;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.app.commission.PillarRegister.Signature;
import org.groma.app.commission.PillarRegister.Version;
import org.groma.journal.entry.Party;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random surveys and signatures of one pillar by every key the commission holds, each quoting a random
 * version's hash or a forged one: whatever the rules accept, a protocol in force carries one signature of
 * each party, by a co-chair, quoting exactly that version, and every accepted act replays.
 */
class PillarRandomTest {

  private static final PillarNumber ONE = PillarNumber.parse("1");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void no_key_or_coalition_short_of_both_parties_brings_a_version_into_force(long seed) {
    Random r = new Random(seed);
    PillarScript s = new PillarScript();
    s.state = PillarScript.withSurveyor();
    Act proposed = s.act(PillarScript.A_SURVEYOR, PillarScript.main("1", 0));
    List<Actor> everyone = List.of(DemoCommission.A_CO_CHAIR, DemoCommission.B_CO_CHAIR, DemoCommission.MEDIATOR,
        PillarScript.A_SURVEYOR, PillarScript.B_SURVEYOR);
    int accepted = 0;
    int inForce = 0;
    for (int step = 0; step < 300; step++) {
      Actor actor = everyone.get(r.nextInt(everyone.size()));
      Pillar p = s.state.pillars().pillar(ONE).orElseThrow();
      CommissionEvent e;
      if (p.versions().isEmpty() || r.nextInt(6) == 0) {
        e = PillarScript.survey("1", proposed.entryHash(), 100_000_000, 100_000_000, "mark " + r.nextInt(4));
      } else {
        int pick = r.nextInt(p.versions().size() + 1);
        String hash = pick == p.versions().size() ? Fixture.hex("forged " + step)
            : p.versions().get(pick).signed().entryHash();
        e = new PillarProtocolSigned(ONE, hash);
      }
      if (CommissionRules.decide(Fixture.cmd(actor, e), s.state) instanceof Decision.Accepted) {
        s.act(actor, e);
        accepted++;
      }
      Pillar after = s.state.pillars().pillar(ONE).orElseThrow();
      if (after.protocolInForce().isPresent()) {
        inForce++;
        Version v = after.protocolInForce().get();
        for (Party party : List.of(Party.A, Party.B)) {
          Signature sig = v.signed().signatures().get(party);
          assertThat(sig).as("party %s signed the version in force", party.code()).isNotNull();
          assertThat(s.state.member(sig.member()).orElseThrow().has(Role.CO_CHAIR)).isTrue();
          PillarProtocolSigned signed = (PillarProtocolSigned) s.acts.stream().filter(a -> a.seq() == sig.seq())
              .findFirst().orElseThrow().event();
          assertThat(signed.protocolHash()).isEqualTo(v.signed().entryHash());
        }
      }
    }
    assertThat(accepted).isGreaterThan(20);
    assertThat(inForce).as("some version came into force").isPositive();
    CommissionState replayed = PillarScript.withSurveyor();
    for (Act a : s.acts) {
      replayed = CommissionRules.evolve(replayed, a);
    }
    assertThat(replayed).isEqualTo(s.state);
  }
}
