package org.groma.app.commission;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.geo.CanonicalPoint;
import org.groma.journal.json.Json;
import org.groma.journal.json.JsonArray;
import org.groma.journal.json.JsonCanonicalizer;
import org.groma.journal.json.JsonNull;
import org.groma.journal.json.JsonNumber;
import org.groma.journal.json.JsonObject;
import org.groma.journal.json.JsonString;

/**
 * The hash a draft and an endorsement quote for the line they adopt: SHA-256 of the RFC 8785 canonical JSON
 * of the line's geometry alone,
 * <pre>
 * {"line":[[lonNanodeg,latNanodeg],…],"segments":[{"feature":null|"…","lineType":"geodesic"|…},…]}
 * </pre>
 * in 64 lower-case hex digits. It leaves out the proposal's id, section, sitting and sources, so two
 * proposals of the same line have one geometry hash, and anyone holding the turning points (a table, a
 * GeoJSON file, the treaty annex) can recompute it with any RFC 8785 implementation and SHA-256.
 */
public final class GeometryHash {

  private GeometryHash() {}

  /** The geometry hash of a line and its segments' line types. */
  public static String of(List<CanonicalPoint> line, List<ProposedSegment> segments) {
    List<Json> points = new ArrayList<>(line.size());
    for (CanonicalPoint p : line) {
      points.add(JsonArray.of(JsonNumber.of(p.lonNanodeg()), JsonNumber.of(p.latNanodeg())));
    }
    List<Json> types = new ArrayList<>(segments.size());
    for (ProposedSegment s : segments) {
      types.add(JsonObject.builder()
          .put("lineType", s.lineType().code())
          .put("feature", s.feature() == null ? JsonNull.INSTANCE : JsonString.of(s.feature()))
          .build());
    }
    JsonObject geometry = JsonObject.builder()
        .put("line", JsonArray.of(points.toArray(Json[]::new)))
        .put("segments", JsonArray.of(types.toArray(Json[]::new)))
        .build();
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(JsonCanonicalizer.canonicalize(geometry)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
