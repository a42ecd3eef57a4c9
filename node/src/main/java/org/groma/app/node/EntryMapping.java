package org.groma.app.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.groma.app.BadInputException;
import org.groma.app.commission.Act;
import org.groma.app.commission.Actor;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.EventCodec;
import org.groma.app.commission.Party;
import org.groma.journal.entry.Author;
import org.groma.journal.entry.Entry;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.json.Json;
import org.groma.journal.json.JsonArray;
import org.groma.journal.json.JsonBool;
import org.groma.journal.json.JsonNull;
import org.groma.journal.json.JsonNumber;
import org.groma.journal.json.JsonString;
import org.groma.journal.json.JsonObject;
import org.groma.journal.json.JsonParser;
import org.groma.journal.log.MerkleHash;

/**
 * Between a journal entry (groma-journal's canonical JSON) and an act the commission's rules read (Jackson
 * bodies through {@link EventCodec}). Bodies are written as JSON text and read back by walking the parsed
 * tree; coordinates are integer nanodegrees (below 2^53, so exact in both) and tolerances decimal strings.
 */
final class EntryMapping {

  private static final ObjectMapper JSON = new ObjectMapper();

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
    Author author = new Author(party(actor.party()), actor.member(), actor.keyId());
    return Entry.of(origin, seq, time, event.type(), author, toJournalJson(EventCodec.encode(event)), prevRoot);
  }

  /** The act a verified entry records; the body must decode as its type's event. */
  static Act act(SignedEntry signed) {
    Entry e = signed.entry();
    // A format 1 entry was written before acts quoted the hashes of what they name.
    CommissionEvent event = e.legacy() ? EventCodec.decodeLegacy(e.type(), toJackson(e.body()))
        : EventCodec.decode(e.type(), toJackson(e.body()));
    return act(signed, event);
  }

  /** The act of an entry whose event is already known (the node that just signed it). */
  static Act act(SignedEntry signed, CommissionEvent event) {
    Entry e = signed.entry();
    Actor actor = new Actor(party(e.author().party()), e.author().member(), e.author().keyId());
    return new Act(e.seq(), e.time(), actor, event, signed.hash().hex());
  }

  static org.groma.journal.entry.Party party(Party p) {
    return switch (p) {
      case A -> org.groma.journal.entry.Party.A;
      case B -> org.groma.journal.entry.Party.B;
      case MEDIATOR -> org.groma.journal.entry.Party.M;
    };
  }

  static Party party(org.groma.journal.entry.Party p) {
    return switch (p) {
      case A -> Party.A;
      case B -> Party.B;
      case M -> Party.MEDIATOR;
    };
  }

  /** The body as a Jackson tree, walked directly (no text in between: this runs for every entry replayed). */
  private static JsonNode toJackson(Json value) {
    return switch (value) {
      case JsonObject o -> {
        ObjectNode n = JSON.getNodeFactory().objectNode();
        o.members().forEach((k, v) -> n.set(k, toJackson(v)));
        yield n;
      }
      case JsonArray a -> {
        ArrayNode n = JSON.getNodeFactory().arrayNode(a.size());
        a.elements().forEach(v -> n.add(toJackson(v)));
        yield n;
      }
      case JsonString t -> JSON.getNodeFactory().textNode(t.value());
      case JsonNumber x -> x.isExactInteger() ? JSON.getNodeFactory().numberNode(x.longValueExact())
          : JSON.getNodeFactory().numberNode(x.value());
      case JsonBool b -> JSON.getNodeFactory().booleanNode(b.value());
      case JsonNull z -> JSON.getNodeFactory().nullNode();
    };
  }

  private static JsonObject toJournalJson(JsonNode body) {
    try {
      if (JsonParser.parse(JSON.writeValueAsString(body)) instanceof JsonObject o) {
        return o;
      }
      throw new IllegalStateException("an event body must be a JSON object");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an event body Jackson cannot write: " + e.getOriginalMessage(), e);
    }
  }
}
