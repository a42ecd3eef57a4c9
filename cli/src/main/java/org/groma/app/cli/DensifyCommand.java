package org.groma.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.delimitation.LineType;
import org.groma.app.geojson.GeoJson;
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
    List<GeoJson.Feature> features = new ArrayList<>();
    for (GeoFeature f : input.read()) {
      try {
        features.add(new GeoJson.Feature(f.id(), f.properties(), geometry(f.geometry(), maxSagM)));
      } catch (GeoInputException e) {
        throw e.at("feature " + f.index());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(GeoJson.text(new GeoJson.FeatureCollection(features)));
    out.flush();
  }

  private GeoJson.Geometry geometry(GeoGeometry g, double maxSagM) {
    return switch (g) {
      case GeoGeometry.None n -> null;
      case GeoGeometry.Point p -> new GeoJson.Point(p.point());
      case GeoGeometry.MultiPoint m -> new GeoJson.MultiPoint(m.points());
      case GeoGeometry.Line l -> GeoJson.line(l.parts().stream().map(part -> densify(part, lineType, maxSagM)).toList());
      case GeoGeometry.Area a -> {
        List<GeoJson.Polygon> polygons = a.parts().stream().map(p -> rings(p, maxSagM)).toList();
        yield polygons.size() == 1 ? polygons.getFirst() : new GeoJson.MultiPolygon(polygons);
      }
    };
  }

  private static GeoJson.Polygon rings(GeoPolygon polygon, double maxSagM) {
    List<List<GeoPoint>> rings = new ArrayList<>();
    rings.add(densify(polygon.shell().closed(), LineType.Kind.GEODESIC, maxSagM));
    polygon.holes().forEach(h -> rings.add(densify(h.closed(), LineType.Kind.GEODESIC, maxSagM)));
    return new GeoJson.Polygon(rings);
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
}
