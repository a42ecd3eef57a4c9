package org.groma.app.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.groma.app.BadInputException;
import org.groma.app.JsonInput;
import org.groma.journal.JournalFormatException;
import org.groma.journal.note.SignedNote;

/**
 * Entries and a checkpoint carried between nodes on a stick, for air-gapped networks: the stored bytes of
 * entries {@code since} to {@code since + entries.size() - 1} exactly as signed, and the exporting node's
 * latest checkpoint with its cosignatures (C2SP note text). A bundle proves nothing by itself; the importing
 * node verifies everything in it against its own journal.
 *
 * <p>File form (UTF-8 JSON): {@code {"format": "groma-bundle/v1", "origin": O, "since": S, "entries":
 * [base64, …], "checkpoint": note text or null}}. Unknown fields are refused.
 */
public record Bundle(String origin, long since, List<byte[]> entries, Optional<SignedNote> checkpoint) {

  public static final String FORMAT = "groma-bundle/v1";
  private static final Set<String> FIELDS = Set.of("format", "origin", "since", "entries", "checkpoint");
  private static final ObjectMapper JSON = new ObjectMapper();

  public Bundle {
    if (since < 0) {
      throw new BadInputException("bundle: since " + since + " is negative");
    }
    entries = List.copyOf(entries);
  }

  /** The journal size after the bundle's entries. */
  public long end() {
    return since + entries.size();
  }

  public byte[] toBytes() {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", FORMAT);
    o.put("origin", origin);
    o.put("since", since);
    ArrayNode list = o.putArray("entries");
    entries.forEach(e -> list.add(Base64.getEncoder().encodeToString(e)));
    if (checkpoint.isPresent()) {
      o.put("checkpoint", checkpoint.get().format());
    } else {
      o.putNull("checkpoint");
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a bundle file's bytes.
   *
   * @throws BadInputException naming the field that is wrong
   */
  public static Bundle parse(byte[] bytes) {
    JsonNode root = JsonInput.read(bytes, "bundle");
    if (root == null || !root.isObject()) {
      throw new BadInputException("bundle must be a JSON object (is the file empty?)");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!FIELDS.contains(name)) {
        throw new BadInputException("bundle: unknown field \"" + name + "\"");
      }
    }
    if (!FORMAT.equals(root.path("format").asText(null))) {
      throw new BadInputException("bundle: format must be \"" + FORMAT + "\", got " + root.get("format"));
    }
    JsonNode origin = root.get("origin");
    JsonNode since = root.get("since");
    JsonNode entries = root.get("entries");
    if (origin == null || !origin.isTextual()) {
      throw new BadInputException("bundle: \"origin\" must be a string");
    }
    if (since == null || !since.canConvertToExactIntegral() || since.asLong(-1) < 0) {
      throw new BadInputException("bundle: \"since\" must be a non-negative integer");
    }
    if (entries == null || !entries.isArray()) {
      throw new BadInputException("bundle: \"entries\" must be an array");
    }
    List<byte[]> list = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      try {
        if (!e.isTextual()) {
          throw new IllegalArgumentException("not a string");
        }
        list.add(Base64.getDecoder().decode(e.asText()));
      } catch (IllegalArgumentException x) {
        throw new BadInputException("bundle: entries[" + i + "] is not base64: " + x.getMessage());
      }
    }
    JsonNode cp = root.get("checkpoint");
    Optional<SignedNote> note = Optional.empty();
    if (cp != null && !cp.isNull()) {
      if (!cp.isTextual()) {
        throw new BadInputException("bundle: \"checkpoint\" must be a note's text or null");
      }
      try {
        note = Optional.of(SignedNote.parse(cp.asText()));
      } catch (JournalFormatException x) {
        throw new BadInputException("bundle: checkpoint: " + x.getMessage());
      }
    }
    return new Bundle(origin.asText(), since.asLong(), list, note);
  }
}
