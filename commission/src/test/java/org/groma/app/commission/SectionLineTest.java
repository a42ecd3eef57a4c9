package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;

import org.groma.app.delimitation.LineType;
import org.groma.app.delimitation.SegmentStatus;
import org.junit.jupiter.api.Test;

/** The domain, not an adapter, says which line of a section is agreed and which only proposed. */
class SectionLineTest {

  @Test
  void the_agreed_line_is_the_adopted_proposals_and_other_proposals_are_proposed() {
    CommissionState s = Fixture.atEnd();
    var agreedProposal = s.agreedProposal("S-1").orElseThrow();
    SectionLine agreed = SectionLine.agreed(s, "S-1").orElseThrow();
    assertThat(agreed.proposal()).isEqualTo(agreedProposal);
    assertThat(agreed.status()).isEqualTo(SegmentStatus.AGREED);
    assertThat(SectionLine.of(s, agreedProposal).agreed()).isTrue();
    for (var p : s.proposalsFor("S-1")) {
      if (!p.proposalId().equals(agreedProposal.proposalId())) {
        assertThat(SectionLine.of(s, p).status()).isEqualTo(SegmentStatus.PROPOSED);
      }
    }
    // before the second endorsement nothing is agreed
    assertThat(SectionLine.agreed(Fixture.atDraft(), "S-1")).isEmpty();
    assertThat(SectionLine.of(Fixture.atDraft(), agreedProposal).agreed()).isFalse();
  }

  @Test
  void pieces_follow_the_proposals_segments() {
    CommissionState s = Fixture.atEnd();
    for (var p : s.proposals()) {
      var pieces = SectionLine.of(s, p).pieces();
      assertThat(pieces).hasSize(p.proposal().segments().size());
      for (int i = 0; i < pieces.size(); i++) {
        var seg = p.proposal().segments().get(i);
        assertThat(pieces.get(i).lineType().kind()).isEqualTo(seg.lineType());
        if (pieces.get(i).lineType() instanceof LineType.FollowsFeature f) {
          assertThat(f.description("en")).contains(seg.feature());
        }
        assertThat(pieces.get(i).points()).hasSize(2);
      }
    }
  }
}
