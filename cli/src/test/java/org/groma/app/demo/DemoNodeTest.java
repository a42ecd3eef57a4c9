package org.groma.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent.SittingClosed;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.CommissionEvent.SourceRegistered;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.CommissionState.Proposal;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.PillarNumber;
import org.groma.app.commission.PillarRegister;
import org.groma.app.demarcation.AcceptanceCheck;
import org.groma.app.demo.DemoRoster.DemoMember;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.GeoJsonReader;
import org.groma.app.keys.Keystore;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.Geodesics;
import org.groma.journal.entry.Party;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.Cosignature;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.note.SignedNote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo commission built once from the shipped data, then checked against the data and the promises. */
class DemoNodeTest {

  /** The shipped data, from the app module's folder (where Surefire runs). */
  private static final Path DATA = Path.of("..", "data");

  @TempDir static Path dir;
  static DemoNode demo;
  static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void build() {
    demo = DemoNode.openOrBuild(dir.resolve("groma-demo"), progress::add);
  }

  @AfterAll
  static void close() {
    demo.close();
  }

  private static CommissionState state() {
    return demo.node().state();
  }

  private static List<CommissionEvent> events() {
    List<CommissionEvent> out = new ArrayList<>();
    for (long seq = 0; seq < demo.node().size(); seq++) {
      out.add(demo.node().act(seq).event());
    }
    return out;
  }

  @Test
  void builds_the_three_files_serve_expects_and_the_store_verifies_from_scratch() {
    assertThat(demo.built()).isTrue();
    Path d = dir.resolve("groma-demo");
    assertThat(d.resolve("demo.gpkg")).exists();
    assertThat(d.resolve("demo.keystore.json")).exists();
    assertThat(d.resolve("demo.accounts.json")).exists();
    try (var files = uncheckedList(d)) {
      assertThat(files).as("no build folder left behind").allMatch(p -> !p.getFileName().toString().startsWith("."));
    }
    var result = CommissionNode.verify(d.resolve("demo.gpkg"), n -> {});
    assertThat(result.ok()).as(result.toString()).isTrue();
    assertThat(result.entries()).isEqualTo(demo.node().size());
    assertThat(progress).anyMatch(l -> l.startsWith("building the demo commission"))
        .anyMatch(l -> l.startsWith("verified ") && l.endsWith("; checkpoint at " + demo.node().size()
            + " cosigned by 2 of 2 witnesses"));
  }

