package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groma.app.commission.DemoCommission.A_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.A_EXPERT;
import static org.groma.app.commission.DemoCommission.B_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_EXPERT;
import static org.groma.app.commission.DemoCommission.B_EXPERT_ROTATED;
import static org.groma.app.commission.DemoCommission.MEDIATOR;
import static org.groma.app.commission.Fixture.hex;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.KeyRevoked;
import org.groma.app.commission.CommissionEvent.KeyRotated;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.MapSheetRegistered;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent.ProposalWithdrawn;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionEvent.SittingClosed;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionEvent.SourceRegistered;
import org.groma.journal.entry.Party;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Refusals as data: a state of the demo history, a command, and the end of the refusal's reason. Each case
 * is also appended as a forged act, which evolve must refuse with the same reason. The states: DRAFT
 * (sitting-1 open, D-1 drafted, no endorsement), END (sitting closed, D-1 in force, b-expert-1 rotated,
 * a-expert-1 revoked), OBSERVER (DRAFT plus a party A member who is only an observer).
 */
class RefusalCasesTest {

  static final Supplier<CommissionState> DRAFT = Fixture::atDraft;
  static final Supplier<CommissionState> END = Fixture::atEnd;
  static final Actor A_OBSERVER = new Actor(Party.A, "Party A observer", "a-obs-1");
  /** DRAFT plus a member of party A whose only role is observer. */
  static final Supplier<CommissionState> OBSERVER = () -> Fixture.accept(Fixture.cmd(A_CO_CHAIR,
      new MemberAdded(Party.A, A_OBSERVER.member(), EnumSet.of(Role.OBSERVER), A_OBSERVER.keyId(),
          hex(A_OBSERVER.keyId()))), Fixture.atDraft());

  /** The provenance of a source of the DRAFT state, quoting its registration's entry hash. */
  static MapSheetRegistered mapSheet(String sourceId, String sheet) {
    return Fixture.atDraft().mapSheetOf(sourceId, sheet, 1975, 1968, "GUGK", 600, Party.A);
  }

  /** DRAFT plus the map sheet K-38-123-А of SRC-1. */
  static final Supplier<CommissionState> MAP_SHEET = () -> Fixture.accept(Fixture.cmd(A_EXPERT,
      mapSheet("SRC-1", "K-38-123-А")), Fixture.atDraft());

  static Arguments refused(String name, Supplier<CommissionState> state, Actor actor, CommissionEvent event,
      String reasonEnd) {
    return Arguments.of(name, state, actor, event, reasonEnd);
  }

  static LineProposed line(String id, String section, String sitting, List<String> sources) {
    return new LineProposed(id, section, sitting, DemoCommission.line(300_000_000, 0, 310_000_000, 10_000_000),
        List.of(ProposedSegment.GEODESIC), sources);
  }

