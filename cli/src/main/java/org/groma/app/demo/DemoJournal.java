package org.groma.app.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.groma.app.commission.Act;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.FoundingMember;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.NamedKey;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent.PartyName;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionEvent.SittingClosed;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionEvent.SourceRegistered;
import org.groma.app.commission.CommissionEvent.Witness;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.IncidentEvent.Confidence;
import org.groma.app.commission.IncidentEvent.IncidentPositionTaken;
import org.groma.app.commission.IncidentEvent.IncidentReported;
import org.groma.app.commission.IncidentEvent.IncidentVerified;
import org.groma.app.commission.IncidentEvent.Position;
import org.groma.app.commission.IncidentEvent.SourceRef;
import org.groma.app.commission.MissionEvent.Mission;
import org.groma.app.commission.MissionEvent.MissionAdmissionSigned;
import org.groma.app.commission.MissionEvent.MissionMember;
import org.groma.app.demo.DemoRoster.DemoMember;
import org.groma.app.node.CommissionNode;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.groma.journal.entry.Party;
import org.groma.journal.sign.SigningKey;

/**
 * The demo commission's history, written as signed entries into a new store. Dated acts lie in the past on
 * fixed dates, so that the state "as of" a date has something to show:
 *
 * <ol>
 *   <li>2025-03-03 genesis: Armenia (A), Azerbaijan (B), the mediator; the co-chairs and the mediator's
 *       member; the log operator (a neutral secretariat, no member) and one witness per party. 2025-03-05: each co-chair
 *       adds an expert, the mediator adds an observer.
 *   <li>2025-04-14 the first sitting opens with its agenda; the mediator registers the two shipped extracts
 *       as sources by their SHA-256.
 *   <li>2025-04-15 the mediator tables working lines (OpenStreetMap-derived) for sections S-1, S-2, S-5 and
 *       S-6; for S-3 and S-4 Armenia's expert tables the OpenStreetMap-derived line and Azerbaijan's expert the
 *       Natural Earth line of the same stretch; the mediator writes a note on S-3.
 *   <li>2025-04-16 the mediator drafts D-1 (S-1 follows working line M-S1), Armenia's co-chair endorses it;
 *       the mediator drafts D-2 (S-2 follows M-S2), which nobody has endorsed yet; the sitting closes with
 *       its protocol.
 *   <li>2025-05-20 Azerbaijan's co-chair endorses D-1: it is in force from then on (on 1 May 2025 nothing
 *       was agreed; on 21 May 2025 section S-1 was).
 *   <li>2025-05-20 afternoon: a fictional treaty draft on the commission's procedure ({@link DemoTreaty}).
 *   <li>2025-06-02 to 2026-01-06 fictional regulations, two sittings' protocols and the commission's work plan
 *       with its commitments scored over two quarters ({@link DemoPeaceProcess}).
 *   <li>2026-05-26 to 2026-10-15 the demarcation of a stretch of S-1 ({@link DemoDemarcation}): pillar
 *       regulations, nine pillars proposed, surveyed (pillar 5 twice: first out of tolerance) and their
 *       protocols signed by both co-chairs; an inspection finds pillar 6 damaged.
 *   <li>2026-10-16 both co-chairs admit a fictional monitoring mission; two fictional incidents near S-1 are
 *       reported, verified by its monitor, one acknowledged by both parties and one disputed; the monitor
 *       establishes an observation post and a checkpoint on S-1 and records a patrol along S-1 from a GPX file
 *       ({@link DemoPatrols}). The log operator signs a checkpoint and both witnesses cosign it.
 * </ol>
 *
 * <p>Which party tables which source's line is the demo's arrangement, to show a comparison; it is no
 * government's position, and every text says so.
 */
final class DemoJournal {

  /** The log's origin (C2SP), carried by every entry and checkpoint. */
  static final String ORIGIN = "groma.demo/demo-am-az";
  static final String COMMISSION_ID = "demo-am-az";
  static final String SITTING_ID = "sitting-1";
  static final String SOURCE_OSM = "SRC-OSM";
  static final String SOURCE_NATURAL_EARTH = "SRC-NE";
  static final String OSM_TITLE = "OpenStreetMap-derived boundary extract";
  static final String NATURAL_EARTH_TITLE = "Natural Earth 1:10m";

  /** Sections (indices from 0) where both parties table a line: S-3 and S-4, away from the line's ends. */
  static final List<Integer> CONTESTED = List.of(2, 3);
  /** The section agreed by D-1 and the one D-2 awaits endorsement for. */
  static final int AGREED = 0;
  static final int PENDING = 1;