  private static java.util.stream.Stream<Path> uncheckedList(Path d) {
    try {
      return Files.list(d);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void the_treaty_draft_has_a_paragraph_of_each_status_and_one_bracketed() {
    var t = state().treaties().treaty(DemoTreaty.TREATY_ID).orElseThrow();
    var text = org.groma.app.commission.TreatyText.of(t, state().lastTime().orElseThrow());
    assertThat(text.paragraphs()).extracting(p -> p.ref() + " " + p.status().status().code()).containsExactly(
        "1.1 initialled", "1.2 agreed ad referendum", "2.1 bracketed", "3.1 agreed");
    assertThat(text.paragraphs().get(2).status().alternatives()).extracting(v -> v.proposedBy().party())
        .containsExactly(Party.A, Party.B);
    // Nothing of the treaty existed when S-1 came into force; the checkpoint covers all of it.
    assertThat(t.time()).isAfter(DemoJournal.D1_IN_FORCE).isBefore(DemoJournal.COSIGNED);
  }

  @Test
  void two_posts_and_a_patrol_from_the_gpx_file_beside_the_store_watch_section_s1_labelled_as_demo_data()
      throws Exception {
    var register = state().patrols();
    assertThat(register.posts()).extracting(p -> p.postId() + " " + p.post().kind().code() + " " + p.party())
        .containsExactly("CP-1 checkpoint MEDIATOR", "OP-1 observation-post MEDIATOR");
    assertThat(register.posts()).allMatch(p -> p.post().name().contains(DemoNode.LABEL)
        && p.post().sector().contains(DemoNode.LABEL) && p.post().sectionId().equals("S-1"));
    var patrol = register.patrol("PT-1").orElseThrow();
    byte[] gpx = Files.readAllBytes(dir.resolve("groma-demo").resolve(DemoPatrols.GPX_FILE));
    assertThat(new String(gpx, java.nio.charset.StandardCharsets.UTF_8)).contains(DemoNode.LABEL).contains("Fictional");
    // the act commits to the file's bytes, and the file reads back to the recorded fixes
    var read = org.groma.app.io.PatrolGpx.read(gpx, DemoPatrols.GPX_FILE);
    assertThat(patrol.patrol().gpxSha256()).isEqualTo(read.sha256());
    assertThat(patrol.patrol().track()).isEqualTo(read.parts());
    assertThat(patrol.recordedBy().member()).isEqualTo(DemoRoster.MONITOR.name());
    var coverage = org.groma.app.commission.PatrolCoverage.of(state(), "S-1", null, null, null, 1000, 50);
    assertThat(coverage.agreed()).isTrue();
    assertThat(coverage.covered()).hasSize(1);
    assertThat(coverage.covered().get(0).fromM()).isZero();
    assertThat(coverage.coveredM()).isBetween(0.3 * coverage.lengthM(), 0.7 * coverage.lengthM());
  }

  @Test
  void parties_are_armenia_and_azerbaijan_with_a_neutral_mediator_and_every_role() {
    Genesis g = demo.node().genesis();
    assertThat(g.partyA().name()).isEqualTo("Armenia");
    assertThat(g.partyB().name()).isEqualTo("Azerbaijan");
    assertThat(g.mediator().name()).startsWith("Mediator");
    assertThat(state().members()).extracting(m -> m.party() + " " + m.name() + " " + java.util.EnumSet.copyOf(m.roles())).containsExactlyInAnyOrder(
        "A Co-chair of Armenia (demo) [CO_CHAIR]", "A Expert of Armenia (demo) [EXPERT]",
        "B Co-chair of Azerbaijan (demo) [CO_CHAIR]", "B Expert of Azerbaijan (demo) [EXPERT]",
        "MEDIATOR Mediator (demo) [EXPERT, ADMIN]", "MEDIATOR Observer (demo) [OBSERVER]",
        "MEDIATOR Monitor of the demo mission (demo) [MONITOR]");
    assertThat(state().missions().missionOf("Monitor of the demo mission (demo)")).contains("MM-DEMO");
    assertThat(demo.node().trust().operator().name()).isEqualTo(DemoRoster.OPERATOR_NAME);
    assertThat(g.witnesses()).extracting(w -> w.party() + " " + w.name())
        .containsExactly("A " + DemoRoster.WITNESS_A_NAME, "B " + DemoRoster.WITNESS_B_NAME);
  }

  @Test
  void two_fictional_incidents_near_s1_one_acknowledged_by_both_one_disputed() {
    var incidents = state().incidents();
    assertThat(incidents.incidents()).extracting(r -> r.incidentId() + " " + r.status().code() + " "
        + r.reporter().code()).containsExactly("I-DEMO-1 acknowledged monitor", "I-DEMO-2 disputed party-a");
    incidents.incidents().forEach(r -> assertThat(r.report().narrative()).startsWith("Fictional incident (demo)"));
    var lines = org.groma.app.export.IncidentTable.of(state(), java.util.List.of());
    assertThat(lines).allSatisfy(l -> {
      assertThat(l.placement().sectionId()).isEqualTo("S-1");
      assertThat(l.placement().distanceM()).isBetween(100.0, 2_500.0);
    });
  }

  @Test
  void the_two_sources_are_registered_with_the_sha256_of_the_shipped_files() throws Exception {
    assertThat(state().sources()).hasSize(2);
    var osm = state().source("SRC-OSM").orElseThrow().source();
    var ne = state().source("SRC-NE").orElseThrow().source();
    assertThat(osm.title()).startsWith("OpenStreetMap-derived boundary extract");
    assertThat(ne.title()).startsWith("Natural Earth 1:10m");
    assertThat(osm.sha256()).isEqualTo(sha256(DATA.resolve("osm_caucasus.geojson")));
    assertThat(ne.sha256()).isEqualTo(sha256(DATA.resolve("ne10m_caucasus.geojson")));
  }

  @Test
  void six_sections_follow_the_osm_derived_line_end_to_end_on_its_own_vertices() throws Exception {
    Set<CanonicalPoint> armeniaVertices = vertices(DATA.resolve("osm_caucasus.geojson"), "A3", "ARM");
    List<LineProposed> osmLines = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      String section = "S-" + i;
      List<Proposal> ps = state().proposalsFor(section);
      assertThat(ps).as(section).isNotEmpty();
      LineProposed line = ps.stream().map(Proposal::proposal).filter(p -> p.sourceIds().equals(List.of("SRC-OSM")))
          .findFirst().orElseThrow();
      assertThat(line.line().size()).as(section + " turning points").isBetween(20, 80);
      assertThat(armeniaVertices).as(section + ": every turning point is a vertex of the extract")
          .containsAll(line.line());
      osmLines.add(line);
    }
    for (int i = 0; i + 1 < osmLines.size(); i++) {
      assertThat(osmLines.get(i).line().getLast()).as("S-%d ends where S-%d begins", i + 1, i + 2)
          .isEqualTo(osmLines.get(i + 1).line().getFirst());
    }
    double lengthM = osmLines.stream().mapToDouble(l -> Geodesics.WGS84.lengthM(points(l))).sum();
    // The longest part of the OSM-derived ARM–AZE boundary is 292.4 km; simplified within 100 m it is shorter.
    assertThat(lengthM).isBetween(270_000.0, 292_447.0);
    assertThat(state().sections()).extracting(CommissionState.SectionRecord::sectionId)
        .containsExactlyInAnyOrder("S-1", "S-2", "S-3", "S-4", "S-5", "S-6");
  }

  @Test
  void both_parties_propose_lines_for_two_sections_from_the_two_sources() throws Exception {
    Set<CanonicalPoint> neArmenia = vertices(DATA.resolve("ne10m_caucasus.geojson"), "name", "Armenia");
    for (String section : List.of("S-3", "S-4")) {
      List<Proposal> ps = state().proposalsFor(section);
      assertThat(ps).extracting(p -> p.party() + " " + p.proposal().sourceIds() + " " + p.proposedBy().member())
          .containsExactlyInAnyOrder("A [SRC-OSM] Expert of Armenia (demo)", "B [SRC-NE] Expert of Azerbaijan (demo)");
      LineProposed a = ps.stream().filter(p -> p.party() == Party.A).findFirst().orElseThrow().proposal();
      LineProposed b = ps.stream().filter(p -> p.party() == Party.B).findFirst().orElseThrow().proposal();
      // B's ends are the Natural Earth line's points nearest A's ends; between them, its own vertices.
      assertThat(neArmenia).containsAll(b.line().subList(1, b.line().size() - 1));
      for (int end : List.of(0, -1)) {
        GeoPoint pa = points(a).get(end == 0 ? 0 : a.line().size() - 1);
        GeoPoint pb = points(b).get(end == 0 ? 0 : b.line().size() - 1);
        // The two sources lie at most 5.2 km apart on this boundary (data/README.md).
        assertThat(Geodesics.WGS84.distanceM(pa, pb)).as(section + " ends").isLessThan(5_300);
      }
    }
    assertThat(state().notes()).singleElement().satisfies(n -> {
      assertThat(n.author().party()).isEqualTo(Party.MEDIATOR);
      assertThat(n.note().sectionId()).isEqualTo("S-3");
    });
  }

  @Test
  void one_decision_is_in_force_endorsed_by_both_co_chairs_and_another_awaits_them() {
    DecisionRecord d1 = state().decision("D-1").orElseThrow();
    assertThat(d1.inForce()).isTrue();
    assertThat(d1.draft().sectionId()).isEqualTo("S-1");
    assertThat(d1.endorsements().values()).extracting(e -> e.party() + " " + e.member())
        .containsExactly("A Co-chair of Armenia (demo)", "B Co-chair of Azerbaijan (demo)");
    assertThat(d1.inForceTime()).isEqualTo(DemoJournal.D1_IN_FORCE);
    assertThat(state().sectionStatus("S-1")).isEqualTo(CommissionState.SectionStatus.AGREED);
    assertThat(state().decision("D-2").orElseThrow().endorsements()).isEmpty();
    assertThat(state().sitting(DemoJournal.SITTING_ID)).hasValueSatisfying(s -> {
      assertThat(s.open()).isFalse();
      assertThat(s.agenda()).isNotEmpty();
      assertThat(s.protocol()).contains("D-1");
    });
    // "As of" a date: nothing was agreed on 1 May 2025, S-1 was on 21 May.
    assertThat(demo.node().stateAt(Instant.parse("2025-05-01T00:00:00Z")).decisionsInForce()).isEmpty();
    assertThat(demo.node().stateAt(Instant.parse("2025-05-21T00:00:00Z")).decisionsInForce())
        .extracting(DecisionRecord::decisionId).containsExactly("D-1");
    // the history ends with the demarcation of S-1 (DemoDemarcation, after the procedure and commitments acts
    // of DemoPeaceProcess), at its autumn inspection, dated in the past
    assertThat(state().lastTime().orElseThrow()).isAfter(Instant.parse(DemoPeaceProcess.LAST_ACT))
        .isBefore(Instant.parse("2026-11-01T00:00:00Z")).isBefore(Instant.now());
  }

  @Test
  void a_stretch_of_s1_is_demarcated_with_one_pillar_corrected_and_one_found_damaged() {
    PillarRegister r = state().pillars();
    assertThat(r.pillars()).extracting(p -> p.number().label())
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(r.regulationsInForce()).isPresent();
    assertThat(r.pillar(PillarNumber.parse(DemoDemarcation.CORRECTED)).orElseThrow().versions()).hasSize(2);
    assertThat(r.pillar(PillarNumber.parse(DemoDemarcation.DAMAGED)).orElseThrow().status())
        .isEqualTo(PillarRegister.Status.DAMAGED);
    assertThat(r.inspection(DemoDemarcation.INSPECTION).orElseThrow().signed().inForce()).isTrue();
    // today every check passes; as the register stood before pillar 5 was reset, its set-out failed
    assertThat(AcceptanceCheck.run(state(), List.of(), List.of()).passed()).isTrue();
    AcceptanceCheck.Report before = AcceptanceCheck.run(demo.node().stateAt(Instant.parse("2026-06-15T00:00:00Z")),
        List.of(), List.of());
    assertThat(before.failures()).extracting(AcceptanceCheck.Item::check, AcceptanceCheck.Item::pillar)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("set-out", DemoDemarcation.CORRECTED));
    for (PillarRegister.Pillar p : r.pillars()) {
      assertThat(p.latest().orElseThrow().survey().description().values())
          .allMatch(t -> t.contains(DemoNode.LABEL));
    }
  }

