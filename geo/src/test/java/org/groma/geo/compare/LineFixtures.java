package org.groma.geo.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoPoint;

/** Reads the test fixtures: the parts of the first LineString/MultiLineString geometry of a GeoJSON file. */
final class LineFixtures {

  private LineFixtures() {}

  static List<List<GeoPoint>> read(String resource) {
    try (InputStream in = LineFixtures.class.getResourceAsStream("/compare/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Parses the coordinates array after the first "MultiLineString" or "LineString". */
  static List<List<GeoPoint>> parse(String json) {
    int at = json.indexOf("\"coordinates\"");
    boolean multi = json.contains("MultiLineString");
    int start = json.indexOf('[', at);
    List<List<GeoPoint>> parts = new ArrayList<>();
    int depth = 0;
    List<GeoPoint> current = null;
    StringBuilder number = new StringBuilder();
    List<Double> pos = new ArrayList<>();
    int partDepth = multi ? 2 : 1;
    for (int i = start; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '[') {
        depth++;
        if (depth == partDepth) {
          current = new ArrayList<>();
        }
        if (depth == partDepth + 1) {
          pos.clear();
        }
      } else if (c == ']' || c == ',') {
        if (number.length() > 0) {
          pos.add(Double.parseDouble(number.toString()));
          number.setLength(0);
        }
        if (c == ']') {
          if (depth == partDepth + 1) {
            current.add(GeoPoint.ofLonLat(pos.get(0), pos.get(1)));
          } else if (depth == partDepth) {
            parts.add(current);
          }
          depth--;
          if (depth == 0) {
            break;
          }
        }
      } else if (!Character.isWhitespace(c)) {
        number.append(c);
      }
    }
    return parts;
  }
}