  static final Instant FOUNDED = Instant.parse("2025-03-03T09:00:00Z");
  static final Instant SITTING_OPENED = Instant.parse("2025-04-14T08:00:00Z");
  static final Instant SITTING_CLOSED = Instant.parse("2025-04-16T17:00:00Z");
  static final Instant D1_IN_FORCE = Instant.parse("2025-05-20T12:00:00Z");
  /** When the witnesses cosign the checkpoint (cosignatures carry their time). */
  static final Instant COSIGNED = Instant.parse("2026-10-16T18:00:00Z");

  /** Within this distance two parties' surveys of one point are taken to agree (5 cm: RTK GNSS precision). */
  private static final BigDecimal AGREE_TOLERANCE_M = new BigDecimal("0.05");
  /** Vertices closer than this are snapped together when lines are compared (1 mm: below any survey). */
  private static final BigDecimal SNAP_TOLERANCE_M = new BigDecimal("0.001");
  /**
   * The Pulkovo 1942 ↔ WGS 84 transformation the demo commission names for old Soviet-grid coordinates
   * (EPSG:15865, the one the README's turning-point table example uses); a real commission agrees its own.
   */
  private static final String DATUM_TRANSFORMATION = "EPSG:15865";

  /** Each key label's signing key ({@link DemoRoster#KEY_LABELS}). */
  private final Map<String, SigningKey> keys;
  private final DemoLines lines;
  private CommissionNode node;

  private DemoJournal(Map<String, SigningKey> keys, DemoLines lines) {
    this.keys = keys;
    this.lines = lines;
  }

  /** {@code text} with the demo label, e.g. "First sitting (DEMO DATA — not an agreed boundary)". */
  static String labelled(String text) {
    return text + " (" + DemoNode.LABEL + ")";
  }

  static String sectionId(int i) {
    return "S-" + (i + 1);
  }

  /**
   * Writes the demo history into a new store at {@code file} and signs and cosigns a checkpoint over it.
   *
   * @return the open node
   */
  static CommissionNode write(Path file, Map<String, SigningKey> keys, DemoLines lines, ShippedExtract osm,
      ShippedExtract naturalEarth, Consumer<String> progress) {
    DemoJournal j = new DemoJournal(keys, lines);
    try {
      j.script(file, osm, naturalEarth);
      j.checkpoint();
    } catch (RuntimeException e) {
      if (j.node != null) {
        j.node.close();
      }
      throw e;
    }
    progress.accept(String.format(Locale.ROOT, "journal: %d entries signed; the log operator's checkpoint at %d"
        + " cosigned by both witnesses", j.node.size(), j.node.size()));
    return j.node;
  }

