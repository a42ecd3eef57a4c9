package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groma.app.commission.DemoCommission.A_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.A_EXPERT;
import static org.groma.app.commission.DemoCommission.B_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_EXPERT;
import static org.groma.app.commission.DemoCommission.B_EXPERT_ROTATED;
import static org.groma.app.commission.DemoCommission.MEDIATOR;
import static org.groma.app.commission.Fixture.DEMO;
import static org.groma.app.commission.Fixture.DEMO_ACTS;
import static org.groma.app.commission.Fixture.accept;
import static org.groma.app.commission.Fixture.act;
import static org.groma.app.commission.Fixture.atDraft;
import static org.groma.app.commission.Fixture.atEnd;
import static org.groma.app.commission.Fixture.cmd;
import static org.groma.app.commission.Fixture.draftHash;
import static org.groma.app.commission.Fixture.geometryHash;
import static org.groma.app.commission.Fixture.hex;
import static org.groma.app.commission.Fixture.refusal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.KeyRevoked;
import org.groma.app.commission.CommissionEvent.KeyRotated;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.MapSheetRegistered;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent.ProposalWithdrawn;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionState.KeyStatus;
import org.groma.app.commission.CommissionState.SectionStatus;
import org.groma.journal.entry.Party;
import org.junit.jupiter.api.Test;

class CommissionRulesTest {

  private static final java.time.Instant LATER_THAN_DRAFT = java.time.Instant.parse("2024-04-12T10:30:00Z");

  static final Note NOTE = new Note("N-99", "A remark.", null);

  static LineProposed proposal(String id, String section, String sitting) {
    return new LineProposed(id, section, sitting, DemoCommission.line(300_000_000, 0, 310_000_000, 10_000_000),
        List.of(ProposedSegment.GEODESIC), List.of());
  }

  // ------------------------------------------------------------------ the demo itself

  @Test
  void the_demo_history_replays_to_one_decision_in_force_and_the_expected_roster() {
    CommissionState s = atEnd();
    assertThat(DEMO_ACTS).hasSize(17);
    assertThat(s.lastSeq()).isEqualTo(16);
    assertThat(s.decisionsInForce()).extracting(CommissionState.DecisionRecord::decisionId).containsExactly("D-1");
    assertThat(s.sectionStatus("S-1")).isEqualTo(SectionStatus.AGREED);
    assertThat(s.sectionStatus("S-2")).isEqualTo(SectionStatus.PROPOSED);
    assertThat(s.sectionStatus("S-9")).isEqualTo(SectionStatus.UNRESOLVED);
    assertThat(s.key("b-expert-1").orElseThrow().status()).isEqualTo(KeyStatus.ROTATED);
    assertThat(s.key("b-expert-2").orElseThrow().status()).isEqualTo(KeyStatus.ACTIVE);
    assertThat(s.key("a-expert-1").orElseThrow().status()).isEqualTo(KeyStatus.REVOKED);
    assertThat(s.key("a-expert-1").orElseThrow().revokedSeq()).isEqualTo(16);
    assertThat(s.key("a-expert-1").orElseThrow().revokedTime()).isEqualTo(Fixture.t("2024-06-10T09:00:00Z"));
    assertThat(s.sittings()).singleElement().satisfies(x -> assertThat(x.open()).isFalse());
    assertThat(s.sources()).hasSize(2);
    assertThat(s.proposals()).hasSize(4);
    assertThat(s.notes()).singleElement().satisfies(n -> assertThat(n.author()).isEqualTo(MEDIATOR));
  }

  // ------------------------------------------------------------------ in force only with both co-chairs

  @Test
  void a_decision_endorsed_by_one_party_only_is_not_in_force() {
    CommissionState oneParty = DEMO.stateAt(Fixture.SEQ_A_ENDORSES);
    var d = oneParty.decision("D-1").orElseThrow();
    assertThat(d.endorsements()).containsOnlyKeys(Party.A);
    assertThat(d.inForce()).isFalse();
    assertThat(oneParty.decisionsInForce()).isEmpty();
    assertThat(oneParty.sectionStatus("S-1")).isEqualTo(SectionStatus.PROPOSED);
    // still not in force after the sitting closed
    assertThat(DEMO.stateAt(Fixture.SEQ_SITTING_CLOSED).decisionsInForce()).isEmpty();
  }

