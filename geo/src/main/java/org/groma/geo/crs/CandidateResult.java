package org.groma.geo.crs;

import java.util.Objects;

/**
 * Where one candidate datum transformation puts a point.
 *
 * @param transformation the candidate
 * @param result the point in the target CRS
 * @param position the same point as latitude and longitude on the target datum (height 0), used for distances
 */
public record CandidateResult(DatumTransformation transformation, Coordinate result, GeodeticPosition position) {

  public CandidateResult {
    Objects.requireNonNull(transformation, "transformation");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(position, "position");
  }
}
