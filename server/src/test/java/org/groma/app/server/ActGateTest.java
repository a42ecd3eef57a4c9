package org.groma.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.groma.app.commission.Role;
import org.groma.app.server.http.ProblemException;
import org.groma.journal.entry.Party;
import org.junit.jupiter.api.Test;

/** The node's gate asks the commission's entry-type registry; this is the table it gives (docs/server.md). */
class ActGateTest {

  private static final Set<Role> ROSTER = EnumSet.of(Role.CO_CHAIR, Role.ADMIN);
  private static final Set<Role> NEGOTIATORS = EnumSet.of(Role.EXPERT, Role.CO_CHAIR);
  /** Pillar field work and the signatures the rules narrow to co-chairs and named field-team heads. */
  private static final Set<Role> FIELD_WORK = EnumSet.of(Role.EXPERT, Role.CO_CHAIR, Role.SURVEYOR);
  private static final Map<String, Set<Role>> TABLE = new TreeMap<>(Map.ofEntries(
      Map.entry("member-added", ROSTER),
      Map.entry("key-rotated", ROSTER),
      Map.entry("key-revoked", ROSTER),
      Map.entry("sitting-opened", ROSTER),
      Map.entry("sitting-closed", ROSTER),
      Map.entry("source-registered", EnumSet.of(Role.EXPERT, Role.SURVEYOR, Role.CO_CHAIR)),
      Map.entry("map-sheet-registered", EnumSet.of(Role.EXPERT, Role.SURVEYOR, Role.CO_CHAIR)),
      Map.entry("treaty-opened", EnumSet.of(Role.CO_CHAIR, Role.ADMIN)),
      Map.entry("paragraph-proposed", EnumSet.of(Role.EXPERT, Role.CO_CHAIR)),
      Map.entry("version-accepted", EnumSet.of(Role.CO_CHAIR)),
      Map.entry("version-initialled", EnumSet.of(Role.CO_CHAIR)),
      Map.entry("line-proposed", NEGOTIATORS),
      Map.entry("proposal-withdrawn", NEGOTIATORS),
      Map.entry("decision-drafted", NEGOTIATORS),
      Map.entry("note", EnumSet.of(Role.EXPERT, Role.CO_CHAIR, Role.SURVEYOR, Role.MONITOR, Role.ADMIN)),
      Map.entry("decision-endorsed", EnumSet.of(Role.CO_CHAIR)),
      Map.entry("regulations-proposed", ROSTER),
      Map.entry("regulations-signed", EnumSet.of(Role.CO_CHAIR)),
      Map.entry("protocol-drafted", EnumSet.of(Role.EXPERT, Role.CO_CHAIR, Role.ADMIN)),
      Map.entry("protocol-initialled", NEGOTIATORS),
      Map.entry("protocol-signed", NEGOTIATORS),
      Map.entry("agreement-registered", NEGOTIATORS),
      Map.entry("commitment-registered", NEGOTIATORS),
      Map.entry("commitment-scored", NEGOTIATORS),
      Map.entry("score-answered", NEGOTIATORS),
      Map.entry("pillar-regulations-proposed", EnumSet.of(Role.CO_CHAIR)),
      Map.entry("pillar-regulations-signed", EnumSet.of(Role.CO_CHAIR)),
      Map.entry("pillar-proposed", FIELD_WORK),
      Map.entry("pillar-surveyed", FIELD_WORK),
      Map.entry("pillar-protocol-signed", FIELD_WORK),
      Map.entry("pillar-damaged", FIELD_WORK),
      Map.entry("pillar-restored", FIELD_WORK),
      Map.entry("pillar-replaced", FIELD_WORK),
      Map.entry("inspection-recorded", FIELD_WORK),
      Map.entry("inspection-act-signed", FIELD_WORK),
      Map.entry("post-established", EnumSet.of(Role.CO_CHAIR, Role.SURVEYOR, Role.MONITOR)),
      Map.entry("post-status-changed", EnumSet.of(Role.CO_CHAIR, Role.SURVEYOR, Role.MONITOR)),
      Map.entry("patrol-recorded", EnumSet.of(Role.CO_CHAIR, Role.SURVEYOR, Role.MONITOR)),
      Map.entry("mission-admission-signed", EnumSet.of(Role.CO_CHAIR)),
      Map.entry("incident-reported", EnumSet.of(Role.EXPERT, Role.CO_CHAIR, Role.SURVEYOR, Role.MONITOR, Role.ADMIN)),
      Map.entry("incident-verified", EnumSet.of(Role.MONITOR)),
      Map.entry("incident-position-taken", EnumSet.of(Role.CO_CHAIR)),
      Map.entry("incident-investigated", EnumSet.of(Role.CO_CHAIR, Role.MONITOR))));

  private static Account holding(Role role) {
    return new Account("u-" + role.code(), Party.A, "Member", List.of(role), "hash");
  }

  @Test
  void each_role_may_ask_for_exactly_the_acts_of_the_table() {
    for (var row : TABLE.entrySet()) {
      for (Role r : Role.values()) {
        if (row.getValue().contains(r)) {
          ActGate.check(holding(r), row.getKey());
        } else {
          assertThatThrownBy(() -> ActGate.check(holding(r), row.getKey())).as("%s by %s", row.getKey(), r)
              .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403))
              .hasMessageEndingWith("may not submit " + row.getKey() + ": that needs one of "
                  + String.join(", ", row.getValue().stream().map(Role::code).toList()));
        }
      }
    }
  }

  @Test
  void genesis_and_unknown_types_are_not_found() {
    for (String type : List.of("genesis", "treaty-article")) {
      assertThatThrownBy(() -> ActGate.check(holding(Role.CO_CHAIR), type))
          .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404))
          .hasMessage("no act type \"" + type + "\" (one of " + String.join(", ", TABLE.keySet()) + ")");
    }
  }
}
