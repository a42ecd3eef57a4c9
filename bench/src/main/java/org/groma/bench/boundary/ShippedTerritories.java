package org.groma.bench.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.boundary.Territory;

/**
 * A minimal JSON reader for the shipped GeoJSON extracts (bench depends on geo only; the app's GeoJsonReader
 * does the real, checked reading). Reads (Multi)Polygon features and one string
 * property.
 */
final class ShippedTerritories {

  private final String s;
  private int i;

  private ShippedTerritories(String s) {
    this.s = s;
  }

  /** The shipped data folder, from the geo module's working directory. */
  static Path data(String file) {
    return Path.of(System.getProperty("groma.data", "data"), file);
  }

  /** Territories of a FeatureCollection keyed by the value of {@code property}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Territory> territories(Path file, String property) throws IOException {
    Map<String, Object> root = (Map<String, Object>) new ShippedTerritories(Files.readString(file)).value();
    Map<String, Territory> out = new LinkedHashMap<>();
    for (Object f : (List<Object>) root.get("features")) {
      Map<String, Object> feature = (Map<String, Object>) f;
      String name = (String) ((Map<String, Object>) feature.get("properties")).get(property);
      Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
      List<Object> c = (List<Object>) geometry.get("coordinates");
      List<GeoPolygon> polygons = new ArrayList<>();
      if (geometry.get("type").equals("Polygon")) {
        polygons.add(polygon(c));
      } else {
        c.forEach(p -> polygons.add(polygon((List<Object>) p)));
      }
      out.put(name, new Territory(name, polygons));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static GeoPolygon polygon(List<Object> rings) {
    List<GeoRing> out = new ArrayList<>();
    for (Object r : rings) {
      List<GeoPoint> points = new ArrayList<>();
      for (Object p : (List<Object>) r) {
        List<Object> xy = (List<Object>) p;
        points.add(GeoPoint.ofLonLat((Double) xy.get(0), (Double) xy.get(1)));
      }
      out.add(GeoRing.of(points));
    }
    return new GeoPolygon(out.getFirst(), out.subList(1, out.size()));
  }

  private Object value() {
    skip();
    char c = s.charAt(i);
    switch (c) {
      case '{' -> {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        skip();
        if (s.charAt(i) == '}') {
          i++;
          return m;
        }
        while (true) {
          skip();
          String k = string();
          skip();
          i++; // ':'
          m.put(k, value());
          skip();
          if (s.charAt(i++) == '}') {
            return m;
          }
        }
      }
      case '[' -> {
        List<Object> l = new ArrayList<>();
        i++;
        skip();
        if (s.charAt(i) == ']') {
          i++;
          return l;
        }
        while (true) {
          l.add(value());
          skip();
          if (s.charAt(i++) == ']') {
            return l;
          }
        }
      }
      case '"' -> {
        return string();
      }
      default -> {
        int start = i;
        while (i < s.length() && "+-0123456789.eEtruefalsn".indexOf(s.charAt(i)) >= 0) {
          i++;
        }
        String t = s.substring(start, i);
        return switch (t) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          case "null" -> null;
          default -> Double.parseDouble(t);
        };
      }
    }
  }

  private String string() {
    StringBuilder b = new StringBuilder();
    i++; // opening quote
    while (s.charAt(i) != '"') {
      char c = s.charAt(i++);
      if (c == '\\') {
        char e = s.charAt(i++);
        b.append(e == 'u' ? (char) Integer.parseInt(s.substring(i, (i += 4)), 16) : e);
      } else {
        b.append(c);
      }
    }
    i++;
    return b.toString();
  }

  private void skip() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }
}
