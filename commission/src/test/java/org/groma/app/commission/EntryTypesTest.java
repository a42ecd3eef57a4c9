package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.journal.entry.Party;
import org.groma.journal.json.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * The registry of entry types is the one list: every event record is registered, every registered type
 * round-trips through its codec, the rules accept every registered type (and nothing else), and the role
 * table the rules apply is the registry's.
 */
class EntryTypesTest {

  @Test
  void the_types_are_those_docs_commission_md_lists_in_its_order() {
    assertThat(EntryTypes.codes()).containsExactly("genesis", "member-added", "key-rotated", "key-revoked",
        "sitting-opened", "sitting-closed", "source-registered", "map-sheet-registered", "line-proposed", "proposal-withdrawn", "note",
        "decision-drafted", "decision-endorsed", "treaty-opened", "paragraph-proposed", "version-accepted",
        "version-initialled",
        "regulations-proposed", "regulations-signed", "protocol-drafted",
        "protocol-initialled", "protocol-signed", "agreement-registered", "commitment-registered", "commitment-scored",
        "score-answered", "pillar-regulations-proposed", "pillar-regulations-signed",
        "pillar-proposed", "pillar-surveyed", "pillar-protocol-signed", "pillar-damaged", "pillar-restored",
        "pillar-replaced", "inspection-recorded", "inspection-act-signed", "post-established", "post-status-changed", "patrol-recorded",
        "mission-admission-signed", "incident-reported", "incident-verified",
        "incident-position-taken", "incident-investigated");
  }

  @Test
  void every_event_record_is_registered_once_and_every_registered_record_is_an_event() {
    Set<Class<?>> records = recordsOf(CommissionEvent.class);
    Set<Class<?>> registered = EntryTypes.all().stream().map(EntryType::recordClass).collect(Collectors.toSet());
    assertThat(registered).hasSize(EntryTypes.all().size()).isEqualTo(records);
    for (EntryType<?> t : EntryTypes.all()) {
      assertThat(EntryTypes.of(t.code())).isSameAs(t);
      assertThat(EntryTypes.of(t.recordClass())).isSameAs(t);
    }
  }

  /** The records a sealed interface permits, through a feature's sealed sub-interfaces. */
  private static Set<Class<?>> recordsOf(Class<?> sealed) {
    Set<Class<?>> records = new HashSet<>();
    for (Class<?> c : sealed.getPermittedSubclasses()) {
      if (c.isRecord()) {
        records.add(c);
      } else {
        assertThat(c.isSealed()).as(c + " is a record or a sealed sub-interface").isTrue();
        records.addAll(recordsOf(c));
      }
    }
    return records;
  }

