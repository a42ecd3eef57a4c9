package org.groma.app.io;

import org.groma.app.AtomicFile;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;

/**
 * Writes features as an RFC 7946 GeoJSON FeatureCollection: WGS 84, longitude then latitude, rings closed by
 * repeating the first position, numbers as the shortest decimal that reads back to the same double (nothing
 * rounded). Ring orientation is written as read.
 *
 * <h2>Algorithm</h2>
 * Streaming ({@link JsonGenerator}) into a temporary file beside the target, moved into
 * place only when complete, so a failure leaves the target as it was.
 */
public final class GeoJsonWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoJsonWriter() {}

  public static void write(List<GeoFeature> features, Path file) throws IOException {
    try {
      AtomicFile.write(file, false, out -> write(features, out));
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  public static void write(List<GeoFeature> features, OutputStream out) throws IOException {
    try (JsonGenerator g = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (GeoFeature f : features) {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        if (f.id() != null) {
          g.writeStringField("id", f.id());
        }
        g.writeFieldName("properties");
        g.writeTree(f.properties());
        g.writeFieldName("geometry");
        geometry(g, f.geometry());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void geometry(JsonGenerator g, GeoGeometry geometry) throws IOException {
    if (geometry instanceof GeoGeometry.None) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    switch (geometry) {
      case GeoGeometry.None n -> throw new IllegalStateException();
      case GeoGeometry.Point p -> {
        g.writeStringField("type", "Point");
        g.writeFieldName("coordinates");
        position(g, p.point());
      }
      case GeoGeometry.MultiPoint m -> {
        g.writeStringField("type", "MultiPoint");
        g.writeFieldName("coordinates");
        positions(g, m.points());
      }
      case GeoGeometry.Line l -> {
        boolean one = l.parts().size() == 1;
        g.writeStringField("type", one ? "LineString" : "MultiLineString");
        g.writeFieldName("coordinates");
        if (one) {
          positions(g, l.parts().getFirst());
        } else {
          g.writeStartArray();
          for (List<GeoPoint> part : l.parts()) {
            positions(g, part);
          }
          g.writeEndArray();
        }
      }
      case GeoGeometry.Area a -> {
        boolean one = a.parts().size() == 1;
        g.writeStringField("type", one ? "Polygon" : "MultiPolygon");
        g.writeFieldName("coordinates");
        if (one) {
          polygon(g, a.parts().getFirst());
        } else {
          g.writeStartArray();
          for (GeoPolygon p : a.parts()) {
            polygon(g, p);
          }
          g.writeEndArray();
        }
      }
    }
    g.writeEndObject();
  }

  private static void polygon(JsonGenerator g, GeoPolygon p) throws IOException {
    g.writeStartArray();
    ring(g, p.shell());
    for (GeoRing h : p.holes()) {
      ring(g, h);
    }
    g.writeEndArray();
  }

  private static void ring(JsonGenerator g, GeoRing r) throws IOException {
    g.writeStartArray();
    for (GeoPoint p : r.vertices()) {
      position(g, p);
    }
    position(g, r.vertices().getFirst());
    g.writeEndArray();
  }

  private static void positions(JsonGenerator g, List<GeoPoint> points) throws IOException {
    g.writeStartArray();
    for (GeoPoint p : points) {
      position(g, p);
    }
    g.writeEndArray();
  }

  private static void position(JsonGenerator g, GeoPoint p) throws IOException {
    g.writeStartArray();
    g.writeNumber(p.lonDeg());
    g.writeNumber(p.latDeg());
    g.writeEndArray();
  }
}
