package org.groma.app.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Thread safety: immutable; safe from any thread.
 */
public final class GeoJsonReader {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Optional<Region> expectedRegion;

  /** A reader that checks only that positions are valid longitudes and latitudes. */
  public GeoJsonReader() {
    this(Optional.empty());
  }

  /** A reader that also refuses positions outside {@code expectedRegion} whose swap lies inside it. */
  public GeoJsonReader(Optional<Region> expectedRegion) {
    this.expectedRegion = expectedRegion;
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
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonParseException e) {
      throw new BadInputException(sourceName + ": not valid JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new BadInputException(sourceName + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new BadInputException(sourceName + ": the file is empty");
    }
    String type = root.path("type").asText("");
    List<GeoFeature> features = new ArrayList<>();
    switch (type) {
      case "FeatureCollection" -> {
        JsonNode list = root.path("features");
        if (!list.isArray()) {
          throw new BadInputException(sourceName + ": a FeatureCollection needs a \"features\" array");
        }
        for (int i = 0; i < list.size(); i++) {
          features.add(feature(list.get(i), i, sourceName));
        }
      }
      case "Feature" -> features.add(feature(root, 0, sourceName));
      case "" -> throw new BadInputException(sourceName + ": not GeoJSON: the top-level object has no \"type\"");
      default -> features.add(new GeoFeature(0, null, JSON.createObjectNode(),
          geometry(root, sourceName + ": geometry")));
    }
    return features;
  }

  private GeoFeature feature(JsonNode node, int index, String sourceName) {
    String where = sourceName + ": feature " + index;
    if (!"Feature".equals(node.path("type").asText())) {
      throw new BadInputException(where + ": expected \"type\": \"Feature\", got " + node.path("type"));
    }
    JsonNode idNode = node.get("id");
    String id = idNode == null || idNode.isNull() ? null : idNode.asText();
    if (id != null) {
      where += " (id " + idNode + ")";
    }
    JsonNode geometry = node.get("geometry");
    if (geometry == null) {
      throw new BadInputException(where + ": the feature has no \"geometry\" member (RFC 7946, 3.2)");
    }
    JsonNode props = node.path("properties");
    GeoGeometry g = geometry.isNull() ? new GeoGeometry.None() : geometry(geometry, where);
    return new GeoFeature(index, id, props.isObject() ? props : JSON.createObjectNode(), g);
  }

  private GeoGeometry geometry(JsonNode g, String where) {
    String type = g.path("type").asText("");
    JsonNode c = g.get("coordinates");
    if (!type.equals("GeometryCollection") && (c == null || !c.isArray())) {
      throw new BadInputException(where + ": " + type + " has no \"coordinates\" array");
    }
    return switch (type) {
      case "Point" -> new GeoGeometry.Point(position(c, where));
      case "MultiPoint" -> new GeoGeometry.MultiPoint(positions(c, where));
      case "LineString" -> new GeoGeometry.Line(List.of(line(c, where)));
      case "MultiLineString" -> {
        List<List<GeoPoint>> parts = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
          parts.add(line(c.get(i), where + ", part " + i));
        }
        yield new GeoGeometry.Line(parts);
      }
      case "Polygon" -> PolygonValidator.requireValid(new GeoGeometry.Area(List.of(polygon(c, where))), where);
      case "MultiPolygon" -> {
        List<GeoPolygon> parts = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
          parts.add(polygon(c.get(i), where + ", part " + i));
        }
        yield PolygonValidator.requireValid(new GeoGeometry.Area(parts), where);
      }
      case "GeometryCollection" -> throw new BadInputException(
          where + ": GeometryCollection is not supported; split it into features");
      default -> throw new BadInputException(where + ": unknown geometry type \"" + type + "\"");
    };
  }

  private List<GeoPoint> line(JsonNode c, String where) {
    List<GeoPoint> points = positions(c, where);
    if (points.size() < 2) {
      throw new BadInputException(where + ": a line needs at least 2 positions, got " + points.size());
    }
    return points;
  }

  private GeoPolygon polygon(JsonNode c, String where) {
    if (!c.isArray() || c.isEmpty()) {
      throw new BadInputException(where + ": a polygon needs at least one ring");
    }
    List<GeoRing> rings = new ArrayList<>();
    for (int r = 0; r < c.size(); r++) {
      String at = where + ", ring " + r;
      List<GeoPoint> positions = positions(c.get(r), at);
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

  private List<GeoPoint> positions(JsonNode c, String where) {
    if (c == null || !c.isArray()) {
      throw new BadInputException(where + ": expected an array of positions");
    }
    List<GeoPoint> points = new ArrayList<>(c.size());
    for (int i = 0; i < c.size(); i++) {
      points.add(position(c.get(i), where + ", position " + i));
    }
    return points;
  }

  private GeoPoint position(JsonNode p, String where) {
    if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
      throw new BadInputException(where + ": a position must be [longitude, latitude] numbers, got " + p);
    }
    double lon = p.get(0).asDouble();
    double lat = p.get(1).asDouble();
    String pair = "[" + p.get(0) + ", " + p.get(1) + "]";
    if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
      throw new BadInputException(where + ": " + pair + " looks like latitude, longitude order (latitude "
          + lat + "° is out of range); GeoJSON (RFC 7946) requires longitude, latitude");
    }
    if (expectedRegion.isPresent()) {
      Region region = expectedRegion.get();
      if (!region.contains(lon, lat) && region.contains(lat, lon)) {
        throw new BadInputException(where + ": " + pair + " lies outside the expected region " + region
            + " but its swap lies inside: it looks like latitude, longitude order; GeoJSON (RFC 7946) requires "
            + "longitude, latitude");
      }
    }
    try {
      return GeoPoint.ofLonLat(lon, lat);
    } catch (GeoInputException e) {
      throw e.at(where);
    }
  }
}
