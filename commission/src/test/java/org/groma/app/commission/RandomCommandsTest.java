package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.KeyRevoked;
import org.groma.app.commission.CommissionEvent.KeyRotated;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.MapSheetRegistered;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent.ProposalWithdrawn;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionEvent.SittingClosed;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionEvent.SourceRegistered;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.CommissionState.Endorsement;
import org.groma.app.commission.CommissionState.Key;
import org.groma.app.commission.CommissionState.KeyStatus;
import org.groma.app.commission.CommissionState.Member;
import org.groma.app.commission.CommissionState.Proposal;
import org.groma.app.commission.CommissionState.SectionRecord;
import org.groma.app.commission.CommissionState.SectionStatus;
import org.groma.app.commission.CommissionState.Sitting;
import org.groma.geo.CanonicalPoint;
import org.groma.journal.entry.Party;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random command sequences, biased towards commands that may pass, run through decide then evolve; after
 * every step the invariants of the commission hold, refused commands change nothing and evolve refuses
 * their acts with the same reason, and replaying the accepted acts (also after a trip through the codec's
 * JSON text) gives the same state.
 */
class RandomCommandsTest {

  static final int STEPS = 2500;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 20240515, 7777})
  void random_command_sequences_keep_the_invariants(long seed) throws Exception {
    Random r = new Random(seed);
    CommissionState s = CommissionState.EMPTY;
    List<CommissionState> states = new ArrayList<>(); // states.get(seq) = state after act seq
    List<Act> acts = new ArrayList<>();
    Instant time = Instant.parse("2024-01-01T00:00:00Z");

    Command genesis = new Command(DemoCommission.MEDIATOR, time,
        DemoCommission.genesis(DemoCommission.PLACEHOLDER_KEYS));
    s = Fixture.accept(genesis, s);
    acts.add(Fixture.act(genesis, CommissionState.EMPTY));
    states.add(s);

    int refused = 0;
    int confusable = 0;
    Map<String, Integer> acceptedByType = new HashMap<>();
    for (int step = 0; step < STEPS; step++) {
      time = r.nextInt(50) == 0 ? time.minus(Duration.ofMinutes(1)) : time.plus(Duration.ofMinutes(r.nextInt(180)));
      CommissionEvent event = randomEvent(r, s);
      Actor actor = randomActor(r, s, event);
      Command c = new Command(actor, time, event);
      Act act = Fixture.act(c, s);
      Decision d = CommissionRules.decide(c, s);
      if (d instanceof Decision.Refused refusal) {
        refused++;
        if (refusal.reason().contains("(Unicode skeletons are equal)")) {
          confusable++;
        }
        CommissionState before = s;
        assertThatThrownBy(() -> CommissionRules.evolve(before, act)).isInstanceOf(RuleViolation.class)
            .satisfies(e -> assertThat(((RuleViolation) e).reason()).isEqualTo(refusal.reason()));
        time = s.lastTime().orElseThrow(); // the refused command's time is not recorded anywhere
        continue;
      }
      assertThat(d).isEqualTo(new Decision.Accepted(List.of(event)));
      s = CommissionRules.evolve(s, act);
      acts.add(act);
      states.add(s);
      acceptedByType.merge(event.type(), 1, Integer::sum);
      checkInvariants(s, states);
    }

    assertThat(CommissionHistory.replay(acts).current()).isEqualTo(s);
    List<Act> viaJson = new ArrayList<>();
    for (Act a : acts) {
      byte[] text = EventCodec.encode(a.event()).canonicalBytes();
      viaJson.add(new Act(a.seq(), a.time(), a.author(),
          EventCodec.decode(a.event().type(), org.groma.journal.json.JsonParser.parse(text)), a.entryHash()));
    }
    assertThat(CommissionHistory.replay(viaJson).current()).isEqualTo(s);

    // the sequence exercised the rules: every entry type accepted, decisions in force, keys revoked, refusals
    assertThat(acceptedByType.keySet()).as("accepted types %s", acceptedByType)
        .containsAll(EntryTypes.codes().subList(1, EntryTypes.codes().size()));
    assertThat(s.decisionsInForce()).isNotEmpty();
    assertThat(s.keys()).anyMatch(k -> k.status() == KeyStatus.REVOKED);
    assertThat(refused).isGreaterThan(STEPS / 10);
    assertThat(confusable).as("member names refused as confusable").isPositive();
  }

  static void checkInvariants(CommissionState s, List<CommissionState> states) {
    Map<String, Integer> inForcePerSection = new HashMap<>();
    for (DecisionRecord d : s.decisions()) {
      if (!d.inForce()) {
        assertThat(d.endorsements()).as("draft %s", d.decisionId()).hasSizeLessThan(2);
        continue;
      }
      inForcePerSection.merge(d.draft().sectionId(), 1, Integer::sum);
      assertThat(d.endorsements()).as("decision %s in force", d.decisionId()).containsOnlyKeys(Party.A, Party.B);
      long last = 0;
      for (Endorsement e : d.endorsements().values()) {
        CommissionState before = states.get((int) e.seq() - 1);
        Member m = before.member(e.member()).orElseThrow();
        Key k = before.key(e.keyId()).orElseThrow();
        assertThat(m.party()).isEqualTo(e.party());
        assertThat(m.has(Role.CO_CHAIR)).as("%s endorsing %s is a co-chair", m.name(), d.decisionId()).isTrue();
        assertThat(k.member()).isEqualTo(m.name());
        assertThat(k.status()).as("key %s active when endorsing %s", k.keyId(), d.decisionId())
            .isEqualTo(KeyStatus.ACTIVE);
        assertThat(e.seq()).isGreaterThan(d.draftSeq());
        last = Math.max(last, e.seq());
      }
      assertThat(d.inForceSeq()).isEqualTo(last);
      assertThat(s.sectionStatus(d.draft().sectionId())).isEqualTo(SectionStatus.AGREED);
      assertThat(s.section(d.draft().sectionId()).orElseThrow().agreedBy()).isEqualTo(d.decisionId());
    }
    assertThat(inForcePerSection.values()).allMatch(n -> n == 1);
    for (SectionRecord sec : s.sections()) {
      long live = s.proposalsFor(sec.sectionId()).stream().filter(p -> !p.withdrawn()).count();
      assertThat(sec.liveProposals()).isEqualTo(live);
      if (sec.agreedBy() == null) {
        assertThat(inForcePerSection).doesNotContainKey(sec.sectionId());
      }
    }
    assertThat(s.sittings().stream().filter(Sitting::open).count()).isLessThanOrEqualTo(1);
    for (Party p : List.of(Party.A, Party.B)) {
      assertThat(s.keys()).as("party %s keeps an active co-chair key", p).anyMatch(k -> k.party() == p
          && k.status() == KeyStatus.ACTIVE && s.member(k.member()).orElseThrow().has(Role.CO_CHAIR));
    }
  }

  // ------------------------------------------------------------------ generators

  static <T> T pick(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  static Party randomParty(Random r) {
    return Party.values()[r.nextInt(3)];
  }

  static String hex(String seed) {
    return DemoCommission.sha256Hex(seed);
  }

  static CommissionEvent randomEvent(Random r, CommissionState s) {
    List<Key> keys = s.keys();
    List<Proposal> proposals = s.proposals();
    List<DecisionRecord> decisions = s.decisions();
    String openSitting = s.openSitting().map(Sitting::sittingId).orElse("T" + r.nextInt(12));
    switch (r.nextInt(16)) {
      case 0, 1 -> {
        Party p = randomParty(r);
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
          if (r.nextInt(3) == 0 && !(p == Party.MEDIATOR && role == Role.CO_CHAIR)) {
            roles.add(role);
          }
        }
        if (roles.isEmpty()) {
          roles.add(p == Party.MEDIATOR ? Role.ADMIN : Role.CO_CHAIR);
        }
        String keyId = "k" + r.nextInt(300);
        // Sometimes with a Cyrillic е (U+0435): the same name to a reader, refused as confusable either way round.
        String name = (r.nextInt(8) == 0 ? "m\u0435mber " : "member ") + r.nextInt(40);
        return new MemberAdded(p, name, roles, keyId, hex("pk " + keyId + r.nextInt(2)));
      }
      case 2 -> {
        Key k = pick(r, keys);
        String keyId = "k" + r.nextInt(300);
        if (keyId.equals(k.keyId())) {
          keyId = keyId + "x";
        }
        return new KeyRotated(k.party(), k.member(), k.keyId(), keyId, hex("pk " + keyId));
      }
      case 3 -> {
        Key k = pick(r, keys);
        return new KeyRevoked(r.nextInt(10) == 0 ? randomParty(r) : k.party(), k.member(), k.keyId(), "test");
      }
      case 4 -> {
        if (s.openSitting().isPresent() && r.nextBoolean()) {
          return new SittingClosed(openSitting, "protocol of " + openSitting);
        }
        return new SittingOpened("T" + r.nextInt(12), "sitting", List.of("agenda"));
      }
      case 5 -> {
        if (!s.sources().isEmpty() && r.nextInt(3) == 0) {
          // A map sheet for a known source, now and then at another scale or quoting a forged hash: refused.
          var src = pick(r, s.sources());
          return new MapSheetRegistered(src.source().sourceId(), r.nextInt(5) == 0 ? "K-38-123" : "K-38-123-А",
              1975, 1968, "issuer", 600, randomParty(r),
              r.nextInt(10) == 0 ? hex("forged " + r.nextInt()) : src.entryHash());
        }
        return new SourceRegistered("SRC" + r.nextInt(12), "sheet", hex("file " + r.nextInt(15)),
            r.nextBoolean() ? null : 50_000L, "1975", r.nextBoolean() ? null : "EPSG:28408");
      }
      case 6, 7 -> {
        List<String> sources = new ArrayList<>();
        for (var src : s.sources()) {
          if (r.nextInt(3) == 0) {
            sources.add(src.source().sourceId());
          }
        }
        if (r.nextInt(20) == 0) {
          sources.add("SRC-missing");
        }
        long lon = r.nextInt(1_000_000_000);
        List<CanonicalPoint> line = List.of(new CanonicalPoint(lon, 0), new CanonicalPoint(lon + 1, 1));
        return new LineProposed("P" + r.nextInt(60), "S" + r.nextInt(6),
            r.nextInt(10) == 0 ? "T" + r.nextInt(12) : openSitting, line, List.of(ProposedSegment.GEODESIC), sources);
      }
      case 8 -> {
        if (proposals.isEmpty() || r.nextInt(10) == 0) {
          return new ProposalWithdrawn("P" + r.nextInt(60), "withdrawn", hex("unknown " + r.nextInt()));
        }
        Proposal p = pick(r, proposals);
        return new ProposalWithdrawn(p.proposalId(), "withdrawn",
            r.nextInt(10) == 0 ? hex("forged " + r.nextInt()) : p.entryHash());
      }
      case 9 -> {
        return new Note("N" + r.nextInt(80), "note", r.nextBoolean() ? null : "S" + r.nextInt(6));
      }
      case 10 -> {
        if (proposals.isEmpty()) {
          return new Note("N" + r.nextInt(80), "note", null);
        }
        Proposal p = pick(r, proposals);
        String section = r.nextInt(10) == 0 ? "S" + r.nextInt(6) : p.proposal().sectionId();
        // Now and then a draft quotes another proposal's entry or line (forged or mistaken): always refused.
        Proposal quoted = r.nextInt(10) == 0 ? pick(r, proposals) : p;
        return new DecisionDrafted("D" + r.nextInt(40), section, r.nextInt(10) == 0 ? "T" + r.nextInt(12)
            : openSitting, "decision", p.proposalId(), r.nextBoolean() ? quoted.entryHash() : p.entryHash(),
            r.nextBoolean() ? quoted.proposal().geometryHash() : p.proposal().geometryHash());
      }
      case 13 -> {
        // Two co-chairs' admissions of one mission id, now and then of different content: the second refused.
        int n = r.nextInt(4);
        List<MissionEvent.MissionMember> members = List.of(new MissionEvent.MissionMember("monitor " + n,
            "mk" + n + (r.nextInt(6) == 0 ? "b" : ""), hex("mk " + n)));
        MissionEvent.Mission m = new MissionEvent.Mission("MM" + n, "mission " + n, members);
        return new MissionEvent.MissionAdmissionSigned(m, m.admissionHash());
      }
      case 14 -> {
        return IncidentScript.report("I" + r.nextInt(40), r.nextInt(1_000_000_000), r.nextInt(1_000_000_000));
      }
      case 15 -> {
        List<IncidentRegister.IncidentRecord> incidents = s.incidents().incidents();
        if (incidents.isEmpty()) {
          return IncidentScript.report("I" + r.nextInt(40), 0, 0);
        }
        IncidentRegister.IncidentRecord i = pick(r, incidents);
        String hash = r.nextInt(10) == 0 ? hex("forged " + r.nextInt()) : i.entryHash();
        return switch (r.nextInt(3)) {
          case 0 -> IncidentScript.verified(i.incidentId(), hash);
          case 1 -> IncidentScript.position(i.incidentId(), hash, r.nextBoolean()
              ? IncidentEvent.Position.ACKNOWLEDGED : IncidentEvent.Position.DISPUTED);
          default -> IncidentScript.investigated(i.incidentId(), hash);
        };
      }
      default -> {
        if (decisions.isEmpty()) {
          return new Note("N" + r.nextInt(80), "note", null);
        }
        DecisionRecord d = pick(r, decisions);
        String geometry = s.geometryHash(d);
        return new DecisionEndorsed(d.decisionId(), r.nextInt(10) == 0 ? hex("forged " + r.nextInt()) : d.draftHash(),
            r.nextInt(10) == 0 ? hex("forged line " + r.nextInt()) : geometry);
      }
    }
  }

  /** Mostly a member entitled to the act with one of their keys; sometimes anyone, or someone unknown. */
  static Actor randomActor(Random r, CommissionState s, CommissionEvent e) {
    int dice = r.nextInt(100);
    if (dice < 2) {
      return new Actor(randomParty(r), "stranger", "k-stranger");
    }
    List<Key> keys = s.keys();
    if (dice < 5) {
      Key k = pick(r, keys);
      return new Actor(randomParty(r), k.member(), k.keyId());
    }
    List<Key> candidates = keys;
    if (dice < 85) {
      Party target = switch (e) {
        case MemberAdded m -> m.party();
        case KeyRotated m -> m.party();
        case KeyRevoked m -> m.party();
        case DecisionEndorsed m -> r.nextBoolean() ? Party.A : Party.B;
        case MissionEvent m -> r.nextBoolean() ? Party.A : Party.B;
        case IncidentEvent.IncidentPositionTaken m -> r.nextBoolean() ? Party.A : Party.B;
        default -> null;
      };
      if (e instanceof IncidentEvent.IncidentVerified && r.nextInt(5) > 0) {
        List<Key> monitors = keys.stream().filter(k -> s.missions().isMonitor(k.member())).toList();
        if (!monitors.isEmpty()) {
          Key k = pick(r, monitors);
          return new Actor(k.party(), k.member(), k.keyId());
        }
      }
      Role needed = target == null ? null : target == Party.MEDIATOR ? Role.ADMIN : Role.CO_CHAIR;
      List<Key> fitting = keys.stream()
          .filter(k -> k.status() == KeyStatus.ACTIVE || r.nextInt(20) == 0)
          .filter(k -> target == null || (k.party() == target && s.member(k.member()).orElseThrow().has(needed)))
          .toList();
      if (!fitting.isEmpty()) {
        candidates = fitting;
      }
    }
    Key k = pick(r, candidates);
    return new Actor(k.party(), k.member(), k.keyId());
  }
}
