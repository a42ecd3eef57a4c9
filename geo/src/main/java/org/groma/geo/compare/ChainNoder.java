package org.groma.geo.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.chain.MonotoneChain;
import org.locationtech.jts.index.chain.MonotoneChainBuilder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;

/**
 * JTS's {@link MCIndexNoder} with its monotone chains found through a {@link BoxTree} built along the
 * linework instead of a Hilbert R-tree.
 *
 * <p>The pairs of segments handed to the intersector are the same: every pair of chains whose envelopes
 * meet, the chain added first as the first argument (as MCIndexNoder's ids order them), each pair's
 * segments by {@link MonotoneChain#computeOverlaps}. Only the order of the pairs differs, and the nodes an
 * {@code IntersectionAdder} adds do not depend on it (each string keeps its nodes sorted along it, a node
 * at the same place on the same segment once). For the 100 000-vertex comparisons the R-tree's leaves were
 * kilometre-wide slivers ({@link BoxTree}): noding and its validation took 45 % of the time.
 */
final class ChainNoder implements Noder {

  private final SegmentIntersector intersector;
  private Collection<SegmentString> strings;

  ChainNoder(SegmentIntersector intersector) {
    this.intersector = intersector;
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void computeNodes(Collection segStrings) {
    strings = segStrings;
    List<MonotoneChain> chains = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    int string = 0;
    for (SegmentString s : strings) {
      for (Object o : MonotoneChainBuilder.getChains(s.getCoordinates(), s)) {
        MonotoneChain mc = (MonotoneChain) o;
        mc.setId(chains.size());
        chains.add(mc);
        groups.add(string);
      }
      string++;
    }
    int n = chains.size();
    double[] x0 = new double[n];
    double[] x1 = new double[n];
    double[] y0 = new double[n];
    double[] y1 = new double[n];
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      Envelope e = chains.get(i).getEnvelope(0.0);
      x0[i] = e.getMinX();
      x1[i] = e.getMaxX();
      y0[i] = e.getMinY();
      y1[i] = e.getMaxY();
      group[i] = groups.get(i);
    }
    BoxTree tree = new BoxTree(x0, x1, y0, y1, group);
    MCIndexNoder.SegmentOverlapAction action = new MCIndexNoder.SegmentOverlapAction(intersector);
    for (int q = 0; q < n && !intersector.isDone(); q++) {
      MonotoneChain query = chains.get(q);
      int from = q;
      tree.query(x0[q], x1[q], y0[q], y1[q], t -> {
        if (t > from && !intersector.isDone()) {
          query.computeOverlaps(chains.get(t), 0.0, action);
        }
      });
    }
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Collection getNodedSubstrings() {
    return NodedSegmentString.getNodedSubstrings(strings);
  }
}
