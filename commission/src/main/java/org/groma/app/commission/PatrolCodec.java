package org.groma.app.commission;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.EventCodec.Obj;
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.PostEstablished;
import org.groma.app.commission.PatrolEvent.PostKind;
import org.groma.app.commission.PatrolEvent.PostStatus;
import org.groma.app.commission.PatrolEvent.PostStatusChanged;
import org.groma.app.commission.PatrolEvent.TrackPart;
import org.groma.geo.CanonicalPoint;

/**
 * The bodies of {@link PatrolEvent}s: writers and strict readers, as {@link EventCodec}'s for the other
 * types. Times are RFC 3339 UTC strings in {@link Instant#toString()}'s one form ({@code 2025-06-02T07:15:30Z}),
 * so what was signed reads back to the same bytes; coordinates are {@code [lonNanodeg, latNanodeg]}.
 */
final class PatrolCodec {

  private PatrolCodec() {}

  static BodyWriter write(PostEstablished e) {
    return new BodyWriter().put("postId", e.postId()).put("kind", e.kind().code()).put("name", e.name())
        .put("location", List.of(e.location().lonNanodeg(), e.location().latNanodeg()))
        .put("sectionId", e.sectionId()).put("sector", e.sector());
  }

  static PostEstablished readPostEstablished(Obj o) {
    o.field("postId", "kind", "name", "location", "sectionId", "sector");
    PostKind kind;
    try {
      kind = PostKind.ofCode(o.string("kind"));
    } catch (BadInputException e) {
      throw o.error("kind", e.getMessage());
    }
    return new PostEstablished(o.string("postId"), kind, o.string("name"),
        EventCodec.point(o.item("location")), o.string("sectionId"),
        o.string("sector"));
  }

  static BodyWriter write(PostStatusChanged e) {
    return new BodyWriter().put("postId", e.postId()).put("status", e.status().code()).put("reason", e.reason())
        .put("postHash", e.postHash());
  }

  static PostStatusChanged readPostStatusChanged(Obj o) {
    o.field("postId", "status", "reason", "postHash");
    PostStatus status;
    try {
      status = PostStatus.ofCode(o.string("status"));
    } catch (BadInputException e) {
      throw o.error("status", e.getMessage());
    }
    return new PostStatusChanged(o.string("postId"), status, o.string("reason"), o.string("postHash"));
  }

  static BodyWriter write(PatrolRecorded e) {
    List<BodyWriter> parts = new ArrayList<>();
    for (TrackPart part : e.track()) {
      List<List<Long>> points = new ArrayList<>(part.points().size());
      for (CanonicalPoint p : part.points()) {
        points.add(List.of(p.lonNanodeg(), p.latNanodeg()));
      }
      parts.add(new BodyWriter().put("points", points)
          .put("times", part.times().stream().map(Instant::toString).toList()));
    }
    return new BodyWriter().put("patrolId", e.patrolId()).put("sectionId", e.sectionId())
        .put("gpxSha256", e.gpxSha256()).put("track", parts);
  }

  static PatrolRecorded readPatrolRecorded(Obj o) {
    o.field("patrolId", "sectionId", "gpxSha256", "track");
    return new PatrolRecorded(o.string("patrolId"), o.nullableString("sectionId"), o.string("gpxSha256"),
        o.list("track", PatrolCodec::part));
  }

  private static TrackPart part(Obj.Item item) {
    Obj o = item.obj().field("points", "times");
    List<CanonicalPoint> points = o.list("points", EventCodec::point);
    List<Instant> times = o.list("times", PatrolCodec::time);
    try {
      return new TrackPart(points, times);
    } catch (BadInputException e) {
      throw item.error(e.getMessage());
    }
  }

  private static Instant time(Obj.Item item) {
    String text = Obj.asString(item);
    Instant t;
    try {
      t = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw item.error("\"" + text + "\" is not an RFC 3339 UTC time such as 2025-06-02T07:15:30Z");
    }
    if (!t.toString().equals(text)) {
      throw item.error("\"" + text + "\" is not in canonical form; write " + t);
    }
    return t;
  }
}
