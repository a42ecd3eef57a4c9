package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groma.app.commission.DemoCommission.A_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_EXPERT_ROTATED;
import static org.groma.app.commission.DemoCommission.MEDIATOR;
import static org.groma.app.commission.Fixture.accept;
import static org.groma.app.commission.Fixture.refusal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommitmentEvent.Answer;
import org.groma.app.commission.CommitmentEvent.CommitmentRegistered;
import org.groma.app.commission.CommitmentEvent.CommitmentScored;
import org.groma.app.commission.CommitmentEvent.Deadline;
import org.groma.app.commission.CommitmentEvent.DeadlineKind;
import org.groma.app.commission.CommitmentEvent.ScoreAnswered;
import org.groma.app.commission.ProcedureEvent.RegulationsProposed;
import org.groma.app.commission.ProcedureEvent.RegulationsSigned;
import org.groma.app.commission.ProtocolEvent.ProtocolDrafted;
import org.groma.app.commission.ProtocolEvent.ProtocolInitialled;
import org.groma.app.commission.ProtocolEvent.ProtocolSigned;
import org.groma.app.commission.ProtocolEvent.SectorKilometres;
import org.groma.app.commission.ProtocolRegister.ProtocolRecord;
import org.groma.app.commission.ProtocolRegister.Status;
import org.groma.app.commission.SittingDetails.Body;
import org.groma.app.commission.SittingDetails.VenueKind;
import org.groma.journal.entry.Party;
import org.junit.jupiter.api.Test;

/**
 * Regulations, protocols and the commitments register, adversary first: who holds which key and what they
 * could rewrite, forge or hide. Each party's co-chair holds one key; the mediator holds its own; nobody holds
 * another's. The protocol's and the regulations' texts are committed to by hash, so no signature carries over
 * to a changed character; a party writes only its own scores and only answers the other's.
 */
class PeaceProcessRulesTest {

  private static final CommissionHistory PEACE = CommissionHistory.replay(Fixture.PEACE_ACTS);
  private static final Instant LATER = Instant.parse("2025-02-01T09:00:00Z");

  private static CommissionState end() {
    return PEACE.current();
  }

  private static CommissionState demoEnd() {
    return Fixture.atEnd();
  }

  /** Commands are dated after every act of the script (the time of the journal never runs backwards). */
  private static final Instant NOW = Instant.parse("2026-01-01T09:00:00Z");

  private static Command at(Actor actor, CommissionEvent e) {
    return new Command(actor, NOW, e);
  }

  private static Command cmd(Actor actor, CommissionEvent e) {
    return at(actor, e);
  }

  // ------------------------------------------------------------------------------------------ the script

  @Test
  void the_script_puts_regulations_and_protocols_in_force_and_counts_kilometres() {
    CommissionState s = end();
    assertThat(s.procedure().inForce()).map(ProcedureRegister.Version::regulationsId).contains("REG-1");
    ProtocolRecord p = s.protocols().protocol(PeaceProcessScript.PROTOCOL).orElseThrow();
    assertThat(p.versions()).hasSize(2);
    assertThat(p.status(LATER)).isEqualTo(Status.IN_FORCE);
    assertThat(p.signatures()).containsOnlyKeys(Party.A, Party.B);
    assertThat(p.signatures().values()).allMatch(m -> m.protocolHash().equals(p.current().protocolHash()));
    var totals = s.protocols().sectorTotals();
    assertThat(totals).containsOnlyKeys("S-1");
    assertThat(totals.get("S-1").agreedKm()).isEqualByComparingTo("4.25");
    assertThat(totals.get("S-1").remainingKm()).isEqualByComparingTo("8.25");
    assertThat(s.sitting("sitting-2").orElseThrow().details().venue().kind()).isEqualTo(VenueKind.PARTY_B);
  }

