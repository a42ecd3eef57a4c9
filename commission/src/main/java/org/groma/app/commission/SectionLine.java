package org.groma.app.commission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionState.Proposal;
import org.groma.app.delimitation.LinePiece;
import org.groma.app.delimitation.LineType;
import org.groma.app.delimitation.SegmentStatus;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;

/**
 * A line of a section as the commission's record gives it, ready for the boundary model (tables,
 * descriptions): the line of a proposal, and whether it is the section's agreed line (adopted by a decision in
 * force) or only proposed. Which line that is, and whether it is agreed, the domain decides
 * ({@link #agreed(CommissionState, String)}, {@link #of(CommissionState, Proposal)}); adapters only ask.
 *
 * @param proposal the proposal whose line it is
 * @param agreed true when a decision in force adopted this proposal for its section
 */
public record SectionLine(Proposal proposal, boolean agreed) {

  public SectionLine {
    Objects.requireNonNull(proposal, "proposal");
  }

  /** The agreed line of a section in {@code state}: the line of the proposal a decision in force adopted. */
  public static Optional<SectionLine> agreed(CommissionState state, String sectionId) {
    return state.agreedProposal(sectionId).map(p -> new SectionLine(p, true));
  }

  /** The line of {@code proposal}: agreed if it is its section's agreed line in {@code state}, else proposed. */
  public static SectionLine of(CommissionState state, Proposal proposal) {
    boolean agreed = state.agreedProposal(proposal.proposal().sectionId())
        .filter(a -> a.proposalId().equals(proposal.proposalId())).isPresent();
    return new SectionLine(proposal, agreed);
  }

  /** {@link SegmentStatus#AGREED} or {@link SegmentStatus#PROPOSED}, for every segment of the line. */
  public SegmentStatus status() {
    return agreed ? SegmentStatus.AGREED : SegmentStatus.PROPOSED;
  }

  /**
   * The line's segments as pieces of the boundary model, one per segment, each with the line's status and
   * sources. A follows-feature segment's feature is named in the journal without a language; it becomes the
   * feature's English description (the language the commission's descriptions fall back to).
   */
  public List<LinePiece> pieces() {
    LineProposed lp = proposal.proposal();
    List<GeoPoint> pts = lp.line().stream().map(CanonicalPoint::toGeoPoint).toList();
    List<LinePiece> pieces = new ArrayList<>();
    for (int i = 0; i < lp.segments().size(); i++) {
      pieces.add(new LinePiece(List.of(pts.get(i), pts.get(i + 1)), lineType(lp.segments().get(i)), status(),
          lp.sourceIds(), List.of(), false, "proposal " + lp.proposalId() + ", segment " + (i + 1)));
    }
    return pieces;
  }

  private static LineType lineType(ProposedSegment segment) {
    return switch (segment.lineType()) {
      case GEODESIC -> LineType.GEODESIC;
      case RHUMB -> LineType.RHUMB;
      case FOLLOWS_FEATURE -> new LineType.FollowsFeature(Map.of("en", segment.feature()), List.of());
    };
  }
}
