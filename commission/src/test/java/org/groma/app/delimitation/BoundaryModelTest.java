package org.groma.app.delimitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groma.app.delimitation.BoundaryDescriberTest.p;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.junit.jupiter.api.Test;

class BoundaryModelTest {

  static LinePiece piece(List<GeoPoint> points, LineType type, boolean newPart) {
    return new LinePiece(points, type, SegmentStatus.UNRESOLVED, List.of(), List.of(), newPart, "test");
  }

  @Test
  void a_section_from_a_line_numbers_its_turning_points_and_joins_them_by_segments() {
    Section s = Section.ofLine("S-3", "Northern section", List.of(p(40, 45), p(40.1, 45.1), p(40.2, 45.1)), 12,
        LineType.GEODESIC);
    assertThat(s.turningPoints()).extracting(TurningPoint::number).containsExactly(12, 13, 14);
    assertThat(s.segments()).hasSize(2);
    assertThat(s.segments().get(1).from()).isEqualTo(s.turningPoints().get(1));
    assertThat(s.lengthM()).isEqualTo(Geodesics.WGS84.lengthM(List.of(p(40, 45), p(40.1, 45.1), p(40.2, 45.1))));
  }

  @Test
  void refuses_a_section_whose_segments_do_not_join_its_turning_points() {
    TurningPoint a = TurningPoint.of(1, p(40, 45)), b = TurningPoint.of(2, p(40, 45.1)), c = TurningPoint.of(3, p(40, 45.2));
    assertThatThrownBy(() -> new Section("S-1", "x", List.of(a, b, c), List.of(Segment.of(a, b, LineType.GEODESIC))))
        .isInstanceOf(BadInputException.class).hasMessage("section S-1: 3 turning points need 2 segments, got 1");
    TurningPoint b2 = TurningPoint.of(2, p(40, 45.15));
    assertThatThrownBy(() -> new Section("S-1", "x", List.of(a, b, c),
        List.of(Segment.of(a, b, LineType.GEODESIC), Segment.of(b2, c, LineType.GEODESIC))))
        .isInstanceOf(BadInputException.class).hasMessageContaining("segment 1 runs from turning point 2 to 3, not between");
  }

  @Test
  void refuses_segments_between_non_consecutive_or_identical_points() {
    assertThatThrownBy(() -> Segment.of(TurningPoint.of(1, p(40, 45)), TurningPoint.of(3, p(40, 46)), LineType.GEODESIC))
        .isInstanceOf(BadInputException.class).hasMessageContaining("numbered consecutively");
    assertThatThrownBy(() -> Segment.of(TurningPoint.of(1, p(40, 45)), TurningPoint.of(2, p(40, 45)), LineType.RHUMB))
        .isInstanceOf(BadInputException.class).hasMessageContaining("a segment needs two distinct points");
  }

