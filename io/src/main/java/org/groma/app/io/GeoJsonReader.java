package org.groma.app.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;

/**
 * Reads GeoJSON (RFC 7946) into Groma's geometry values, checking every position.
 *
 * <p>RFC 7946 fixes the order of a position as longitude, latitude, in WGS84. A file written in latitude,
 * longitude order is the most common error in boundary data, and in the middle latitudes both orders give
 * valid numbers. The reader therefore refuses a position whose second value is not a latitude but whose
 * first is, and, when the caller states the region the data must lie in, a position that falls outside it
 * while its swap falls inside. Every error names the feature, part, ring and position.
 *
 * <h2>Algorithm</h2>
 * Streaming (Jackson's {@link JsonParser}): no tree of the whole file is built. Each
 * feature's coordinates are read straight into {@link GeoPoint}s and the feature is finished before the next
 * is read, so memory is the result plus one feature's scratch (a tree of a 1 000 000-vertex file took 424 MB
 * of heap; see docs/benchmarks.md). Members may come in any order ({@code "type"} after
 * {@code "coordinates"} is valid JSON), so coordinates are read into a small nested form first and given
 * their meaning when the geometry object ends.
 *
 * <h2>Limitations</h2>
 * A {@code "crs"} member (GeoJSON 2008, removed by RFC 7946) naming anything but
 * WGS 84 is refused rather than ignored. GeometryCollection is refused. A third number (altitude) is dropped.
 *
 * <h2>Thread safety</h2>
 * Immutable; safe from any thread.
 */
