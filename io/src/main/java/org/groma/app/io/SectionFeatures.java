package org.groma.app.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.app.delimitation.LinePiece;
import org.groma.app.delimitation.LineType;
import org.groma.app.delimitation.Section;
import org.groma.app.delimitation.SectionAssembler;
import org.groma.app.delimitation.SegmentStatus;

/**
 * Reads a line file's features as the boundary model's sections: the properties {@code lineType},
 * {@code feature}, {@code status}, {@code sources} and {@code pillars} that a boundary line carries in GeoJSON
 * (docs/delimitation.md). The file format is io's business; what the properties mean is the delimitation
 * model's, so this is the one place that maps one to the other.
 */
public final class SectionFeatures {

  private SectionFeatures() {}

  /**
   * The sections of the line file {@code file} (named in errors): each LineString, and each part of a MultiLineString, is a piece with the
   * line type, status, sources and pillars of its feature's properties. Polygons and points are refused.
   */
  public static List<Section> read(String file, List<GeoFeature> features, int startNumber) {
    List<LinePiece> pieces = new ArrayList<>();
    for (GeoFeature f : features) {
      String where = file + ": feature " + f.index() + (f.id() == null ? "" : " (id " + f.id() + ")");
      if (!(f.geometry() instanceof GeoGeometry.Line line)) {
        throw new BadInputException(where + ": a turning-point table is made of lines (LineString or "
            + "MultiLineString), got " + geometryName(f.geometry()));
      }
      JsonNode props = f.properties();
      LineType type = lineType(props, where);
      SegmentStatus status = status(props, where);
      List<String> sources = sources(props, where);
      for (int p = 0; p < line.parts().size(); p++) {
        String at = line.parts().size() > 1 ? where + ", part " + p : where;
        List<Optional<String>> pillars = pillars(props, p, line.parts().size(), at);
        pieces.add(new LinePiece(line.parts().get(p), type, status, sources, pillars, p > 0, at));
      }
    }
    if (pieces.isEmpty()) {
      throw new BadInputException(file + ": holds no features; a turning-point table needs a LineString or "
          + "MultiLineString");
    }
    return SectionAssembler.assemble(pieces, startNumber);
  }

  private static String geometryName(GeoGeometry g) {
    return switch (g) {
      case GeoGeometry.None n -> "no geometry (null)";
      case GeoGeometry.Point p -> "a Point";
      case GeoGeometry.MultiPoint p -> "a MultiPoint";
      case GeoGeometry.Area a -> a.parts().size() == 1 ? "a Polygon" : "a MultiPolygon";
      case GeoGeometry.Line l -> "a line";
    };
  }

  private static LineType lineType(JsonNode props, String where) {
    JsonNode t = props.get("lineType");
    if (t == null || t.isNull()) {
      return LineType.GEODESIC;
    }
    return switch (t.asText()) {
      case "geodesic" -> LineType.GEODESIC;
      case "rhumb" -> LineType.RHUMB;
      case "follows-feature" -> {
        JsonNode d = props.get("feature");
        Map<String, String> byLang = new LinkedHashMap<>();
        if (d != null && d.isTextual()) {
          byLang.put("en", d.asText());
        } else if (d != null && d.isObject()) {
          d.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
              throw new BadInputException(where + ": property feature." + e.getKey() + " must be text");
            }
            byLang.put(e.getKey(), e.getValue().asText());
          });
        } else {
          throw new BadInputException(where + ": lineType follows-feature needs a property \"feature\" describing "
              + "it: text (English) or {\"en\": \"the median line of the river X\", \"ru\": \"медианной линии реки X\"}");
        }
        try {
          yield new LineType.FollowsFeature(byLang, List.of());
        } catch (BadInputException e) {
          throw new BadInputException(where + ": " + e.getMessage(), e);
        }
      }
      default -> throw new BadInputException(where + ": unknown lineType " + t
          + "; use geodesic (the default), rhumb or follows-feature");
    };
  }

  private static SegmentStatus status(JsonNode props, String where) {
    JsonNode s = props.get("status");
    if (s == null || s.isNull()) {
      return SegmentStatus.UNRESOLVED;
    }
    try {
      return SegmentStatus.valueOf(s.asText().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(where + ": unknown status " + s + "; use unresolved, proposed, agreed or demarcated");
    }
  }

  private static List<String> sources(JsonNode props, String where) {
    JsonNode s = props.get("sources");
    if (s == null || s.isNull()) {
      return List.of();
    }
    if (!s.isArray()) {
      throw new BadInputException(where + ": property sources must be an array of source ids");
    }
    List<String> ids = new ArrayList<>();
    s.forEach(n -> {
      if (!n.isTextual()) {
        throw new BadInputException(where + ": source id " + n + " must be text");
      }
      ids.add(n.asText());
    });
    return ids;
  }

  /** Pillar labels: an array (one per turning point, null for none); for a MultiLineString, an array per part. */
  private static List<Optional<String>> pillars(JsonNode props, int part, int parts, String where) {
    JsonNode p = props.get("pillars");
    if (p == null || p.isNull()) {
      return List.of();
    }
    if (parts > 1) {
      if (!p.isArray() || p.size() != parts) {
        throw new BadInputException(where + ": for a MultiLineString, pillars must be one array per part");
      }
      p = p.get(part);
    }
    if (!p.isArray()) {
      throw new BadInputException(where + ": property pillars must be an array of labels (null where none)");
    }
    List<Optional<String>> labels = new ArrayList<>();
    for (JsonNode n : p) {
      if (n.isNull()) {
        labels.add(Optional.empty());
      } else if (n.isTextual() || n.isNumber()) {
        labels.add(Optional.of(n.asText()));
      } else {
        throw new BadInputException(where + ": pillar label " + n + " must be text, a number or null");
      }
    }
    return labels;
  }

}
