package org.groma.app.server;

import java.util.Set;
import org.groma.app.commission.EntryType;
import org.groma.app.commission.EntryTypes;
import org.groma.app.commission.Role;
import org.groma.app.server.http.ProblemException;

/**
 * Which of a node account's roles may ask for which act: the roles {@link EntryTypes} lets author it. This is
 * the node's own gate, before the commission's rules (which check the member's roles on the roster again): an
 * observer or a monitor cannot even submit a proposal, and only a co-chair can endorse. Refused attempts are
 * logged.
 */
final class ActGate {

  private ActGate() {}

  /** Throws 403 (or 404 for an unknown type) unless {@code account} may ask for acts of {@code type}. */
  static void check(Account account, String type) {
    EntryType<?> entryType = EntryTypes.find(type).filter(EntryType::submittable).orElseThrow(() ->
        ProblemException.notFound("no act type \"" + type + "\" (one of " + String.join(", ",
            EntryTypes.all().stream().filter(EntryType::submittable).map(EntryType::code).sorted().toList()) + ")"));
    Set<Role> allowed = entryType.authorRoles();
    if (account.roles().stream().noneMatch(allowed::contains)) {
      throw ProblemException.forbidden("user " + account.user() + " (" + String.join(", ",
          account.roles().stream().map(Role::code).toList()) + ") may not submit " + type + ": that needs one of "
          + String.join(", ", allowed.stream().map(Role::code).toList()));
    }
  }
}