  @Test
  void a_protocol_moves_draft_initialled_signed_in_force_and_its_status_follows_the_effective_date() {
    CommissionState s = PEACE.stateAt(Instant.parse("2024-07-10T12:00:00Z"));
    ProtocolRecord p = s.protocols().protocol(PeaceProcessScript.PROTOCOL).orElseThrow();
    assertThat(p.status(LATER)).isEqualTo(Status.DRAFT);
    assertThat(PEACE.stateAt(Instant.parse("2024-07-11T09:00:00Z")).protocols().protocol(PeaceProcessScript.PROTOCOL)
        .orElseThrow().status(LATER)).isEqualTo(Status.INITIALLED);
    // a protocol taking effect on a later day is signed, not yet in force, until that day begins (UTC)
    ProtocolDrafted later = withEffectiveDate(p.current().draft(), "2024-09-01");
    CommissionState x = signed(s.protocols().protocol(PeaceProcessScript.PROTOCOL).isPresent()
        ? PEACE.stateAt(Instant.parse("2024-07-10T12:00:00Z")) : s, later);
    ProtocolRecord q = x.protocols().protocol(PeaceProcessScript.PROTOCOL).orElseThrow();
    assertThat(q.status(Instant.parse("2024-08-31T23:59:59Z"))).isEqualTo(Status.SIGNED);
    assertThat(q.status(Instant.parse("2024-09-01T00:00:00Z"))).isEqualTo(Status.IN_FORCE);
  }

  private static ProtocolDrafted withEffectiveDate(ProtocolDrafted d, String date) {
    return new ProtocolDrafted(d.protocolId(), d.sittingId(), d.confidentiality(), d.texts(), d.decisions(),
        d.annexes(), d.originals(), d.kilometres(), date);
  }

  private static CommissionState signed(CommissionState s, ProtocolDrafted d) {
    s = accept(cmd(A_CO_CHAIR, d), s);
    for (Actor chair : List.of(A_CO_CHAIR, B_CO_CHAIR)) {
      s = accept(cmd(chair, new ProtocolInitialled(d.protocolId(), d.protocolHash())), s);
    }
    for (Actor chair : List.of(A_CO_CHAIR, B_CO_CHAIR)) {
      s = accept(cmd(chair, new ProtocolSigned(d.protocolId(), d.protocolHash())), s);
    }
    return s;
  }

  // ------------------------------------------------------------------------------------------ regulations

  @Test
  void regulations_come_into_force_only_with_both_co_chairs_signatures_over_the_exact_text() {
    CommissionState s = demoEnd();
    RegulationsProposed reg = PeaceProcessScript.regulations();
    s = accept(cmd(MEDIATOR, reg), s);
    String tabled = s.procedure().version("REG-1").orElseThrow().entryHash();
    // a co-chair quoting the SHA-256 of a text differing by one character is refused
    String other = ContentHash.sha256(reg.text() + " ");
    assertThat(refusal(cmd(A_CO_CHAIR, new RegulationsSigned("REG-1", tabled, other)), s))
        .contains("quotes text SHA-256 " + other).contains("has SHA-256 " + reg.textSha256());
    // the mediator and an expert do not sign regulations
    assertThat(refusal(cmd(MEDIATOR, new RegulationsSigned("REG-1", tabled, reg.textSha256())), s))
        .contains("regulations are signed by the co-chair of each party");
    assertThat(refusal(cmd(B_EXPERT_ROTATED, new RegulationsSigned("REG-1", tabled, reg.textSha256())), s))
        .contains("regulations are signed by the co-chair of each party");
    s = accept(cmd(A_CO_CHAIR, new RegulationsSigned("REG-1", tabled, reg.textSha256())), s);
    assertThat(s.procedure().inForce()).isEmpty();
    assertThat(refusal(cmd(A_CO_CHAIR, new RegulationsSigned("REG-1", tabled, reg.textSha256())), s))
        .contains("party A signed them at seq");
    s = accept(cmd(B_CO_CHAIR, new RegulationsSigned("REG-1", tabled, reg.textSha256())), s);
    assertThat(s.procedure().inForce()).isPresent();
    assertThat(s.procedure().signatories()).containsExactly(Role.CO_CHAIR);
  }

