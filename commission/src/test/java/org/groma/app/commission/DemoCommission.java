package org.groma.app.commission;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.FoundingMember;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.KeyRevoked;
import org.groma.app.commission.CommissionEvent.KeyRotated;
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
import org.groma.geo.CanonicalPoint;
import org.groma.journal.entry.Party;

/**
 * A small, politically neutral demo history: fictional parties "Party A" and "Party B", a mediator, and
 * members named for their role. It runs over several dates so that time travel has something to show:
 *
 * <ol>
 *   <li>2024-03-01 genesis; 2024-03-04 each co-chair adds an expert;
 *   <li>2024-04-10 first sitting opens, two sources are registered;
 *   <li>2024-04-11 each party proposes lines for sections S-1 and S-2; the mediator writes a note;
 *   <li>2024-04-12 decision D-1 (S-1 follows Party B's line) is drafted and endorsed by Party A; the sitting
 *       closes with its protocol;
 *   <li>2024-05-14 Party B endorses D-1: it is in force from then on (on 1 May 2024 nothing was agreed, on
 *       15 May 2024 section S-1 was);
 *   <li>2024-06-03 Party B's expert's key is rotated; 2024-06-10 Party A's expert's key is revoked.
 * </ol>
 *
 * <p>The lines lie in the open sea near 0°N 0°E, on purpose on no real boundary. Keys come from the caller's
 * {@link KeyBook}, so a node can run the script with real Ed25519 keys and sign every entry;
 * {@link #PLACEHOLDER_KEYS} gives fixed stand-ins for rule tests, which check no signature.
 */
public final class DemoCommission {

  /** Appends one command as an act (its seq and entry hash are the journal's), or throws if refused. */
  @FunctionalInterface
  public interface Appender {
    Act append(Command command);
  }

  /**
   * Who holds which key. The script names each key by a label (the key ids of the actor constants below:
   * {@code a-chair-1}, ..., and {@code operator}, {@code witness-a}, {@code witness-b}); a key book gives the
   * key id and the Ed25519 public key (64 hex digits) the journal records for it.
   */
  public interface KeyBook {
    String keyId(String label);

    String publicKey(String label);

    /** {@code actor} with the key id this book gives its label. */
    default Actor actor(Actor labelled) {
      return new Actor(labelled.party(), labelled.member(), keyId(labelled.keyId()));
    }
  }

  /**
   * Stand-in keys for rule tests, which check no signature: the label is the key id, and the public key is
   * SHA-256 of "groma demo key " + label, not an Ed25519 key.
   */
  public static final KeyBook PLACEHOLDER_KEYS = new KeyBook() {
    @Override
    public String keyId(String label) {
      return label;
    }

    @Override
    public String publicKey(String label) {
      return sha256Hex("groma demo key " + label);
    }
  };

  public static final String COMMISSION_ID = "demo-commission";
  public static final Actor A_CO_CHAIR = new Actor(Party.A, "Party A co-chair", "a-chair-1");
  public static final Actor B_CO_CHAIR = new Actor(Party.B, "Party B co-chair", "b-chair-1");
  public static final Actor MEDIATOR = new Actor(Party.MEDIATOR, "Mediator", "med-1");
  public static final Actor A_EXPERT = new Actor(Party.A, "Party A expert", "a-expert-1");
  public static final Actor B_EXPERT = new Actor(Party.B, "Party B expert", "b-expert-1");
  /** Party B's expert after the rotation of 2024-06-03. */
  public static final Actor B_EXPERT_ROTATED = new Actor(Party.B, "Party B expert", "b-expert-2");

  /** The log operator's and witnesses' key names (C2SP signed-note names: no spaces). */
  public static final String OPERATOR_NAME = "operator.demo-commission";
  public static final String WITNESS_A_NAME = "witness.party-a.demo-commission";
  public static final String WITNESS_B_NAME = "witness.party-b.demo-commission";

