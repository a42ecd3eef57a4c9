package org.groma.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.groma.app.BadInputException;
import org.groma.app.commission.Actor;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.CommissionState.Proposal;
import org.groma.app.commission.CommissionState.Source;
import org.groma.journal.entry.Party;

/**
 * {@code journal append --quote-hashes}: fills in the hashes a draft, an endorsement, a withdrawal, a map
 * sheet, a treaty version's acceptance or initials, a regulations signature, a protocol's initials or signature, or an answer to a score must quote, from the verified journal the act is appended to, and says on standard error what it quoted. The
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
      case "version-accepted", "version-initialled" -> {
        String treatyId = text(o, "treatyId", type);
        String versionId = text(o, "versionId", type);
        var version = state.treaties().treaty(treatyId).flatMap(t -> t.version(versionId)).orElseThrow(() ->
            new BadInputException(type + ".versionId: no version " + versionId + " of treaty " + treatyId
                + " in the journal to quote hashes of"));
        put(o, "versionHash", version.entryHash(), "version " + versionId + ", entry " + version.seq(), err);
        if (!o.has("textHashes")) {
          ObjectNode hashes = o.putObject("textHashes");
          version.proposal().textHashes().forEach(hashes::put);
          err.printf("groma journal append: quoting textHashes %s (the SHA-256 of version %s's text in each"
              + " language)%n", version.proposal().textHashes(), versionId);
          err.flush();
        }
      }
      case "regulations-signed" -> {
        String id = text(o, "regulationsId", type);
        var v = state.procedure().version(id).orElseThrow(() -> new BadInputException(type
            + ".regulationsId: no regulations " + id + " in the journal to quote hashes of"));
        put(o, "draftHash", v.entryHash(), "regulations " + id + " tabled at entry " + v.seq(), err);
        put(o, "textSha256", v.regulations().textSha256(), "the text of regulations " + id, err);
      }
      case "protocol-initialled", "protocol-signed" -> {
        String id = text(o, "protocolId", type);
        var p = state.protocols().protocol(id).orElseThrow(() -> new BadInputException(type
            + ".protocolId: no protocol " + id + " in the journal to quote hashes of"));
        put(o, "protocolHash", p.current().protocolHash(), "protocol " + id + " version " + p.current().number()
            + ", entry " + p.current().seq(), err);
      }
      case "score-answered" -> {
        String id = text(o, "commitmentId", type);
        String period = text(o, "period", type);
        Party by = Actor.partyOfCode(text(o, "scoredBy", type));
        var score = state.commitments().score(id, period, by).orElseThrow(() -> new BadInputException(type
            + ": party " + by.code() + " has no score of " + id + " for " + period + " to quote the hash of"));
        put(o, "scoreHash", score.entryHash(), "party " + by.code() + "'s score, entry " + score.seq(), err);
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