  @Test
  void a_boundary_has_two_different_parties_and_unique_section_ids() {
    Section s1 = Section.ofLine("S-1", "West", List.of(p(40, 45), p(40, 45.1)), 1, LineType.GEODESIC);
    Section s2 = Section.ofLine("S-2", "East", List.of(p(40, 45.1), p(40, 45.2)), 2, LineType.GEODESIC);
    Boundary b = new Boundary("A-B", "A-B boundary", "A", "B", List.of(s1, s2));
    assertThat(b.section("S-2")).isEqualTo(s2);
    assertThatThrownBy(() -> new Boundary("A-B", "x", "A", "A", List.of(s1)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("parties A and B are both \"A\"");
    assertThatThrownBy(() -> new Boundary("A-B", "x", "A", "B", List.of(s1, s1)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("section id S-1 is used twice");
    Section s3 = Section.ofLine("S-3", "Enclave", List.of(p(41, 45), p(41, 45.1)), 2, LineType.GEODESIC);
    assertThatThrownBy(() -> new Boundary("A-B", "x", "A", "B", List.of(s1, s2, s3)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("turning point number 2 is used twice");
  }

  @Test
  void a_follows_feature_segment_keeps_its_course_out_of_the_turning_points() {
    LineType river = new LineType.FollowsFeature(Map.of("en", "the river X"), List.of());
    List<GeoPoint> course = List.of(p(40, 45), p(40.01, 45.02), p(40.0, 45.04), p(40.02, 45.06));
    Section s = SectionAssembler.assemble(List.of(piece(course, river, false)), 7).getFirst();
    assertThat(s.turningPoints()).extracting(TurningPoint::number).containsExactly(7, 8);
    Segment seg = s.segments().getFirst();
    assertThat(seg.path()).isEqualTo(course);
    assertThat(seg.measure().lengthM()).isEqualTo(Geodesics.WGS84.lengthM(course));
    assertThatThrownBy(() -> new LineType.FollowsFeature(Map.of("en", " "), List.of()))
        .isInstanceOf(BadInputException.class).hasMessageContaining("is blank");
    assertThatThrownBy(() -> new LineType.FollowsFeature(Map.of(), List.of()))
        .isInstanceOf(BadInputException.class).hasMessageContaining("needs a description");
  }

  @Test
  void pieces_that_meet_exactly_continue_one_section_and_others_start_a_new_one() {
    List<Section> sections = SectionAssembler.assemble(List.of(
        piece(List.of(p(40, 45), p(40, 45.1)), LineType.GEODESIC, false),
        piece(List.of(p(40, 45.1), p(40.1, 45.1)), LineType.RHUMB, false),          // meets: continues
        piece(List.of(p(40.1, 45.1000001), p(40.2, 45.1)), LineType.GEODESIC, false), // 8 mm gap: new part
        piece(List.of(p(40.2, 45.1), p(40.3, 45.1)), LineType.GEODESIC, true)),      // new part asked
        1);
    assertThat(sections).extracting(Section::id).containsExactly("P-1", "P-2", "P-3");
    assertThat(sections.get(0).turningPoints()).extracting(TurningPoint::number).containsExactly(1, 2, 3);
    assertThat(sections.get(0).segments()).extracting(s -> s.lineType().code()).containsExactly("geodesic", "rhumb");
    assertThat(sections.get(1).turningPoints()).extracting(TurningPoint::number).containsExactly(4, 5);
    assertThat(sections.get(2).turningPoints()).extracting(TurningPoint::number).containsExactly(6, 7);
  }

  @Test
  void a_pillar_given_on_the_shared_point_of_two_pieces_must_agree() {
    LinePiece a = new LinePiece(List.of(p(40, 45), p(40, 45.1)), LineType.GEODESIC, SegmentStatus.AGREED, List.of(),
        List.of(Optional.empty(), Optional.of("7")), false, "a");
    LinePiece b = new LinePiece(List.of(p(40, 45.1), p(40, 45.2)), LineType.GEODESIC, SegmentStatus.AGREED, List.of(),
        List.of(Optional.of("8"), Optional.empty()), false, "b");
    assertThatThrownBy(() -> SectionAssembler.assemble(List.of(a, b), 1))
        .isInstanceOf(BadInputException.class).hasMessage("b: starts at turning point 2 with pillar 8, but the previous "
            + "line gave it pillar 7");
    LinePiece a2 = new LinePiece(List.of(p(40, 45), p(40, 45.1)), LineType.GEODESIC, SegmentStatus.AGREED, List.of(),
        List.of(), false, "a");
    Section s = SectionAssembler.assemble(List.of(a2, b), 1).getFirst();
    assertThat(s.turningPoints().get(1).pillar()).contains("8");
    assertThat(s.segments().get(0).to().pillar()).contains("8");
  }

  @Test
  void refuses_a_piece_with_the_wrong_number_of_pillar_labels() {
    assertThatThrownBy(() -> new LinePiece(List.of(p(40, 45), p(40, 45.1)), LineType.GEODESIC, SegmentStatus.AGREED,
        List.of(), List.of(Optional.of("1")), false, "f"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("1 pillar labels for 2 turning points");
  }

  @Test
  void refuses_pillar_labels_that_would_break_a_table_row() {
    assertThatThrownBy(() -> new TurningPoint(1, p(40, 45), Optional.of("12\nA")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("control characters, got \"12\\nA\"");
    assertThatThrownBy(() -> new TurningPoint(1, p(40, 45), Optional.of(" ")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("must not be blank");
  }

  @Test
  void azimuths_are_brought_into_zero_to_360() {
    assertThat(SegmentMeasure.normalizeAzimuthDeg(-90)).isEqualTo(270);
    assertThat(SegmentMeasure.normalizeAzimuthDeg(360)).isEqualTo(0);
    assertThat(SegmentMeasure.normalizeAzimuthDeg(-1e-17)).isEqualTo(0);
    assertThat(SegmentMeasure.normalizeAzimuthDeg(540)).isEqualTo(180);
  }
}
