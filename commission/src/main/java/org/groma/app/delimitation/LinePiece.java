package org.groma.app.delimitation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;

/**
 * A stretch of line as read from a file, before its turning points are numbered: its vertices, how its
 * segments run, and where it came from (for error messages).
 *
 * @param points the vertices, WGS 84, at least 2. For geodesic and rhumb pieces each vertex is a turning
 *     point; for a follows-feature piece only the first and last are, and the others are the feature's course
 * @param lineType how the segments run (for follows-feature: its description; the course is taken from
 *     {@code points})
 * @param status the status of every segment of the piece
 * @param sourceIds the sources of every segment of the piece
 * @param pillars the pillar label of each turning point of the piece, in order ({@code Optional.empty()} where
 *     there is none); as many as the piece has turning points, or an empty list for none at all
 * @param startsNewPart true if the piece must begin a new table even if it starts where the previous ended
 *     (the parts of a MultiLineString)
 * @param where where the piece was read, e.g. {@code "line.geojson: feature 2"}
 */
public record LinePiece(List<GeoPoint> points, LineType lineType, SegmentStatus status, List<String> sourceIds,
    List<Optional<String>> pillars, boolean startsNewPart, String where) {

  public LinePiece {
    points = List.copyOf(points);
    Objects.requireNonNull(lineType, "lineType");
    Objects.requireNonNull(status, "status");
    sourceIds = List.copyOf(sourceIds);
    pillars = List.copyOf(pillars);
    Objects.requireNonNull(where, "where");
    if (points.size() < 2) {
      throw new BadInputException(where + ": a line needs at least 2 positions, got " + points.size());
    }
    if (lineType instanceof LineType.FollowsFeature f && !f.course().isEmpty()) {
      throw new BadInputException(where + ": give a follows-feature piece's course as its points, not in the line type");
    }
    int turningPoints = lineType instanceof LineType.FollowsFeature ? 2 : points.size();
    if (!pillars.isEmpty() && pillars.size() != turningPoints) {
      throw new BadInputException(where + ": " + pillars.size() + " pillar labels for " + turningPoints
          + " turning points; give one per turning point (null where there is none)");
    }
  }
}
