package org.groma.app.commission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.groma.app.commission.ProtocolEvent.ProtocolDrafted;
import org.groma.app.commission.ProtocolEvent.SectorKilometres;
import org.groma.journal.entry.Party;

/**
 * The sittings' protocols as the journal has them: each protocol's versions, the initials and signatures on
 * them, and, from the working groups' signed protocols, the kilometres agreed per sector.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class ProtocolRegister {

  static final ProtocolRegister EMPTY = new ProtocolRegister(PersistentMap.empty());

  /** Where a protocol stands. */
  public enum Status {
    DRAFT("draft"), INITIALLED("initialled"), SIGNED("signed"), IN_FORCE("in force");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One drafted version and its protocol hash. */
  public record Version(int number, ProtocolDrafted draft, Actor draftedBy, long seq, Instant time,
      String protocolHash) {}

  /** A party's initials or signature on a version: who, when, and the protocol hash they quoted. */
  public record Mark(Party party, String member, long seq, Instant time, String protocolHash, String entryHash) {}

  /**
   * A protocol: its versions (the last is current), the initials and signatures on the current version (a new
   * version starts with none), and when its second signature came.
   */
  public record ProtocolRecord(String protocolId, List<Version> versions, Map<Party, Mark> initials,
      Map<Party, Mark> signatures, Long signedSeq, Instant signedTime) {
    public ProtocolRecord {
      versions = List.copyOf(versions);
      initials = byParty(initials);
      signatures = byParty(signatures);
    }

    public Version current() {
      return versions.get(versions.size() - 1);
    }

    public String sittingId() {
      return current().draft().sittingId();
    }

    public String confidentiality() {
      return current().draft().confidentiality();
    }

    public boolean signed() {
      return signedSeq != null;
    }

    /**
     * Its status at {@code asOf}: in force once signed by both parties and its effective date (if any) has
     * begun, in UTC.
     */
    public Status status(Instant asOf) {
      if (signed()) {
        String effective = current().draft().effectiveDate();
        boolean started = effective == null
            || !LocalDate.parse(effective).isAfter(LocalDate.ofInstant(asOf, ZoneOffset.UTC));
        return started ? Status.IN_FORCE : Status.SIGNED;
      }
      return initials.size() == 2 ? Status.INITIALLED : Status.DRAFT;
    }

    private static Map<Party, Mark> byParty(Map<Party, Mark> marks) {
      EnumMap<Party, Mark> copy = new EnumMap<>(Party.class);
      copy.putAll(marks);
      return Collections.unmodifiableMap(copy);
    }
  }

  /** A sector's kilometres: its length as the working groups count it, agreed so far, and what remains. */
  public record SectorTotal(String sectorId, BigDecimal lengthKm, BigDecimal agreedKm) {
    public BigDecimal remainingKm() {
      return lengthKm.subtract(agreedKm);
    }
  }

  private final PersistentMap<String, ProtocolRecord> protocols;

  private ProtocolRegister(PersistentMap<String, ProtocolRecord> protocols) {
    this.protocols = protocols;
  }

  public Optional<ProtocolRecord> protocol(String protocolId) {
    return protocols.get(protocolId);
  }

  /** Every protocol, by id. */
  public List<ProtocolRecord> protocols() {
    return protocols.values();
  }

  /** The protocols of one sitting, by id. */
  public List<ProtocolRecord> protocolsOf(String sittingId) {
    List<ProtocolRecord> out = new ArrayList<>();
    for (ProtocolRecord p : protocols.values()) {
      if (p.sittingId().equals(sittingId)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The running kilometres per sector, by sector id, over the signed protocols (a working group's round counts
   * once both parties signed its protocol).
   */
  public Map<String, SectorTotal> sectorTotals() {
    Map<String, SectorTotal> out = new TreeMap<>();
    for (ProtocolRecord p : protocols.values()) {
      if (!p.signed()) {
        continue;
      }
      for (SectorKilometres k : p.current().draft().kilometres()) {
        SectorTotal t = out.get(k.sectorId());
        out.put(k.sectorId(), new SectorTotal(k.sectorId(), k.lengthKm(),
            (t == null ? BigDecimal.ZERO : t.agreedKm()).add(k.agreedKm())));
      }
    }
    return out;
  }

  ProtocolRegister with(ProtocolRecord p) {
    return new ProtocolRegister(protocols.put(p.protocolId(), p));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProtocolRegister r && protocols.equals(r.protocols);
  }

  @Override
  public int hashCode() {
    return Objects.hash(protocols);
  }
}
