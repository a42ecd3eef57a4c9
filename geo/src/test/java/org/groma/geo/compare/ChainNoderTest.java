package org.groma.geo.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.noding.FastNodingValidator;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.NodingIntersectionFinder;
import org.locationtech.jts.noding.SegmentString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChainNoderTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void nodes_exactly_as_jts_mc_index_noder(long seed) {
    List<Coordinate[]> lines = noisyLines(new Random(seed), 3_000);
    List<String> jts = node(new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector())), lines);
    List<String> ours = node(new ChainNoder(new IntersectionAdder(new RobustLineIntersector())), lines);
    assertThat(ours).hasSizeGreaterThan(1_000).isEqualTo(jts);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void validates_as_fast_noding_validator(long seed) {
    List<Coordinate[]> lines = noisyLines(new Random(seed), 3_000);
    MCIndexNoder noder = new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector()));
    List<SegmentString> input = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      input.add(new NodedSegmentString(lines.get(i), i));
    }
    noder.computeNodes(input);
    @SuppressWarnings("unchecked")
    Collection<SegmentString> out = noder.getNodedSubstrings();
    NodingIntersectionFinder finder = new NodingIntersectionFinder(new RobustLineIntersector());
    new ChainNoder(finder).computeNodes(out);
    assertThat(!finder.hasIntersection()).isEqualTo(new FastNodingValidator(out).isValid());
    NodingIntersectionFinder raw = new NodingIntersectionFinder(new RobustLineIntersector());
    new ChainNoder(raw).computeNodes(input);
    assertThat(!raw.hasIntersection()).isEqualTo(new FastNodingValidator(input).isValid()).isFalse();
    System.out.println("valid after noding: " + new FastNodingValidator(out).isValid());
  }

  private static List<String> node(Noder noder, List<Coordinate[]> lines) {
    List<SegmentString> input = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Coordinate[] c = lines.get(i);
      Coordinate[] copy = new Coordinate[c.length];
      for (int j = 0; j < c.length; j++) {
        copy[j] = c[j].copy();
      }
      input.add(new NodedSegmentString(copy, i));
    }
    noder.computeNodes(input);
    @SuppressWarnings("unchecked")
    Collection<SegmentString> out = noder.getNodedSubstrings();
    List<String> strings = new ArrayList<>();
    for (SegmentString s : out) {
      StringBuilder b = new StringBuilder().append(s.getData()).append(':');
      for (Coordinate c : s.getCoordinates()) {
        b.append(' ').append(c.x).append(',').append(c.y);
      }
      strings.add(b.toString());
    }
    return strings;
  }

  /** Two lines of n vertices with independent noise along the x axis, crossing almost everywhere. */
  static List<Coordinate[]> noisyLines(Random r, int n) {
    Coordinate[] a = new Coordinate[n];
    Coordinate[] b = new Coordinate[n];
    for (int i = 0; i < n; i++) {
      a[i] = new Coordinate(5.0 * i, (r.nextDouble() - 0.5) * 4);
      b[i] = new Coordinate(5.0 * i + (r.nextDouble() - 0.5) * 2.5, (r.nextDouble() - 0.5) * 22);
    }
    return List.of(a, b);
  }
}