  @Test
  void the_checkpoint_covers_the_whole_journal_and_both_witnesses_cosigned_it() throws Exception {
    List<SignedNote> checkpoints = demo.node().checkpoints();
    assertThat(checkpoints).hasSize(1);
    SignedNote note = checkpoints.getFirst();
    Checkpoint cp = Checkpoint.open(note, demo.node().trust().operator());
    assertThat(cp.size()).isEqualTo(demo.node().size());
    assertThat(cp.rootHash()).isEqualTo(demo.node().root());
    List<NoteVerifierKey> witnesses = demo.node().trust().witnesses();
    assertThat(witnesses).extracting(NoteVerifierKey::name)
        .containsExactly(DemoRoster.WITNESS_A_NAME, DemoRoster.WITNESS_B_NAME);
    for (NoteVerifierKey w : witnesses) {
      assertThat(Cosignature.open(note, w).verifies(cp, w)).as(w.name()).isTrue();
    }
  }

  @Test
  void every_name_and_text_says_it_is_demo_data() {
    int texts = 0;
    for (CommissionEvent e : events()) {
      List<String> labelled = switch (e) {
        case Genesis g -> List.of(g.commissionName());
        case SittingOpened s -> concat(s.title(), s.agenda());
        case SittingClosed s -> List.of(s.protocol());
        case SourceRegistered s -> List.of(s.title());
        case Note n -> List.of(n.text());
        case DecisionDrafted d -> List.of(d.text());
        case org.groma.app.commission.TreatyEvent.TreatyOpened o -> List.of(o.titles().get("en"));
        case org.groma.app.commission.ProcedureEvent.RegulationsProposed r -> List.of(r.text());
        case org.groma.app.commission.ProtocolEvent.ProtocolDrafted p -> List.copyOf(p.texts().values());
        case org.groma.app.commission.CommitmentEvent.AgreementRegistered g -> List.of(g.name());
        case org.groma.app.commission.CommitmentEvent.CommitmentRegistered c -> List.of(c.quote(), c.verification());
        case org.groma.app.commission.CommitmentEvent.CommitmentScored c -> List.of(c.evidence());
        default -> List.of();
      };
      for (String t : labelled) {
        assertThat(t).as(e.type()).contains(DemoNode.LABEL);
        texts++;
      }
      List<String> names = switch (e) {
        case Genesis g -> g.members().stream().map(m -> m.member()).toList();
        case MemberAdded m -> List.of(m.member());
        default -> List.of();
      };
      names.forEach(n -> assertThat(n).as(e.type()).endsWith("(demo)"));
    }
    assertThat(texts).isGreaterThanOrEqualTo(25);
  }

