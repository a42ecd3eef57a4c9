package org.groma.app.node;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.groma.app.BadInputException;
import org.groma.app.commission.Act;
import org.groma.app.commission.Actor;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.EventCodec;
import org.groma.journal.entry.Author;
import org.groma.journal.entry.Entry;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.log.MerkleHash;

/**
 * Between a journal entry and an act the commission's rules read: the body is the journal's own JSON value,
 * which {@link EventCodec} writes and reads directly.
 */
final class EntryMapping {

  private EntryMapping() {}

  /**
   * The unsigned entry that records {@code event} at {@code seq}, made by {@code actor} at {@code time}, on
   * a log whose first {@code seq} entries have root {@code prevRoot}.
   */
  static Entry entry(String origin, long seq, Instant time, Actor actor, CommissionEvent event,
      MerkleHash prevRoot) {
    if (!time.equals(time.truncatedTo(ChronoUnit.MILLIS))) {
      throw new BadInputException("act time " + time + " has sub-millisecond digits; the journal records whole"
          + " milliseconds");
    }
    Author author = new Author(actor.party(), actor.member(), actor.keyId());
    return Entry.of(origin, seq, time, event.type(), author, EventCodec.encode(event), prevRoot);
  }

  /** The act a verified entry records; the body must decode as its type's event. */
  static Act act(SignedEntry signed) {
    Entry e = signed.entry();
    // A format 1 entry was written before acts quoted the hashes of what they name.
    CommissionEvent event = e.legacy() ? EventCodec.decodeLegacy(e.type(), e.body())
        : EventCodec.decode(e.type(), e.body());
    return act(signed, event);
  }

  /** The act of an entry whose event is already known (the node that just signed it). */
  static Act act(SignedEntry signed, CommissionEvent event) {
    Entry e = signed.entry();
    Actor actor = new Actor(e.author().party(), e.author().member(), e.author().keyId());
    return new Act(e.seq(), e.time(), actor, event, signed.hash().hex());
  }
}