  /** Within this distance two parties' surveys of one point are taken to agree (5 cm: RTK GNSS precision). */
  static final BigDecimal AGREE_TOLERANCE_M = new BigDecimal("0.05");
  /** Vertices closer than this are snapped together when lines are compared (1 mm: below any survey). */
  static final BigDecimal SNAP_TOLERANCE_M = new BigDecimal("0.001");

  private DemoCommission() {}

  /** The demo's genesis, with public keys from {@code keys}. */
  public static Genesis genesis(KeyBook keys) {
    TreeMap<String, BigDecimal> tolerances = new TreeMap<>();
    tolerances.put("agreeToleranceM", AGREE_TOLERANCE_M);
    tolerances.put("snapToleranceM", SNAP_TOLERANCE_M);
    return new Genesis(COMMISSION_ID, "Demo joint boundary commission",
        new PartyName("PA", "Party A"), new PartyName("PB", "Party B"), new PartyName("MED", "Mediator"),
        List.of(founding(A_CO_CHAIR, EnumSet.of(Role.CO_CHAIR), keys),
            founding(B_CO_CHAIR, EnumSet.of(Role.CO_CHAIR), keys),
            founding(MEDIATOR, EnumSet.of(Role.EXPERT, Role.ADMIN), keys)),
        new NamedKey(OPERATOR_NAME, keys.publicKey("operator")),
        List.of(new Witness(Party.A, WITNESS_A_NAME, keys.publicKey("witness-a")),
            new Witness(Party.B, WITNESS_B_NAME, keys.publicKey("witness-b"))),
        "EPSG:1267", tolerances);
  }

  private static FoundingMember founding(Actor a, EnumSet<Role> roles, KeyBook keys) {
    return new FoundingMember(a.party(), a.member(), roles, keys.keyId(a.keyId()), keys.publicKey(a.keyId()));
  }