  @Test
  void a_decision_is_in_force_from_the_act_of_the_second_co_chairs_endorsement() {
    var d = DEMO.stateAt(Fixture.SEQ_B_ENDORSES).decision("D-1").orElseThrow();
    assertThat(d.endorsements()).containsOnlyKeys(Party.A, Party.B);
    assertThat(d.inForceSeq()).isEqualTo(Fixture.SEQ_B_ENDORSES);
    assertThat(d.inForceTime()).isEqualTo(Fixture.t("2024-05-14T12:00:00Z"));
  }

  @Test
  void refuses_an_endorsement_by_the_mediator() {
    assertThat(refusal(cmd(MEDIATOR, new DecisionEndorsed("D-1", draftHash(), geometryHash())), atDraft())).isEqualTo(
        "\"Mediator\" (M, key med-1) may not endorse decision D-1: the mediator advises and witnesses but never"
            + " endorses; only the parties' co-chairs endorse decisions");
  }

  @Test
  void refuses_an_endorsement_by_a_member_who_is_not_a_co_chair() {
    assertThat(refusal(cmd(B_EXPERT, new DecisionEndorsed("D-1", draftHash(), geometryHash())), atDraft()))
        .isEqualTo("\"Party B expert\" (B, key b-expert-1) may not endorse decision D-1: only a co-chair"
            + " endorses for party B, and \"Party B expert\" is not one");
  }

  @Test
  void refuses_an_endorsement_whose_draft_hash_does_not_match() {
    String other = hex("another text");
    assertThat(refusal(cmd(B_CO_CHAIR, new DecisionEndorsed("D-1", other, geometryHash())), atDraft())).isEqualTo(
        "\"Party B co-chair\" (B, key b-chair-1) may not endorse decision D-1: the endorsement quotes draft hash "
            + other + " but the draft of D-1 (seq 11) has hash " + draftHash());
  }

  @Test
  void refuses_a_second_endorsement_by_the_same_party() {
    assertThat(refusal(cmd(A_CO_CHAIR, new DecisionEndorsed("D-1", draftHash(), geometryHash())),
        DEMO.stateAt(Fixture.SEQ_A_ENDORSES)))
        .endsWith("party A already endorsed it at seq 12 (\"Party A co-chair\")");
  }

  // ------------------------------------------------------------------ authors

  @Test
  void refuses_a_member_acting_for_the_other_party() {
    Actor forB = new Actor(Party.B, A_CO_CHAIR.member(), A_CO_CHAIR.keyId());
    assertThat(refusal(cmd(forB, new DecisionEndorsed("D-1", draftHash(), geometryHash())), atDraft())).isEqualTo(
        "member \"Party A co-chair\" belongs to party A but acts for party B: a member acts only for their own"
            + " party");
  }

  @Test
  void refuses_an_unknown_member() {
    assertThat(refusal(cmd(new Actor(Party.A, "Nobody", "k-1"), NOTE), atDraft()))
        .isEqualTo("unknown member: no member \"Nobody\" in commission demo-commission");
  }

  @Test
  void refuses_an_unknown_key() {
    assertThat(refusal(cmd(new Actor(Party.A, "Party A co-chair", "a-chair-9"), NOTE), atDraft()))
        .isEqualTo("unknown key: \"Party A co-chair\" (A, key a-chair-9) signs with key a-chair-9, which no"
            + " roster entry gave");
  }

  @Test
  void refuses_a_key_of_another_member() {
    assertThat(refusal(cmd(new Actor(Party.A, "Party A co-chair", "a-expert-1"), NOTE), atDraft()))
        .isEqualTo("key a-expert-1 belongs to \"Party A expert\", not to \"Party A co-chair\"");
  }

  @Test
  void refuses_a_key_used_after_its_revocation() {
    assertThat(refusal(cmd(A_EXPERT, NOTE), atEnd())).isEqualTo(
        "key a-expert-1 of \"Party A expert\" was revoked at seq 16 (2024-06-10T09:00:00Z); it signs nothing"
            + " after its revocation, acts it signed before stay valid");
    // and as a forged act appended to the journal
    Act forged = act(cmd(A_EXPERT, NOTE), atEnd());
    assertThatThrownBy(() -> CommissionRules.evolve(atEnd(), forged)).isInstanceOf(RuleViolation.class)
        .hasMessageContaining("act 17 breaks the commission's rules: key a-expert-1")
        .satisfies(e -> assertThat(((RuleViolation) e).seq()).isEqualTo(17));
  }

