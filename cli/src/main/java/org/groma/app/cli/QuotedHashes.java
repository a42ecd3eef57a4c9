package org.groma.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.CommissionState.Proposal;
import org.groma.app.commission.CommissionState.Source;

/**
 * {@code journal append --quote-hashes}: fills in the hashes a draft, an endorsement, a withdrawal or a map
 * sheet must quote, from the verified journal the act is appended to, and says on standard error what it quoted. The
 * act's signature then commits to these values exactly as if the member had typed them; a hash the body
 * already gives is left as it is, for the rules to check.
 */
final class QuotedHashes {

  private QuotedHashes() {}

  static JsonNode fill(String type, JsonNode body, CommissionState state, PrintWriter err) {
    if (!(body instanceof ObjectNode o)) {
      return body;
    }
    switch (type) {
      case "decision-drafted" -> {
        Proposal p = proposal(state, o, type);
        put(o, "proposalHash", p.entryHash(), "proposal " + p.proposalId() + ", entry " + p.seq(), err);
        put(o, "geometryHash", p.proposal().geometryHash(), "the line of " + p.proposalId(), err);
      }
      case "decision-endorsed" -> {
        String id = text(o, "decisionId", type);
        DecisionRecord d = state.decision(id).orElseThrow(() -> new BadInputException(type
            + ".decisionId: no decision " + id + " in the journal to quote hashes of"));
        put(o, "draftHash", d.draftHash(), "the draft of " + id + ", entry " + d.draftSeq(), err);
        put(o, "geometryHash", state.geometryHash(d), "the line " + id + " adopts (" + d.draft().proposalId()
            + ")", err);
      }
      case "proposal-withdrawn" -> {
        Proposal p = proposal(state, o, type);
        put(o, "proposalHash", p.entryHash(), "proposal " + p.proposalId() + ", entry " + p.seq(), err);
      }
      case "map-sheet-registered" -> {
        String id = text(o, "sourceId", type);
        Source src = state.source(id).orElseThrow(() -> new BadInputException(type + ".sourceId: no source " + id
            + " in the journal to quote hashes of"));
        put(o, "sourceHash", src.entryHash(), "source " + id + ", entry " + src.seq(), err);
      }
      case "pillar-protocol-signed" -> {
        var n = org.groma.app.commission.PillarNumber.parse(text(o, "pillar", type));
        var v = state.pillars().pillar(n).flatMap(p -> p.latest()).orElseThrow(() -> new BadInputException(type
            + ".pillar: no survey of pillar " + n + " in the journal to quote the hash of"));
        put(o, "protocolHash", v.signed().entryHash(), "the newest survey of pillar " + n + ", entry "
            + v.signed().seq(), err);
      }
      case "inspection-act-signed" -> {
        String id = text(o, "inspectionId", type);
        var i = state.pillars().inspection(id).orElseThrow(() -> new BadInputException(type
            + ".inspectionId: no inspection " + id + " in the journal to quote the hash of"));
        put(o, "inspectionHash", i.signed().entryHash(), "inspection " + id + ", entry " + i.signed().seq(), err);
      }
      case "pillar-regulations-signed" -> {
        String id = text(o, "regulationsId", type);
        var r = state.pillars().regulations(id).orElseThrow(() -> new BadInputException(type
            + ".regulationsId: no regulations " + id + " in the journal to quote the hash of"));
        put(o, "regulationsHash", r.signed().entryHash(), "regulations " + id + ", entry " + r.signed().seq(), err);
      }
      default -> {
      }
    }
    return o;
  }

  private static Proposal proposal(CommissionState state, ObjectNode o, String type) {
    String id = text(o, "proposalId", type);
    return state.proposal(id).orElseThrow(() -> new BadInputException(type + ".proposalId: no proposal " + id
        + " in the journal to quote hashes of"));
  }

  private static String text(ObjectNode o, String field, String type) {
    JsonNode n = o.get(field);
    if (n == null || !n.isTextual()) {
      throw new BadInputException(type + "." + field + ": needed as a string to quote hashes");
    }
    return n.textValue();
  }

  private static void put(ObjectNode o, String field, String hash, String of, PrintWriter err) {
    if (!o.has(field)) {
      o.put(field, hash);
      err.printf("groma journal append: quoting %s %s (%s)%n", field, hash, of);
      err.flush();
    }
  }
}