public final class GeoJsonReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String RULE = "GeoJSON (RFC 7946) requires longitude, latitude";

  private final Optional<Region> expectedRegion;
  private final boolean validatePolygons;

  /** A reader that checks only that positions are valid longitudes and latitudes. */
  public GeoJsonReader() {
    this(Optional.empty());
  }

  /** A reader that also refuses positions outside {@code expectedRegion} whose swap lies inside it. */
  public GeoJsonReader(Optional<Region> expectedRegion) {
    this(expectedRegion, true);
  }

  /** With {@code validatePolygons} false, invalid polygons are left to the caller ({@link FeatureImport}). */
  GeoJsonReader(Optional<Region> expectedRegion, boolean validatePolygons) {
    this.expectedRegion = expectedRegion;
    this.validatePolygons = validatePolygons;
  }

  /** Reads a file; an empty, truncated or malformed file is a {@link BadInputException}. */
  public List<GeoFeature> read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": is a folder, not a GeoJSON file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  public List<GeoFeature> read(InputStream in, String sourceName) throws IOException {
    return read(in, sourceName, new ArrayList<>());
  }

  /** As {@link #read(InputStream, String)}, adding warnings (dropped altitudes) to {@code warnings}. */
  List<GeoFeature> read(InputStream in, String sourceName, List<String> warnings) throws IOException {
    try (JsonParser p = JSON.getFactory().createParser(in)) {
      Run run = new Run(sourceName);
      List<GeoFeature> features = run.root(p);
      if (run.altitudes > 0) {
        warnings.add(sourceName + ": " + run.altitudes + " positions have a third number (altitude); Groma keeps "
            + "longitude and latitude only (2D on the WGS 84 ellipsoid)");
      }
      return features;
    } catch (JsonParseException e) {
      throw new BadInputException(sourceName + ": not valid JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new BadInputException(sourceName + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Coordinates as read, before the geometry's type gives them their meaning. */
  private sealed interface Coords {
    /** An array whose items are all valid positions (possibly none). */
    record Points(List<GeoPoint> points) implements Coords {}

    /** An array of arrays, or of positions mixed with other things. */
    record Items(List<Coords> items) implements Coords {}

    record Position(GeoPoint point) implements Coords {}

    /** Something that is not a valid position; the error waits until its place is known. */
    record Bad(RuntimeException error) implements Coords {}
  }

  /** One GeoJSON object as read: a feature, a geometry or the root. */
  private static final class RawObject {
    String type = "";
    JsonNode id;
    boolean hasGeometry;
    RawObject geometry; // null for "geometry": null
    JsonNode properties;
    Coords coordinates;
    boolean coordinatesIsArray;
    List<GeoFeature> features;
  }

  /** The state of one read. */
  private final class Run {
    final String sourceName;
    long altitudes;

    Run(String sourceName) {
      this.sourceName = sourceName;
    }

    List<GeoFeature> root(JsonParser p) throws IOException {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new BadInputException(sourceName + ": the file is empty");
      }
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        requireEnd(p);
        throw new BadInputException(sourceName + ": not GeoJSON: the top-level object has no \"type\"");
      }
      RawObject root = object(p, true);
      requireEnd(p);
      List<GeoFeature> features = new ArrayList<>();
      switch (root.type) {
        case "FeatureCollection" -> {
          if (root.features == null) {
            throw new BadInputException(sourceName + ": a FeatureCollection needs a \"features\" array");
          }
          features.addAll(root.features);
        }
        case "Feature" -> features.add(feature(root, 0));
        case "" -> throw new BadInputException(sourceName + ": not GeoJSON: the top-level object has no \"type\"");
        default -> features.add(new GeoFeature(0, null, JSON.createObjectNode(),
            geometry(root, sourceName + ": geometry")));
      }
      return features;
    }

    private void requireEnd(JsonParser p) throws IOException {
      JsonToken extra = p.nextToken();
      if (extra != null) {
        throw new BadInputException(sourceName + ": not valid JSON at line " + p.currentLocation().getLineNr()
            + ", column " + p.currentLocation().getColumnNr() + ": trailing token (" + extra.asString()
            + ") after the GeoJSON object");
      }
    }

    /** Reads the object whose START_OBJECT is the current token, up to its END_OBJECT. */
    private RawObject object(JsonParser p, boolean root) throws IOException {
      RawObject o = new RawObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "type" -> o.type = v.isScalarValue() && v != JsonToken.VALUE_NULL ? p.getText() : "";
          case "id" -> o.id = p.readValueAsTree();
          case "properties" -> o.properties = p.readValueAsTree();
          case "geometry" -> {
            o.hasGeometry = true;
            if (v == JsonToken.START_OBJECT) {
              o.geometry = object(p, false);
            } else if (v == JsonToken.VALUE_NULL) {
              o.geometry = null;
            } else {
              p.skipChildren();
              o.geometry = new RawObject(); // no type: refused when interpreted
            }
          }
          case "coordinates" -> {
            o.coordinatesIsArray = v == JsonToken.START_ARRAY;
            if (o.coordinatesIsArray) {
              o.coordinates = array(p);
            } else {
              p.skipChildren();
            }
          }
          case "crs" -> crs(p.readValueAsTree());
          case "features" -> {
            if (root && v == JsonToken.START_ARRAY) {
              o.features = features(p);
            } else {
              p.skipChildren();
            }
          }
          default -> p.skipChildren();
        }
      }
      return o;
    }

    /** GeoJSON 2008's "crs" member: tolerated only when it names WGS 84 longitude–latitude. */
    private void crs(JsonNode crs) {
      String name = crs.path("properties").path("name").asText("");
      String n = name.toUpperCase(Locale.ROOT);
      if (crs.isNull() || n.endsWith("CRS84") || n.endsWith("CRS:84")) {
        return;
      }
      throw new BadInputException(sourceName + ": the file declares \"crs\": " + crs + "; GeoJSON (RFC 7946) is "
          + "WGS 84 longitude, latitude only. Convert it to WGS 84 (e.g. ogr2ogr -t_srs EPSG:4326) or import it "
          + "from a format that carries its CRS (GeoPackage, CSV with --crs)");
    }

    private List<GeoFeature> features(JsonParser p) throws IOException {
      List<GeoFeature> features = new ArrayList<>();
      int index = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          features.add(feature(object(p, false), index));
        } else {
          JsonNode node = p.readValueAsTree();
          throw new BadInputException(sourceName + ": feature " + index + ": expected \"type\": \"Feature\", got "
              + node.path("type"));
        }
        index++;
      }
      return features;
    }

    private GeoFeature feature(RawObject node, int index) {
      String where = sourceName + ": feature " + index;
      if (!"Feature".equals(node.type)) {
        throw new BadInputException(where + ": expected \"type\": \"Feature\", got "
            + (node.type.isEmpty() ? "" : "\"" + node.type + "\""));
      }
      JsonNode idNode = node.id;
      String id = idNode == null || idNode.isNull() ? null : idNode.asText();
      if (id != null) {
        where += " (id " + idNode + ")";
      }
      if (!node.hasGeometry) {
        throw new BadInputException(where + ": the feature has no \"geometry\" member (RFC 7946, 3.2)");
      }
      GeoGeometry g = node.geometry == null ? new GeoGeometry.None() : geometry(node.geometry, where);
      JsonNode props = node.properties;
      return new GeoFeature(index, id, props != null && props.isObject() ? props : JSON.createObjectNode(), g);
    }

    // ---- coordinates, read without knowing the type yet ----

    /** Reads the array whose START_ARRAY is the current token. */
    private Coords array(JsonParser p) throws IOException {
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_ARRAY) {
        return new Coords.Points(new ArrayList<>());
      }
      if (t.isNumeric()) {
        return position(p);
      }
      if (t != JsonToken.START_ARRAY) {
        return malformed(p, new StringBuilder("["));
      }
      List<GeoPoint> points = new ArrayList<>();
      List<Coords> items = null;
      for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
        Coords c = t == JsonToken.START_ARRAY ? array(p)
            : new Coords.Bad(new BadInputException("a position must be [longitude, latitude] numbers, got "
                + p.readValueAsTree()));
        if (items == null && c instanceof Coords.Position pos) {
          points.add(pos.point());
        } else {
          if (items == null) {
            items = new ArrayList<>(points.size() + 1);
            for (GeoPoint q : points) {
              items.add(new Coords.Position(q));
            }
            points = null;
          }
          items.add(c);
        }
      }
      return items == null ? new Coords.Points(points) : new Coords.Items(items);
    }

    /** A position whose first number is the current token. */
    private Coords position(JsonParser p) throws IOException {
      double lon = p.getDoubleValue();
      String lonText = p.getText();
      JsonToken t = p.nextToken();
      if (t == null || !t.isNumeric()) {
        return malformed(p, new StringBuilder("[").append(lonText));
      }
      double lat = p.getDoubleValue();
      String latText = p.getText();
      boolean more = false;
      for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        more = true;
        p.skipChildren();
      }
      if (more) {
        altitudes++;
      }
      try {
        return new Coords.Position(
            PositionCheck.lonLat(lon, lat, "[" + lonText + ", " + latText + "]", expectedRegion, RULE));
      } catch (GeoInputException | BadInputException e) {
        return new Coords.Bad(e);
      }
    }

    /** The rest of an array that is not a position, as JSON text for the message. */
    private Coords malformed(JsonParser p, StringBuilder text) throws IOException {
      boolean first = text.charAt(text.length() - 1) == '[';
      for (JsonToken t = p.currentToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (!first) {
          text.append(',');
        }
        first = false;
        text.append(p.readValueAsTree().toString());
      }
      return new Coords.Bad(new BadInputException("a position must be [longitude, latitude] numbers, got "
          + text.append(']')));
    }

    // ---- meaning, once the type is known ----

    private GeoGeometry geometry(RawObject g, String where) {
      String type = g.type;
      Coords c = g.coordinates;
      if (!type.equals("GeometryCollection") && (!g.coordinatesIsArray || c == null)) {
        throw new BadInputException(where + ": " + type + " has no \"coordinates\" array");
      }
      return switch (type) {
        case "Point" -> new GeoGeometry.Point(point(c, where));
        case "MultiPoint" -> new GeoGeometry.MultiPoint(positions(c, where));
        case "LineString" -> new GeoGeometry.Line(List.of(line(c, where)));
        case "MultiLineString" -> {
          List<Coords> items = items(c, where, "an array of lines");
          List<List<GeoPoint>> parts = new ArrayList<>(items.size());
          for (int i = 0; i < items.size(); i++) {
            parts.add(line(items.get(i), where + ", part " + i));
          }
          yield new GeoGeometry.Line(parts);
        }
        case "Polygon" -> area(List.of(polygon(c, where)), where);
        case "MultiPolygon" -> {
          List<Coords> items = items(c, where, "an array of polygons");
          List<GeoPolygon> parts = new ArrayList<>(items.size());
          for (int i = 0; i < items.size(); i++) {
            parts.add(polygon(items.get(i), where + ", part " + i));
          }
          yield area(parts, where);
        }
        case "GeometryCollection" -> throw new BadInputException(
            where + ": GeometryCollection is not supported; split it into features");
        default -> throw new BadInputException(where + ": unknown geometry type \"" + type + "\"");
      };
    }

    private GeoGeometry.Area area(List<GeoPolygon> parts, String where) {
      GeoGeometry.Area area = new GeoGeometry.Area(parts);
      return validatePolygons ? PolygonValidator.requireValid(area, where) : area;
    }

    private GeoPoint point(Coords c, String where) {
      return switch (c) {
        case Coords.Position p -> p.point();
        case Coords.Bad b -> throw PositionCheck.at(b.error(), where);
        default -> throw new BadInputException(where + ": a position must be [longitude, latitude] numbers, "
            + "got an array of arrays");
      };
    }

    private List<Coords> items(Coords c, String where, String expected) {
      return switch (c) {
        case Coords.Items i -> i.items();
        case Coords.Points p -> {
          if (!p.points().isEmpty()) {
            throw new BadInputException(where + ": expected " + expected + ", got an array of positions");
          }
          yield List.of();
        }
        case Coords.Bad b -> throw PositionCheck.at(b.error(), where);
        case Coords.Position p -> throw new BadInputException(where + ": expected " + expected + ", got a position");
      };
    }

    private List<GeoPoint> positions(Coords c, String where) {
      return switch (c) {
        case Coords.Points p -> p.points();
        case Coords.Items i -> {
          List<GeoPoint> out = new ArrayList<>(i.items().size());
          for (int k = 0; k < i.items().size(); k++) {
            out.add(point(i.items().get(k), where + ", position " + k));
          }
          yield out;
        }
        case Coords.Position p -> throw new BadInputException(where + ": expected an array of positions, got one "
            + "position");
        case Coords.Bad b -> throw PositionCheck.at(b.error(), where);
      };
    }

    private List<GeoPoint> line(Coords c, String where) {
      List<GeoPoint> points = positions(c, where);
      if (points.size() < 2) {
        throw new BadInputException(where + ": a line needs at least 2 positions, got " + points.size());
      }
      return points;
    }

    private GeoPolygon polygon(Coords c, String where) {
      List<Coords> ringCoords = items(c, where, "an array of rings");
      if (ringCoords.isEmpty()) {
        throw new BadInputException(where + ": a polygon needs at least one ring");
      }
      List<GeoRing> rings = new ArrayList<>(ringCoords.size());
      for (int r = 0; r < ringCoords.size(); r++) {
        String at = where + ", ring " + r;
        List<GeoPoint> positions = positions(ringCoords.get(r), at);
        if (positions.size() < 4 || !positions.getFirst().equals(positions.getLast())) {
          throw new BadInputException(at + ": a GeoJSON ring needs at least 4 positions and must end where it "
              + "starts (RFC 7946, 3.1.6)");
        }
        try {
          rings.add(GeoRing.of(positions));
        } catch (GeoInputException e) {
          throw e.at(at);
        }
      }
      return new GeoPolygon(rings.getFirst(), rings.subList(1, rings.size()));
    }
  }

  /** An empty properties object, for readers that have none. */
  static ObjectNode emptyProperties() {
    return JSON.createObjectNode();
  }
}