  @Test
  void keeps_acts_signed_before_a_revocation_valid_on_replay() {
    List<Act> byRevokedKey = DEMO_ACTS.stream().filter(a -> a.author().keyId().equals("a-expert-1")).toList();
    assertThat(byRevokedKey).extracting(Act::seq).containsExactly(4L, 6L, 8L);
    CommissionState replayed = CommissionHistory.replay(DEMO_ACTS).current();
    assertThat(replayed).isEqualTo(atEnd());
    assertThat(replayed.proposal("A-S1").orElseThrow().proposedBy()).isEqualTo(A_EXPERT);
    assertThat(replayed.source("SRC-1")).isPresent();
  }

  @Test
  void refuses_a_key_used_after_its_rotation_but_accepts_the_new_one() {
    assertThat(refusal(cmd(B_EXPERT, NOTE), atEnd())).isEqualTo(
        "key b-expert-1 of \"Party B expert\" was replaced at seq 15 (key-rotated) and signs nothing after that;"
            + " acts it signed before stay valid");
    assertThat(CommissionRules.decide(cmd(B_EXPERT_ROTATED, NOTE), atEnd())).isInstanceOf(Decision.Accepted.class);
  }

  // ------------------------------------------------------------------ roster

  @Test
  void refuses_a_member_name_confusable_with_an_existing_member() {
    // "Party А expert" with a Cyrillic А (U+0410): another string, the same name to a reader.
    MemberAdded lookalike = new MemberAdded(Party.A, "Party \u0410 expert", EnumSet.of(Role.EXPERT), "a-exp-9",
        hex("a-exp-9"));
    String reason = "\"Party A co-chair\" (A, key a-chair-1) may not add member \"Party \u0410 expert\" to party A:"
        + " member name \"Party \u0410 expert\" is confusable with existing member \"Party A expert\" (Unicode"
        + " skeletons are equal)";
    assertThat(refusal(cmd(A_CO_CHAIR, lookalike), atDraft())).isEqualTo(reason);
    Act act = act(cmd(A_CO_CHAIR, lookalike), atDraft());
    assertThatThrownBy(() -> CommissionRules.evolve(atDraft(), act)).isInstanceOf(RuleViolation.class)
        .satisfies(e -> assertThat(((RuleViolation) e).reason()).isEqualTo(reason));
    // Across parties too, and whatever mix of scripts: "ехреrt" is Cyrillic е, х, р, е then Latin rt.
    MemberAdded mixed = new MemberAdded(Party.B, "Party A \u0435\u0445\u0440\u0435rt",
        EnumSet.of(Role.EXPERT), "b-exp-9", hex("b-exp-9"));
    assertThat(refusal(cmd(B_CO_CHAIR, mixed), atDraft())).endsWith("is confusable with existing member"
        + " \"Party A expert\" (Unicode skeletons are equal)");
    // A name that only resembles another is a different name.
    MemberAdded distinct = new MemberAdded(Party.A, "Party A expert 2", EnumSet.of(Role.EXPERT), "a-exp-9",
        hex("a-exp-9"));
    assertThat(CommissionRules.decide(cmd(A_CO_CHAIR, distinct), atDraft())).isInstanceOf(Decision.Accepted.class);
  }

  @Test
  void refuses_a_genesis_whose_founding_member_names_are_confusable() {
    CommissionEvent.Genesis demo = DemoCommission.genesis(DemoCommission.PLACEHOLDER_KEYS);
    List<CommissionEvent.FoundingMember> members = new ArrayList<>(demo.members());
    members.add(new CommissionEvent.FoundingMember(Party.MEDIATOR, "Medi\u0430tor", EnumSet.of(Role.OBSERVER),
        "med-9", hex("med-9")));
    CommissionEvent.Genesis g = new CommissionEvent.Genesis(demo.commissionId(), demo.commissionName(),
        demo.partyA(), demo.partyB(), demo.mediator(), members, demo.logOperator(), demo.witnesses(),
        demo.datumTransformation(), demo.tolerances());
    assertThat(refusal(cmd(MEDIATOR, g), CommissionState.EMPTY)).isEqualTo("genesis may not found member"
        + " \"Medi\u0430tor\": member name \"Medi\u0430tor\" is confusable with founding member \"Mediator\""
        + " (Unicode skeletons are equal)");
  }

