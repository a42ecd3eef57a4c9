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
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.PostEstablished;
import org.groma.app.commission.PatrolEvent.PostKind;
import org.groma.app.commission.PatrolEvent.PostStatus;
import org.groma.app.commission.PatrolEvent.PostStatusChanged;
import org.groma.app.commission.PatrolEvent.TrackPart;
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

    // the sequence exercised the rules: every entry type accepted, decisions in force, keys revoked, refusals.
    // A feature's family of acts (a sealed sub-interface: the treaty, regulations, protocols, commitments, pillars) is exercised by
    // its own tests; these random commands cover the acts declared directly in CommissionEvent.
    List<String> core = EntryTypes.all().stream()
        .filter(t -> List.of(t.recordClass().getInterfaces()).contains(CommissionEvent.class))
        .map(EntryType::code).toList();
    assertThat(acceptedByType.keySet()).as("accepted types %s", acceptedByType)
        .containsAll(core.subList(1, core.size()));
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
    // A party initials a treaty version only after accepting it definitively, and only once.
    for (TreatyRegister.Treaty t : s.treaties().treaties()) {
      for (TreatyRegister.Paragraph p : t.paragraphs()) {
        for (TreatyRegister.Version v : t.versions(p)) {
          for (TreatyRegister.Signature i : v.initials()) {
            assertThat(v.acceptances()).as("initials of %s by %s", v.versionId(), i.party()).anyMatch(a ->
                a.party() == i.party() && a.acceptance() == TreatyEvent.Acceptance.DEFINITIVE && a.seq() < i.seq());
          }
          assertThat(v.initials().stream().map(TreatyRegister.Signature::party).distinct().count())
              .isEqualTo(v.initials().size());
          assertThat(v.proposal().texts().keySet()).containsExactlyElementsOf(t.languages());
        }
      }
    }
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
    switch (r.nextInt(18)) {
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
        return switch (r.nextInt(4)) {
          case 0 -> new PostEstablished("OP" + r.nextInt(20), PostKind.OBSERVATION_POST, "post",
              new CanonicalPoint(r.nextInt(1_000_000), 0), "S" + r.nextInt(6), "sector");
          case 1 -> {
            List<PatrolRegister.Post> posts = s.patrols().posts();
            if (posts.isEmpty()) {
              yield new Note("N" + r.nextInt(80), "note", null);
            }
            PatrolRegister.Post post = pick(r, posts);
            // Now and then quoting a forged hash: refused. Often by the other party: refused too.
            yield new PostStatusChanged(post.postId(), PostStatus.values()[r.nextInt(3)], "status",
                r.nextInt(10) == 0 ? hex("forged " + r.nextInt()) : post.entryHash());
          }
          case 2 -> {
            Instant end = s.lastTime().orElseThrow().minus(Duration.ofMinutes(r.nextInt(120) - 10));
            yield new PatrolRecorded("PT" + r.nextInt(20), r.nextBoolean() ? null : "S" + r.nextInt(6),
                hex("gpx " + r.nextInt(25)), List.of(new TrackPart(List.of(new CanonicalPoint(0, 0),
                    new CanonicalPoint(1000, 1000)), List.of(end.minus(Duration.ofMinutes(30)), end))));
          }
          default -> new Note("N" + r.nextInt(80), "note", r.nextBoolean() ? null : "S" + r.nextInt(6));
        };
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
      case 13, 14 -> {
        return randomTreatyEvent(r, s);
      }
      case 15 -> {
        // Two co-chairs' admissions of one mission id, now and then of different content: the second refused.
        int n = r.nextInt(4);
        List<MissionEvent.MissionMember> members = List.of(new MissionEvent.MissionMember("monitor " + n,
            "mk" + n + (r.nextInt(6) == 0 ? "b" : ""), hex("mk " + n)));
        MissionEvent.Mission m = new MissionEvent.Mission("MM" + n, "mission " + n, members);
        return new MissionEvent.MissionAdmissionSigned(m, m.admissionHash());
      }
      case 16 -> {
        return IncidentScript.report("I" + r.nextInt(40), r.nextInt(1_000_000_000), r.nextInt(1_000_000_000));
      }
      case 17 -> {
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

  /**
   * A treaty act: a treaty opened, a version proposed (now and then in an undeclared language or missing one),
   * accepted or initialled (now and then quoting a forged hash).
   */
  static CommissionEvent randomTreatyEvent(Random r, CommissionState s) {
    List<TreatyRegister.Treaty> treaties = s.treaties().treaties();
    if (treaties.isEmpty() || r.nextInt(20) == 0) {
      return new TreatyEvent.TreatyOpened("TR" + r.nextInt(3), TreatyScript.texts("Treaty", "Договор"));
    }
    TreatyRegister.Treaty t = pick(r, treaties);
    List<TreatyRegister.Version> versions = t.paragraphs().stream().flatMap(p -> t.versions(p).stream()).toList();
    int dice = r.nextInt(10);
    if (versions.isEmpty() || dice < 4) {
      java.util.TreeMap<String, String> texts = new java.util.TreeMap<>(TreatyScript.texts("Text " + r.nextInt(3),
          "Текст " + r.nextInt(3)));
      if (r.nextInt(15) == 0) {
        texts.put("fr", "Texte");
      } else if (r.nextInt(15) == 0) {
        texts.remove("ru");
      }
      return new TreatyEvent.ParagraphProposed(t.treatyId(), 1 + r.nextInt(3), 1 + r.nextInt(2), "V" + r.nextInt(200),
          texts);
    }
    // Initials go mostly to a version agreed now, which is what they may cover.
    List<TreatyRegister.Version> agreed = t.paragraphs().stream()
        .map(p -> TreatyRegister.status(t, p, s.lastTime().orElseThrow()))
        .filter(st -> st.status() == TreatyRegister.Status.AGREED).map(TreatyRegister.ParagraphStatus::agreed).toList();
    TreatyRegister.Version v = dice >= 8 && !agreed.isEmpty() && r.nextInt(4) > 0 ? pick(r, agreed) : pick(r, versions);
    String hash = r.nextInt(10) == 0 ? hex("forged " + r.nextInt()) : v.entryHash();
    java.util.SortedMap<String, String> hashes = v.proposal().textHashes();
    if (r.nextInt(10) == 0) {
      java.util.TreeMap<String, String> forged = new java.util.TreeMap<>(hashes);
      forged.put("ru", hex("forged text " + r.nextInt()));
      hashes = forged;
    }
    if (dice < 8) {
      return new TreatyEvent.VersionAccepted(t.treatyId(), v.versionId(), hash, hashes,
          r.nextBoolean() ? TreatyEvent.Acceptance.DEFINITIVE : TreatyEvent.Acceptance.AD_REFERENDUM);
    }
    return new TreatyEvent.VersionInitialled(t.treatyId(), v.versionId(), hash, hashes);
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
        case TreatyEvent.VersionAccepted m -> r.nextBoolean() ? Party.A : Party.B;
        case TreatyEvent.VersionInitialled m -> r.nextBoolean() ? Party.A : Party.B;
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