  @Test
  void the_regulations_record_refuses_what_it_cannot_enforce() {
    RegulationsProposed r = PeaceProcessScript.regulations();
    assertThatThrownBy(() -> new RegulationsProposed("R", "t", List.of("en", "en"), 2, r.signatories(),
        ProcedureEvent.CONSENSUS, r.confidentiality(), List.of())).hasMessageContaining("a working language twice");
    assertThatThrownBy(() -> new RegulationsProposed("R", "t", List.of("en"), 2, EnumSet.of(Role.OBSERVER),
        ProcedureEvent.CONSENSUS, r.confidentiality(), List.of())).hasMessageContaining("co-chair or an expert only");
    assertThatThrownBy(() -> new RegulationsProposed("R", "t", List.of("en"), 0, r.signatories(),
        ProcedureEvent.CONSENSUS, r.confidentiality(), List.of())).hasMessageContaining("originals 0");
  }

  // ------------------------------------------------------------------------------------------ protocols

  private static CommissionState atSecondSittingProtocolDrafted() {
    return PEACE.stateAt(Instant.parse("2024-07-10T11:00:00Z"));
  }

  @Test
  void a_changed_character_after_initialling_is_a_new_version_that_carries_no_initial() {
    CommissionState s = PEACE.stateAt(Instant.parse("2024-07-11T09:00:00Z"));
    ProtocolRecord p = s.protocols().protocol(PeaceProcessScript.PROTOCOL).orElseThrow();
    String initialled = p.current().protocolHash();
    assertThat(p.initials()).containsOnlyKeys(Party.A, Party.B);
    ProtocolDrafted changed = PeaceProcessScript.protocol(demoEnd(), "The parties discussed section S-2 and agreed"
        + " to meet again (demo text)!");
    s = accept(cmd(A_CO_CHAIR, changed), s);
    ProtocolRecord after = s.protocols().protocol(PeaceProcessScript.PROTOCOL).orElseThrow();
    assertThat(after.versions()).hasSize(3);
    assertThat(after.initials()).isEmpty();
    assertThat(after.status(LATER)).isEqualTo(Status.DRAFT);
    // the earlier version's initials are no signature of the new one
    assertThat(refusal(cmd(B_CO_CHAIR, new ProtocolSigned(PeaceProcessScript.PROTOCOL, initialled)), s))
        .contains("an earlier version's").contains("current version 3");
    assertThat(refusal(cmd(B_CO_CHAIR, new ProtocolSigned(PeaceProcessScript.PROTOCOL, changed.protocolHash())), s))
        .contains("initialled by neither party; both initial before either signs");
  }

  @Test
  void only_the_parties_signatories_initial_and_sign_and_a_signed_protocol_is_not_redrafted() {
    CommissionState s = atSecondSittingProtocolDrafted();
    String hash = s.protocols().protocol(PeaceProcessScript.PROTOCOL).orElseThrow().current().protocolHash();
    assertThat(refusal(cmd(MEDIATOR, new ProtocolInitialled(PeaceProcessScript.PROTOCOL, hash)), s))
        .contains("the mediator witnesses protocols but does not initial them");
    assertThat(refusal(cmd(B_EXPERT_ROTATED, new ProtocolInitialled(PeaceProcessScript.PROTOCOL, hash)), s))
        .contains("initialled by its co-chair (the regulations)");
    assertThat(refusal(cmd(A_CO_CHAIR, new ProtocolInitialled("P-404", hash)), s)).contains("unknown protocol P-404");
    CommissionState signed = end();
    assertThat(refusal(at(A_CO_CHAIR, PeaceProcessScript.protocol(demoEnd(), "Rewritten after signing.")), signed))
        .contains("a signed protocol is not redrafted");
    assertThat(refusal(at(A_CO_CHAIR, new ProtocolSigned(PeaceProcessScript.PROTOCOL,
        signed.protocols().protocol(PeaceProcessScript.PROTOCOL).orElseThrow().current().protocolHash())), signed))
        .contains("party A already signed version 2");
  }