  private void script(Path file, ShippedExtract osm, ShippedExtract naturalEarth) {
    DemoMember med = DemoRoster.MEDIATOR;
    genesis(file);
    act(DemoRoster.A_CO_CHAIR, "2025-03-05T10:00:00Z", added(DemoRoster.A_EXPERT));
    act(DemoRoster.B_CO_CHAIR, "2025-03-05T11:00:00Z", added(DemoRoster.B_EXPERT));
    act(med, "2025-03-05T12:00:00Z", added(DemoRoster.OBSERVER));

    String contested = "S-3 and S-4";
    act(med, SITTING_OPENED.toString(), new SittingOpened(SITTING_ID,
        labelled("First sitting of the demo commission"),
        List.of(labelled("Registration of sources: the " + OSM_TITLE + " and " + NATURAL_EARTH_TITLE),
            labelled("Working lines and proposals for sections S-1 to S-" + lines.sectionCount()),
            labelled("Draft decisions on sections S-1 and S-2"))));
    // Dated 2018, the year of the Natural Earth 4.1.0 release; the OSM-derived package states no data date.
    act(med, "2025-04-14T09:00:00Z", new SourceRegistered(SOURCE_OSM, labelled(OSM_TITLE), osm.sha256Hex(), null,
        "2018", "EPSG:4326"));
    act(med, "2025-04-14T09:10:00Z", new SourceRegistered(SOURCE_NATURAL_EARTH, labelled(NATURAL_EARTH_TITLE),
        naturalEarth.sha256Hex(), 10_000_000L, "2018", "EPSG:4326"));

    Instant t = Instant.parse("2025-04-15T09:00:00Z");
    for (int i = 0; i < lines.sectionCount(); i++) {
      if (!CONTESTED.contains(i)) {
        act(med, t.toString(), proposal("M-S" + (i + 1), i, lines.section(i), SOURCE_OSM));
        t = t.plusSeconds(300);
      }
    }
    Map<Integer, List<GeoPoint>> neLines = new TreeMap<>();
    CONTESTED.forEach(i -> neLines.put(i, lines.naturalEarthStretch(i)));
    t = Instant.parse("2025-04-15T10:00:00Z");
    for (int i : CONTESTED) {
      act(DemoRoster.A_EXPERT, t.toString(), proposal("A-S" + (i + 1), i, lines.section(i), SOURCE_OSM));
      t = t.plusSeconds(300);
    }
    t = Instant.parse("2025-04-15T10:30:00Z");
    for (int i : CONTESTED) {
      act(DemoRoster.B_EXPERT, t.toString(), proposal("B-S" + (i + 1), i, neLines.get(i), SOURCE_NATURAL_EARTH));
      t = t.plusSeconds(300);
    }
    int first = CONTESTED.getFirst();
    double apartKm = DemoLines.farthestM(lines.section(first), neLines.get(first)) / 1000;
    act(med, "2025-04-15T16:00:00Z", new Note("N-1", labelled(String.format(Locale.ROOT,
        "Proposals A-S%1$d and B-S%1$d draw section S-%1$d from two published maps of different scales: A-S%1$d"
            + " from the %2$s, B-S%1$d from %3$s. The farthest turning point of A-S%1$d lies %4$.1f km from the"
            + " line of B-S%1$d. The mediator suggests that both delegations compare the two lines with the"
            + " sources before the next sitting.", first + 1, OSM_TITLE, NATURAL_EARTH_TITLE, apartKm)),
        sectionId(first)));

    act(med, "2025-04-16T10:00:00Z", draft("D-1", AGREED));
    act(DemoRoster.A_CO_CHAIR, "2025-04-16T11:00:00Z", node.state().endorsementOf("D-1"));
    act(med, "2025-04-16T11:30:00Z", draft("D-2", PENDING));
    act(med, SITTING_CLOSED.toString(), new SittingClosed(SITTING_ID, labelled(String.format(Locale.ROOT,
        "First sitting of the demo commission. Sources %s (%s) and %s (%s) registered by their SHA-256. The"
            + " mediator tabled working lines drawn from the %s for the sections without a party's proposal;"
            + " for sections %s Armenia tabled the OpenStreetMap-derived line and Azerbaijan the Natural Earth"
            + " line, as the demo's arrangement and no government's position. Draft decision D-1 on section"
            + " S-1 tabled and endorsed by Armenia; Azerbaijan to reply after consultations. Draft decision D-2"
            + " on section S-2 tabled.", SOURCE_OSM, OSM_TITLE, SOURCE_NATURAL_EARTH, NATURAL_EARTH_TITLE,
        OSM_TITLE, contested))));
    act(DemoRoster.B_CO_CHAIR, D1_IN_FORCE.toString(), node.state().endorsementOf("D-1"));
    DemoTreaty.script(this::act);
    DemoPeaceProcess.script(this::act, () -> node.state());
    DemoDemarcation.script(new DemoDemarcation.Acts() {
      @Override
      public Act act(DemoMember who, String time, CommissionEvent event) {
        return DemoJournal.this.act(who, time, event);
      }

      @Override
      public CommissionState state() {
        return node.state();
      }
    });
    incidents();
    DemoPatrols.script(this::act, lines.section(AGREED), file.resolveSibling(DemoPatrols.GPX_FILE));
  }

  /**
   * A monitoring mission admitted by both co-chairs, and two clearly fictional incidents near section S-1
   * (agreed): one acknowledged by both parties, one disputed by Azerbaijan. Demo data, labelled as such.
   */
  private void incidents() {
    DemoMember monitor = DemoRoster.MONITOR;
    Mission mission = new Mission("MM-DEMO", labelled("Monitoring mission"), List.of(new MissionMember(
        monitor.name(), keyId(monitor.label()), publicKey(monitor.label()))));
    MissionAdmissionSigned admission = new MissionAdmissionSigned(mission, mission.admissionHash());
    act(DemoRoster.A_CO_CHAIR, "2026-10-16T08:00:00Z", admission);
    act(DemoRoster.B_CO_CHAIR, "2026-10-16T08:30:00Z", admission);
    List<GeoPoint> s1 = lines.section(AGREED);
    GeoPoint middle = s1.get(s1.size() / 2);
    incident("I-DEMO-1", Geodesics.WGS84.direct(middle, 30, 1_500).point(), "construction", "fence", monitor,
        "2026-10-16T09:00:00Z", "Fictional incident (demo): a new pasture fence reported close to the line."
            + " No one was hurt.", Position.ACKNOWLEDGED);
    incident("I-DEMO-2", Geodesics.WGS84.direct(middle, 210, 2_000).point(), "crossing", "livestock",
        DemoRoster.A_EXPERT, "2026-10-16T10:00:00Z", "Fictional incident (demo): a herd of sheep crossed the line"
            + " and was held for a day.", Position.DISPUTED);
  }

