package org.groma.journal.entry;

import java.util.Objects;
import java.util.regex.Pattern;
import org.groma.journal.JournalFormatException;
import org.groma.journal.sign.VerifyingKey;

/**
 * Who wrote an entry: the party they act for, the member's name and the ID of the key that signs.
 *
 * @param party  A, B or M
 * @param member the member's name as the roster has it, non-empty
 * @param keyId  16 lower-case hex digits: the first 8 bytes of SHA-256(public key)
 */
public record Author(Party party, String member, String keyId) {
  private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{" + 2 * VerifyingKey.KEY_ID_BYTES + "}");

  public Author {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(keyId, "keyId");
    if (member.isBlank()) {
      throw new JournalFormatException("author member must not be blank");
    }
    if (!KEY_ID.matcher(keyId).matches()) {
      throw new JournalFormatException("author keyId must be 16 lower-case hex digits, got \"" + keyId + "\"");
    }
  }

  public static Author of(Party party, String member, VerifyingKey key) {
    return new Author(party, member, key.keyId());
  }
}
