package org.groma.app.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.crs.Crs;
import org.groma.geo.crs.CrsRegistry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sqlite.SQLiteConfig;

/**
 * Reads one feature layer of an OGC GeoPackage (12-128r18) through a read-only SQLite connection.
 *
 * <h2>Algorithm</h2>
 * Layers come from {@code gpkg_contents} joined with {@code gpkg_geometry_columns}. The
 * layer's {@code srs_id} is resolved through {@code gpkg_spatial_ref_sys} (organization and
 * organization_coordsys_id) to a CRS of {@link CrsRegistry}; an SRS Groma does not know is refused. Each
 * geometry blob is the GeoPackage binary header (magic {@code GP}, version, flags with byte order, envelope
 * indicator and empty bit, srs_id, envelope; spec 2.1.3) followed by standard WKB, read by JTS's
 * {@link WKBReader}. Coordinates are x = easting or longitude, y = northing or latitude, as GeoPackage stores
 * them for every CRS. Rows are read one at a time.
 *
 * <h2>Limitations</h2>
 * Z and M values are dropped with a warning saying how many geometries had them.
 * Extended geometry types (curves) and GeometryCollection are refused.
 */
final class GpkgReader {

  /** The first 16 bytes of every SQLite database file. */
  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  /** Envelope sizes in bytes for the envelope contents indicator 0–4 (GeoPackage 2.1.3, Table 6). */
  private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};

  /**
   * A feature layer of the GeoPackage.
   *
   * @param name table name
   * @param geometryColumn name of the geometry column
   * @param geometryType the declared type, e.g. {@code MULTIPOLYGON}
   * @param srsId the srs_id of the layer
   * @param srs the SRS as {@code organization:id}, e.g. {@code EPSG:4326}
   * @param featureCount rows in the table
   */
  record Layer(String name, String geometryColumn, String geometryType, int srsId, String srs, long featureCount) {}

  private GpkgReader() {}

  static List<Layer> layers(Path file) throws IOException {
    try (Connection c = open(file)) {
      return layers(c, file.toString());
    } catch (SQLException e) {
      throw sqlError(e, file.toString());
    }
  }

  /** The features of one layer, its CRS resolved and converted to WGS 84 by {@code conversionFor}. */
  static Read read(Path file, Optional<String> layerName, Optional<String> transformation, List<String> warnings)
      throws IOException {
    String source = file.toString();
    try (Connection c = open(file)) {
      List<Layer> layers = layers(c, source);
      Layer layer = choose(layers, layerName, source);
      Crs crs = crs(c, layer, source);
      Wgs84Conversion toWgs84 = Wgs84Conversion.of(crs, transformation);
      String pk = primaryKey(c, layer.name());
      List<GeoFeature> features = new ArrayList<>();
      long zm = 0;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM " + quote(layer.name()))) {
        ResultSetMetaData md = rs.getMetaData();
        int geomIndex = -1;
        for (int i = 1; i <= md.getColumnCount(); i++) {
          if (md.getColumnName(i).equalsIgnoreCase(layer.geometryColumn())) {
            geomIndex = i;
          }
        }
        WKBReader wkb = new WKBReader();
        int row = 0;
        while (rs.next()) {
          ObjectNode props = GeoJsonReader.emptyProperties();
          String id = null;
          for (int i = 1; i <= md.getColumnCount(); i++) {
            if (i == geomIndex) {
              continue;
            }
            String col = md.getColumnName(i);
            Object v = rs.getObject(i);
            if (pk != null && col.equalsIgnoreCase(pk)) {
              id = v == null ? null : v.toString();
              continue;
            }
            switch (v) {
              case null -> props.putNull(col);
              case Integer n -> props.put(col, n);
              case Long n -> props.put(col, n);
              case Double d -> props.put(col, d);
              case byte[] b -> props.put(col, b);
              default -> props.put(col, v.toString());
            }
          }
          String where = source + ": layer " + layer.name() + ", feature " + row
              + (id == null ? "" : " (" + pk + " " + id + ")");
          byte[] blob = rs.getBytes(geomIndex);
          GeoGeometry g;
          if (blob == null) {
            g = new GeoGeometry.None();
          } else {
            Decoded d = decode(blob, wkb, where);
            if (d.hasZorM()) {
              zm++;
            }
            g = d.geometry() == null ? new GeoGeometry.None() : geometry(d.geometry(), toWgs84, where);
          }
          features.add(new GeoFeature(row, id, props, g));
          row++;
        }
      }
      if (zm > 0) {
        warnings.add(source + ": layer " + layer.name() + ": " + zm + " geometries have Z or M values; Groma keeps "
            + "x and y only (2D on the WGS 84 ellipsoid): the Z and M values were dropped");
      }
      return new Read(features, toWgs84, layer);
    } catch (SQLException e) {
      throw sqlError(e, source);
    }
  }

  record Read(List<GeoFeature> features, Wgs84Conversion conversion, Layer layer) {}

  private static Connection open(Path file) throws IOException, SQLException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": is a folder, not a GeoPackage");
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SQLITE_MAGIC.length);
    }
    if (head.length == 0) {
      throw new BadInputException(file + ": the file is empty");
    }
    if (!Arrays.equals(head, SQLITE_MAGIC)) {
      throw new BadInputException(file + ": not a GeoPackage: a GeoPackage is an SQLite database, and this file "
          + "does not start with \"SQLite format 3\"");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
  }

  private static BadInputException sqlError(SQLException e, String source) {
    return new BadInputException(source + ": cannot read the GeoPackage (damaged or truncated?): " + e.getMessage(), e);
  }

  private static List<Layer> layers(Connection c, String source) throws SQLException {
    try (Statement s = c.createStatement()) {
      try (ResultSet t = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
          + "AND name IN ('gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys')")) {
        if (!t.next() || t.getInt(1) != 3) {
          throw new BadInputException(source + ": an SQLite database but not a GeoPackage: it lacks gpkg_contents, "
              + "gpkg_geometry_columns or gpkg_spatial_ref_sys");
        }
      }
      List<Layer> layers = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id, "
          + "r.organization, r.organization_coordsys_id FROM gpkg_contents c "
          + "JOIN gpkg_geometry_columns g ON c.table_name = g.table_name "
          + "LEFT JOIN gpkg_spatial_ref_sys r ON r.srs_id = g.srs_id "
          + "WHERE c.data_type = 'features' ORDER BY c.table_name")) {
        while (rs.next()) {
          String org = rs.getString(5);
          layers.add(new Layer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
              org == null ? "srs_id " + rs.getInt(4) + " (not in gpkg_spatial_ref_sys)" : org + ":" + rs.getInt(6), 0));
        }
      }
      List<Layer> counted = new ArrayList<>();
      for (Layer l : layers) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quote(l.name()))) {
          rs.next();
          counted.add(new Layer(l.name(), l.geometryColumn(), l.geometryType(), l.srsId(), l.srs(), rs.getLong(1)));
        }
      }
      return counted;
    }
  }

  private static Layer choose(List<Layer> layers, Optional<String> name, String source) {
    if (layers.isEmpty()) {
      throw new BadInputException(source + ": the GeoPackage has no feature layer");
    }
    if (name.isPresent()) {
      return layers.stream().filter(l -> l.name().equals(name.get())).findFirst().orElseThrow(() ->
          new BadInputException(source + ": no feature layer \"" + name.get() + "\"; the layers are "
              + String.join(", ", layers.stream().map(Layer::name).toList())));
    }
    if (layers.size() > 1) {
      throw new BadInputException(source + ": the GeoPackage has " + layers.size() + " feature layers ("
          + String.join(", ", layers.stream().map(Layer::name).toList()) + "); state one with --layer NAME");
    }
    return layers.getFirst();
  }

  private static Crs crs(Connection c, Layer layer, String source) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT organization, organization_coordsys_id, srs_name "
        + "FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
      s.setInt(1, layer.srsId());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new BadInputException(source + ": layer " + layer.name() + ": srs_id " + layer.srsId()
              + " is not in gpkg_spatial_ref_sys");
        }
        String org = rs.getString(1);
        int code = rs.getInt(2);
        String name = rs.getString(3);
        if (org == null || !org.equalsIgnoreCase("EPSG")) {
          throw new BadInputException(source + ": layer " + layer.name() + ": srs_id " + layer.srsId() + " is "
              + org + ":" + code + " (\"" + name + "\"), not an EPSG CRS; Groma cannot tell what its coordinates "
              + "mean (srs_id -1 and 0 are GeoPackage's 'undefined' systems)");
        }
        try {
          return CrsRegistry.lookup("EPSG:" + code);
        } catch (GeoInputException e) {
          throw e.at(source + ": layer " + layer.name() + ": srs_id " + layer.srsId() + " (\"" + name + "\")");
        }
      }
    }
  }

  private static String primaryKey(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
      while (rs.next()) {
        if (rs.getInt("pk") == 1) {
          return rs.getString("name");
        }
      }
    }
    return null;
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** A decoded blob: the JTS geometry (null when the empty flag is set) and whether WKB carried Z or M. */
  record Decoded(Geometry geometry, boolean hasZorM) {}

  /** Decodes a GeoPackage geometry blob (GeoPackage 12-128r18, 2.1.3). */
  static Decoded decode(byte[] blob, WKBReader wkb, String where) {
    if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
      throw new BadInputException(where + ": not a GeoPackage geometry (no 'GP' magic)");
    }
    if (blob[2] != 0) {
      throw new BadInputException(where + ": GeoPackage binary version " + blob[2] + " is not 1 (byte 0)");
    }
    int flags = blob[3] & 0xff;
    if ((flags & 0x20) != 0) {
      throw new BadInputException(where + ": an extended GeoPackage geometry (flag X): not supported");
    }
    int envelope = (flags >> 1) & 0x07;
    if (envelope > 4) {
      throw new BadInputException(where + ": invalid envelope contents indicator " + envelope);
    }
    int offset = 8 + ENVELOPE_BYTES[envelope];
    if (blob.length < offset + 5) {
      if ((flags & 0x10) != 0 && blob.length == offset) {
        return new Decoded(null, false);
      }
      throw new BadInputException(where + ": geometry blob is truncated (" + blob.length + " bytes)");
    }
    ByteBuffer b = ByteBuffer.wrap(blob, offset, blob.length - offset);
    b.order(blob[offset] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    long type = b.getInt(offset + 1) & 0xffffffffL;
    // ISO WKB: 1000s are Z, 2000s M, 3000s ZM; EWKB: high bits 0x80000000 (Z) and 0x40000000 (M).
    boolean zm = (type & 0xC0000000L) != 0 || (type & 0xffff) >= 1000;
    byte[] wkbBytes = Arrays.copyOfRange(blob, offset, blob.length);
    WkbNesting.check(wkbBytes, where);
    Geometry g;
    try {
      g = wkb.read(wkbBytes);
    } catch (ParseException | RuntimeException e) {
      throw new BadInputException(where + ": malformed WKB geometry: " + e.getMessage(), e);
    }
    if ((flags & 0x10) != 0 || g.isEmpty()) {
      return new Decoded(null, zm);
    }
    return new Decoded(g, zm);
  }

  /** The JTS geometry (x easting or longitude, y northing or latitude) as WGS 84 Groma geometry. */
  static GeoGeometry geometry(Geometry g, Wgs84Conversion toWgs84, String where) {
    return switch (g) {
      case Point p -> new GeoGeometry.Point(point(p.getCoordinate(), toWgs84, where));
      case MultiPoint m -> {
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < m.getNumGeometries(); i++) {
          points.add(point(m.getGeometryN(i).getCoordinate(), toWgs84, where + ", point " + i));
        }
        yield new GeoGeometry.MultiPoint(points);
      }
      case LineString l -> new GeoGeometry.Line(List.of(points(l, toWgs84, where)));
      case MultiLineString m -> {
        List<List<GeoPoint>> parts = new ArrayList<>();
        for (int i = 0; i < m.getNumGeometries(); i++) {
          parts.add(points((LineString) m.getGeometryN(i), toWgs84, where + ", part " + i));
        }
        yield new GeoGeometry.Line(parts);
      }
      case Polygon p -> new GeoGeometry.Area(List.of(polygon(p, toWgs84, where)));
      case MultiPolygon m -> {
        List<GeoPolygon> parts = new ArrayList<>();
        for (int i = 0; i < m.getNumGeometries(); i++) {
          parts.add(polygon((Polygon) m.getGeometryN(i), toWgs84, where + ", part " + i));
        }
        yield new GeoGeometry.Area(parts);
      }
      case GeometryCollection c -> throw new BadInputException(where + ": GeometryCollection is not supported; "
          + "split it into features");
      default -> throw new BadInputException(where + ": unsupported geometry " + g.getGeometryType());
    };
  }

  private static GeoPolygon polygon(Polygon p, Wgs84Conversion toWgs84, String where) {
    GeoRing shell = ring(p.getExteriorRing(), toWgs84, where + ", ring 0");
    List<GeoRing> holes = new ArrayList<>();
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      holes.add(ring(p.getInteriorRingN(i), toWgs84, where + ", ring " + (i + 1)));
    }
    return new GeoPolygon(shell, holes);
  }

  private static GeoRing ring(LineString r, Wgs84Conversion toWgs84, String where) {
    List<GeoPoint> points = points(r, toWgs84, where);
    if (points.size() < 4 || !points.getFirst().equals(points.getLast())) {
      throw new BadInputException(where + ": a ring needs at least 4 positions and must end where it starts "
          + "(OGC Simple Features)");
    }
    try {
      return GeoRing.of(points);
    } catch (GeoInputException e) {
      throw e.at(where);
    }
  }

  private static List<GeoPoint> points(LineString l, Wgs84Conversion toWgs84, String where) {
    int n = l.getNumPoints();
    if (n < 2 && !(l instanceof org.locationtech.jts.geom.LinearRing)) {
      throw new BadInputException(where + ": a line needs at least 2 positions, got " + n);
    }
    List<GeoPoint> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(point(l.getCoordinateN(i), toWgs84, where + ", position " + i));
    }
    return out;
  }

  private static GeoPoint point(Coordinate c, Wgs84Conversion toWgs84, String where) {
    try {
      return toWgs84.point(c.x, c.y);
    } catch (GeoInputException e) {
      throw e.at(where);
    }
  }
}
