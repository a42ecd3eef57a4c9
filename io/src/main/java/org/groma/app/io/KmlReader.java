package org.groma.app.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.groma.app.BadInputException;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;

/**
 * Reads the Placemarks of a KML 2.2 document (OGC 07-147r2) as features.
 *
 * <p>Geometries: Point, LineString, LinearRing (a closed line), Polygon (outerBoundaryIs, innerBoundaryIs)
 * and MultiGeometry of them. {@code <coordinates>} holds {@code longitude,latitude[,altitude]} tuples
 * separated by white space (OGC 07-147r2, 16.9.1), always WGS 84. Properties: {@code name},
 * {@code description} and the ExtendedData values ({@code Data/value}, {@code SchemaData/SimpleData}).
 * A MultiGeometry mixing points, lines and polygons becomes one feature per kind, with a warning.
 *
 * <h2>Algorithm</h2>
 * Streaming StAX ({@link SafeXml}: no DTD, no external entities), one Placemark at a
 * time. Errors name the XML line and column of the {@code <coordinates>} element and the tuple.
 *
 * <h2>Limitations</h2>
 * Altitudes are dropped (with a warning). gx:Track, Model and other geometries are
 * not read and are reported as warnings, never skipped silently. Styles and folders are ignored.
 */
final class KmlReader {

  private static final String RULE = "KML (OGC 07-147r2, 16.9.1) requires longitude,latitude[,altitude]";

  private static final Set<String> GEOMETRIES = Set.of("Point", "LineString", "LinearRing", "Polygon",
      "MultiGeometry");

  private static final Set<String> UNSUPPORTED = Set.of("Model", "Track", "MultiTrack");

  private final String sourceName;
  private final Optional<Region> region;
  private final List<String> warnings;
  private final List<GeoFeature> features = new ArrayList<>();
  private long altitudes;
  private int placemarks;

  private KmlReader(String sourceName, Optional<Region> region, List<String> warnings) {
    this.sourceName = sourceName;
    this.region = region;
    this.warnings = warnings;
  }

  static List<GeoFeature> read(InputStream in, String sourceName, Optional<Region> region, List<String> warnings)
      throws IOException {
    KmlReader k = new KmlReader(sourceName, region, warnings);
    XMLStreamReader r = SafeXml.open(in, sourceName);
    try {
      String root = SafeXml.root(r, sourceName);
      if (!root.equals("kml")) {
        throw new BadInputException(sourceName + ": the root element is <" + root + ">, not <kml>"
            + (root.equals("gpx") ? ": this looks like GPX (state --input-format gpx)" : ": not a KML document"));
      }
      k.document(r);
      r.close();
    } catch (XMLStreamException e) {
      throw SafeXml.error(e, sourceName);
    }
    if (k.altitudes > 0) {
      warnings.add(sourceName + ": " + k.altitudes + " tuples have an altitude; Groma keeps longitude and latitude "
          + "only (2D on the WGS 84 ellipsoid)");
    }
    return k.features;
  }