  static Stream<Arguments> cases() {
    String srcHash = hex("demo source SRC-1");
    return Stream.of(
        refused("member added under an existing name", DRAFT, A_CO_CHAIR,
            new MemberAdded(Party.A, "Party A expert", EnumSet.of(Role.EXPERT), "a-x", hex("a-x")),
            "a member of that name already exists (party A)"),
        refused("member added with a key id already taken", DRAFT, A_CO_CHAIR,
            new MemberAdded(Party.A, "Party A lawyer", EnumSet.of(Role.EXPERT), "b-chair-1", hex("a-x")),
            "key id b-chair-1 is already taken by \"Party B co-chair\""),
        refused("member added with another member's public key", DRAFT, A_CO_CHAIR,
            new MemberAdded(Party.A, "Party A lawyer", EnumSet.of(Role.EXPERT), "a-law-1",
                DemoCommission.PLACEHOLDER_KEYS.publicKey("b-chair-1")),
            "that public key is already key b-chair-1; a key belongs to one member once"),
        refused("member added with the log operator's key", DRAFT, A_CO_CHAIR,
            new MemberAdded(Party.A, "Party A lawyer", EnumSet.of(Role.EXPERT), "a-law-1",
                DemoCommission.PLACEHOLDER_KEYS.publicKey("operator")),
            "that public key is the log operator's or a witness's; members' keys and checkpoint keys must differ"),
        refused("member added to the other party by an expert", DRAFT, B_EXPERT,
            new MemberAdded(Party.A, "Party A lawyer", EnumSet.of(Role.EXPERT), "a-law-1", hex("a-law-1")),
            "only party A's co-chair may change that roster"),
        refused("key rotated for an unknown member", DRAFT, A_CO_CHAIR,
            new KeyRotated(Party.A, "Nobody", "a-chair-1", "n-2", hex("n-2")), "no member \"Nobody\""),
        refused("key rotated with a key of another member", DRAFT, A_CO_CHAIR,
            new KeyRotated(Party.A, "Party A expert", "a-chair-1", "a-expert-2", hex("a-expert-2")),
            "\"Party A expert\" has no key a-chair-1"),
        refused("key rotated naming the wrong party for the member", DRAFT, A_CO_CHAIR,
            new KeyRotated(Party.A, "Party B expert", "b-expert-1", "b-expert-3", hex("b-expert-3")),
            "\"Party B expert\" is a member of party B, not A"),
        refused("key rotated that was already rotated", END, B_CO_CHAIR,
            new KeyRotated(Party.B, "Party B expert", "b-expert-1", "b-expert-3", hex("b-expert-3")),
            "the key is rotated, only an active key is rotated"),
        refused("key rotated to a new id already taken", DRAFT, A_CO_CHAIR,
            new KeyRotated(Party.A, "Party A expert", "a-expert-1", "med-1", hex("z")),
            "key id med-1 is already taken by \"Mediator\""),
        refused("key revoked twice", END, A_CO_CHAIR,
            new KeyRevoked(Party.A, "Party A expert", "a-expert-1", "again"), "it was already revoked at seq 16"),
        refused("key revoked by the other party's co-chair", DRAFT, B_CO_CHAIR,
            new KeyRevoked(Party.A, "Party A co-chair", "a-chair-1", "hostile"),
            "only party A's co-chair may change that roster"),
        refused("the mediator's last admin key revoked", DRAFT, MEDIATOR,
            new KeyRevoked(Party.MEDIATOR, "Mediator", "med-1", "leaving"),
            "it is the last active key of the mediator's admin, and no one could then manage that roster; add or"
                + " rotate first"),
        refused("a second sitting opened while one is open", DRAFT, MEDIATOR,
            new SittingOpened("sitting-2", "Second", List.of("x")),
            "sitting sitting-1 is still open (since seq 3); the commission sits once at a time"),
        refused("a sitting opened under an id already used", END, MEDIATOR,
            new SittingOpened("sitting-1", "Again", List.of("x")), "sitting id sitting-1 already exists (seq 3)"),
        refused("a sitting opened by an expert", END, B_EXPERT_ROTATED,
            new SittingOpened("sitting-2", "Second", List.of("x")),
            "that needs the role co-chair or admin, and \"Party B expert\" has expert, surveyor"),
        refused("a closed sitting closed again", END, MEDIATOR, new SittingClosed("sitting-1", "again"),
            "sitting sitting-1 closed at seq 13"),
        refused("an unknown sitting closed", DRAFT, MEDIATOR, new SittingClosed("sitting-9", "p"),
            "unknown sitting sitting-9"),
        refused("a source registered under an id already used", DRAFT, B_EXPERT,
            new SourceRegistered("SRC-1", "t", hex("other"), null, "2000", null),
            "source id SRC-1 already exists (seq 4); a command is recorded once"),
        refused("the same file registered twice", DRAFT, B_EXPERT,
            new SourceRegistered("SRC-3", "t", srcHash, null, "2000", null),
            "the file with SHA-256 " + srcHash + " is already source SRC-1"),
        refused("a line citing an unknown source", DRAFT, A_EXPERT,
            line("A-S3", "S-3", "sitting-1", List.of("SRC-9")), "it cites unknown source SRC-9"),
        refused("a source registered by an observer", OBSERVER, A_OBSERVER,
            new SourceRegistered("SRC-3", "t", hex("m"), null, "2000", null),
            "that needs the role expert, co-chair or surveyor, and \"Party A observer\" has observer"),
        refused("a map sheet for an unknown source", DRAFT, A_EXPERT,
            new MapSheetRegistered("SRC-9", "K-38-123-А", 1975, 1968, "GUGK", 600, Party.A, srcHash),
            "unknown source SRC-9"),
        refused("a map sheet for a source without scale", DRAFT, B_EXPERT, mapSheet("SRC-2", "K-38-123-А"),
            "source SRC-2 has no scale; a map sheet describes a map registered with its scale"),
        refused("a map sheet at another scale than its source", DRAFT, A_EXPERT, mapSheet("SRC-1", "K-38-123"),
            "sheet K-38-123 is at 1:100 000 but source SRC-1 is registered at 1:50 000"),
        refused("a map sheet registered twice for one source", MAP_SHEET, B_EXPERT,
            mapSheet("SRC-1", "K-38-124-Б"),
            "source SRC-1 already has its map sheet K-38-123-А (seq 12); provenance is recorded once"),
        refused("a map sheet quoting another entry's hash", DRAFT, A_EXPERT,
            new MapSheetRegistered("SRC-1", "K-38-123-А", 1975, 1968, "GUGK", 600, Party.A, Fixture.draftHash()),
            "it quotes source hash " + Fixture.draftHash() + " but source SRC-1 (seq 4) has entry hash "
                + Fixture.atDraft().source("SRC-1").orElseThrow().entryHash()),
        refused("a map sheet registered by an observer", OBSERVER, A_OBSERVER, mapSheet("SRC-1", "K-38-123-А"),
            "that needs the role expert, co-chair or surveyor, and \"Party A observer\" has observer"),
        refused("a line proposed by an observer", OBSERVER, A_OBSERVER,
            line("A-S3", "S-3", "sitting-1", List.of()),
            "that needs the role expert or co-chair, and \"Party A observer\" has observer"),
        refused("a proposal withdrawn by an observer of its party", OBSERVER, A_OBSERVER,
            Fixture.atDraft().withdrawalOf("A-S1", "x"), "that needs the role expert or co-chair, and \"Party A observer\" has observer"),
        refused("a decision drafted by an observer", OBSERVER, A_OBSERVER,
            Fixture.atDraft().draftAdopting("D-2", "S-2", "sitting-1", "t", "A-S2"),
            "that needs the role expert or co-chair, and \"Party A observer\" has observer"),
        refused("a proposal withdrawn by the other party", DRAFT, B_EXPERT,
            Fixture.atDraft().withdrawalOf("A-S1", "not ours"),
            "it was made by party A, and only the party that made a proposal withdraws it"),
        refused("an unknown proposal withdrawn", DRAFT, A_EXPERT, new ProposalWithdrawn("A-S9", "x", hex("x")),
            "unknown proposal A-S9"),
        refused("a draft adopting a proposal for another section", DRAFT, A_CO_CHAIR,
            Fixture.atDraft().draftAdopting("D-2", "S-2", "sitting-1", "t", "A-S1"),
            "it is about section S-2 but proposal A-S1 is for section S-1"),
        refused("a draft adopting an unknown proposal", DRAFT, A_CO_CHAIR,
            new DecisionDrafted("D-2", "S-2", "sitting-1", "t", "X-S2", hex("p"), hex("g")), "it adopts unknown proposal X-S2"),
        refused("an endorsement of an unknown decision", DRAFT, A_CO_CHAIR, new DecisionEndorsed("D-9", hex("x"), hex("g")),
            "unknown decision D-9"),
        refused("an endorsement by the mediator with the right hash", DRAFT, MEDIATOR,
            new DecisionEndorsed("D-1", Fixture.draftHash(), Fixture.geometryHash()), "only the parties' co-chairs endorse decisions"),
        refused("an endorsement of a decision already in force", END, A_CO_CHAIR,
            new DecisionEndorsed("D-1", Fixture.draftHash(), Fixture.geometryHash()), "party A already endorsed it at seq 12"
                + " (\"Party A co-chair\")"),
        refused("a draft quoting another entry's hash for its proposal", DRAFT, A_CO_CHAIR,
            new DecisionDrafted("D-2", "S-2", "sitting-1", "t", "A-S2", Fixture.draftHash(),
                Fixture.atDraft().proposal("A-S2").orElseThrow().proposal().geometryHash()),
            "it quotes proposal hash " + Fixture.draftHash() + " but proposal A-S2 (seq 8) has entry hash "
                + Fixture.atDraft().proposal("A-S2").orElseThrow().entryHash()),
        refused("a draft quoting the geometry hash of another line", DRAFT, A_CO_CHAIR,
            new DecisionDrafted("D-2", "S-2", "sitting-1", "t", "A-S2",
                Fixture.atDraft().proposal("A-S2").orElseThrow().entryHash(), Fixture.geometryHash()),
            "it quotes geometry hash " + Fixture.geometryHash() + " but the line of proposal A-S2 has geometry hash "
                + Fixture.atDraft().proposal("A-S2").orElseThrow().proposal().geometryHash()),
        refused("an endorsement quoting the geometry hash of another line", DRAFT, B_CO_CHAIR,
            new DecisionEndorsed("D-1", Fixture.draftHash(),
                Fixture.atDraft().proposal("A-S1").orElseThrow().proposal().geometryHash()),
            "the endorsement quotes geometry hash "
                + Fixture.atDraft().proposal("A-S1").orElseThrow().proposal().geometryHash()
                + " but the line the draft adopts has geometry hash " + Fixture.geometryHash()),
        refused("a withdrawal quoting another entry's hash", DRAFT, A_EXPERT,
            new ProposalWithdrawn("A-S2", "x", Fixture.draftHash()),
            "the withdrawal quotes proposal hash " + Fixture.draftHash() + " but proposal A-S2 (seq 8) has entry hash "
                + Fixture.atDraft().proposal("A-S2").orElseThrow().entryHash()),
        refused("a note under an id already used", END, B_CO_CHAIR, new Note("N-1", "again", null),
            "note id N-1 already exists (seq 10); a command is recorded once"),
        refused("a note by a rotated key", END, B_EXPERT, new Note("N-2", "x", null),
            "was replaced at seq 15 (key-rotated) and signs nothing after that; acts it signed before stay valid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refuses(String name, Supplier<CommissionState> state, Actor actor, CommissionEvent event, String reasonEnd) {
    CommissionState s = state.get();
    Command c = Fixture.cmd(actor, event);
    String reason = Fixture.refusal(c, s);
    assertThat(reason).endsWith(reasonEnd);
    assertThat(reason).as("a refusal names who acts").contains(actor.member());
    Act forged = Fixture.act(c, s);
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolation.class,
        () -> CommissionRules.evolve(s, forged)).reason()).isEqualTo(reason);
  }
}
