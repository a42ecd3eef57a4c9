package org.groma.app.delimitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.GeodesicInverse;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.rhumb.Rhumb;
import org.groma.geo.rhumb.RhumbInverse;

/**
 * The boundary between two consecutive turning points.
 *
 * @param from the turning point it starts at
 * @param to the next turning point, numbered {@code from.number() + 1}
 * @param lineType how it runs between them
 * @param status how far the commission has got with it
 * @param sourceIds the sources (map sheets, documents, surveys) it was taken from, by source id (no ';')
 */
public record Segment(TurningPoint from, TurningPoint to, LineType lineType, SegmentStatus status,
    List<String> sourceIds) {

  public Segment {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(lineType, "lineType");
    Objects.requireNonNull(status, "status");
    sourceIds = List.copyOf(sourceIds);
    if (to.number() != from.number() + 1) {
      throw new BadInputException("segment from turning point " + from.number() + " to " + to.number()
          + ": turning points of a segment are numbered consecutively");
    }
    if (from.point().equals(to.point())) {
      throw new BadInputException("segment from turning point " + from.number() + " to " + to.number()
          + ": both lie at " + from.point() + "; a segment needs two distinct points");
    }
    for (String id : sourceIds) {
      if (id == null || id.isBlank() || id.contains(";")) {
        // ";" separates the ids in one CSV cell of a turning-point table.
        throw new BadInputException("segment " + from.number() + "-" + to.number() + ": source id \"" + id
            + "\" is blank or contains ';'");
      }
    }
  }

  /** A segment with no status yet ({@link SegmentStatus#UNRESOLVED}) and no sources. */
  public static Segment of(TurningPoint from, TurningPoint to, LineType lineType) {
    return new Segment(from, to, lineType, SegmentStatus.UNRESOLVED, List.of());
  }

  /** The points the segment passes through: its ends and, for a follows-feature segment, the feature's course. */
  public List<GeoPoint> path() {
    List<GeoPoint> path = new ArrayList<>();
    path.add(from.point());
    if (lineType instanceof LineType.FollowsFeature f) {
      path.addAll(f.course());
    }
    path.add(to.point());
    return path;
  }

  /** Length and azimuths by the segment's line type (see {@link SegmentMeasure}). */
  public SegmentMeasure measure() {
    GeoPoint a = from.point(), b = to.point();
    return switch (lineType) {
      case LineType.Geodesic g -> {
        GeodesicInverse inv = Geodesics.WGS84.inverse(a, b);
        yield new SegmentMeasure(inv.distanceM(),
            OptionalDouble.of(SegmentMeasure.normalizeAzimuthDeg(inv.azimuth1Deg())),
            OptionalDouble.of(SegmentMeasure.normalizeAzimuthDeg(inv.azimuth2Deg() + 180)));
      }
      case LineType.Rhumb r -> {
        RhumbInverse inv = Rhumb.WGS84.inverse(a, b);
        yield new SegmentMeasure(inv.distanceM(),
            OptionalDouble.of(SegmentMeasure.normalizeAzimuthDeg(inv.azimuthDeg())),
            OptionalDouble.of(SegmentMeasure.normalizeAzimuthDeg(inv.azimuthDeg() + 180)));
      }
      case LineType.FollowsFeature f ->
          new SegmentMeasure(Geodesics.WGS84.lengthM(path()), OptionalDouble.empty(), OptionalDouble.empty());
    };
  }
}