  @Test
  void the_regulations_in_force_require_every_working_language_no_other_and_their_originals() {
    CommissionState s = atSecondSittingProtocolDrafted();
    ProtocolDrafted base = PeaceProcessScript.protocol(demoEnd(), "Text.");
    TreeMap<String, String> onlyEnglish = new TreeMap<>(base.texts());
    onlyEnglish.remove("ru");
    assertThat(refusal(cmd(A_CO_CHAIR, copy(base, "P-3", onlyEnglish, base.confidentiality(), 2)), s))
        .contains("it has no text in working language ru (regulations REG-1 require ru, en)");
    TreeMap<String, String> withFrench = new TreeMap<>(base.texts());
    withFrench.put("fr", "Texte.");
    assertThat(refusal(cmd(A_CO_CHAIR, copy(base, "P-3", withFrench, base.confidentiality(), 2)), s))
        .contains("it has a text in fr, which is not a working language of regulations REG-1 (ru, en)");
    assertThat(refusal(cmd(A_CO_CHAIR, copy(base, "P-3", base.texts(), base.confidentiality(), 3)), s))
        .contains("it is made in 3 originals, but regulations REG-1 require 2");
    assertThat(refusal(cmd(A_CO_CHAIR, copy(base, "P-3", base.texts(), "secret", 2)), s))
        .contains("confidentiality level secret is not one the regulations in force define (open, restricted,"
            + " confidential)");
  }

  @Test
  void without_regulations_in_force_only_the_open_level_exists() {
    CommissionState s = accept(cmd(MEDIATOR, new SittingOpened("sitting-2", "Second", List.of("x"))), demoEnd());
    ProtocolDrafted base = PeaceProcessScript.protocol(demoEnd(), "Text.");
    assertThat(refusal(cmd(A_CO_CHAIR, base), s)).contains("confidentiality level confidential is not one the"
        + " regulations in force define (open)");
  }

  private static ProtocolDrafted copy(ProtocolDrafted d, String id, java.util.SortedMap<String, String> texts,
      String level, int originals) {
    return new ProtocolDrafted(id, d.sittingId(), level, texts, d.decisions(), d.annexes(), originals,
        d.kilometres(), d.effectiveDate());
  }

  @Test
  void an_annex_names_a_record_entry_by_its_hash() {
    CommissionState s = atSecondSittingProtocolDrafted();
    ProtocolDrafted base = PeaceProcessScript.protocol(demoEnd(), "Text.");
    var wrong = new ProtocolEvent.Annex("Decision D-1", ProtocolEvent.AnnexKind.DECISION, "D-1", Fixture.hex("x"));
    assertThat(refusal(cmd(A_CO_CHAIR, new ProtocolDrafted("P-3", "sitting-2", "open", base.texts(), List.of(),
        List.of(wrong), 2, List.of(), null)), s)).contains("annex 1 (Decision D-1) quotes hash " + Fixture.hex("x"));
    var unknown = new ProtocolEvent.Annex("Source", ProtocolEvent.AnnexKind.SOURCE, "SRC-9", Fixture.hex("x"));
    assertThat(refusal(cmd(A_CO_CHAIR, new ProtocolDrafted("P-3", "sitting-2", "open", base.texts(), List.of(),
        List.of(unknown), 2, List.of(), null)), s)).contains("names unknown source SRC-9");
  }