  @Test
  void the_demo_holds_signed_regulations_two_protocols_and_commitments_scored_over_two_periods() {
    var s = demo.node().state();
    assertThat(s.procedure().inForce()).isPresent();
    var first = s.protocols().protocol(DemoPeaceProcess.FIRST_PROTOCOL).orElseThrow();
    var second = s.protocols().protocol(DemoPeaceProcess.SECOND_PROTOCOL).orElseThrow();
    Instant now = Instant.parse(DemoPeaceProcess.LAST_ACT);
    assertThat(first.status(now)).isEqualTo(org.groma.app.commission.ProtocolRegister.Status.IN_FORCE);
    assertThat(second.status(now)).isEqualTo(org.groma.app.commission.ProtocolRegister.Status.INITIALLED);
    assertThat(second.confidentiality()).isEqualTo("confidential");
    var dashboard = org.groma.app.commission.CommitmentDashboard.of(s.commitments());
    assertThat(dashboard.periods()).containsExactly("2025-Q3", "2025-Q4");
    var c3 = s.commitments().commitment("C-3").orElseThrow().commitment();
    assertThat(s.commitments().dueDate(c3)).hasValueSatisfying(d -> assertThat(d).hasToString("2026-02-04"));
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>(List.of(first));
    out.addAll(rest);
    return out;
  }