  @Test
  void refuses_a_member_added_rotated_or_revoked_by_anyone_but_their_partys_co_chair() {
    MemberAdded add = new MemberAdded(Party.A, "Party A surveyor", EnumSet.of(Role.SURVEYOR), "a-surv-1",
        hex("a-surv-1"));
    assertThat(refusal(cmd(B_CO_CHAIR, add), atDraft())).isEqualTo("\"Party B co-chair\" (B, key b-chair-1) may"
        + " not add member \"Party A surveyor\" to party A: only party A's co-chair may change that roster");
    assertThat(refusal(cmd(A_EXPERT, add), atDraft())).isEqualTo("\"Party A expert\" (A, key a-expert-1) may"
        + " not add member \"Party A surveyor\" to party A: only party A's co-chair may change that roster");
    assertThat(refusal(cmd(MEDIATOR, add), atDraft())).startsWith("\"Mediator\" (M, key med-1) may not add");
    assertThat(CommissionRules.decide(cmd(A_CO_CHAIR, add), atDraft())).isInstanceOf(Decision.Accepted.class);

    KeyRotated rotate = new KeyRotated(Party.A, "Party A expert", "a-expert-1", "a-expert-2", hex("a-expert-2"));
    assertThat(refusal(cmd(A_EXPERT, rotate), atDraft())).endsWith(
        "may not rotate key a-expert-1 of \"Party A expert\": only party A's co-chair may change that roster");
    assertThat(refusal(cmd(B_CO_CHAIR, rotate), atDraft())).startsWith("\"Party B co-chair\" (B, key b-chair-1)"
        + " may not rotate key a-expert-1");
    assertThat(CommissionRules.decide(cmd(A_CO_CHAIR, rotate), atDraft())).isInstanceOf(Decision.Accepted.class);

    KeyRevoked revoke = new KeyRevoked(Party.A, "Party A expert", "a-expert-1", "lost");
    assertThat(refusal(cmd(B_CO_CHAIR, revoke), atDraft())).endsWith(
        "may not revoke key a-expert-1 of \"Party A expert\": only party A's co-chair may change that roster");
    assertThat(refusal(cmd(MEDIATOR, revoke), atDraft())).contains("only party A's co-chair");
  }

  @Test
  void the_mediators_roster_is_managed_by_the_mediators_admin() {
    MemberAdded add = new MemberAdded(Party.MEDIATOR, "Mediator's cartographer", EnumSet.of(Role.EXPERT),
        "med-2", hex("med-2"));
    assertThat(CommissionRules.decide(cmd(MEDIATOR, add), atDraft())).isInstanceOf(Decision.Accepted.class);
    assertThat(refusal(cmd(A_CO_CHAIR, add), atDraft())).endsWith("only the mediator's admin may change that roster");
  }

  @Test
  void refuses_revoking_the_last_active_key_of_a_partys_co_chair() {
    KeyRevoked revoke = new KeyRevoked(Party.A, "Party A co-chair", "a-chair-1", "stepping down");
    assertThat(refusal(cmd(A_CO_CHAIR, revoke), atDraft())).endsWith("it is the last active key of party A's"
        + " co-chair, and no one could then manage that roster; add or rotate first");
    // with a second co-chair it is allowed
    CommissionState two = accept(cmd(A_CO_CHAIR, new MemberAdded(Party.A, "Party A second co-chair",
        EnumSet.of(Role.CO_CHAIR), "a-chair2-1", hex("a-chair2-1"))), atDraft());
    CommissionState after = accept(cmd(A_CO_CHAIR, revoke), two);
    assertThat(after.key("a-chair-1").orElseThrow().status()).isEqualTo(KeyStatus.REVOKED);
  }

  // ------------------------------------------------------------------ genesis

  @Test
  void a_genesis_keeps_members_keys_apart_from_the_checkpoint_keys() {
    Genesis g = atDraft().genesis().orElseThrow();
    var withOperatorKey = new java.util.ArrayList<>(g.members());
    var m = withOperatorKey.get(2);
    withOperatorKey.set(2, new CommissionEvent.FoundingMember(m.party(), m.member(), m.roles(), m.keyId(),
        g.logOperator().publicKey()));
    assertThatThrownBy(() -> new Genesis(g.commissionId(), g.commissionName(), g.partyA(), g.partyB(),
        g.mediator(), withOperatorKey, g.logOperator(), g.witnesses(), g.datumTransformation(), g.tolerances()))
        .hasMessage("founding member \"" + m.member() + "\" signs with the key of the log operator or a"
            + " witness; members' keys and checkpoint keys must differ");
    var w = g.witnesses();
    assertThatThrownBy(() -> new Genesis(g.commissionId(), g.commissionName(), g.partyA(), g.partyB(),
        g.mediator(), g.members(), new CommissionEvent.NamedKey("op", w.get(1).publicKey()), w,
        g.datumTransformation(), g.tolerances())).hasMessageContaining("has the same key as the log operator");
    var sameName = List.of(w.get(0), new CommissionEvent.Witness(w.get(1).party(), w.get(0).name(),
        w.get(1).publicKey()));
    assertThatThrownBy(() -> new Genesis(g.commissionId(), g.commissionName(), g.partyA(), g.partyB(),
        g.mediator(), g.members(), g.logOperator(), sameName, g.datumTransformation(), g.tolerances()))
        .hasMessage("witness \"" + w.get(0).name() + "\" has the name of the log operator or of the other"
            + " witness; each checkpoint key has a name of its own");
  }