  private void document(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int e = SafeXml.next(r, sourceName);
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("Placemark")) {
          placemark(r);
        } else {
          depth++;
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.END_DOCUMENT) {
        throw new BadInputException(sourceName + ": the file ends before </kml>: truncated?");
      }
    }
  }

  /** What one Placemark holds. */
  private static final class Parts {
    final List<GeoPoint> points = new ArrayList<>();
    final List<List<GeoPoint>> lines = new ArrayList<>();
    final List<GeoPolygon> polygons = new ArrayList<>();
  }

  private void placemark(XMLStreamReader r) throws XMLStreamException {
    int index = placemarks++;
    ObjectNode props = GeoJsonReader.emptyProperties();
    String id = r.getAttributeValue(null, "id");
    Parts parts = new Parts();
    String where = sourceName + ": placemark " + index;
    while (true) {
      int e = SafeXml.next(r, sourceName);
      if (e == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (e == XMLStreamConstants.END_DOCUMENT) {
        throw new BadInputException(where + ": the file ends inside <Placemark>: truncated?");
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = r.getLocalName();
      switch (name) {
        case "name" -> {
          String n = SafeXml.text(r, sourceName).strip();
          props.put("name", n);
          where = sourceName + ": placemark " + index + " (\"" + n + "\")";
        }
        case "description" -> props.put("description", SafeXml.text(r, sourceName).strip());
        case "ExtendedData" -> extendedData(r, props);
        default -> {
          if (GEOMETRIES.contains(name)) {
            geometry(r, name, parts, where);
          } else {
            if (UNSUPPORTED.contains(name)) {
              warnings.add(where + ": <" + name + "> at " + SafeXml.at(r) + " is not read (Groma reads Point, "
                  + "LineString, LinearRing, Polygon and MultiGeometry)");
            }
            SafeXml.skip(r, sourceName);
          }
        }
      }
    }
    int kinds = (parts.points.isEmpty() ? 0 : 1) + (parts.lines.isEmpty() ? 0 : 1) + (parts.polygons.isEmpty() ? 0 : 1);
    if (kinds > 1) {
      warnings.add(where + ": mixes points, lines and polygons; imported as " + kinds + " features, one per kind");
    }
    if (kinds == 0) {
      features.add(new GeoFeature(features.size(), id, props, new GeoGeometry.None()));
    }
    if (!parts.points.isEmpty()) {
      GeoGeometry g = parts.points.size() == 1 ? new GeoGeometry.Point(parts.points.getFirst())
          : new GeoGeometry.MultiPoint(parts.points);
      features.add(new GeoFeature(features.size(), id, props, g));
    }
    if (!parts.lines.isEmpty()) {
      features.add(new GeoFeature(features.size(), id, props, new GeoGeometry.Line(parts.lines)));
    }
    if (!parts.polygons.isEmpty()) {
      features.add(new GeoFeature(features.size(), id, props, new GeoGeometry.Area(parts.polygons)));
    }
  }

  private void extendedData(XMLStreamReader r, ObjectNode props) throws XMLStreamException {
    int depth = 1;
    String key = null;
    while (depth > 0) {
      int e = SafeXml.next(r, sourceName);
      if (e == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "Data" -> {
            key = r.getAttributeValue(null, "name");
            depth++;
          }
          case "value" -> {
            if (key != null) {
              props.put(key, SafeXml.text(r, sourceName));
            } else {
              SafeXml.skip(r, sourceName);
            }
          }
          case "SimpleData" -> {
            String k = r.getAttributeValue(null, "name");
            String v = SafeXml.text(r, sourceName);
            if (k != null) {
              props.put(k, v);
            }
          }
          default -> depth++;
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Reads the geometry element {@code name} (current START_ELEMENT) into {@code parts}. */
  private void geometry(XMLStreamReader r, String name, Parts parts, String where) throws XMLStreamException {
    switch (name) {
      case "MultiGeometry" -> {
        for (String child; (child = SafeXml.nextChild(r, sourceName, "MultiGeometry")) != null; ) {
          if (GEOMETRIES.contains(child)) {
            geometry(r, child, parts, where);
          } else {
            if (UNSUPPORTED.contains(child)) {
              warnings.add(where + ": <" + child + "> at " + SafeXml.at(r) + " is not read");
            }
            SafeXml.skip(r, sourceName);
          }
        }
      }
      case "Point" -> {
        List<GeoPoint> p = coordinatesChild(r, where, "Point");
        if (p.size() != 1) {
          throw new BadInputException(where + ": a Point needs exactly one tuple, got " + p.size());
        }
        parts.points.add(p.getFirst());
      }
      case "LineString" -> {
        List<GeoPoint> p = coordinatesChild(r, where, "LineString");
        if (p.size() < 2) {
          throw new BadInputException(where + ": a LineString needs at least 2 tuples, got " + p.size());
        }
        parts.lines.add(p);
      }
      case "LinearRing" -> parts.lines.add(ring(r, where).closed());
      case "Polygon" -> parts.polygons.add(polygon(r, where));
      default -> throw new IllegalStateException(name);
    }
  }

  private GeoPolygon polygon(XMLStreamReader r, String where) throws XMLStreamException {
    GeoRing shell = null;
    List<GeoRing> holes = new ArrayList<>();
    for (String boundary; (boundary = SafeXml.nextChild(r, sourceName, "Polygon")) != null; ) {
      if (boundary.equals("outerBoundaryIs") || boundary.equals("innerBoundaryIs")) {
        for (String child; (child = SafeXml.nextChild(r, sourceName, boundary)) != null; ) {
          if (!child.equals("LinearRing")) {
            SafeXml.skip(r, sourceName);
            continue;
          }
          GeoRing ring = ring(r, where);
          if (boundary.equals("outerBoundaryIs")) {
            if (shell != null) {
              throw new BadInputException(where + ": a Polygon has one outerBoundaryIs ring, found a second");
            }
            shell = ring;
          } else {
            holes.add(ring);
          }
        }
      } else {
        SafeXml.skip(r, sourceName);
      }
    }
    if (shell == null) {
      throw new BadInputException(where + ": a Polygon needs an outerBoundaryIs LinearRing");
    }
    return new GeoPolygon(shell, holes);
  }

  /** A LinearRing (current START_ELEMENT): closed, at least 4 tuples (OGC 07-147r2, 10.5). */
  private GeoRing ring(XMLStreamReader r, String where) throws XMLStreamException {
    String at = SafeXml.at(r);
    List<GeoPoint> p = coordinatesChild(r, where, "LinearRing");
    if (p.size() < 4 || !p.getFirst().equals(p.getLast())) {
      throw new BadInputException(where + ", LinearRing at " + at + ": a KML ring needs at least 4 tuples and must "
          + "end where it starts (OGC 07-147r2, 10.5), got " + p.size() + " tuples"
          + (p.size() >= 2 && !p.getFirst().equals(p.getLast()) ? ", not closed" : ""));
    }
    try {
      return GeoRing.of(p);
    } catch (GeoInputException e) {
      throw e.at(where + ", LinearRing at " + at);
    }
  }

  /** The tuples of the {@code <coordinates>} child of the current element, up to the element's end. */
  private List<GeoPoint> coordinatesChild(XMLStreamReader r, String where, String element) throws XMLStreamException {
    List<GeoPoint> points = null;
    String at = SafeXml.at(r);
    for (String child; (child = SafeXml.nextChild(r, sourceName, element)) != null; ) {
      if (child.equals("coordinates")) {
        points = tuples(r, where + ", <coordinates> at " + SafeXml.at(r));
      } else {
        SafeXml.skip(r, sourceName);
      }
    }
    if (points == null) {
      throw new BadInputException(where + ": <" + element + "> at " + at + " has no <coordinates>");
    }
    return points;
  }

  /**
   * The tuples of the current {@code <coordinates>} element, parsed chunk by chunk as the parser delivers the
   * text, so that a million-tuple element is never held as one string.
   */
  private List<GeoPoint> tuples(XMLStreamReader r, String where) throws XMLStreamException {
    List<GeoPoint> points = new ArrayList<>();
    StringBuilder token = new StringBuilder(64);
    while (true) {
      int e = SafeXml.next(r, sourceName);
      switch (e) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          char[] text = r.getTextCharacters();
          int end = r.getTextStart() + r.getTextLength();
          for (int i = r.getTextStart(); i < end; i++) {
            char c = text[i];
            if (Character.isWhitespace(c)) {
              if (!token.isEmpty()) {
                points.add(tuple(token.toString(), where + ", tuple " + points.size()));
                token.setLength(0);
              }
            } else {
              token.append(c);
            }
          }
        }
        case XMLStreamConstants.START_ELEMENT -> SafeXml.skip(r, sourceName);
        case XMLStreamConstants.END_ELEMENT -> {
          if (!token.isEmpty()) {
            points.add(tuple(token.toString(), where + ", tuple " + points.size()));
          }
          return points;
        }
        case XMLStreamConstants.END_DOCUMENT -> throw new BadInputException(where
            + ": the file ends inside <coordinates>: truncated?");
        default -> { }
      }
    }
  }

  private GeoPoint tuple(String t, String where) {
    String[] v = t.split(",", -1);
    if (v.length < 2 || v.length > 3) {
      throw new BadInputException(where + ": \"" + t + "\" is not longitude,latitude[,altitude] (tuples are "
          + "separated by white space, with no space after the commas)");
    }
    double lon = DecimalNumbers.parse(v[0], where + ": longitude");
    double lat = DecimalNumbers.parse(v[1], where + ": latitude");
    if (v.length == 3) {
      DecimalNumbers.parse(v[2], where + ": altitude");
      altitudes++;
    }
    try {
      return PositionCheck.lonLat(lon, lat, "\"" + t + "\"", region, RULE);
    } catch (RuntimeException e) {
      throw PositionCheck.at(e, where);
    }
  }
}