  @Test
  void the_documented_passwords_and_passphrase_open_the_accounts_and_keys() throws Exception {
    for (DemoMember m : DemoRoster.MEMBERS) {
      var account = demo.accounts().authenticate(m.user(), m.password().toCharArray()).orElseThrow();
      assertThat(account.member()).isEqualTo(m.name());
      assertThat(account.party()).isEqualTo(m.party());
      assertThat(account.roles()).containsExactlyInAnyOrderElementsOf(m.roles());
      assertThat(demo.accounts().authenticate(m.user(), "wrong password!".toCharArray())).isEmpty();
    }
    Keystore ks = Keystore.load(dir.resolve("groma-demo").resolve(DemoNode.KEYSTORE));
    assertThat(ks.keys()).hasSize(10);
    Set<String> journalKeys = new HashSet<>();
    state().keys().forEach(k -> journalKeys.add(k.keyId()));
    for (var k : ks.keys()) {
      ks.unlock(k, DemoNode.PASSPHRASE.toCharArray());
      assertThat(demo.signer().key(k.keyId())).as(k.member()).isPresent();
    }
    assertThat(ks.keys().stream().map(k -> k.keyId()).toList()).containsAll(journalKeys);
  }

  @Test
  void a_second_run_reuses_the_store_and_verifies_it() throws Exception {
    Path copy = dir.resolve("copy");
    Files.createDirectories(copy);
    for (String f : List.of(DemoNode.STORE, DemoNode.KEYSTORE, DemoNode.ACCOUNTS)) {
      Files.copy(dir.resolve("groma-demo").resolve(f), copy.resolve(f));
    }
    byte[] before = Files.readAllBytes(copy.resolve(DemoNode.STORE));
    List<String> lines = new ArrayList<>();
    try (DemoNode again = DemoNode.openOrBuild(copy, lines::add)) {
      assertThat(again.built()).isFalse();
      assertThat(again.node().size()).isEqualTo(demo.node().size());
      assertThat(again.node().root()).isEqualTo(demo.node().root());
      assertThat(again.signer().key(demo.node().act(0).author().keyId())).isPresent();
    }
    assertThat(lines.getFirst()).startsWith("reusing the demo commission in " + copy);
    assertThat(lines).anyMatch(l -> l.startsWith("verified "));
    assertThat(Files.readAllBytes(copy.resolve(DemoNode.STORE))).isEqualTo(before);
  }

