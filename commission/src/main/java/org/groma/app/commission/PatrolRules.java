package org.groma.app.commission;

import java.time.Instant;
import java.util.Optional;
import org.groma.app.commission.CommissionState.Member;
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.PostEstablished;
import org.groma.app.commission.PatrolEvent.PostStatus;
import org.groma.app.commission.PatrolEvent.PostStatusChanged;
import org.groma.app.commission.PatrolRegister.Patrol;
import org.groma.app.commission.PatrolRegister.Post;

/**
 * The rules of posts and patrols, which {@link CommissionRules} calls for every {@link PatrolEvent} after it
 * has checked the author (member, party, key). Who: a monitor, surveyor or co-chair of any party or of the
 * mediator ({@link EntryTypes}); a post belongs to the party whose member established it, and only that
 * party's members change its status, so one party can never open, suspend or close the other's posts. What:
 * ids are new, the section is one the record knows, a status change quotes the post's entry hash, a GPX file
 * is recorded once, and a track cannot end after the act that records it.
 */
final class PatrolRules {

  private PatrolRules() {}

  static String refusal(Actor actor, Member author, Instant time, PatrolEvent event, CommissionState s) {
    return switch (event) {
      case PostEstablished e -> postEstablished(actor, author, e, s);
      case PostStatusChanged e -> postStatusChanged(actor, author, e, s);
      case PatrolRecorded e -> patrolRecorded(actor, author, time, e, s);
    };
  }

  static CommissionState apply(CommissionState s, Act act, PatrolEvent event) {
    PatrolRegister r = s.patrols();
    Actor a = act.author();
    return s.withPatrols(switch (event) {
      case PostEstablished e -> r.withPost(new Post(e, a.party(), a, act.seq(), act.time(), act.entryHash(),
          PostStatus.ACTIVE, act.seq(), act.time(), null));
      case PostStatusChanged e -> {
        Post p = r.post(e.postId()).orElseThrow();
        yield r.withPost(new Post(p.post(), p.party(), p.establishedBy(), p.seq(), p.time(), p.entryHash(),
            e.status(), act.seq(), act.time(), e.reason()));
      }
      case PatrolRecorded e -> r.withPatrol(new Patrol(e, a.party(), a, act.seq(), act.time(), act.entryHash()));
    });
  }

  private static String postEstablished(Actor actor, Member author, PostEstablished e, CommissionState s) {
    String what = "establish post " + e.postId();
    String refusal = CommissionRules.roleRefusal(actor, author, EntryTypes.authorRoles(PostEstablished.class),
        what);
    if (refusal != null) {
      return refusal;
    }
    Optional<Post> existing = s.patrols().post(e.postId());
    if (existing.isPresent()) {
      return actor.describe() + " may not " + what + ": post id " + e.postId() + " already exists (seq "
          + existing.get().seq() + ")";
    }
    return unknownSection(actor, what, e.sectionId(), s);
  }

  private static String postStatusChanged(Actor actor, Member author, PostStatusChanged e, CommissionState s) {
    String what = "set post " + e.postId() + " " + e.status().code();
    String refusal = CommissionRules.roleRefusal(actor, author, EntryTypes.authorRoles(PostStatusChanged.class),
        what);
    if (refusal != null) {
      return refusal;
    }
    Optional<Post> found = s.patrols().post(e.postId());
    if (found.isEmpty()) {
      return actor.describe() + " may not " + what + ": unknown post " + e.postId();
    }
    Post p = found.get();
    if (p.party() != actor.party()) {
      return actor.describe() + " may not " + what + ": the post is party " + p.party().code()
          + "'s (established at seq " + p.seq() + "), and only its own party changes its status";
    }
    if (!e.postHash().equals(p.entryHash())) {
      return actor.describe() + " may not " + what + ": it quotes post hash " + e.postHash() + " but post "
          + e.postId() + " (seq " + p.seq() + ") has entry hash " + p.entryHash();
    }
    if (p.status() == PostStatus.CLOSED) {
      return actor.describe() + " may not " + what + ": the post was closed at seq " + p.statusSeq()
          + "; a closed post stays closed (establish a new one)";
    }
    if (p.status() == e.status()) {
      return actor.describe() + " may not " + what + ": the post is already " + e.status().code()
          + " (since seq " + p.statusSeq() + ")";
    }
    return null;
  }

  private static String patrolRecorded(Actor actor, Member author, Instant time, PatrolRecorded e,
      CommissionState s) {
    String what = "record patrol " + e.patrolId();
    String refusal = CommissionRules.roleRefusal(actor, author, EntryTypes.authorRoles(PatrolRecorded.class),
        what);
    if (refusal != null) {
      return refusal;
    }
    Optional<Patrol> existing = s.patrols().patrol(e.patrolId());
    if (existing.isPresent()) {
      return actor.describe() + " may not " + what + ": patrol id " + e.patrolId() + " already exists (seq "
          + existing.get().seq() + ")";
    }
    Optional<String> sameFile = s.patrols().patrolIdOfGpx(e.gpxSha256());
    if (sameFile.isPresent()) {
      return actor.describe() + " may not " + what + ": the GPX file with SHA-256 " + e.gpxSha256()
          + " is already patrol " + sameFile.get() + "; a track is recorded once";
    }
    if (e.end().isAfter(time)) {
      return actor.describe() + " may not " + what + ": its last fix is at " + e.end() + ", after the act ("
          + time + "); a patrol is recorded once it has been walked";
    }
    return e.sectionId() == null ? null : unknownSection(actor, what, e.sectionId(), s);
  }

  private static String unknownSection(Actor actor, String what, String sectionId, CommissionState s) {
    return s.section(sectionId).isPresent() ? null
        : actor.describe() + " may not " + what + ": no proposal names section " + sectionId
            + ", so the record does not know it";
  }
}
