package org.groma.app.commission;

import static org.groma.app.commission.Checks.hex32;
import static org.groma.app.commission.Checks.id;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.groma.app.BadInputException;
import org.groma.geo.CanonicalPoint;

/**
 * The acts of keeping watch along the line: observation posts and checkpoints (points with a sector and a
 * status) and patrol tracks recorded from a GNSS receiver's GPX file. Monitors record them, and each party's
 * members record their own; {@link PatrolRules} says who may do what, {@link PatrolRegister} holds what they
 * add up to. See docs/patrols.md.
 */
public sealed interface PatrolEvent extends CommissionEvent
    permits PatrolEvent.PostEstablished, PatrolEvent.PostStatusChanged, PatrolEvent.PatrolRecorded {

  /** What kind of post: a mission's or a party's observation post, or a checkpoint on a crossing. */
  enum PostKind {
    OBSERVATION_POST("observation-post"),
    CHECKPOINT("checkpoint");

    private final String code;

    PostKind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static PostKind ofCode(String code) {
      for (PostKind k : values()) {
        if (k.code.equals(code)) {
          return k;
        }
      }
      throw new BadInputException("unknown post kind \"" + code + "\" (expected observation-post or checkpoint)");
    }
  }

  /** A post's status: manned, suspended for a time, or closed for good (a closed post changes no more). */
  enum PostStatus {
    ACTIVE("active"),
    SUSPENDED("suspended"),
    CLOSED("closed");

    private final String code;

    PostStatus(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static PostStatus ofCode(String code) {
      for (PostStatus s : values()) {
        if (s.code.equals(code)) {
          return s;
        }
      }
      throw new BadInputException("unknown post status \"" + code + "\" (expected active, suspended or closed)");
    }
  }

  /**
   * A post set up (active from this act) by the author's party, which alone changes its status later.
   *
   * @param location where the post stands, WGS 84 nanodegrees
   * @param sectionId the section of the line it watches
   * @param sector the stretch or area it is responsible for, as the party names it (e.g. "S-1 north, km 0-12")
   */
  record PostEstablished(String postId, PostKind kind, String name, CanonicalPoint location, String sectionId,
      String sector) implements PatrolEvent {
    public PostEstablished {
      id("postId", postId);
      Objects.requireNonNull(kind, "kind");
      Checks.name("name", name);
      Objects.requireNonNull(location, "location");
      id("sectionId", sectionId);
      Checks.name("sector", sector);
    }
  }

  /**
   * A post's new status, quoting the entry hash of the act that established it ({@code postHash}), so the
   * signature names that very post.
   */
  record PostStatusChanged(String postId, PostStatus status, String reason, String postHash)
      implements PatrolEvent {
    public PostStatusChanged {
      id("postId", postId);
      Objects.requireNonNull(status, "status");
      Checks.text("reason", reason);
      hex32("postHash", postHash);
    }
  }

  /**
   * A patrol's track as the GPX file gave it: one part per track segment ({@code trkseg}), every fix with its
   * time. {@code gpxSha256} is the SHA-256 of the exact bytes of the file the track was read from, so a
   * signature commits to that file: anyone holding it reads the same fixes back ({@code groma patrols import
   * --dry-run}) and a changed byte gives another hash.
   *
   * @param sectionId the section patrolled, or null when the patrol followed no one section
   */
  record PatrolRecorded(String patrolId, String sectionId, String gpxSha256, List<TrackPart> track)
      implements PatrolEvent {

    /** At most this many fixes in one patrol: about a day at one fix a second. */
    public static final int MAX_FIXES = 100_000;

    public PatrolRecorded {
      id("patrolId", patrolId);
      if (sectionId != null) {
        id("sectionId", sectionId);
      }
      hex32("gpxSha256", gpxSha256);
      track = List.copyOf(track);
      if (track.isEmpty()) {
        throw new BadInputException("track: a patrol needs at least one part with two fixes");
      }
      int fixes = 0;
      Instant previous = null;
      for (int i = 0; i < track.size(); i++) {
        TrackPart part = track.get(i);
        fixes += part.times().size();
        if (previous != null && part.times().getFirst().isBefore(previous)) {
          throw new BadInputException("track[" + i + "]: its first fix (" + part.times().getFirst()
              + ") is before the last fix of the part before (" + previous + "); parts follow one another in time");
        }
        previous = part.times().getLast();
      }
      if (fixes > MAX_FIXES) {
        throw new BadInputException("track: " + fixes + " fixes; at most " + MAX_FIXES + " are recorded in one"
            + " patrol (split the file by day)");
      }
    }

    /** When the patrol's first fix was taken. */
    public Instant start() {
      return track.getFirst().times().getFirst();
    }

    /** When its last fix was taken. */
    public Instant end() {
      return track.getLast().times().getLast();
    }

    /** Number of fixes in all parts. */
    public int fixCount() {
      return track.stream().mapToInt(p -> p.points().size()).sum();
    }
  }

  /**
   * One part of a track (a GPX {@code trkseg}): fixes in time order, each point with its time. Between two
   * parts the receiver lost its fix or was switched off, so nothing is assumed about the way between them.
   */
  record TrackPart(List<CanonicalPoint> points, List<Instant> times) {
    public TrackPart {
      points = List.copyOf(points);
      times = List.copyOf(times);
      if (points.size() < 2) {
        throw new BadInputException("a track part needs at least 2 fixes, got " + points.size());
      }
      if (times.size() != points.size()) {
        throw new BadInputException("a track part has " + points.size() + " points but " + times.size()
            + " times; every fix has its time");
      }
      for (int i = 1; i < times.size(); i++) {
        if (times.get(i).isBefore(times.get(i - 1))) {
          throw new BadInputException("fix " + i + " is at " + times.get(i) + ", before fix " + (i - 1) + " at "
              + times.get(i - 1) + "; a track's fixes follow one another in time");
        }
      }
    }

  }
}