  @Test
  void kilometres_belong_to_a_working_group_and_never_exceed_the_sector() {
    CommissionState s = end();
    ProtocolDrafted commissionKm = new ProtocolDrafted("P-3", "sitting-2", "open", PeaceProcessScript.texts("x"),
        List.of(), List.of(), 2, List.of(new SectorKilometres("S-1", new BigDecimal("12.5"), BigDecimal.ONE)), null);
    assertThat(refusal(at(A_CO_CHAIR, commissionKm), s)).contains("kilometres are agreed by a working group");
    ProtocolDrafted tooMuch = new ProtocolDrafted("P-3", "wg-topo-1", "open", PeaceProcessScript.texts("x"),
        List.of(), List.of(), 2, List.of(new SectorKilometres("S-1", new BigDecimal("12.5"), new BigDecimal("8.26"))),
        null);
    assertThat(refusal(at(A_CO_CHAIR, tooMuch), s)).contains("sector S-1 would have 12.51 km agreed, more than its"
        + " 12.5 km (4.25 km agreed before)");
    ProtocolDrafted otherLength = new ProtocolDrafted("P-3", "wg-topo-1", "open", PeaceProcessScript.texts("x"),
        List.of(), List.of(), 2, List.of(new SectorKilometres("S-1", new BigDecimal("13"), BigDecimal.ONE)), null);
    assertThat(refusal(at(A_CO_CHAIR, otherLength), s)).contains("sector S-1 is 13 km long here but 12.5 km");
  }

  @Test
  void a_sitting_number_is_given_once_per_body() {
    CommissionState s = end();
    SittingOpened again = new SittingOpened("sitting-3", "Third", List.of("x"),
        PeaceProcessScript.details(2, Body.COMMISSION, "2025-02-01", "2025-02-01", VenueKind.PARTY_A, Party.A));
    assertThat(refusal(at(MEDIATOR, again), s)).contains("commission sitting number 2 is already sitting sitting-2");
    assertThatThrownBy(() -> PeaceProcessScript.details(3, Body.COMMISSION, "2025-02-01", "2025-02-01",
        VenueKind.PARTY_A, Party.B)).isInstanceOf(BadInputException.class)
        .hasMessage("a sitting at venue party-a is hosted by party A, not B");
    assertThatThrownBy(() -> PeaceProcessScript.details(3, Body.COMMISSION, "2025-02-02", "2025-02-01",
        VenueKind.VIDEO, null)).hasMessage("endDate 2025-02-01 is before startDate 2025-02-02");
  }

  // ------------------------------------------------------------------------------------------ commitments

  @Test
  void a_deadline_relative_to_an_unknown_event_is_refused() {
    CommissionState s = end();
    assertThat(refusal(at(A_CO_CHAIR, new CommitmentRegistered("C-9", "AG-1", "q", EnumSet.of(Party.A), "border",
        new Deadline(DeadlineKind.AFTER_COMMITMENT, null, "C-404", 10), "v")), s))
        .contains("its deadline counts from unknown commitment C-404");
    assertThat(refusal(at(A_CO_CHAIR, new CommitmentRegistered("C-9", "AG-1", "q", EnumSet.of(Party.A), "border",
        new Deadline(DeadlineKind.AFTER_AGREEMENT, null, "AG-404", 10), "v")), s))
        .contains("its deadline counts from unknown agreement AG-404");
    assertThat(refusal(at(A_CO_CHAIR, new CommitmentRegistered("C-9", "AG-404", "q", EnumSet.of(Party.A), "border",
        Deadline.NONE, "v")), s)).contains("unknown agreement AG-404");
  }

  @Test
  void deadlines_fall_on_the_agreements_date_or_after_the_other_commitments_acknowledged_implementation() {
    CommitmentRegister r = end().commitments();
    assertThat(r.dueDate(r.commitment("C-1").orElseThrow().commitment())).hasValueSatisfying(d ->
        assertThat(d).hasToString("2024-09-29"));
    // C-1's full implementation was acknowledged by B on 2025-01-03; C-3 is due 30 days after
    assertThat(r.dueDate(r.commitment("C-3").orElseThrow().commitment())).hasValueSatisfying(d ->
        assertThat(d).hasToString("2025-02-02"));
    CommitmentRegister before = PEACE.stateAt(Instant.parse("2025-01-02T12:00:00Z")).commitments();
    assertThat(before.dueDate(before.commitment("C-3").orElseThrow().commitment())).isEmpty();
  }

