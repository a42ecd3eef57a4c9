package org.groma.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.BadInputException;

/**
 * Rebuilds a projection layer as a GeoPackage feature table, and reads one back.
 *
 * <h2>Algorithm</h2>
 * Inside the caller's transaction, so a failure leaves the previous layer in place: check
 * every feature against the spec; unregister the table from {@code gpkg_geometry_columns} and
 * {@code gpkg_contents}; drop and create it ({@code fid INTEGER PRIMARY KEY AUTOINCREMENT}, a geometry
 * column declared with its GeoPackage type name, then the attribute columns, per GeoPackage 1.3 clause
 * 2.1.6); insert the rows with geometries in GeoPackage binary; register it with its extent and
 * {@code last_change}.
 *
 * <h2>Limitations</h2>
 * No spatial index (the {@code gpkg_rtree_index} extension is optional; QGIS and GDAL read
 * the layers without it, and they are small).
 */
final class FeatureLayerWriter {

  private FeatureLayerWriter() {}

  static void checkFeatures(FeatureLayerSpec spec, List<Feature> features) {
    Map<String, LayerColumn> columns = new LinkedHashMap<>();
    spec.columns().forEach(column -> columns.put(column.name(), column));
    for (int i = 0; i < features.size(); i++) {
      Feature feature = features.get(i);
      String where = "layer '" + spec.tableName() + "' feature " + i;
      if (feature.geometry().type() != spec.geometryType()) {
        throw new BadInputException(where + " has a " + feature.geometry().type() + " geometry; the layer holds "
            + spec.geometryType());
      }
      for (Map.Entry<String, Object> attribute : feature.attributes().entrySet()) {
        LayerColumn column = columns.get(attribute.getKey());
        if (column == null) {
          throw new BadInputException(where + " has attribute '" + attribute.getKey()
              + "', which is not a column of the layer " + columns.keySet());
        }
        Object value = attribute.getValue();
        boolean fits = value == null || switch (column.type()) {
          case TEXT -> value instanceof String;
          case INTEGER -> value instanceof Long || value instanceof Integer;
          case REAL -> value instanceof Double d && Double.isFinite(d);
        };
        if (!fits) {
          throw new BadInputException(where + " attribute '" + column.name() + "' = " + value + " ("
              + value.getClass().getSimpleName() + ") is not a " + column.type()
              + (column.type() == ColumnType.REAL ? " (finite Double)" : ""));
        }
      }
    }
  }

