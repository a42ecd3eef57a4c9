package org.groma.app.commission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.groma.app.commission.PillarEvent.Condition;
import org.groma.app.commission.PillarEvent.InspectionCycle;
import org.groma.app.commission.PillarEvent.InspectionRecorded;
import org.groma.app.commission.PillarEvent.PillarProposed;
import org.groma.app.commission.PillarEvent.PillarRegulationsProposed;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.journal.entry.Party;

/**
 * The pillar register as the journal up to some act makes it: the regulations proposed and the one in force,
 * every pillar with its survey versions and who signed which, its status and history, and the inspections.
 * Built only by {@link PillarRules}; every change returns a new register sharing what did not change.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class PillarRegister {

  /** Before any pillar act. */
  public static final PillarRegister EMPTY = new PillarRegister(PersistentMap.empty(), null, PersistentMap.empty(),
      PersistentMap.empty());

  /** The tolerances that hold until regulations come into force (docs/demarcation.md, "Tolerances"). */
  public static final SortedMap<String, BigDecimal> DEFAULT_TOLERANCES = Collections.unmodifiableSortedMap(
      new TreeMap<>(Map.of("setOutToleranceM", new BigDecimal("0.05"),
          "intermediateOffsetToleranceM", new BigDecimal("0.10"), "maxSpacingM", new BigDecimal("1000"),
          "inspectionToleranceM", new BigDecimal("0.05"))));

  /** A pillar's status: what the register says of it now. */
  public enum Status {
    PROPOSED("proposed"), SURVEYED("surveyed"), IN_FORCE("in-force"), DAMAGED("damaged"), REPLACED("replaced");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** One party's signature of a jointly signed document (regulations, pillar protocol, inspection act). */
  public record Signature(Party party, String member, String keyId, long seq, Instant time, String entryHash) {}

  /** A document both parties sign: in force once each party's signature quotes this same entry hash. */
  public record Signed(long seq, Instant time, String entryHash, Actor by, Map<Party, Signature> signatures) {
    public Signed {
      EnumMap<Party, Signature> copy = new EnumMap<>(Party.class);
      copy.putAll(signatures);
      signatures = Collections.unmodifiableMap(copy);
    }

    public boolean inForce() {
      return signatures.containsKey(Party.A) && signatures.containsKey(Party.B);
    }

    Signed with(Signature s) {
      Map<Party, Signature> m = new EnumMap<>(Party.class);
      m.putAll(signatures);
      m.put(s.party(), s);
      return new Signed(seq, time, entryHash, by, m);
    }
  }

  /** Proposed regulations and their signatures. */
  public record Regulations(PillarRegulationsProposed rules, Signed signed) {}

  /** One survey of a pillar: one version of its protocol. */
  public record Version(PillarSurveyed survey, Signed signed) {}

  /** One line of a pillar's status history. */
  public record Change(long seq, Instant time, String act, Status status, String note) {}

  /**
   * A pillar.
   *
   * @param versions its surveys, oldest first
   * @param inForce the index in {@code versions} of the protocol in force, or null
   * @param condition what the last damage report found, or null while none is open
   * @param lastInspected the date of the last inspection in force that found it, or null
   */
  public record Pillar(PillarProposed proposal, Signed proposed, List<Version> versions, Integer inForce,
      Status status, Condition condition, String lastInspected, List<Change> history) {
    public Pillar {
      versions = List.copyOf(versions);
      history = List.copyOf(history);
    }

    public PillarNumber number() {
      return proposal.number();
    }

    /** The protocol in force, if any. */
    public Optional<Version> protocolInForce() {
      return inForce == null ? Optional.empty() : Optional.of(versions.get(inForce));
    }

    /** The newest survey, if any. */
    public Optional<Version> latest() {
      return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    Pillar withVersions(List<Version> v, Integer inForceIndex, Status s, Change c) {
      return new Pillar(proposal, proposed, v, inForceIndex, s, condition, lastInspected, append(c));
    }

    Pillar withCondition(Condition cond, Status s, Change c) {
      return new Pillar(proposal, proposed, versions, inForce, s, cond, lastInspected, append(c));
    }

    Pillar inspected(String date) {
      return new Pillar(proposal, proposed, versions, inForce, status, condition, date, history);
    }

    private List<Change> append(Change c) {
      List<Change> h = new ArrayList<>(history);
      h.add(c);
      return h;
    }
  }

  /** An inspection and the signatures of its act. */
  public record Inspection(InspectionRecorded record, Signed signed) {}

  private final PersistentMap<String, Regulations> regulations;
  private final String regulationsInForce;
  private final PersistentMap<PillarNumber, Pillar> pillars;
  private final PersistentMap<String, Inspection> inspections;

  private PillarRegister(PersistentMap<String, Regulations> regulations, String regulationsInForce,
      PersistentMap<PillarNumber, Pillar> pillars, PersistentMap<String, Inspection> inspections) {
    this.regulations = regulations;
    this.regulationsInForce = regulationsInForce;
    this.pillars = pillars;
    this.inspections = inspections;
  }

  public Optional<Regulations> regulations(String id) {
    return regulations.get(id);
  }

  /** The regulations in force (the last that both parties signed), if any. */
  public Optional<Regulations> regulationsInForce() {
    return regulationsInForce == null ? Optional.empty() : regulations.get(regulationsInForce);
  }

  /** The pillar types allowed now: the regulations' in force, else {@link PillarEvent#DEFAULT_TYPES}. */
  public List<String> pillarTypes() {
    return regulationsInForce().map(r -> r.rules().pillarTypes()).orElse(PillarEvent.DEFAULT_TYPES);
  }

  /** The tolerances in force now: the regulations', else {@link #DEFAULT_TOLERANCES}. */
  public SortedMap<String, BigDecimal> tolerances() {
    return regulationsInForce().map(r -> r.rules().tolerances()).orElse(DEFAULT_TOLERANCES);
  }

  /** The inspection cycle in force now: the regulations', else annual. */
  public InspectionCycle cycle() {
    return regulationsInForce().map(r -> r.rules().cycle()).orElse(InspectionCycle.ANNUAL);
  }

  /** Whether {@code member} may sign protocols and inspection acts as a field-team head now. */
  public boolean fieldTeamHead(String member) {
    return regulationsInForce().map(r -> r.rules().fieldTeamHeads().contains(member)).orElse(false);
  }

  public Optional<Pillar> pillar(PillarNumber n) {
    return pillars.get(n);
  }

  /** Every pillar in number order. */
  public List<Pillar> pillars() {
    return pillars.values();
  }

  public int size() {
    return pillars.size();
  }

  public Optional<Inspection> inspection(String id) {
    return inspections.get(id);
  }

  public List<Inspection> inspections() {
    return inspections.values();
  }

  PillarRegister withRegulations(Regulations r) {
    String inForce = r.signed().inForce() ? r.rules().regulationsId() : regulationsInForce;
    return new PillarRegister(regulations.put(r.rules().regulationsId(), r), inForce, pillars, inspections);
  }

  PillarRegister withPillar(Pillar p) {
    return new PillarRegister(regulations, regulationsInForce, pillars.put(p.number(), p), inspections);
  }

  PillarRegister withInspection(Inspection i) {
    return new PillarRegister(regulations, regulationsInForce, pillars, inspections.put(i.record().inspectionId(), i));
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof PillarRegister r && regulations.equals(r.regulations)
        && Objects.equals(regulationsInForce, r.regulationsInForce) && pillars.equals(r.pillars)
        && inspections.equals(r.inspections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regulations, regulationsInForce, pillars, inspections);
  }
}
