package org.groma.app.commission;

import java.time.Instant;
import java.util.Objects;
import org.groma.app.BadInputException;

/**
 * What one appended journal entry means to the rules: its position, its time, its author, the event it
 * records and the hash of the whole entry (which a later endorsement quotes to say exactly what it signs).
 *
 * @param seq the entry's position in the commission's log (0 for the first entry)
 * @param time when the author made it, as written in the entry
 * @param author who made it and with which key
 * @param event what it records
 * @param entryHash the journal's hash of the entry, 64 lower-case hex digits
 */
public record Act(long seq, Instant time, Actor author, CommissionEvent event, String entryHash) {

  public Act {
    if (seq < 0) {
      throw new BadInputException("seq " + seq + " is negative");
    }
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(event, "event");
    Checks.hex32("entryHash", entryHash);
  }
}
