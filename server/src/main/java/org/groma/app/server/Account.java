package org.groma.app.server;

import java.util.List;
import java.util.Objects;
import org.groma.app.commission.Role;
import org.groma.journal.entry.Party;

/**
 * A person who may sign in to this node: their user name, the commission member they act as (and so the
 * party and key), their roles on this node, and their Argon2id password hash.
 */
public record Account(String user, Party party, String member, List<Role> roles, String passwordHash) {

  public Account {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(member, "member");
    roles = List.copyOf(roles);
    Objects.requireNonNull(passwordHash, "passwordHash");
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