  @Test
  void refuses_a_second_genesis() {
    assertThat(refusal(cmd(MEDIATOR, DemoCommission.genesis(DemoCommission.PLACEHOLDER_KEYS)), atDraft()))
        .isEqualTo("a second genesis: commission demo-commission was founded at seq 0 and is founded only once");
  }

  @Test
  void refuses_acting_before_genesis() {
    assertThat(refusal(cmd(A_CO_CHAIR, NOTE), CommissionState.EMPTY)).isEqualTo("acting before genesis: note by"
        + " \"Party A co-chair\" (A, key a-chair-1) cannot be the first act; the journal must start with genesis");
    Act first = new Act(0, Fixture.LATER, A_CO_CHAIR, NOTE, hex("x"));
    assertThatThrownBy(() -> CommissionRules.evolve(CommissionState.EMPTY, first))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("acting before genesis");
  }

  @Test
  void refuses_a_genesis_signed_by_someone_it_does_not_name() {
    Command c = new Command(new Actor(Party.MEDIATOR, "Stranger", "s-1"), Fixture.LATER,
        DemoCommission.genesis(DemoCommission.PLACEHOLDER_KEYS));
    assertThat(refusal(c, CommissionState.EMPTY)).isEqualTo("genesis signed by \"Stranger\" (M, key s-1), who is"
        + " not among the founding members it names");
  }

  // ------------------------------------------------------------------ sittings

  @Test
  void refuses_a_proposal_in_a_closed_sitting() {
    assertThat(refusal(cmd(B_EXPERT_ROTATED, proposal("B-S3", "S-3", "sitting-1")), atEnd())).isEqualTo(
        "\"Party B expert\" (B, key b-expert-2) may not propose B-S3 for section S-3: sitting sitting-1 closed at"
            + " seq 13");
  }

  @Test
  void refuses_a_proposal_in_an_unknown_sitting() {
    assertThat(refusal(cmd(B_EXPERT, proposal("B-S3", "S-3", "sitting-7")), atDraft())).isEqualTo(
        "\"Party B expert\" (B, key b-expert-1) may not propose B-S3 for section S-3: unknown sitting sitting-7");
  }

  @Test
  void refuses_a_draft_decision_outside_an_open_sitting_but_accepts_an_endorsement_after_the_sitting() {
    DecisionDrafted d2 = atDraft().draftAdopting("D-2", "S-2", "sitting-1", "S-2 follows A-S2.", "A-S2");
    assertThat(refusal(cmd(A_CO_CHAIR, d2), atEnd())).endsWith("sitting sitting-1 closed at seq 13");
    // D-1 was endorsed by party B at seq 14, after sitting-1 closed at seq 13: endorsements need no sitting
    assertThat(DEMO_ACTS.get(14).event()).isInstanceOf(DecisionEndorsed.class);
  }

  // ------------------------------------------------------------------ proposals and decisions

  @Test
  void refuses_a_decision_adopting_a_withdrawn_proposal() {
    CommissionState withdrawn = accept(cmd(A_EXPERT, atDraft().withdrawalOf("A-S2", "superseded")), atDraft());
    assertThat(withdrawn.sectionStatus("S-2")).isEqualTo(SectionStatus.PROPOSED);
    assertThat(refusal(cmd(A_CO_CHAIR, withdrawn.draftAdopting("D-2", "S-2", "sitting-1", "S-2 follows A-S2.",
        "A-S2")), withdrawn)).isEqualTo("\"Party A co-chair\" (A, key a-chair-1) may not draft decision D-2: it"
        + " adopts proposal A-S2, withdrawn at seq 12");
  }