  @Test
  void refuses_a_folder_with_only_part_of_the_demo_or_another_commission() throws Exception {
    Path partial = dir.resolve("partial");
    Files.createDirectories(partial);
    Files.copy(dir.resolve("groma-demo").resolve(DemoNode.STORE), partial.resolve(DemoNode.STORE));
    assertThatThrownBy(() -> DemoNode.openOrBuild(partial, l -> {}))
        .isInstanceOf(BadInputException.class)
        .hasMessage(partial.resolve(DemoNode.STORE) + " has no demo.keystore.json beside it; remove " + partial
            + " to build the demo again");

    Path other = dir.resolve("other");
    Files.createDirectories(other);
    KeyRing keys = new KeyRing(KeyRing.DEMO_LABELS, new java.security.SecureRandom());
    CommissionNode scripted = ScriptedCommission.create(other.resolve(DemoNode.STORE), "groma.test/other", keys);
    scripted.close();
    Files.copy(dir.resolve("groma-demo").resolve(DemoNode.KEYSTORE), other.resolve(DemoNode.KEYSTORE));
    Files.copy(dir.resolve("groma-demo").resolve(DemoNode.ACCOUNTS), other.resolve(DemoNode.ACCOUNTS));
    assertThatThrownBy(() -> DemoNode.openOrBuild(other, l -> {}))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("is not Groma's demo commission (its origin is groma.test/other");
  }

  private static List<GeoPoint> points(LineProposed p) {
    return p.line().stream().map(CanonicalPoint::toGeoPoint).toList();
  }

  /** Every vertex of the polygons of the features whose {@code key} is {@code value}, on the nanodegree grid. */
  private static Set<CanonicalPoint> vertices(Path file, String key, String value) throws Exception {
    Set<CanonicalPoint> out = new HashSet<>();
    for (GeoFeature f : new GeoJsonReader().read(file)) {
      if (f.properties().path(key).asText().equals(value) && f.geometry() instanceof GeoGeometry.Area a) {
        for (GeoPolygon p : a.parts()) {
          List<GeoRing> rings = new ArrayList<>(List.of(p.shell()));
          rings.addAll(p.holes());
          rings.forEach(r -> r.vertices().forEach(v -> out.add(CanonicalPoint.of(v))));
        }
      }
    }
    return out;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
