package org.groma.app.commission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.PostEstablished;
import org.groma.app.commission.PatrolEvent.PostStatus;
import org.groma.journal.entry.Party;

/**
 * The posts and patrols the journal records, as {@link CommissionState} holds them: one immutable value that
 * shares what did not change with the register before each act, like the rest of the state.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class PatrolRegister {

  /**
   * A post and its present status.
   *
   * @param party the party that runs it: the party of the member who established it
   * @param entryHash the hash of the entry that established it, which a status change quotes
   * @param status the present status; {@code statusSeq} and {@code statusTime} the act that set it (the
   *     establishing act while it was never changed)
   * @param statusReason why the status was last changed, or null while it never was
   */
  public record Post(PostEstablished post, Party party, Actor establishedBy, long seq, Instant time,
      String entryHash, PostStatus status, long statusSeq, Instant statusTime, String statusReason) {

    public String postId() {
      return post.postId();
    }

    /** When the post was closed, or null while it is open (active or suspended). */
    public Instant closedTime() {
      return status == PostStatus.CLOSED ? statusTime : null;
    }
  }

  /**
   * A recorded patrol.
   *
   * @param party the patrolling party: the party of the member who recorded it
   */
  public record Patrol(PatrolRecorded patrol, Party party, Actor recordedBy, long seq, Instant time,
      String entryHash) {

    public String patrolId() {
      return patrol.patrolId();
    }
  }

  static final PatrolRegister EMPTY = new PatrolRegister(PersistentMap.empty(), PersistentMap.empty(),
      PersistentMap.empty());

  private final PersistentMap<String, Post> posts;
  private final PersistentMap<String, Patrol> patrols;
  private final PersistentMap<String, String> patrolIdsByGpx;

  private PatrolRegister(PersistentMap<String, Post> posts, PersistentMap<String, Patrol> patrols,
      PersistentMap<String, String> patrolIdsByGpx) {
    this.posts = posts;
    this.patrols = patrols;
    this.patrolIdsByGpx = patrolIdsByGpx;
  }

  public Optional<Post> post(String postId) {
    return posts.get(postId);
  }

  /** Posts by id. */
  public List<Post> posts() {
    return posts.values();
  }

  public Optional<Patrol> patrol(String patrolId) {
    return patrols.get(patrolId);
  }

  /** Patrols by id. */
  public List<Patrol> patrols() {
    return patrols.values();
  }

  /** The patrol recorded from the GPX file with this SHA-256, if any. */
  public Optional<String> patrolIdOfGpx(String sha256) {
    return patrolIdsByGpx.get(sha256);
  }

  PatrolRegister withPost(Post p) {
    return new PatrolRegister(posts.put(p.postId(), p), patrols, patrolIdsByGpx);
  }

  PatrolRegister withPatrol(Patrol p) {
    return new PatrolRegister(posts, patrols.put(p.patrolId(), p),
        patrolIdsByGpx.put(p.patrol().gpxSha256(), p.patrolId()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PatrolRegister r && posts.equals(r.posts) && patrols.equals(r.patrols);
  }

  @Override
  public int hashCode() {
    return posts.hashCode() * 31 + patrols.hashCode();
  }
}
