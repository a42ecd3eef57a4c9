package org.groma.app.commission;

import static org.groma.app.commission.Checks.hex32;
import static org.groma.app.commission.Checks.id;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.groma.app.BadInputException;

/**
 * The protocol of a sitting as acts: drafted (a later draft of the same protocol is a new version), initialled
 * by each party's signatory, signed by each, in force from its effective date (or from the second signature).
 * Every initial and signature quotes the {@linkplain ProtocolDrafted#protocolHash protocol hash} of the exact
 * version it approves, so a changed character is a new version that carries none of them (docs/sittings.md).
 */
public sealed interface ProtocolEvent extends CommissionEvent {

  /** The level every commission knows: readable by every role. */
  String OPEN = "open";

  /** Where a decision recorded in a protocol stands. */
  enum DecisionStatus implements Codes.Coded {
    OPEN("open"), IN_PROGRESS("in-progress"), DONE("done");

    private final String code;

    DecisionStatus(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static DecisionStatus ofCode(String code) {
      return Codes.of(DecisionStatus.class, code, "status");
    }
  }

  /**
   * A decision the sitting took: its text (in the first working language), the body responsible for carrying
   * it out, its deadline ({@code YYYY-MM-DD} or null) and status.
   */
  record ProtocolDecision(String text, String responsible, String deadline, DecisionStatus status) {
    public ProtocolDecision {
      Checks.text("text", text);
      Checks.name("responsible", responsible);
      if (deadline != null) {
        SittingDetails.date("deadline", deadline);
      }
      Objects.requireNonNull(status, "status");
    }
  }

  /** What an annex links to on the record. */
  enum AnnexKind implements Codes.Coded {
    PROPOSAL("proposal"), DECISION("decision"), SOURCE("source"), PROTOCOL("protocol");

    private final String code;

    AnnexKind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static AnnexKind ofCode(String code) {
      return Codes.of(AnnexKind.class, code, "annex kind");
    }
  }

  /**
   * An annex: a title and the record entry it is (a proposal's map, a decision, a registered source, another
   * protocol), named by id and by the entry hash that registered it (a protocol: the hash of its version).
   */
  record Annex(String title, AnnexKind kind, String id, String entryHash) {
    public Annex {
      Checks.name("title", title);
      Objects.requireNonNull(kind, "kind");
      Checks.id("id", id);
      hex32("entryHash", entryHash);
    }
  }

  /**
   * Kilometres of a sector a working group agreed in this round, and the sector's length as the group counts
   * it. Decimal strings, never binary floats, so the digits agreed are the digits kept.
   */
  record SectorKilometres(String sectorId, BigDecimal lengthKm, BigDecimal agreedKm) {
    public SectorKilometres {
      id("sectorId", sectorId);
      if (lengthKm == null || lengthKm.signum() <= 0) {
        throw new BadInputException("sector " + sectorId + ": lengthKm must be a positive decimal");
      }
      if (agreedKm == null || agreedKm.signum() < 0) {
        throw new BadInputException("sector " + sectorId + ": agreedKm must be a non-negative decimal");
      }
      if (agreedKm.compareTo(lengthKm) > 0) {
        throw new BadInputException("sector " + sectorId + ": agreedKm " + agreedKm.toPlainString()
            + " is more than the sector's length " + lengthKm.toPlainString());
      }
    }
  }

  /**
   * A version of a sitting's protocol.
   *
   * @param confidentiality a level the regulations in force define ({@value #OPEN} always)
   * @param texts the course of the discussion per language code, every working language present
   * @param decisions what the sitting decided
   * @param annexes record entries annexed to it
   * @param originals how many signed originals are made; the regulations' number
   * @param kilometres a working group's kilometres agreed per sector in this round (empty for the commission)
   * @param effectiveDate the day it enters into force once signed ({@code YYYY-MM-DD}), or null: on signature
   */
  record ProtocolDrafted(String protocolId, String sittingId, String confidentiality, SortedMap<String, String> texts,
      List<ProtocolDecision> decisions, List<Annex> annexes, int originals, List<SectorKilometres> kilometres,
      String effectiveDate) implements ProtocolEvent {

    public ProtocolDrafted {
      id("protocolId", protocolId);
      id("sittingId", sittingId);
      id("confidentiality", confidentiality);
      if (texts == null || texts.isEmpty()) {
        throw new BadInputException("protocol " + protocolId + " has no text");
      }
      TreeMap<String, String> copy = new TreeMap<>();
      for (Map.Entry<String, String> t : texts.entrySet()) {
        ProcedureEvent.RegulationsProposed.language("texts", t.getKey());
        copy.put(t.getKey(), Checks.text("texts." + t.getKey(), t.getValue()));
      }
      texts = Collections.unmodifiableSortedMap(copy);
      decisions = List.copyOf(decisions);
      annexes = List.copyOf(annexes);
      if (originals < 1 || originals > ProcedureEvent.RegulationsProposed.MAX_ORIGINALS) {
        throw new BadInputException("originals " + originals + " must be 1 to "
            + ProcedureEvent.RegulationsProposed.MAX_ORIGINALS);
      }
      kilometres = List.copyOf(kilometres);
      Set<String> sectors = new HashSet<>();
      for (SectorKilometres k : kilometres) {
        if (!sectors.add(k.sectorId())) {
          throw new BadInputException("protocol " + protocolId + " lists sector " + k.sectorId() + " twice");
        }
      }
      if (effectiveDate != null) {
        SittingDetails.date("effectiveDate", effectiveDate);
      }
    }

    /**
     * What every initial and signature quotes: SHA-256 of the RFC 8785 canonical JSON of this version's body
     * (exactly the entry body, without author or time), so the same content has one hash and any change
     * another.
     */
    public String protocolHash() {
      return ContentHash.canonical(EventCodec.encode(this));
    }
  }

  /** A party's signatory initials a version of a protocol, quoting its protocol hash. */
  record ProtocolInitialled(String protocolId, String protocolHash) implements ProtocolEvent {
    public ProtocolInitialled {
      id("protocolId", protocolId);
      hex32("protocolHash", protocolHash);
    }
  }

  /** A party's signatory signs a version both parties initialled, quoting its protocol hash. */
  record ProtocolSigned(String protocolId, String protocolHash) implements ProtocolEvent {
    public ProtocolSigned {
      id("protocolId", protocolId);
      hex32("protocolHash", protocolHash);
    }
  }
}
