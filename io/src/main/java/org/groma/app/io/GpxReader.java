package org.groma.app.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.groma.app.BadInputException;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * Reads a GPX 1.1 file (GNSS receivers' exchange format; WGS 84, latitude and longitude as attributes).
 *
 * <ul>
 *   <li>{@code wpt}: a point feature with properties {@code gpx: "wpt"}, {@code name}, {@code ele} (metres,
 *       kept as a property only), {@code time}, {@code desc};</li>
 *   <li>{@code rte}/{@code rtept}: a line feature ({@code gpx: "rte"}, {@code name});</li>
 *   <li>{@code trk}/{@code trkseg}/{@code trkpt}: a line feature with one part per segment
 *       ({@code gpx: "trk"}, {@code name}). A segment with fewer than two points is not a line: it is left
 *       out with a warning naming it.</li>
 * </ul>
 *
 * <h2>Algorithm</h2>
 * Streaming StAX ({@link SafeXml}: no DTD, no external entities). Errors name the XML
 * line and column of the point.
 */
final class GpxReader {

  private final String sourceName;
  private final List<String> warnings;
  private final List<GeoFeature> features = new ArrayList<>();

  private GpxReader(String sourceName, List<String> warnings) {
    this.sourceName = sourceName;
    this.warnings = warnings;
  }

  static List<GeoFeature> read(InputStream in, String sourceName, List<String> warnings) throws IOException {
    GpxReader g = new GpxReader(sourceName, warnings);
    XMLStreamReader r = SafeXml.open(in, sourceName);
    try {
      String root = SafeXml.root(r, sourceName);
      if (!root.equals("gpx")) {
        throw new BadInputException(sourceName + ": the root element is <" + root + ">, not <gpx>"
            + (root.equals("kml") ? ": this looks like KML (state --input-format kml)" : ": not a GPX document"));
      }
      g.document(r);
      r.close();
    } catch (XMLStreamException e) {
      throw SafeXml.error(e, sourceName);
    }
    return g.features;
  }

  private void document(XMLStreamReader r) throws XMLStreamException {
    int wpt = 0;
    int rte = 0;
    int trk = 0;
    for (String child; (child = SafeXml.nextChild(r, sourceName, "gpx")) != null; ) {
      switch (child) {
        case "wpt" -> waypoint(r, sourceName + ": wpt " + wpt++);
        case "rte" -> route(r, sourceName + ": rte " + rte++);
        case "trk" -> track(r, sourceName + ": trk " + trk++);
        default -> SafeXml.skip(r, sourceName);
      }
    }
  }

  private void waypoint(XMLStreamReader r, String where) throws XMLStreamException {
    ObjectNode props = GeoJsonReader.emptyProperties();
    props.put("gpx", "wpt");
    GeoPoint p = point(r, where);
    for (String child; (child = SafeXml.nextChild(r, sourceName, "wpt")) != null; ) {
      switch (child) {
        case "name", "time", "desc", "cmt", "sym", "type" -> props.put(child, SafeXml.text(r, sourceName).strip());
        case "ele" -> {
          String at = SafeXml.at(r);
          props.put("ele", DecimalNumbers.parse(SafeXml.text(r, sourceName), where + ", <ele> at " + at));
        }
        default -> SafeXml.skip(r, sourceName);
      }
    }
    features.add(new GeoFeature(features.size(), null, props, new GeoGeometry.Point(p)));
  }

  private void route(XMLStreamReader r, String where) throws XMLStreamException {
    ObjectNode props = GeoJsonReader.emptyProperties();
    props.put("gpx", "rte");
    List<GeoPoint> points = new ArrayList<>();
    String at = SafeXml.at(r);
    for (String child; (child = SafeXml.nextChild(r, sourceName, "rte")) != null; ) {
      switch (child) {
        case "name" -> props.put("name", SafeXml.text(r, sourceName).strip());
        case "rtept" -> {
          points.add(point(r, where + ", rtept " + points.size()));
          SafeXml.skip(r, sourceName);
        }
        default -> SafeXml.skip(r, sourceName);
      }
    }
    if (points.size() < 2) {
      throw new BadInputException(where + " at " + at + ": a route needs at least 2 rtept, got " + points.size());
    }
    features.add(new GeoFeature(features.size(), null, props, new GeoGeometry.Line(List.of(points))));
  }

  private void track(XMLStreamReader r, String where) throws XMLStreamException {
    ObjectNode props = GeoJsonReader.emptyProperties();
    props.put("gpx", "trk");
    List<List<GeoPoint>> parts = new ArrayList<>();
    int segment = 0;
    for (String child; (child = SafeXml.nextChild(r, sourceName, "trk")) != null; ) {
      switch (child) {
        case "name" -> props.put("name", SafeXml.text(r, sourceName).strip());
        case "trkseg" -> {
          String seg = where + ", trkseg " + segment++;
          String at = SafeXml.at(r);
          List<GeoPoint> points = segment(r, seg);
          if (points.size() < 2) {
            warnings.add(seg + " at " + at + ": " + points.size() + " trkpt, not a line; left out");
          } else {
            parts.add(points);
          }
        }
        default -> SafeXml.skip(r, sourceName);
      }
    }
    if (parts.isEmpty()) {
      warnings.add(where + ": no segment with 2 or more points; imported without geometry");
      features.add(new GeoFeature(features.size(), null, props, new GeoGeometry.None()));
      return;
    }
    features.add(new GeoFeature(features.size(), null, props, new GeoGeometry.Line(parts)));
  }

  private List<GeoPoint> segment(XMLStreamReader r, String where) throws XMLStreamException {
    List<GeoPoint> points = new ArrayList<>();
    for (String child; (child = SafeXml.nextChild(r, sourceName, "trkseg")) != null; ) {
      if (child.equals("trkpt")) {
        points.add(point(r, where + ", trkpt " + points.size()));
      }
      SafeXml.skip(r, sourceName);
    }
    return points;
  }

  /** The lat and lon attributes of the current element (GPX 1.1: wptType, decimal degrees, WGS 84). */
  private GeoPoint point(XMLStreamReader r, String where) {
    String at = where + " at " + SafeXml.at(r);
    String lat = r.getAttributeValue(null, "lat");
    String lon = r.getAttributeValue(null, "lon");
    if (lat == null || lon == null) {
      throw new BadInputException(at + ": <" + r.getLocalName() + "> needs lat and lon attributes");
    }
    double latDeg = DecimalNumbers.parse(lat, at + ": lat");
    double lonDeg = DecimalNumbers.parse(lon, at + ": lon");
    try {
      return new GeoPoint(latDeg, lonDeg);
    } catch (GeoInputException e) {
      throw e.at(at);
    }
  }
}
