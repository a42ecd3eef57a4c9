package org.groma.app.delimitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;

/**
 * Joins line pieces into sections and numbers their turning points.
 *
 * <p><b>Rule.</b> A piece continues the current section when it starts exactly (same coordinates, no
 * tolerance: a gap of any size is a separate part, never bridged silently) at the point where the previous
 * piece ended and does not ask for a new part; otherwise it starts a new section. Turning points are numbered
 * consecutively from {@code startNumber} through all sections; a point shared by two joined pieces is one
 * turning point. Sections are named "P-1", "P-2", … ("Part 1", …).
 *
 * <h2>Thread safety</h2>
 * Stateless; safe from any thread.
 */
public final class SectionAssembler {

  private SectionAssembler() {}

  public static List<Section> assemble(List<LinePiece> pieces, int startNumber) {
    if (pieces.isEmpty()) {
      throw new BadInputException("no line to tabulate: the file holds no LineString or MultiLineString");
    }
    if (startNumber < 0) {
      throw new BadInputException("start number " + startNumber + " is negative");
    }
    List<Section> sections = new ArrayList<>();
    List<TurningPoint> tps = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    int next = startNumber;
    for (LinePiece piece : pieces) {
      boolean continues = !tps.isEmpty() && !piece.startsNewPart()
          && tps.getLast().point().equals(piece.points().getFirst());
      if (!continues && !tps.isEmpty()) {
        sections.add(section(sections.size() + 1, tps, segments));
        tps = new ArrayList<>();
        segments = new ArrayList<>();
      }
      List<GeoPoint> vertices = piece.lineType() instanceof LineType.FollowsFeature
          ? List.of(piece.points().getFirst(), piece.points().getLast()) : piece.points();
      for (int i = 0; i < vertices.size(); i++) {
        Optional<String> pillar = piece.pillars().isEmpty() ? Optional.empty() : piece.pillars().get(i);
        if (i == 0 && continues) {
          TurningPoint shared = tps.getLast();
          if (pillar.isPresent() && shared.pillar().isPresent() && !pillar.equals(shared.pillar())) {
            throw new BadInputException(piece.where() + ": starts at turning point " + shared.number()
                + " with pillar " + pillar.get() + ", but the previous line gave it pillar " + shared.pillar().get());
          }
          if (pillar.isPresent() && shared.pillar().isEmpty()) {
            tps.set(tps.size() - 1, new TurningPoint(shared.number(), shared.point(), pillar));
            if (!segments.isEmpty()) {
              Segment last = segments.removeLast();
              segments.add(new Segment(last.from(), tps.getLast(), last.lineType(), last.status(), last.sourceIds()));
            }
          }
          continue;
        }
        TurningPoint tp = new TurningPoint(next++, vertices.get(i), pillar);
        if (!tps.isEmpty() && (i > 0 || continues)) {
          LineType type = piece.lineType() instanceof LineType.FollowsFeature f
              ? new LineType.FollowsFeature(f.description(), piece.points().subList(1, piece.points().size() - 1))
              : piece.lineType();
          try {
            segments.add(new Segment(tps.getLast(), tp, type, piece.status(), piece.sourceIds()));
          } catch (BadInputException e) {
            throw new BadInputException(piece.where() + ", position " + (type instanceof LineType.FollowsFeature
                ? piece.points().size() - 1 : i) + ": " + e.getMessage(), e);
          }
        }
        tps.add(tp);
      }
    }
    sections.add(section(sections.size() + 1, tps, segments));
    return sections;
  }

  private static Section section(int k, List<TurningPoint> tps, List<Segment> segments) {
    return new Section("P-" + k, "Part " + k, tps, segments);
  }
}
