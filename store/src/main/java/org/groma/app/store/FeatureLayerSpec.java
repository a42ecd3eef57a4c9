package org.groma.app.store;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.groma.app.BadInputException;

/**
 * The shape of a projection layer: a GeoPackage feature table {@code tableName(fid, geom, columns...)}
 * whose geometries are all of {@code geometryType}, in {@code srsId}.
 *
 * @param tableName lower-case identifier, not one of the store's own tables and not starting with
 *     {@code gpkg_}, {@code sqlite_} or {@code rtree_} (prefixes SQLite and GeoPackage reserve)
 * @param geometryType the type of every feature's geometry
 * @param srsId spatial reference system; only 4326 (WGS 84, longitude/latitude degrees) is defined in a
 *     commission store, matching the journal's coordinates
 * @param description shown by GIS tools (gpkg_contents.description)
 * @param columns attribute columns, names unique
 */
public record FeatureLayerSpec(String tableName, GeometryType geometryType, int srsId, String description,
    List<LayerColumn> columns) {

  static final String ID_COLUMN = "fid";
  static final String GEOMETRY_COLUMN = "geom";
  static final int WGS84_SRS_ID = 4326;

  private static final Set<String> STORE_TABLES = Set.of(
      StoreSchema.META, StoreSchema.JOURNAL, StoreSchema.CHECKPOINTS, StoreSchema.COSIGNATURES);

  public FeatureLayerSpec {
    Objects.requireNonNull(geometryType, "geometryType");
    Objects.requireNonNull(description, "description");
    if (tableName == null || !LayerColumn.IDENTIFIER.matcher(tableName).matches()) {
      throw new BadInputException("layer name " + (tableName == null ? "(none)" : "'" + tableName + "'")
          + " must be a lower-case letter followed by up to 62 lower-case letters, digits or '_'");
    }
    if (STORE_TABLES.contains(tableName) || tableName.startsWith("gpkg_") || tableName.startsWith("sqlite_")
        || tableName.startsWith("rtree_")) {
      throw new BadInputException("layer name '" + tableName + "' is reserved for the store's own tables");
    }
    if (srsId != WGS84_SRS_ID) {
      throw new BadInputException("layer '" + tableName + "' has srs_id " + srsId
          + "; a commission store defines only 4326 (WGS 84 longitude/latitude)");
    }
    columns = List.copyOf(columns);
    Set<String> names = new HashSet<>();
    for (LayerColumn column : columns) {
      if (!names.add(column.name())) {
        throw new BadInputException("layer '" + tableName + "' has column '" + column.name() + "' twice");
      }
    }
  }

  /** A WGS 84 (srs_id 4326) layer. */
  public static FeatureLayerSpec wgs84(String tableName, GeometryType geometryType, String description,
      List<LayerColumn> columns) {
    return new FeatureLayerSpec(tableName, geometryType, WGS84_SRS_ID, description, columns);
  }
}