  /** Scripts the whole demo history through {@code appender}; returns the acts in order. */
  public static List<Act> script(Appender appender, KeyBook keys) {
    List<Act> acts = new ArrayList<>();
    Script s = new Script(appender, acts, keys);
    s.act(MEDIATOR, "2024-03-01T09:00:00Z", genesis(keys));
    s.act(A_CO_CHAIR, "2024-03-04T10:00:00Z", new MemberAdded(Party.A, A_EXPERT.member(),
        EnumSet.of(Role.EXPERT), keys.keyId(A_EXPERT.keyId()), keys.publicKey(A_EXPERT.keyId())));
    s.act(B_CO_CHAIR, "2024-03-04T11:00:00Z", new MemberAdded(Party.B, B_EXPERT.member(),
        EnumSet.of(Role.EXPERT, Role.SURVEYOR), keys.keyId(B_EXPERT.keyId()), keys.publicKey(B_EXPERT.keyId())));

    s.act(MEDIATOR, "2024-04-10T08:00:00Z", new SittingOpened("sitting-1", "First sitting of the commission",
        List.of("Sources for sections S-1 and S-2", "Proposals for sections S-1 and S-2", "Draft decisions")));
    s.act(A_EXPERT, "2024-04-10T09:30:00Z", new SourceRegistered("SRC-1",
        "Topographic sheet 1 (demo), 1:50 000", sha256Hex("demo source SRC-1"), 50_000L, "1975", "EPSG:28408"));
    s.act(B_EXPERT, "2024-04-10T10:15:00Z", new SourceRegistered("SRC-2",
        "Boundary description (demo text)", sha256Hex("demo source SRC-2"), null, "1930-06", null));

    s.act(A_EXPERT, "2024-04-11T09:00:00Z", new LineProposed("A-S1", "S-1", "sitting-1",
        line(100_000_000, 100_000_000, 150_000_000, 120_000_000, 200_000_000, 100_000_000),
        List.of(ProposedSegment.GEODESIC, ProposedSegment.GEODESIC), List.of("SRC-1")));
    Act bs1 = s.act(B_EXPERT, "2024-04-11T09:20:00Z", new LineProposed("B-S1", "S-1", "sitting-1",
        line(100_000_000, 100_000_000, 150_000_000, 120_400_000, 200_000_000, 100_000_000),
        List.of(ProposedSegment.GEODESIC, ProposedSegment.GEODESIC), List.of("SRC-1", "SRC-2")));
    s.act(A_EXPERT, "2024-04-11T10:00:00Z", new LineProposed("A-S2", "S-2", "sitting-1",
        line(200_000_000, 100_000_000, 250_000_000, 50_000_000),
        List.of(ProposedSegment.RHUMB), List.of("SRC-1")));
    s.act(B_EXPERT, "2024-04-11T10:30:00Z", new LineProposed("B-S2", "S-2", "sitting-1",
        line(200_000_000, 100_000_000, 230_000_000, 80_000_000, 250_000_000, 50_000_000),
        List.of(ProposedSegment.following("median line of the demo river"), ProposedSegment.GEODESIC), List.of("SRC-2")));
    s.act(MEDIATOR, "2024-04-11T16:00:00Z", new Note("N-1",
        "The two lines for S-1 differ only at their middle turning point, by about 44 m in latitude. Both"
            + " parties may wish to adopt one of them.", "S-1"));

    String geometry = ((LineProposed) bs1.event()).geometryHash();
    Act draft = s.act(A_CO_CHAIR, "2024-04-12T10:00:00Z", new DecisionDrafted("D-1", "S-1", "sitting-1",
        "Section S-1 of the boundary is agreed as the line of proposal B-S1: three turning points joined by"
            + " geodesics.", "B-S1", bs1.entryHash(), geometry));
    s.act(A_CO_CHAIR, "2024-04-12T11:00:00Z", new DecisionEndorsed("D-1", draft.entryHash(), geometry));
    s.act(MEDIATOR, "2024-04-12T17:00:00Z", new SittingClosed("sitting-1",
        "First sitting. Sources SRC-1 and SRC-2 registered. Proposals A-S1, B-S1, A-S2, B-S2 tabled. Draft"
            + " decision D-1 on section S-1 tabled and endorsed by Party A; Party B to reply after"
            + " consultations."));
    s.act(B_CO_CHAIR, "2024-05-14T12:00:00Z", new DecisionEndorsed("D-1", draft.entryHash(), geometry));

    s.act(B_CO_CHAIR, "2024-06-03T09:00:00Z", new KeyRotated(Party.B, B_EXPERT.member(),
        keys.keyId(B_EXPERT.keyId()), keys.keyId(B_EXPERT_ROTATED.keyId()), keys.publicKey(B_EXPERT_ROTATED.keyId())));
    s.act(A_CO_CHAIR, "2024-06-10T09:00:00Z", new KeyRevoked(Party.A, A_EXPERT.member(), keys.keyId(A_EXPERT.keyId()),
        "the laptop holding this key was lost"));
    return acts;
  }

  /** The demo history kept in memory with stand-in entry hashes and {@link #PLACEHOLDER_KEYS}. */
  public static InMemoryCommission inMemory() {
    InMemoryCommission c = new InMemoryCommission();
    script(c, PLACEHOLDER_KEYS);
    return c;
  }

  private record Script(Appender appender, List<Act> acts, KeyBook keys) {
    Act act(Actor actor, String time, CommissionEvent event) {
      Act a = appender.append(new Command(keys.actor(actor), Instant.parse(time), event));
      acts.add(a);
      return a;
    }
  }

  /** Points from alternating lon, lat nanodegree values. */
  static List<CanonicalPoint> line(long... lonLat) {
    List<CanonicalPoint> out = new ArrayList<>();
    for (int i = 0; i < lonLat.length; i += 2) {
      out.add(new CanonicalPoint(lonLat[i], lonLat[i + 1]));
    }
    return out;
  }

  static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