  @Test
  void refuses_endorsing_a_draft_whose_proposal_was_withdrawn_after_drafting() {
    CommissionState withdrawn = accept(cmd(B_EXPERT, atDraft().withdrawalOf("B-S1", "reconsidered")), atDraft());
    assertThat(refusal(cmd(A_CO_CHAIR, new DecisionEndorsed("D-1", draftHash(), geometryHash())), withdrawn)).endsWith(
        "may not endorse decision D-1: the proposal it adopts, B-S1, was withdrawn at seq 12");
  }

  @Test
  void a_section_with_every_proposal_withdrawn_is_unresolved_again() {
    CommissionState s = accept(cmd(A_EXPERT, atDraft().withdrawalOf("A-S2", "superseded")), atDraft());
    s = accept(cmd(B_EXPERT, s.withdrawalOf("B-S2", "superseded")), s);
    assertThat(s.sectionStatus("S-2")).isEqualTo(SectionStatus.UNRESOLVED);
    assertThat(s.proposal("A-S2").orElseThrow().withdrawalReason()).isEqualTo("superseded");
  }

  @Test
  void refuses_withdrawing_a_proposal_adopted_by_a_decision_in_force() {
    assertThat(refusal(cmd(B_EXPERT_ROTATED, atEnd().withdrawalOf("B-S1", "second thoughts")), atEnd()))
        .endsWith("may not withdraw proposal B-S1: decision D-1 adopted it and is in force since seq 14");
  }

  @Test
  void refuses_a_new_proposal_or_draft_for_an_agreed_section() {
    CommissionState open = accept(cmd(MEDIATOR, new SittingOpened("sitting-2", "Second sitting",
        List.of("Section S-2"))), atEnd());
    assertThat(refusal(cmd(B_EXPERT_ROTATED, proposal("B-S1b", "S-1", "sitting-2")), open)).endsWith(
        "section S-1 is agreed by decision D-1, in force; its line is not reopened by a new proposal or draft");
    assertThat(refusal(cmd(A_CO_CHAIR, open.draftAdopting("D-3", "S-1", "sitting-2", "again", "A-S1")), open))
        .contains("section S-1 is agreed by decision D-1");
  }

  @Test
  void only_one_of_two_competing_drafts_for_a_section_comes_into_force() {
    CommissionState s = atDraft();
    s = accept(cmd(MEDIATOR, s.draftAdopting("D-1b", "S-1", "sitting-1", "S-1 follows A-S1.", "A-S1")), s);
    s = accept(cmd(A_CO_CHAIR, s.endorsementOf("D-1b")), s);
    s = accept(cmd(B_CO_CHAIR, s.endorsementOf("D-1b")), s);
    assertThat(s.section("S-1").orElseThrow().agreedBy()).isEqualTo("D-1b");
    assertThat(refusal(cmd(A_CO_CHAIR, new DecisionEndorsed("D-1", draftHash(), geometryHash())), s))
        .endsWith("section S-1 is agreed by decision D-1b, in force; its line is not reopened by a new proposal"
            + " or draft");
  }

  // ------------------------------------------------------------------ commitments

  @Test
  void a_new_act_must_quote_the_hashes_of_what_it_names_but_format_1_acts_without_them_still_replay() {
    CommissionState s = atDraft();
    DecisionDrafted bare = new DecisionDrafted("D-2", "S-2", "sitting-1", "t", "A-S2", null, null);
    assertThat(refusal(cmd(A_CO_CHAIR, bare), s)).isEqualTo("\"Party A co-chair\" (A, key a-chair-1) may not"
        + " draft decision D-2: it must quote the adopted proposal's entry hash (proposalHash) and its line's"
        + " geometry hash (geometryHash)");
    assertThat(refusal(cmd(B_CO_CHAIR, new DecisionEndorsed("D-1", draftHash(), null)), s)).endsWith(
        "may not endorse decision D-1: the endorsement must quote the geometry hash of the line it endorses"
            + " (geometryHash)");
    assertThat(refusal(cmd(A_EXPERT, new ProposalWithdrawn("A-S2", "x", null)), s)).endsWith(
        "may not withdraw proposal A-S2: the withdrawal must quote the proposal's entry hash (proposalHash)");
    // A format 1 entry (read with EventCodec.decodeLegacy) has no hashes; replay checks the rest of it.
    CommissionState replayed = CommissionRules.evolve(s, new Act(s.lastSeq() + 1, LATER_THAN_DRAFT,
        A_CO_CHAIR, bare, hex("legacy draft")));
    assertThat(replayed.decision("D-2").orElseThrow().draft().legacy()).isTrue();
    assertThatThrownBy(() -> CommissionRules.evolve(s, new Act(s.lastSeq() + 1, LATER_THAN_DRAFT, A_CO_CHAIR,
        new DecisionDrafted("D-2", "S-2", "sitting-1", "t", "A-S1", null, null), hex("legacy draft"))))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("proposal A-S1 is for section S-1");
  }

