package org.groma.app.io;

import java.util.Objects;
import java.util.Optional;

/**
 * What the user states about a file to import. Nothing here is guessed: a format not given is taken from
 * the file name's extension (and the content checked against it), a CRS not given is the format's own
 * (WGS 84 for GeoJSON, KML and GPX; the layer's for GeoPackage) and is required for CSV, and a datum
 * transformation is never chosen for the user.
 *
 * @param format the format, overriding the extension
 * @param layer the GeoPackage layer (required when the file has several)
 * @param crs the CRS code of the coordinates (CSV; for other formats it must agree with the format's own)
 * @param transformation the datum transformation code to WGS 84, e.g. {@code EPSG:15865}
 * @param csv column layout for CSV files
 * @param repair fix invalid polygons (reporting what changed) instead of refusing them
 * @param region where the data is expected to lie, for the swapped-axes check of longitude–latitude formats
 */
public record ImportOptions(
    Optional<ImportFormat> format,
    Optional<String> layer,
    Optional<String> crs,
    Optional<String> transformation,
    Optional<CsvLayout> csv,
    boolean repair,
    Optional<Region> region) {

  public ImportOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(crs, "crs");
    Objects.requireNonNull(transformation, "transformation");
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(region, "region");
  }

  /** Nothing stated: format from the extension, the format's own CRS, no repair. */
  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), false, Optional.empty());
  }

  public ImportOptions withFormat(ImportFormat f) {
    return new ImportOptions(Optional.of(f), layer, crs, transformation, csv, repair, region);
  }

  public ImportOptions withLayer(String name) {
    return new ImportOptions(format, Optional.of(name), crs, transformation, csv, repair, region);
  }

  public ImportOptions withCrs(String code) {
    return new ImportOptions(format, layer, Optional.of(code), transformation, csv, repair, region);
  }

  public ImportOptions withTransformation(String code) {
    return new ImportOptions(format, layer, crs, Optional.of(code), csv, repair, region);
  }

  public ImportOptions withCsv(CsvLayout layout) {
    return new ImportOptions(format, layer, crs, transformation, Optional.of(layout), repair, region);
  }

  public ImportOptions withRepair(boolean r) {
    return new ImportOptions(format, layer, crs, transformation, csv, r, region);
  }

  public ImportOptions withRegion(Region r) {
    return new ImportOptions(format, layer, crs, transformation, csv, repair, Optional.of(r));
  }
}
