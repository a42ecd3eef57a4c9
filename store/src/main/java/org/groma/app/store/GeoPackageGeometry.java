package org.groma.app.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoPoint;

/**
 * Encodes and decodes the GeoPackage binary geometry format (GeoPackage 1.3, clause 2.1.3 "Geometry
 * Encoding"): header {@code 'G' 'P'}, version 0, flags, srs_id, envelope, then standard ISO WKB.
 *
 * <h2>Algorithm</h2>
 * The header is written little-endian (flags bit 0 = 1) with envelope contents indicator 1
 * (flags bits 1–3: {@code [minx, maxx, miny, maxy]}, 32 bytes), not empty (bit 4 = 0), standard type (bit 5
 * = 0); flags byte {@code 0x03}, the same as GDAL writes. x is longitude and y latitude (GDAL and QGIS
 * order axes this way in GeoPackage for srs_id 4326). The WKB that follows is little-endian 2D.
 *
 * <h2>Limitations</h2>
 * Decodes only what {@link #encode} writes (2D, the four {@link GeometryType}s, either byte
 * order, any envelope indicator); refuses anything else with a {@link StoreException}.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class GeoPackageGeometry {

  private static final byte MAGIC_G = 'G';
  private static final byte MAGIC_P = 'P';
  private static final byte VERSION_1 = 0;
  /** Little-endian header (bit 0) with envelope indicator 1 in bits 1–3. */
  private static final byte FLAGS_LITTLE_ENDIAN_XY_ENVELOPE = 0x03;
  private static final byte WKB_LITTLE_ENDIAN = 1;
  private static final int HEADER_BYTES = 8;
  private static final int XY_ENVELOPE_BYTES = 32;

  private GeoPackageGeometry() {}

  /** {@code [minLonDeg, maxLonDeg, minLatDeg, maxLatDeg]} of the geometry's points. */
  static double[] envelope(LayerGeometry geometry) {
    double[] envelope = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (List<GeoPoint> part : parts(geometry)) {
      for (GeoPoint point : part) {
        envelope[0] = Math.min(envelope[0], point.lonDeg());
        envelope[1] = Math.max(envelope[1], point.lonDeg());
        envelope[2] = Math.min(envelope[2], point.latDeg());
        envelope[3] = Math.max(envelope[3], point.latDeg());
      }
    }
    return envelope;
  }

  static byte[] encode(LayerGeometry geometry, int srsId) {
    byte[] wkb = wkb(geometry);
    ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + XY_ENVELOPE_BYTES + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put(MAGIC_G).put(MAGIC_P).put(VERSION_1).put(FLAGS_LITTLE_ENDIAN_XY_ENVELOPE).putInt(srsId);
    for (double bound : envelope(geometry)) {
      buffer.putDouble(bound);
    }
    buffer.put(wkb);
    return buffer.array();
  }

  private static List<List<GeoPoint>> parts(LayerGeometry geometry) {
    return switch (geometry) {
      case LayerGeometry.Point p -> List.of(List.of(p.point()));
      case LayerGeometry.LineString l -> List.of(l.points());
      case LayerGeometry.Polygon p -> p.rings();
      case LayerGeometry.MultiLineString m -> m.lines();
    };
  }

  private static byte[] wkb(LayerGeometry geometry) {
    int points = parts(geometry).stream().mapToInt(List::size).sum();
    int parts = parts(geometry).size();
    // Generous upper bound: headers of 9 bytes per part plus counts, 16 bytes per point.
    ByteBuffer buffer = ByteBuffer.allocate(9 + parts * 13 + points * 16).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put(WKB_LITTLE_ENDIAN).putInt(geometry.type().wkbCode());
    switch (geometry) {
      case LayerGeometry.Point p -> putPoint(buffer, p.point());
      case LayerGeometry.LineString l -> putPoints(buffer, l.points());
      case LayerGeometry.Polygon p -> {
        buffer.putInt(p.rings().size());
        p.rings().forEach(ring -> putPoints(buffer, ring));
      }
      case LayerGeometry.MultiLineString m -> {
        buffer.putInt(m.lines().size());
        for (List<GeoPoint> line : m.lines()) {
          buffer.put(WKB_LITTLE_ENDIAN).putInt(GeometryType.LINESTRING.wkbCode());
          putPoints(buffer, line);
        }
      }
    }
    byte[] wkb = new byte[buffer.position()];
    buffer.flip().get(wkb);
    return wkb;
  }

  private static void putPoints(ByteBuffer buffer, List<GeoPoint> points) {
    buffer.putInt(points.size());
    points.forEach(point -> putPoint(buffer, point));
  }

  private static void putPoint(ByteBuffer buffer, GeoPoint point) {
    buffer.putDouble(point.lonDeg()).putDouble(point.latDeg());
  }

  /** The srs_id written in a GeoPackage binary header. */
  static int srsId(byte[] gpkg) {
    ByteBuffer buffer = header(gpkg);
    return buffer.getInt(4);
  }

  static LayerGeometry decode(byte[] gpkg) {
    ByteBuffer header = header(gpkg);
    int flags = gpkg[3];
    if ((flags & 0x10) != 0) {
      throw new StoreException("GeoPackage geometry is flagged empty; projection layers hold no empty geometries");
    }
    if ((flags & 0x20) != 0) {
      throw new StoreException("GeoPackage geometry uses an extended type; not written by Groma");
    }
    int envelopeBytes = switch ((flags >> 1) & 0x07) {
      case 0 -> 0;
      case 1 -> 32;
      case 2, 3 -> 48;
      case 4 -> 64;
      default -> throw new StoreException("GeoPackage geometry has an invalid envelope indicator " + ((flags >> 1) & 0x07));
    };
    int wkbStart = HEADER_BYTES + envelopeBytes;
    if (gpkg.length < wkbStart + 5 || header.limit() < wkbStart) {
      throw new StoreException("GeoPackage geometry is truncated (" + gpkg.length + " bytes)");
    }
    ByteBuffer wkb = ByteBuffer.wrap(gpkg, wkbStart, gpkg.length - wkbStart);
    try {
      LayerGeometry geometry = readGeometry(wkb);
      if (wkb.hasRemaining()) {
        throw new StoreException("GeoPackage geometry has " + wkb.remaining() + " bytes after its WKB");
      }
      return geometry;
    } catch (java.nio.BufferUnderflowException e) {
      throw new StoreException("GeoPackage geometry's WKB is truncated", e);
    }
  }

  private static ByteBuffer header(byte[] gpkg) {
    if (gpkg == null || gpkg.length < HEADER_BYTES || gpkg[0] != MAGIC_G || gpkg[1] != MAGIC_P) {
      throw new StoreException("not a GeoPackage binary geometry (no 'GP' header)");
    }
    if (gpkg[2] != VERSION_1) {
      throw new StoreException("GeoPackage geometry version " + gpkg[2] + " is not 0 (GeoPackage 1.x)");
    }
    ByteOrder order = (gpkg[3] & 0x01) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    return ByteBuffer.wrap(gpkg).order(order);
  }

  private static LayerGeometry readGeometry(ByteBuffer wkb) {
    int type = readTypeAndOrder(wkb);
    if (type == GeometryType.POINT.wkbCode()) {
      return new LayerGeometry.Point(readPoint(wkb));
    } else if (type == GeometryType.LINESTRING.wkbCode()) {
      return new LayerGeometry.LineString(readPoints(wkb));
    } else if (type == GeometryType.POLYGON.wkbCode()) {
      int rings = wkb.getInt();
      List<List<GeoPoint>> list = new ArrayList<>();
      for (int i = 0; i < rings; i++) {
        list.add(readPoints(wkb));
      }
      return new LayerGeometry.Polygon(list);
    } else if (type == GeometryType.MULTILINESTRING.wkbCode()) {
      int lines = wkb.getInt();
      List<List<GeoPoint>> list = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        int part = readTypeAndOrder(wkb);
        if (part != GeometryType.LINESTRING.wkbCode()) {
          throw new StoreException("multi line string part " + i + " has WKB type " + part + ", not 2");
        }
        list.add(readPoints(wkb));
      }
      return new LayerGeometry.MultiLineString(list);
    }
    throw new StoreException("WKB geometry type " + type + " is not one Groma writes");
  }

  private static int readTypeAndOrder(ByteBuffer wkb) {
    byte order = wkb.get();
    if (order != 0 && order != 1) {
      throw new StoreException("WKB byte order " + order + " is neither 0 nor 1");
    }
    wkb.order(order == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    return wkb.getInt();
  }

  private static List<GeoPoint> readPoints(ByteBuffer wkb) {
    int count = wkb.getInt();
    if (count < 0 || count > wkb.remaining() / 16) {
      throw new StoreException("WKB point count " + count + " exceeds the bytes present");
    }
    List<GeoPoint> points = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      points.add(readPoint(wkb));
    }
    return points;
  }

  private static GeoPoint readPoint(ByteBuffer wkb) {
    double lon = wkb.getDouble();
    double lat = wkb.getDouble();
    return GeoPoint.ofLonLat(lon, lat);
  }
}