  static void rebuild(Connection connection, FeatureLayerSpec spec, List<Feature> features, String lastChange)
      throws SQLException {
    checkFeatures(spec, features);
    String table = quote(spec.tableName());
    try (PreparedStatement unregisterColumns = connection.prepareStatement(
            "DELETE FROM gpkg_geometry_columns WHERE table_name = ?");
        PreparedStatement unregisterContents = connection.prepareStatement(
            "DELETE FROM gpkg_contents WHERE table_name = ?");
        Statement ddl = connection.createStatement()) {
      unregisterColumns.setString(1, spec.tableName());
      unregisterColumns.executeUpdate();
      unregisterContents.setString(1, spec.tableName());
      unregisterContents.executeUpdate();
      ddl.execute("DROP TABLE IF EXISTS " + table);
      ddl.execute(createTableSql(spec));
    }
    double[] extent = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    List<String> names = new ArrayList<>();
    spec.columns().forEach(column -> names.add(quote(column.name())));
    String insert = "INSERT INTO " + table + " (" + FeatureLayerSpec.GEOMETRY_COLUMN
        + (names.isEmpty() ? "" : ", " + String.join(", ", names)) + ") VALUES (?"
        + ", ?".repeat(names.size()) + ")";
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      for (Feature feature : features) {
        double[] envelope = GeoPackageGeometry.envelope(feature.geometry());
        extent[0] = Math.min(extent[0], envelope[0]);
        extent[1] = Math.max(extent[1], envelope[1]);
        extent[2] = Math.min(extent[2], envelope[2]);
        extent[3] = Math.max(extent[3], envelope[3]);
        statement.setBytes(1, GeoPackageGeometry.encode(feature.geometry(), spec.srsId()));
        for (int c = 0; c < spec.columns().size(); c++) {
          LayerColumn column = spec.columns().get(c);
          Object value = feature.attributes().get(column.name());
          int index = c + 2;
          if (value == null) {
            statement.setNull(index, switch (column.type()) {
              case TEXT -> Types.VARCHAR;
              case INTEGER -> Types.BIGINT;
              case REAL -> Types.DOUBLE;
            });
          } else {
            switch (column.type()) {
              case TEXT -> statement.setString(index, (String) value);
              case INTEGER -> statement.setLong(index, ((Number) value).longValue());
              case REAL -> statement.setDouble(index, (Double) value);
            }
          }
        }
        statement.addBatch();
      }
      statement.executeBatch();
    }
    try (PreparedStatement contents = connection.prepareStatement(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change,"
                + " min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement geometryColumns = connection.prepareStatement(
            "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)"
                + " VALUES (?, ?, ?, ?, 0, 0)")) {
      contents.setString(1, spec.tableName());
      contents.setString(2, spec.tableName());
      contents.setString(3, spec.description());
      contents.setString(4, lastChange);
      boolean empty = features.isEmpty();
      // gpkg_contents bounds are min_x, min_y, max_x, max_y; an empty layer has none (NULL).
      setBound(contents, 5, empty, extent[0]);
      setBound(contents, 6, empty, extent[2]);
      setBound(contents, 7, empty, extent[1]);
      setBound(contents, 8, empty, extent[3]);
      contents.setInt(9, spec.srsId());
      contents.executeUpdate();
      geometryColumns.setString(1, spec.tableName());
      geometryColumns.setString(2, FeatureLayerSpec.GEOMETRY_COLUMN);
      geometryColumns.setString(3, spec.geometryType().gpkgName());
      geometryColumns.setInt(4, spec.srsId());
      geometryColumns.executeUpdate();
    }
  }

  private static void setBound(PreparedStatement statement, int index, boolean empty, double value)
      throws SQLException {
    if (empty) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  static String createTableSql(FeatureLayerSpec spec) {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(quote(spec.tableName())).append(" (")
        .append(FeatureLayerSpec.ID_COLUMN).append(" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ")
        .append(FeatureLayerSpec.GEOMETRY_COLUMN).append(' ').append(spec.geometryType().gpkgName())
        .append(" NOT NULL");
    for (LayerColumn column : spec.columns()) {
      sql.append(", ").append(quote(column.name())).append(' ').append(column.type().name());
    }
    return sql.append(')').toString();
  }

  /** The layer's features in fid order; empty if the layer has not been written. */
  static List<Feature> read(Connection connection, FeatureLayerSpec spec) throws SQLException {
    try (PreparedStatement registered = connection.prepareStatement(
        "SELECT 1 FROM gpkg_contents WHERE table_name = ? AND data_type = 'features'")) {
      registered.setString(1, spec.tableName());
      try (ResultSet rows = registered.executeQuery()) {
        if (!rows.next()) {
          return List.of();
        }
      }
    }
    List<String> names = new ArrayList<>();
    spec.columns().forEach(column -> names.add(quote(column.name())));
    String select = "SELECT " + FeatureLayerSpec.GEOMETRY_COLUMN + (names.isEmpty() ? "" : ", " + String.join(", ", names))
        + " FROM " + quote(spec.tableName()) + " ORDER BY " + FeatureLayerSpec.ID_COLUMN;
    List<Feature> features = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(select)) {
      while (rows.next()) {
        LayerGeometry geometry = GeoPackageGeometry.decode(rows.getBytes(1));
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int c = 0; c < spec.columns().size(); c++) {
          LayerColumn column = spec.columns().get(c);
          Object value = switch (column.type()) {
            case TEXT -> rows.getString(c + 2);
            case INTEGER -> rows.getLong(c + 2);
            case REAL -> rows.getDouble(c + 2);
          };
          attributes.put(column.name(), rows.wasNull() ? null : value);
        }
        features.add(new Feature(geometry, attributes));
      }
    }
    return features;
  }

  private static String quote(String identifier) {
    return "\"" + identifier + "\"";
  }
}
