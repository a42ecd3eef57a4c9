package org.groma.app.server;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.groma.app.commission.Role;
import org.groma.app.server.http.ProblemException;

/**
 * Which of a node account's roles may ask for which act. This is the node's own gate, before the
 * commission's rules (which check the member's roles on the roster again): an observer or a monitor cannot
 * even submit a proposal, and only a co-chair can endorse. Refused attempts are logged.
 */
final class ActGate {

  private static final Set<Role> ROSTER = EnumSet.of(Role.CO_CHAIR, Role.ADMIN);
  private static final Set<Role> NEGOTIATORS = EnumSet.of(Role.EXPERT, Role.CO_CHAIR);
  private static final Map<String, Set<Role>> ALLOWED = Map.ofEntries(
      Map.entry("member-added", ROSTER),
      Map.entry("key-rotated", ROSTER),
      Map.entry("key-revoked", ROSTER),
      Map.entry("sitting-opened", ROSTER),
      Map.entry("sitting-closed", ROSTER),
      Map.entry("source-registered", EnumSet.of(Role.EXPERT, Role.SURVEYOR, Role.CO_CHAIR)),
      Map.entry("line-proposed", NEGOTIATORS),
      Map.entry("proposal-withdrawn", NEGOTIATORS),
      Map.entry("decision-drafted", NEGOTIATORS),
      Map.entry("note", EnumSet.of(Role.EXPERT, Role.CO_CHAIR, Role.SURVEYOR, Role.MONITOR, Role.ADMIN)),
      Map.entry("decision-endorsed", EnumSet.of(Role.CO_CHAIR)));

  private ActGate() {}

  /** Throws 403 (or 404 for an unknown type) unless {@code account} may ask for acts of {@code type}. */
  static void check(Account account, String type) {
    Set<Role> allowed = ALLOWED.get(type);
    if (allowed == null) {
      throw ProblemException.notFound("no act type \"" + type + "\" (one of " + String.join(", ",
          new java.util.TreeSet<>(ALLOWED.keySet())) + ")");
    }
    if (account.roles().stream().noneMatch(allowed::contains)) {
      throw ProblemException.forbidden("user " + account.user() + " (" + String.join(", ",
          account.roles().stream().map(Role::code).toList()) + ") may not submit " + type + ": that needs one of "
          + String.join(", ", allowed.stream().map(Role::code).toList()));
    }
  }
}
