package org.groma.geo.simplify;

import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * A line simplified for display by {@link SimplifyOp}.
 *
 * @param vertices the kept vertices, each exactly an input vertex, in order; a closed input stays closed
 * @param keptIndices the index in the input of each kept vertex
 * @param maxDeviationM the deviation asked for, metres
 * @param hausdorffM the deviation measured after simplifying, metres: the geodesic Hausdorff distance between
 *     the input and the result as sampled by {@link SimplifyOp} (at most {@code maxDeviationM})
 * @param inputVertexCount how many vertices the input had
 */
public record SimplifiedLine(
    List<GeoPoint> vertices, List<Integer> keptIndices, double maxDeviationM, double hausdorffM,
    int inputVertexCount) {

  public SimplifiedLine {
    vertices = List.copyOf(vertices);
    keptIndices = List.copyOf(keptIndices);
    if (vertices.size() != keptIndices.size()) {
      throw new GeoInputException("kept vertices and their indices differ in number");
    }
    if (vertices.size() > inputVertexCount) {
      throw new GeoInputException("a simplified line cannot have more vertices than its input");
    }
    if (!(hausdorffM >= 0) || hausdorffM > maxDeviationM) {
      throw new GeoInputException("measured deviation " + hausdorffM + " m breaks the bound " + maxDeviationM + " m");
    }
  }
}
