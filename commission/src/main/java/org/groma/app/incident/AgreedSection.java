package org.groma.app.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommissionState.SectionRecord;
import org.groma.app.commission.SectionLine;
import org.groma.app.delimitation.LineType;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;

/**
 * The agreed line of one section, as incidents are measured against it: its turning points and how each
 * segment runs.
 *
 * @param decisionId the decision in force that agreed it
 * @param points the turning points; a closed ring (an enclave) ends with its first point
 * @param kinds one per segment
 */
public record AgreedSection(String sectionId, String decisionId, List<GeoPoint> points, List<LineType.Kind> kinds) {

  public AgreedSection {
    Objects.requireNonNull(sectionId, "sectionId");
    Objects.requireNonNull(decisionId, "decisionId");
    points = List.copyOf(points);
    kinds = List.copyOf(kinds);
    if (points.size() < 2 || kinds.size() != points.size() - 1) {
      throw new IllegalArgumentException("section " + sectionId + ": " + points.size() + " points and "
          + kinds.size() + " segments");
    }
  }

  /** Whether the line closes on itself (an enclave's ring). */
  public boolean closed() {
    return points.getFirst().equals(points.getLast());
  }

  /** The agreed line of every section a decision in force agreed, in section order. */
  public static List<AgreedSection> of(CommissionState state) {
    List<AgreedSection> out = new ArrayList<>();
    for (SectionRecord r : state.sections()) {
      if (r.agreedBy() == null) {
        continue;
      }
      LineProposed line = SectionLine.agreed(state, r.sectionId()).orElseThrow().proposal().proposal();
      out.add(new AgreedSection(r.sectionId(), r.agreedBy(),
          line.line().stream().map(CanonicalPoint::toGeoPoint).toList(),
          line.segments().stream().map(s -> s.lineType()).toList()));
    }
    return out;
  }
}
