package org.groma.app.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.groma.app.AtomicFile;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;

/**
 * The one GeoJSON writer (RFC 7946). Every position is {@code [longitude, latitude]} in WGS 84 decimal degrees,
 * each number the shortest decimal that reads back to the same double: nothing is rounded, so a point written
 * and read again is the same point. Polygon rings are written closed (the first position repeated last).
 * Members come in one order: {@code type}, {@code id} (when there is one), {@code properties}, {@code geometry}.
 *
 * <p>The values are {@link JsonSerializable}: put them into a map, a list or a Jackson tree and whatever
 * writes that (an {@link ObjectMapper}, Javalin's {@code ctx.json}) writes them here, in its own layout
 * (compact or indented). {@link #write(Iterable, OutputStream)} streams a whole collection, one feature per
 * line, for files of any size.
 *
 * <h2>Thread safety</h2>
 * The values are immutable; writing them is safe from any thread.
 */
public final class GeoJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoJson() {}

  /** A GeoJSON geometry object. */
  public sealed interface Geometry extends JsonSerializable
      permits Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon {

    /** The GeoJSON type name. */
    String type();

    /** Writes the {@code coordinates} member's value. */
    void writeCoordinates(JsonGenerator g) throws IOException;

    @Override
    default void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("type", type());
      g.writeFieldName("coordinates");
      writeCoordinates(g);
      g.writeEndObject();
    }

    @Override
    default void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer t)
        throws IOException {
      serialize(g, provider);
    }
  }

  public record Point(GeoPoint point) implements Geometry {
    @Override
    public String type() {
      return "Point";
    }

    @Override
    public void writeCoordinates(JsonGenerator g) throws IOException {
      position(g, point);
    }
  }

  public record MultiPoint(List<GeoPoint> points) implements Geometry {
    @Override
    public String type() {
      return "MultiPoint";
    }

    @Override
    public void writeCoordinates(JsonGenerator g) throws IOException {
      positions(g, points);
    }
  }

  public record LineString(List<GeoPoint> points) implements Geometry {
    @Override
    public String type() {
      return "LineString";
    }

    @Override
    public void writeCoordinates(JsonGenerator g) throws IOException {
      positions(g, points);
    }
  }

  public record MultiLineString(List<? extends List<GeoPoint>> lines) implements Geometry {
    @Override
    public String type() {
      return "MultiLineString";
    }

    @Override
    public void writeCoordinates(JsonGenerator g) throws IOException {
      positionLists(g, lines);
    }
  }

  /** A polygon from rings that are already closed, shell first (as a GeoPackage layer holds them). */
  public record Polygon(List<? extends List<GeoPoint>> rings) implements Geometry {
    @Override
    public String type() {
      return "Polygon";
    }

    @Override
    public void writeCoordinates(JsonGenerator g) throws IOException {
      positionLists(g, rings);
    }
  }

  public record MultiPolygon(List<Polygon> polygons) implements Geometry {
    @Override
    public String type() {
      return "MultiPolygon";
    }

    @Override
    public void writeCoordinates(JsonGenerator g) throws IOException {
      g.writeStartArray();
      for (Polygon p : polygons) {
        p.writeCoordinates(g);
      }
      g.writeEndArray();
    }
  }

  /** A polygon with its shell and holes, each ring closed by repeating its first vertex. */
  public static Polygon polygon(GeoPolygon p) {
    List<List<GeoPoint>> rings = new java.util.ArrayList<>(1 + p.holes().size());
    rings.add(p.shell().closed());
    for (GeoRing h : p.holes()) {
      rings.add(h.closed());
    }
    return new Polygon(rings);
  }

  /** One polygon as a Polygon, several as a MultiPolygon. */
  public static Geometry area(List<GeoPolygon> parts) {
    if (parts.size() == 1) {
      return polygon(parts.getFirst());
    }
    return new MultiPolygon(parts.stream().map(GeoJson::polygon).toList());
  }

  /** One part as a LineString, several as a MultiLineString. */
  public static Geometry line(List<? extends List<GeoPoint>> parts) {
    return parts.size() == 1 ? new LineString(parts.getFirst()) : new MultiLineString(parts);
  }

  /**
   * A feature.
   *
   * @param id the feature's id, or null for none (the member is then left out)
   * @param properties a map, a Jackson tree or any value Jackson writes as an object; null writes null
   * @param geometry null for an unlocated feature (RFC 7946, 3.2)
   */
  public record Feature(String id, Object properties, Geometry geometry) implements JsonSerializable {

    public Feature(Object properties, Geometry geometry) {
      this(null, properties, geometry);
    }

    @Override
    public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("type", "Feature");
      if (id != null) {
        g.writeStringField("id", id);
      }
      g.writeFieldName("properties");
      provider.defaultSerializeValue(properties, g);
      g.writeFieldName("geometry");
      if (geometry == null) {
        g.writeNull();
      } else {
        geometry.serialize(g, provider);
      }
      g.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer t)
        throws IOException {
      serialize(g, provider);
    }
  }

  /** A FeatureCollection; {@code features} is read once, as it is written. */
  public record FeatureCollection(Iterable<Feature> features) implements JsonSerializable {

    @Override
    public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Feature f : features) {
        f.serialize(g, provider);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer t)
        throws IOException {
      serialize(g, provider);
    }
  }

  /**
   * Streams a FeatureCollection to {@code out} in UTF-8, each feature on a line of its own and a newline at the
   * end; memory is one feature at a time beyond what {@code features} holds. {@code out} is left open.
   */
  public static void write(Iterable<Feature> features, OutputStream out) throws IOException {
    try (JsonGenerator g = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Feature f : features) {
        g.writeRaw('\n');
        g.writeObject(f);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /**
   * Streams a FeatureCollection into {@code file} as {@link #write(Iterable, OutputStream)} does, whole or not
   * at all ({@link AtomicFile}): a failure leaves the file as it was.
   */
  public static void write(Iterable<Feature> features, Path file) throws IOException {
    try {
      AtomicFile.write(file, false, out -> write(features, out));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The collection as compact text (no newline at the end). */
  public static String text(FeatureCollection collection) {
    try {
      return JSON.writeValueAsString(collection);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a feature's properties cannot be written as JSON", e);
    }
  }

  private static void positionLists(JsonGenerator g, List<? extends List<GeoPoint>> lists) throws IOException {
    g.writeStartArray();
    for (List<GeoPoint> points : lists) {
      positions(g, points);
    }
    g.writeEndArray();
  }

  private static void positions(JsonGenerator g, List<GeoPoint> points) throws IOException {
    g.writeStartArray();
    for (GeoPoint p : points) {
      position(g, p);
    }
    g.writeEndArray();
  }

  /** The one coordinate rule: longitude, then latitude, shortest round-tripping decimals. */
  private static void position(JsonGenerator g, GeoPoint p) throws IOException {
    g.writeStartArray();
    g.writeNumber(p.lonDeg());
    g.writeNumber(p.latDeg());
    g.writeEndArray();
  }
}