  @Test
  void every_registered_type_round_trips_through_its_codec() {
    Set<String> covered = new HashSet<>();
    for (CommissionEvent e : CodecCases.cases().values()) {
      EntryType<?> t = EntryTypes.of(e);
      assertThat(e.type()).isEqualTo(t.code());
      var body = EventCodec.encode(e);
      assertThat(EventCodec.decode(t.code(), body)).as(t.code()).isEqualTo(e);
      // and through the bytes the journal stores
      assertThat(EventCodec.decode(t.code(), JsonParser.parse(body.canonicalBytes()))).as(t.code()).isEqualTo(e);
      covered.add(t.code());
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(EntryTypes.codes());
  }

  @Test
  void the_rules_accept_every_registered_type_and_only_registered_ones() {
    // The demo history holds every type but a withdrawal and a map sheet; the rules accept them on top of it.
    Set<String> accepted = new HashSet<>();
    CommissionState s = CommissionState.EMPTY;
    for (Act a : Fixture.DEMO_ACTS) {
      s = CommissionRules.evolve(s, a);
      accepted.add(a.event().type());
    }
    CommissionEvent withdrawal = CodecCases.cases().get("proposal-withdrawn");
    Command withdraw = new Command(DemoCommission.A_CO_CHAIR, Fixture.LATER, withdrawal);
    assertThat(CommissionRules.decide(withdraw, s)).isEqualTo(new Decision.Accepted(List.of(withdrawal)));
    accepted.add(withdrawal.type());
    CommissionEvent mapSheet = CodecCases.cases().get("map-sheet-registered");
    Command register = new Command(DemoCommission.A_CO_CHAIR, Fixture.LATER, mapSheet);
    assertThat(CommissionRules.decide(register, s)).isEqualTo(new Decision.Accepted(List.of(mapSheet)));
    accepted.add(mapSheet.type());
    // The treaty's acts, scripted on the demo history (the script throws if the rules refuse one).
    TreatyScript.script(DemoCommission.inMemory(), DemoCommission.PLACEHOLDER_KEYS)
        .forEach(a -> accepted.add(a.event().type()));
    // The peace-process script holds every type of the regulations, protocols and commitments register.
    for (Act a : Fixture.PEACE_ACTS) {
      accepted.add(a.event().type());
    }
    // The pillar register's acts, each accepted in a history on top of the demo's (PillarScript).
    for (Act a : PillarScript.full().acts) {
      accepted.add(a.event().type());
    }
    // posts and patrols by the monitoring mission, on top of the demo with its watchers
    CommissionState watched = PatrolCases.withWatchers();
    for (String type : List.of("post-established", "patrol-recorded")) {
      CommissionEvent e = CodecCases.cases().get(type);
      assertThat(CommissionRules.decide(Fixture.cmd(PatrolCases.MONITOR, e), watched)).as(type)
          .isEqualTo(new Decision.Accepted(List.of(e)));
      accepted.add(type);
    }
    CommissionEvent suspension = CodecCases.cases().get("post-status-changed");
    assertThat(CommissionRules.decide(Fixture.cmd(PatrolCases.MONITOR, suspension), PatrolCases.withPost()))
        .isEqualTo(new Decision.Accepted(List.of(suspension)));
    accepted.add(suspension.type());
    // The mission and incident acts, in their order, on top of the whole demo history.
    CommissionState m = Fixture.accept(Fixture.cmd(DemoCommission.A_CO_CHAIR, MissionRulesTest.ADMISSION), s);
    CommissionState i = IncidentRulesTest.verified();
    String hash = IncidentRulesTest.reportHash(i);
    Fixture.accept(Fixture.cmd(DemoCommission.B_CO_CHAIR, IncidentScript.position("I-1", hash,
        IncidentEvent.Position.ACKNOWLEDGED)), i);
    Fixture.accept(Fixture.cmd(IncidentScript.MONITOR, IncidentScript.investigated("I-1", hash)), i);
    assertThat(m.missions().missions()).hasSize(1);
    accepted.addAll(List.of("mission-admission-signed", "incident-reported", "incident-verified",
        "incident-position-taken", "incident-investigated"));
    assertThat(accepted).containsExactlyInAnyOrderElementsOf(EntryTypes.codes());
  }

  @Test
  void an_unknown_type_is_refused_naming_the_registered_ones() {
    assertThatThrownBy(() -> EntryTypes.of("treaty-article")).isInstanceOf(BadInputException.class)
        .hasMessage("unknown entry type \"treaty-article\" (expected one of " + String.join(", ",
            EntryTypes.codes()) + ")");
  }

  @Test
  void the_rules_refuse_an_act_by_a_member_without_one_of_the_registrys_roles() {
    // A party A member holding exactly one role, for each role the registry does not allow for a type.
    for (EntryType<?> t : List.of(EntryTypes.of("source-registered"), EntryTypes.of("map-sheet-registered"),
        EntryTypes.of("line-proposed"), EntryTypes.of("post-established"), EntryTypes.of("patrol-recorded"),
        EntryTypes.of("decision-drafted"), EntryTypes.of("sitting-opened"))) {
      // The monitor role comes with a mission only (IncidentRulesTest tries a monitor on every type).
      EnumSet<Role> others = EnumSet.complementOf(EnumSet.copyOf(t.authorRoles()));
      others.remove(Role.MONITOR);
      for (Role r : others) {
        Actor actor = new Actor(Party.A, "Role test " + r.code(), "role-test-" + r.code());
        CommissionState s = Fixture.accept(Fixture.cmd(DemoCommission.A_CO_CHAIR, new MemberAdded(Party.A,
            actor.member(), EnumSet.of(r), actor.keyId(), Fixture.hex(actor.keyId()))), Fixture.atDraft());
        CommissionEvent event = CodecCases.cases().get(t.code());
        assertThat(Fixture.refusal(Fixture.cmd(actor, event), s)).as("%s by a %s", t.code(), r.code())
            .contains("that needs the role ");
      }
    }
  }

  @Test
  void roster_acts_and_endorsements_need_roles_within_the_registrys() {
    for (String roster : List.of("member-added", "key-rotated", "key-revoked")) {
      // the rules narrow them per party: a party's co-chair, the mediator's admin
      assertThat(EntryTypes.of(roster).authorRoles()).containsExactly(Role.CO_CHAIR, Role.ADMIN);
    }
    assertThat(EntryTypes.of("decision-endorsed").authorRoles()).containsExactly(Role.CO_CHAIR);
    assertThat(EntryTypes.of("genesis").submittable()).isFalse();
    assertThat(EntryTypes.all().stream().filter(t -> !t.submittable()).map(EntryType::code)).containsExactly("genesis");
  }

  /** The one place the rules accept more than a node lets its accounts submit (see EntryType#authorRoles). */
  @Test
  void an_observers_note_is_not_submittable_at_a_node_but_replays() {
    assertThat(EntryTypes.of("note").authorRoles()).doesNotContain(Role.OBSERVER);
    Actor observer = new Actor(Party.A, "Party A observer", "a-obs-1");
    CommissionState s = Fixture.accept(Fixture.cmd(DemoCommission.A_CO_CHAIR, new MemberAdded(Party.A,
        observer.member(), EnumSet.of(Role.OBSERVER), observer.keyId(), Fixture.hex(observer.keyId()))),
        Fixture.atDraft());
    Command note = Fixture.cmd(observer, new Note("N-OBS", "Seen from the road.", null));
    assertThat(CommissionRules.decide(note, s)).isInstanceOf(Decision.Accepted.class);
  }
}
