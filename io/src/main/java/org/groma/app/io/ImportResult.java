package org.groma.app.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.groma.geo.crs.Crs;
import org.groma.geo.crs.DatumTransformation;

/**
 * What {@link FeatureImport} read: the features in WGS 84 and how they got there.
 *
 * @param features the features, coordinates WGS 84 longitude/latitude ({@link org.groma.geo.GeoPoint})
 * @param format the format read
 * @param crs the CRS the file's coordinates were in
 * @param transformation the datum transformation applied to reach WGS 84, empty if none was needed
 * @param vertexCount positions read: one per point, every vertex of every line, every distinct ring vertex
 * @param warnings things the user must know (dropped altitudes, skipped empty track segments, repairs)
 * @param repairs the polygons fixed because {@code --repair} was asked, with what changed
 */
public record ImportResult(
    List<GeoFeature> features,
    ImportFormat format,
    Crs crs,
    Optional<DatumTransformation> transformation,
    long vertexCount,
    List<String> warnings,
    List<PolygonRepair.Report> repairs) {

  public ImportResult {
    features = List.copyOf(features);
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(crs, "crs");
    Objects.requireNonNull(transformation, "transformation");
    warnings = List.copyOf(warnings);
    repairs = List.copyOf(repairs);
  }

  /** The transformation's code, or {@code "none"}. */
  public String transformationName() {
    return transformation.map(DatumTransformation::code).orElse("none");
  }
}
