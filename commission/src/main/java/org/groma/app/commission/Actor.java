package org.groma.app.commission;

import static org.groma.app.commission.Checks.id;
import static org.groma.app.commission.Checks.name;

import java.util.Objects;
import org.groma.app.BadInputException;
import org.groma.journal.entry.Party;

/**
 * The author of an act as the journal entry names it: the party it acts for, the member's name and the id of
 * the key that signed it. The rules check that the member exists, belongs to that party and that the key is
 * the member's and active.
 */
public record Actor(Party party, String member, String keyId) {

  public Actor {
    Objects.requireNonNull(party, "party");
    name("member", member);
    id("keyId", keyId);
  }

  /** The party of a code given as input (a request, a file, an entry body): {@code A}, {@code B} or {@code M}. */
  public static Party partyOfCode(String code) {
    return Party.ofCode(code).orElseThrow(() ->
        new BadInputException("unknown party \"" + code + "\" (expected A, B or M)"));
  }

  /** For messages: {@code "Party A co-chair" (A, key a-chair-1)}. */
  public String describe() {
    return "\"" + member + "\" (" + party.code() + ", key " + keyId + ")";
  }
}
