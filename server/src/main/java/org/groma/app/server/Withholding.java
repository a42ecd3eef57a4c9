package org.groma.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.EntryTypes;
import org.groma.app.commission.ProtocolEvent.ProtocolDrafted;
import org.groma.app.commission.Role;

/**
 * What the journal's entries API leaves out for a reader: the body of a {@code protocol-drafted} entry whose
 * confidentiality level the regulations in force do not let the reader's roles read. Such an entry is served
 * with its seq, type, author, entry hash, signature and inclusion proof (so its place in the log is still
 * proved), but its body becomes {@code {"withheld": level, "protocolId": id}} and its stored bytes are left
 * out, so its text can neither be read nor recomputed from them.
 */
final class Withholding {

  private static final String PROTOCOL_DRAFTED = EntryTypes.of(ProtocolDrafted.class).code();

  private Withholding() {}

  /** The body to serve, or null when the whole entry may be served as stored. */
  static JsonNode withheldBody(String type, JsonNode body, CommissionState state, Set<Role> roles) {
    if (!PROTOCOL_DRAFTED.equals(type)) {
      return null;
    }
    String level = body.path("confidentiality").asText();
    if (state.procedure().mayRead(level, roles)) {
      return null;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("withheld", level);
    out.put("protocolId", body.path("protocolId").asText());
    return out;
  }
}
