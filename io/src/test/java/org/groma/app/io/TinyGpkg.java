package org.groma.app.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Builds small GeoPackages by hand (GeoPackage 12-128r18: the three required tables, one table per layer,
 * geometry blobs written byte by byte), so that the reader is tested against the specification and not only
 * against what GDAL writes.
 */
final class TinyGpkg implements AutoCloseable {

  private final Connection c;

  TinyGpkg(Path file) throws Exception {
    c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
          + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
          + "description TEXT)");
      s.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, "
          + "description TEXT, last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
      s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
          + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL)");
      s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL)");
    }
  }

  TinyGpkg srs(int srsId, String organization, int code, String name) throws Exception {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, 'x', NULL)")) {
      p.setString(1, name);
      p.setInt(2, srsId);
      p.setString(3, organization);
      p.setInt(4, code);
      p.execute();
    }
    return this;
  }

  TinyGpkg layer(String table, String type, int srsId, byte[]... geometries) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE \"" + table + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, name TEXT)");
      s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('" + table
          + "', 'features', '" + table + "', " + srsId + ")");
      s.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + table + "', 'geom', '" + type + "', " + srsId + ", 0, 0)");
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO \"" + table + "\" (geom, name) VALUES (?, ?)")) {
      int i = 0;
      for (byte[] g : geometries) {
        p.setBytes(1, g);
        p.setString(2, table + "-" + i++);
        p.execute();
      }
    }
    return this;
  }

  @Override
  public void close() throws Exception {
    c.close();
  }

  /** A GeoPackage blob: header ('GP', version 0, flags: little-endian, envelope xy) then the WKB. */
  static byte[] blob(int srsId, byte[] wkb, double minX, double maxX, double minY, double maxY) {
    ByteBuffer b = ByteBuffer.allocate(8 + 32 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0011); // envelope [minx,maxx,miny,maxy], LE
    b.putInt(srsId);
    b.putDouble(minX).putDouble(maxX).putDouble(minY).putDouble(maxY);
    b.put(wkb);
    return b.array();
  }

  /** WKB (little-endian) Point, or ISO Point Z (type 1001) when z is given. */
  static byte[] point(double x, double y, Double z) {
    ByteBuffer b = ByteBuffer.allocate(5 + 16 + (z == null ? 0 : 8)).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 1).putInt(z == null ? 1 : 1001).putDouble(x).putDouble(y);
    if (z != null) {
      b.putDouble(z);
    }
    return b.array();
  }

  /** WKB (little-endian) LineString from x,y pairs. */
  static byte[] lineString(double... xy) {
    ByteBuffer b = ByteBuffer.allocate(9 + 8 * xy.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 1).putInt(2).putInt(xy.length / 2);
    for (double v : xy) {
      b.putDouble(v);
    }
    return b.array();
  }

  /** WKB (little-endian) Polygon of one ring from x,y pairs (closing pair included by the caller). */
  static byte[] polygon(double... xy) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer b = ByteBuffer.allocate(13 + 8 * xy.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 1).putInt(3).putInt(1).putInt(xy.length / 2);
    for (double v : xy) {
      b.putDouble(v);
    }
    out.writeBytes(b.array());
    return out.toByteArray();
  }
}
