package org.groma.app.node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.PatrolEvent.PatrolRecorded;
import org.groma.app.commission.PatrolEvent.TrackPart;
import org.groma.app.commission.PatrolRegister.Patrol;
import org.groma.app.commission.PatrolRegister.Post;
import org.groma.app.store.LayerGeometry;
import org.groma.app.store.PatrolLayers;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;

/**
 * Posts and patrols drawn as the store's layers ({@link PatrolLayers}), with their journal ids as feature ids:
 * posts in the order they were established, patrols by their first fix.
 */
final class PatrolLayerProjection {

  private PatrolLayerProjection() {}

  static List<LayerFeature> posts(CommissionState state) {
    List<LayerFeature> out = new ArrayList<>();
    // In the order they were established, so the layer reads as a history (and the OGC API pages it by time).
    for (Post p : state.patrols().posts().stream().sorted(Comparator.comparingLong(Post::seq)).toList()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("post_id", p.postId());
      a.put("kind", p.post().kind().code());
      a.put("name", p.post().name());
      a.put("party", p.party().code());
      a.put("section_id", p.post().sectionId());
      a.put("sector", p.post().sector());
      a.put("status", p.status().code());
      a.put("established_at", p.time().toString());
      a.put("closed_at", p.closedTime() == null ? null : p.closedTime().toString());
      a.put("established_seq", p.seq());
      a.put("status_seq", p.statusSeq());
      out.add(new LayerFeature(p.postId(), new LayerGeometry.Point(p.post().location().toGeoPoint()), a));
    }
    return out;
  }

  static List<LayerFeature> patrols(CommissionState state) {
    List<LayerFeature> out = new ArrayList<>();
    // By first fix, then id: a period's patrols are then one run of the layer (see the server's TimeIndex).
    for (Patrol p : state.patrols().patrols().stream().sorted(Comparator.comparing((Patrol x) -> x.patrol().start())
        .thenComparing(Patrol::patrolId)).toList()) {
      PatrolRecorded r = p.patrol();
      List<List<GeoPoint>> lines = new ArrayList<>();
      for (TrackPart part : r.track()) {
        lines.add(part.points().stream().map(CanonicalPoint::toGeoPoint).toList());
      }
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("patrol_id", p.patrolId());
      a.put("party", p.party().code());
      a.put("section_id", r.sectionId());
      a.put("start_time", r.start().toString());
      a.put("end_time", r.end().toString());
      a.put("fixes", (long) r.fixCount());
      a.put("gpx_sha256", r.gpxSha256());
      a.put("recorded_seq", p.seq());
      out.add(new LayerFeature(p.patrolId(), new LayerGeometry.MultiLineString(lines), a));
    }
    return out;
  }
}
