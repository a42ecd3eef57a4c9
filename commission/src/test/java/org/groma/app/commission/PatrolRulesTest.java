package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.PostEstablished;
import org.groma.app.commission.PatrolEvent.PostKind;
import org.groma.app.commission.PatrolEvent.PostStatus;
import org.groma.app.commission.PatrolEvent.PostStatusChanged;
import org.groma.app.commission.PatrolRegister.Post;
import org.groma.geo.CanonicalPoint;
import org.junit.jupiter.api.Test;

/**
 * Posts and patrols, adversary first: a monitor holds a key that signs posts, patrols and notes and nothing
 * else; a party holds keys that sign its own posts and patrols, and can neither change the other party's (or
 * the mission's) posts nor pass one file off as two patrols or a post's status off as another post's.
 */
class PatrolRulesTest {

  private static final CommissionState WATCHED = PatrolCases.withWatchers();

  @Test
  void a_monitor_signs_posts_patrols_and_notes_and_no_other_act() {
    // the mission's monitor (a party cannot name a monitor of its own: MissionRulesTest)
    Map<String, CommissionEvent> cases = CodecCases.oneOfEachType();
    for (Actor monitor : List.of(PatrolCases.MONITOR)) {
      CommissionState watched = WATCHED;
      CommissionState withPost = Fixture.accept(Fixture.cmd(monitor, PatrolCases.post()), watched);
      for (EntryType<?> t : EntryTypes.all()) {
        CommissionEvent e = switch (t.code()) {
          case "note" -> new Note("N-MON", "Quiet night at OP-1.", "S-1");
          case "post-status-changed" -> PatrolCases.suspension(withPost);
          default -> cases.get(t.code());
        };
        CommissionState s = t.code().equals("post-status-changed") ? withPost : watched;
        Decision d = CommissionRules.decide(Fixture.cmd(monitor, e), s);
        switch (t.code()) {
          case "post-established", "post-status-changed", "patrol-recorded", "note" ->
              assertThat(d).as(t.code()).isInstanceOf(Decision.Accepted.class);
          case "incident-reported", "incident-verified", "incident-investigated" -> {
            // the monitor's incident acts: IncidentRulesTest
          }
          case "genesis" -> assertThat(((Decision.Refused) d).reason()).startsWith("a second genesis");
          default -> assertThat(d).as("%s by %s", t.code(), monitor.member()).isInstanceOf(Decision.Refused.class)
              .extracting(r -> ((Decision.Refused) r).reason()).asString().contains(monitor.member());
        }
      }
    }
  }

  @Test
  void a_monitor_cannot_endorse_even_quoting_the_right_hashes() {
    CommissionState s = Fixture.DEMO.stateAt(Fixture.SEQ_DRAFT);
    s = PatrolCases.withMonitor(s);
    String reason = Fixture.refusal(Fixture.cmd(PatrolCases.MONITOR, new DecisionEndorsed("D-1",
        Fixture.draftHash(), Fixture.geometryHash())), s);
    assertThat(reason).contains("may not sign decision-endorsed").endsWith("a monitor signs only note, post-established,"
        + " post-status-changed, patrol-recorded, incident-reported, incident-verified, incident-investigated");
  }

  @Test
  void each_party_records_its_own_posts_and_patrols() {
    CommissionState s = Fixture.accept(Fixture.cmd(PatrolCases.A_SURVEYOR, new PostEstablished("CP-A1",
        PostKind.CHECKPOINT, "Checkpoint A1 (test)", new CanonicalPoint(110_000_000, 99_000_000), "S-1",
        "S-1 south crossing")), WATCHED);
    Post cp = s.patrols().post("CP-A1").orElseThrow();
    assertThat(cp.party()).isEqualTo(PatrolCases.A_SURVEYOR.party());
    assertThat(cp.status()).isEqualTo(PostStatus.ACTIVE);
    s = Fixture.accept(Fixture.cmd(PatrolCases.B_SURVEYOR, PatrolCases.patrol()), s);
    assertThat(s.patrols().patrol("PT-1").orElseThrow().party()).isEqualTo(PatrolCases.B_SURVEYOR.party());
  }

  @Test
  void a_party_cannot_change_the_other_partys_or_the_missions_post() {
    CommissionState s = PatrolCases.withPost();
    PostStatusChanged closing = new PostStatusChanged("OP-1", PostStatus.CLOSED, "We say it is closed.",
        s.patrols().post("OP-1").orElseThrow().entryHash());
    assertThat(Fixture.refusal(Fixture.cmd(PatrolCases.B_SURVEYOR, closing), s))
        .isEqualTo("\"Party B surveyor\" (B, key b-surv-1) may not set post OP-1 closed: the post is party M's"
            + " (established at seq 21), and only its own party changes its status");
    assertThat(Fixture.refusal(Fixture.cmd(DemoCommission.A_CO_CHAIR, closing), s))
        .contains("only its own party changes its status");
  }

