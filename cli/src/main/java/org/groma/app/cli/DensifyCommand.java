package org.groma.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.delimitation.LineType;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "densify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Adds vertices along the lines and polygon edges of a GeoJSON file, to a stated maximum sag.",
        "Drawn as straight lines in longitude-latitude (as GIS software and printed maps draw them), no edge then",
        "strays more than --max-sag-m from the true geodesic (or rhumb line). Writes GeoJSON to standard output;",
        "ids and properties are kept.",
    })
final class DensifyCommand implements Runnable {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin FeatureInput input;

  @Option(names = "--max-sag-m", required = true, paramLabel = "METRES",
      description = "Largest distance allowed between an edge as drawn and the true line, metres (at least 1e-6).")
  String maxSag;

  @Option(names = "--line-type", paramLabel = "geodesic|rhumb", defaultValue = "geodesic",
      converter = MeasuredLineType.class,
      description = "How line segments run: geodesic (default) or rhumb. Polygon edges are always geodesic.")
  LineType.Kind lineType;

  @Override
  public void run() {
    double maxSagM = Numbers.decimal(maxSag, "--max-sag-m");
    ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (GeoFeature f : input.read()) {
      ObjectNode feature = features.addObject().put("type", "Feature");
      if (f.id() != null) {
        feature.put("id", f.id());
      }
      feature.set("properties", f.properties());
      try {
        feature.set("geometry", geometry(f.geometry(), maxSagM));
      } catch (GeoInputException e) {
        throw e.at("feature " + f.index());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(collection.toString());
    out.flush();
  }

  private ObjectNode geometry(GeoGeometry g, double maxSagM) {
    ObjectNode node = JSON.createObjectNode();
    switch (g) {
      case GeoGeometry.None n -> {
        return null;
      }
      case GeoGeometry.Point p -> node.put("type", "Point").set("coordinates", position(p.point()));
      case GeoGeometry.MultiPoint m -> {
        ArrayNode c = node.put("type", "MultiPoint").putArray("coordinates");
        m.points().forEach(p -> c.add(position(p)));
      }
      case GeoGeometry.Line l -> {
        if (l.parts().size() == 1) {
          node.put("type", "LineString").set("coordinates", positions(densify(l.parts().getFirst(), lineType, maxSagM)));
        } else {
          ArrayNode c = node.put("type", "MultiLineString").putArray("coordinates");
          l.parts().forEach(part -> c.add(positions(densify(part, lineType, maxSagM))));
        }
      }
      case GeoGeometry.Area a -> {
        if (a.parts().size() == 1) {
          node.put("type", "Polygon").set("coordinates", rings(a.parts().getFirst(), maxSagM));
        } else {
          ArrayNode c = node.put("type", "MultiPolygon").putArray("coordinates");
          a.parts().forEach(p -> c.add(rings(p, maxSagM)));
        }
      }
    }
    return node;
  }

  private static ArrayNode rings(GeoPolygon polygon, double maxSagM) {
    ArrayNode rings = JSON.createArrayNode();
    rings.add(positions(densify(polygon.shell().closed(), LineType.Kind.GEODESIC, maxSagM)));
    polygon.holes().forEach(h -> rings.add(positions(densify(h.closed(), LineType.Kind.GEODESIC, maxSagM))));
    return rings;
  }


  static List<GeoPoint> densify(List<GeoPoint> line, LineType.Kind type, double maxSagM) {
    List<GeoPoint> out = new ArrayList<>();
    out.add(line.getFirst());
    for (int i = 0; i + 1 < line.size(); i++) {
      List<GeoPoint> piece = type.densify(line.get(i), line.get(i + 1), maxSagM);
      out.addAll(piece.subList(1, piece.size()));
    }
    return out;
  }

  private static ArrayNode positions(List<GeoPoint> points) {
    ArrayNode a = JSON.createArrayNode();
    points.forEach(p -> a.add(position(p)));
    return a;
  }

  private static ArrayNode position(GeoPoint p) {
    return JSON.createArrayNode().add(p.lonDeg()).add(p.latDeg());
  }
}