  @Test
  void the_geometry_hash_is_sha256_of_the_canonical_json_of_the_line_and_its_segments() throws Exception {
    LineProposed p = atDraft().proposal("A-S2").orElseThrow().proposal();
    StringBuilder json = new StringBuilder("{\"line\":[");
    for (int i = 0; i < p.line().size(); i++) {
      json.append(i == 0 ? "" : ",").append('[').append(p.line().get(i).lonNanodeg()).append(',')
          .append(p.line().get(i).latNanodeg()).append(']');
    }
    json.append("],\"segments\":[");
    for (int i = 0; i < p.segments().size(); i++) {
      var seg = p.segments().get(i);
      json.append(i == 0 ? "" : ",").append("{\"feature\":").append(seg.feature() == null ? "null"
          : "\"" + seg.feature() + "\"").append(",\"lineType\":\"").append(seg.lineType().code()).append("\"}");
    }
    json.append("]}");
    String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(p.geometryHash()).isEqualTo(expected);
    // One turning point moved by one nanodegree changes it.
    List<org.groma.geo.CanonicalPoint> moved = new java.util.ArrayList<>(p.line());
    moved.set(1, new org.groma.geo.CanonicalPoint(moved.get(1).lonNanodeg() + 1, moved.get(1).latNanodeg()));
    assertThat(GeometryHash.of(moved, p.segments())).isNotEqualTo(expected);
  }

  // ------------------------------------------------------------------ twice

  @Test
  void refuses_a_command_whose_id_already_exists() {
    CommissionState once = accept(cmd(MEDIATOR, NOTE), atDraft());
    assertThat(refusal(cmd(MEDIATOR, NOTE), once)).isEqualTo("\"Mediator\" (M, key med-1) may not write note N-99:"
        + " note id N-99 already exists (seq 12); a command is recorded once");
    assertThat(refusal(cmd(A_EXPERT, proposal("A-S1", "S-3", "sitting-1")), atDraft()))
        .endsWith("proposal id A-S1 already exists (seq 6); a command is recorded once");
    assertThat(refusal(cmd(A_CO_CHAIR, atDraft().draftAdopting("D-1", "S-1", "sitting-1", "again", "B-S1")),
        atDraft())).endsWith("decision id D-1 already exists (seq 11); a command is recorded once");
  }

  @Test
  void refuses_an_act_replayed_twice() {
    Act endorsement = DEMO_ACTS.get((int) Fixture.SEQ_A_ENDORSES);
    CommissionState after = DEMO.stateAt(Fixture.SEQ_A_ENDORSES);
    assertThatThrownBy(() -> CommissionRules.evolve(after, endorsement)).isInstanceOf(RuleViolation.class)
        .hasMessage("act 12 breaks the commission's rules: act has seq 12 but the next act must have seq 13 (an"
            + " act replayed or out of order)");
    // the same act renumbered to the next seq is refused by the rules themselves
    Act again = new Act(13, endorsement.time(), endorsement.author(), endorsement.event(), hex("again"));
    assertThatThrownBy(() -> CommissionRules.evolve(after, again)).isInstanceOf(RuleViolation.class)
        .hasMessageEndingWith("party A already endorsed it at seq 12 (\"Party A co-chair\")");
  }

  @Test
  void a_forged_history_fails_at_its_first_bad_act() {
    List<Act> forged = new ArrayList<>(DEMO_ACTS);
    Act b = forged.get((int) Fixture.SEQ_B_ENDORSES);
    // the mediator's member signs in place of party B's co-chair
    forged.set((int) Fixture.SEQ_B_ENDORSES, new Act(b.seq(), b.time(), MEDIATOR, b.event(), b.entryHash()));
    assertThatThrownBy(() -> CommissionHistory.replay(forged)).isInstanceOf(RuleViolation.class)
        .satisfies(e -> assertThat(((RuleViolation) e).seq()).isEqualTo(14))
        .hasMessageContaining("the mediator advises and witnesses but never endorses");
  }

  @Test
  void refuses_time_running_backwards() {
    Command early = new Command(A_CO_CHAIR, Fixture.t("2024-01-01T00:00:00Z"), NOTE);
    assertThat(refusal(early, atDraft())).isEqualTo("note by \"Party A co-chair\" (A, key a-chair-1) is dated"
        + " 2024-01-01T00:00:00Z, before the previous act (2024-04-12T10:00:00Z): time in the journal does not"
        + " run backwards");
  }