  @Test
  void a_party_never_writes_the_other_partys_score_or_answers_its_own() {
    CommissionState s = end();
    CommitmentRegister.Score bScore = s.commitments().score("C-2", "2024-Q4", Party.B).orElseThrow();
    // B's score is B's: A scoring C-2 for 2024-Q4 writes A's own score, and leaves B's as it was
    CommissionState afterA = accept(at(A_CO_CHAIR, new CommitmentScored("C-2", "2024-Q4", 0, "Nothing seen.")), s);
    assertThat(afterA.commitments().score("C-2", "2024-Q4", Party.B)).contains(bScore);
    assertThat(afterA.commitments().score("C-2", "2024-Q4", Party.A).orElseThrow().score().score()).isZero();
    // B cannot answer its own score; the mediator neither scores nor answers
    assertThat(refusal(at(B_CO_CHAIR, new ScoreAnswered("C-2", "2024-Q4", Party.B, bScore.entryHash(),
        Answer.ACKNOWLEDGED, null)), s)).contains("a party answers the other party's score, never its own");
    assertThat(refusal(at(MEDIATOR, new CommitmentScored("C-2", "2024-Q4", 3, "x")), s))
        .contains("each party scores the implementation for itself; the mediator does not score");
    // an answer quotes the exact score it answers: a rescore makes the earlier answer's hash stale
    CommitmentRegister.Score aQ3 = s.commitments().score("C-1", "2024-Q3", Party.A).orElseThrow();
    CommissionState rescored = accept(at(A_CO_CHAIR, new CommitmentScored("C-1", "2024-Q3", 2, "Re-measured.")), s);
    assertThat(rescored.commitments().score("C-1", "2024-Q3", Party.A).orElseThrow().answer()).isNull();
    assertThat(refusal(at(B_CO_CHAIR, new ScoreAnswered("C-1", "2024-Q3", Party.A, aQ3.entryHash(),
        Answer.ACKNOWLEDGED, null)), rescored)).contains("it quotes score hash " + aQ3.entryHash());
    // one answer per score
    assertThat(refusal(at(B_CO_CHAIR, new ScoreAnswered("C-1", "2024-Q3", Party.A, aQ3.entryHash(),
        Answer.DISPUTED, "Changed our mind.")), s)).contains("party B already answered it (acknowledged");
  }

  @Test
  void a_forged_history_stops_at_its_first_bad_act_on_replay() {
    List<Act> acts = new java.util.ArrayList<>(Fixture.PEACE_ACTS);
    // replace B's signature of P-2 by one quoting the first version's hash
    for (int i = 0; i < acts.size(); i++) {
      Act a = acts.get(i);
      if (a.event() instanceof ProtocolSigned ps && a.author().party() == Party.B
          && ps.protocolId().equals(PeaceProcessScript.PROTOCOL)) {
        String first = PEACE.stateAt(a.seq()).protocols().protocol(PeaceProcessScript.PROTOCOL).orElseThrow()
            .versions().get(0).protocolHash();
        acts.set(i, new Act(a.seq(), a.time(), a.author(), new ProtocolSigned(ps.protocolId(), first), a.entryHash()));
        long seq = a.seq();
        assertThatThrownBy(() -> CommissionHistory.replay(acts)).isInstanceOf(RuleViolation.class)
            .satisfies(e -> assertThat(((RuleViolation) e).seq()).isEqualTo(seq))
            .hasMessageContaining("an earlier version's");
        return;
      }
    }
    throw new AssertionError("the script has no signature of party B");
  }
}