  private void incident(String id, GeoPoint where, String type, String subType, DemoMember reporter, String time,
      String narrative, Position positionOfB) {
    Act report = act(reporter, time, new IncidentReported(id, "2026-10-15", 1, "2026-10-16", 1,
        CanonicalPoint.of(where), 1, type, subType, List.of(labelled("Unidentified")),
        List.of(new SourceRef(labelled("Mission patrol log"), Confidence.HIGH)), 0L, 0L, narrative, List.of(),
        List.of("D-1"), List.of()));
    Instant t = Instant.parse(time);
    act(DemoRoster.MONITOR, t.plusSeconds(600).toString(), new IncidentVerified(id, report.entryHash(),
        labelled("Seen on site by the mission")));
    act(DemoRoster.A_CO_CHAIR, t.plusSeconds(1200).toString(), new IncidentPositionTaken(id, report.entryHash(),
        Position.ACKNOWLEDGED, labelled("Armenia acknowledges the incident as verified")));
    act(DemoRoster.B_CO_CHAIR, t.plusSeconds(1800).toString(), new IncidentPositionTaken(id, report.entryHash(),
        positionOfB, labelled(positionOfB == Position.ACKNOWLEDGED ? "Azerbaijan acknowledges the incident"
            : "Azerbaijan disputes the account of the incident")));
  }

  private void genesis(Path file) {
    TreeMap<String, BigDecimal> tolerances = new TreeMap<>();
    tolerances.put("agreeToleranceM", AGREE_TOLERANCE_M);
    tolerances.put("snapToleranceM", SNAP_TOLERANCE_M);
    Genesis g = new Genesis(COMMISSION_ID, labelled("Demo Armenia–Azerbaijan boundary commission"),
        new PartyName("ARM", "Armenia"), new PartyName("AZE", "Azerbaijan"),
        new PartyName("MED", "Mediator (a fictional third state)"),
        List.of(founding(DemoRoster.A_CO_CHAIR), founding(DemoRoster.B_CO_CHAIR), founding(DemoRoster.MEDIATOR)),
        new NamedKey(DemoRoster.OPERATOR_NAME, publicKey(DemoRoster.OPERATOR)),
        List.of(new Witness(Party.A, DemoRoster.WITNESS_A_NAME, publicKey(DemoRoster.WITNESS_A)),
            new Witness(Party.B, DemoRoster.WITNESS_B_NAME, publicKey(DemoRoster.WITNESS_B))),
        DATUM_TRANSFORMATION, tolerances);
    node = CommissionNode.create(file, ORIGIN, new Command(actor(DemoRoster.MEDIATOR), FOUNDED, g),
        key(DemoRoster.MEDIATOR.label()));
  }

  private FoundingMember founding(DemoMember m) {
    return new FoundingMember(m.party(), m.name(), m.roles(), keyId(m.label()), publicKey(m.label()));
  }

  private MemberAdded added(DemoMember m) {
    return new MemberAdded(m.party(), m.name(), m.roles(), keyId(m.label()), publicKey(m.label()));
  }


  private LineProposed proposal(String proposalId, int section, List<GeoPoint> line, String sourceId) {
    List<CanonicalPoint> points = line.stream().map(CanonicalPoint::of).toList();
    return new LineProposed(proposalId, sectionId(section), SITTING_ID, points,
        Collections.nCopies(points.size() - 1, ProposedSegment.GEODESIC), List.of(sourceId));
  }

  private DecisionDrafted draft(String decisionId, int section) {
    String proposalId = "M-S" + (section + 1);
    return node.state().draftAdopting(decisionId, sectionId(section), SITTING_ID, labelled(String.format(Locale.ROOT,
        "Section %s of the boundary is agreed as the line of working line %s: %d turning points joined by"
            + " geodesics, drawn from the %s (%s).", sectionId(section), proposalId, lines.section(section).size(),
        OSM_TITLE, SOURCE_OSM)), proposalId);
  }

  private Actor actor(DemoMember m) {
    return new Actor(m.party(), m.name(), keyId(m.label()));
  }

  private Act act(DemoMember who, String time, CommissionEvent event) {
    return node.submit(new Command(actor(who), Instant.parse(time), event), key(who.label()));
  }

  private void checkpoint() {
    node.signCheckpoint(key(DemoRoster.OPERATOR));
    Clock at = Clock.fixed(COSIGNED, ZoneOffset.UTC);
    node.cosign(DemoRoster.WITNESS_A_NAME, key(DemoRoster.WITNESS_A), at);
    node.cosign(DemoRoster.WITNESS_B_NAME, key(DemoRoster.WITNESS_B), at);
  }

  private SigningKey key(String label) {
    SigningKey k = keys.get(label);
    if (k == null) {
      throw new IllegalArgumentException("no demo key labelled " + label + " (labels: " + keys.keySet() + ")");
    }
    return k;
  }

  private String keyId(String label) {
    return key(label).keyId();
  }

  /** The Ed25519 public key as the journal records it: 64 hex digits. */
  private String publicKey(String label) {
    return HexFormat.of().formatHex(key(label).verifyingKey().bytes());
  }
}