  @Test
  void the_mediator_may_propose_a_compromise_line_and_write_notes() {
    CommissionState s = accept(cmd(MEDIATOR, proposal("M-S2", "S-2", "sitting-1")), atDraft());
    assertThat(s.proposal("M-S2").orElseThrow().party()).isEqualTo(Party.MEDIATOR);
    s = accept(cmd(MEDIATOR, s.draftAdopting("D-2", "S-2", "sitting-1", "S-2 follows M-S2.", "M-S2")), s);
    assertThat(s.decision("D-2").orElseThrow().draftedBy()).isEqualTo(MEDIATOR);
  }

  @Test
  void decide_accepts_exactly_the_commands_event() {
    Decision d = CommissionRules.decide(cmd(MEDIATOR, NOTE), atDraft());
    assertThat(d).isEqualTo(new Decision.Accepted(List.of(NOTE)));
  }

  @Test
  void a_refused_command_appends_nothing() {
    InMemoryCommission c = DemoCommission.inMemory();
    CommissionState before = c.state();
    Decision d = c.submit(cmd(MEDIATOR, new DecisionEndorsed("D-1", draftHash(), geometryHash())));
    assertThat(d).isInstanceOf(Decision.Refused.class);
    assertThat(c.state()).isSameAs(before);
    assertThat(c.acts()).hasSize(17);
    assertThatThrownBy(() -> c.append(cmd(MEDIATOR, new DecisionEndorsed("D-1", draftHash(), geometryHash()))))
        .isInstanceOf(org.groma.app.BadInputException.class).hasMessageStartingWith("refused: \"Mediator\"");
    assertThat(c.acts()).hasSize(17);
  }

  @Test
  void an_act_refuses_a_malformed_entry_hash() {
    assertThatThrownBy(() -> new Act(3, Fixture.LATER, MEDIATOR, NOTE, "abc"))
        .isInstanceOf(org.groma.app.BadInputException.class)
        .hasMessage("entryHash \"abc\" is not 64 lower-case hex digits (32 bytes)");
  }
  @Test
  void a_map_sheet_describes_a_registered_source_and_is_read_back_from_the_state() {
    CommissionState before = atDraft();
    // Any spelling the sheet parser reads is stored in its canonical form (Cyrillic row letter, leading zero,
    // a Unicode hyphen).
    MapSheetRegistered e = before.mapSheetOf("SRC-1", "К\u2010038-123-А", 1975, 1968, "GUGK", 600, Party.B);
    assertThat(e.sheet()).isEqualTo("K-38-123-А");
    assertThat(e.sourceHash()).isEqualTo(before.source("SRC-1").orElseThrow().entryHash());
    // a surveyor of party B describes the sheet party B supplied, of a source party A registered
    CommissionState after = accept(cmd(B_EXPERT, e), before);
    var sheet = after.source("SRC-1").orElseThrow().mapSheet();
    assertThat(sheet.provenance()).isEqualTo(e);
    assertThat(sheet.registeredBy()).isEqualTo(B_EXPERT);
    assertThat(sheet.seq()).isEqualTo(before.lastSeq() + 1);
    assertThat(before.source("SRC-1").orElseThrow().mapSheet()).as("the earlier state is unchanged").isNull();
    assertThat(after.source("SRC-1").orElseThrow().source()).isEqualTo(before.source("SRC-1").orElseThrow().source());
    assertThat(after.source("SRC-2").orElseThrow().mapSheet()).isNull();
  }

  @Test
  void a_map_sheet_with_bad_years_or_resolution_is_bad_input() {
    CommissionState s = atDraft();
    assertThatThrownBy(() -> s.mapSheetOf("SRC-1", "K-38-123-А", 1968, 1975, "GUGK", 600, Party.A))
        .hasMessage("surveyYear 1975 is after editionYear 1968: a sheet is issued from a survey made before it");
    assertThatThrownBy(() -> s.mapSheetOf("SRC-1", "K-38-123-А", 1975, 1968, "GUGK", 4801, Party.A))
        .hasMessage("scanDpi 4801 is outside 50 to 4800 dots per inch");
    assertThatThrownBy(() -> s.mapSheetOf("SRC-9", "K-38-123-А", 1975, 1968, "GUGK", 600, Party.A))
        .hasMessage("no source SRC-9 to describe");
  }
}