  @Test
  void a_status_change_commits_to_the_post_it_names() {
    CommissionState s = PatrolCases.withPost();
    String otherHash = Fixture.hex("another entry");
    String reason = Fixture.refusal(Fixture.cmd(PatrolCases.MONITOR, new PostStatusChanged("OP-1",
        PostStatus.SUSPENDED, "Suspended.", otherHash)), s);
    assertThat(reason).contains("it quotes post hash " + otherHash + " but post OP-1 (seq 21) has entry hash");
    assertThat(Fixture.refusal(Fixture.cmd(PatrolCases.MONITOR, new PostStatusChanged("OP-9",
        PostStatus.SUSPENDED, "Suspended.", otherHash)), s)).endsWith("unknown post OP-9");
  }

  @Test
  void a_closed_post_stays_closed_and_a_status_is_not_set_twice() {
    CommissionState s = PatrolCases.withPost();
    String hash = s.patrols().post("OP-1").orElseThrow().entryHash();
    assertThat(Fixture.refusal(Fixture.cmd(PatrolCases.MONITOR, new PostStatusChanged("OP-1", PostStatus.ACTIVE,
        "Still there.", hash)), s)).endsWith("the post is already active (since seq 21)");
    s = Fixture.accept(Fixture.cmd(PatrolCases.MONITOR, new PostStatusChanged("OP-1", PostStatus.CLOSED,
        "Mission withdrawn from the sector.", hash)), s);
    Post closed = s.patrols().post("OP-1").orElseThrow();
    assertThat(closed.closedTime()).isEqualTo(Fixture.LATER);
    assertThat(closed.statusReason()).isEqualTo("Mission withdrawn from the sector.");
    assertThat(Fixture.refusal(Fixture.cmd(PatrolCases.MONITOR, new PostStatusChanged("OP-1", PostStatus.ACTIVE,
        "Back.", hash)), s)).contains("a closed post stays closed");
  }

  @Test
  void a_gpx_file_is_one_patrol_and_an_id_is_used_once() {
    CommissionState s = Fixture.accept(Fixture.cmd(PatrolCases.MONITOR, PatrolCases.patrol()), WATCHED);
    PatrolRecorded p = PatrolCases.patrol();
    PatrolRecorded sameFile = new PatrolRecorded("PT-2", p.sectionId(), p.gpxSha256(), p.track());
    assertThat(Fixture.refusal(Fixture.cmd(PatrolCases.A_SURVEYOR, sameFile), s))
        .endsWith("the GPX file with SHA-256 " + p.gpxSha256() + " is already patrol PT-1; a track is recorded"
            + " once");
    PatrolRecorded sameId = new PatrolRecorded("PT-1", p.sectionId(), Fixture.hex("other file"), p.track());
    assertThat(Fixture.refusal(Fixture.cmd(PatrolCases.MONITOR, sameId), s)).contains("patrol id PT-1 already"
        + " exists");
  }

  @Test
  void a_track_cannot_end_after_the_act_that_records_it() {
    CommissionState s = WATCHED;
    // a track ending after LATER, recorded at LATER
    PatrolRecorded future = new PatrolRecorded("PT-F", "S-1", Fixture.hex("future"), List.of(
        new PatrolEvent.TrackPart(List.of(new CanonicalPoint(0, 0), new CanonicalPoint(1000, 0)),
            List.of(Fixture.LATER, Fixture.LATER.plusSeconds(60)))));
    assertThat(Fixture.refusal(Fixture.cmd(PatrolCases.MONITOR, future), s))
        .endsWith("its last fix is at " + Fixture.LATER.plusSeconds(60) + ", after the act (" + Fixture.LATER
            + "); a patrol is recorded once it has been walked");
  }

  @Test
  void posts_and_patrols_name_a_section_the_record_knows() {
    PostEstablished post = new PostEstablished("OP-2", PostKind.OBSERVATION_POST, "Post 2", new CanonicalPoint(0, 0),
        "S-9", "none");
    assertThat(Fixture.refusal(Fixture.cmd(PatrolCases.MONITOR, post), WATCHED))
        .endsWith("no proposal names section S-9, so the record does not know it");
  }

  @Test
  void an_observer_of_the_mission_records_nothing_but_a_replayed_note() {
    Actor observer = new Actor(org.groma.journal.entry.Party.MEDIATOR, "Mission observer", "mobs-1");
    CommissionState s = Fixture.accept(Fixture.cmd(DemoCommission.MEDIATOR, PatrolCases.added(observer,
        Role.OBSERVER)), WATCHED);
    assertThat(Fixture.refusal(Fixture.cmd(observer, PatrolCases.patrol()), s)).contains("that needs the role"
        + " co-chair, surveyor or monitor");
    assertThat(CommissionRules.decide(Fixture.cmd(observer, new Note("N-O", "Seen.", "S-1")), s))
        .isInstanceOf(Decision.Accepted.class);
  }

  @Test
  void replay_reaches_the_same_register() {
    CommissionState s = Fixture.accept(Fixture.cmd(PatrolCases.MONITOR, PatrolCases.patrol()),
        PatrolCases.withPost());
    assertThat(s.patrols().posts()).hasSize(1);
    assertThat(s.patrols().patrols()).extracting(r -> r.patrol().fixCount()).containsExactly(7);
    assertThat(s.patrols().patrol("PT-1").orElseThrow().patrol().start())
        .isEqualTo(Instant.parse("2024-06-30T06:00:00Z"));
    assertThat(s).isNotEqualTo(PatrolCases.withPost());
  }
}
