package org.groma.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.groma.app.BadInputException;
import org.groma.app.delimitation.LinePiece;
import org.groma.app.delimitation.LineType;
import org.groma.app.delimitation.Section;
import org.groma.app.delimitation.SectionAssembler;
import org.groma.app.delimitation.SegmentStatus;
import org.groma.app.delimitation.Sk42Columns;
import org.groma.app.delimitation.TurningPointTable;
import org.groma.app.export.SourceFile;
import org.groma.app.export.TurningPointTableWriter;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.crs.TransformationRegistry;
import org.groma.geo.crs.UtmZone;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "table",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Turning-point table of a line: per point DMS and decimal latitude/longitude (WGS 84), UTM, and SK-42",
        "Gauss-Kruger (with a named transformation); per segment length, forward and back azimuths by line type;",
        "cumulative distance. LINE is GeoJSON with LineString/MultiLineString features (one table per part,",
        "numbered continuously; a feature that starts where the previous ended continues its table).",
        "Feature properties: lineType (geodesic | rhumb | follows-feature), feature (text, or {\"en\": …, \"ru\": …})",
        "for follows-feature, status, sources, pillars. See docs/delimitation.md.",
    })
final class TableCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin FeatureInput input;

  @Option(names = "--start-number", paramLabel = "N", defaultValue = "1",
      description = "Number of the first turning point (default 1).")
  int startNumber;

  @Option(names = "--utm-zone", paramLabel = "ZONE", converter = UtmZoneConverter.class,
      description = "Fix the UTM zone for every row, e.g. 38N; by default each point is in its own zone.")
  UtmZone utmZone;

  @Option(names = "--gk-zone", paramLabel = "N",
      description = "Fix the SK-42 Gauss-Kruger 6-degree zone (4-32) for every row; by default from each point's longitude.")
  Integer gkZone;


  @Option(names = "--no-sk42", description = "Leave the SK-42 Gauss-Kruger columns out.")
  boolean noSk42;

  @Option(names = "--format", paramLabel = "csv|json|md", defaultValue = "csv",
      description = "Output format: csv (RFC 4180, default), json or md (Markdown).")
  TurningPointTableWriter.Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (UTF-8) instead of standard output.")
  Path out;

  @Override
  public void run() {
    if (noSk42 && (input.options.transformation != null || gkZone != null)) {
      throw new ParameterException(spec.commandLine(),
          "--no-sk42 leaves the SK-42 columns out; it cannot be combined with --transformation or --gk-zone");
    }
    Sk42Columns sk42;
    if (noSk42) {
      sk42 = new Sk42Columns.Omitted();
    } else if (input.options.transformation == null) {
      throw new BadInputException("SK-42 (Pulkovo 1942) Gauss-Kruger columns need a named datum transformation, "
          + "none is chosen silently: give --transformation, one of "
          + TurningPointTable.Builder.candidateList() + ", or --no-sk42");
    } else {
      try {
        sk42 = new Sk42Columns.Included(TransformationRegistry.lookup(input.options.transformation),
            gkZone == null ? OptionalInt.empty() : OptionalInt.of(gkZone));
      } catch (GeoInputException e) {
        throw e.at("--transformation");
      }
    }
    List<Section> sections = readSections(input, startNumber);
    TurningPointTable.Builder builder = TurningPointTable.builder().sk42(sk42);
    if (utmZone != null) {
      builder.utmZone(utmZone);
    }
    TurningPointTable table = builder.build(sections);
    String text = new TurningPointTableWriter(source(input.file)).write(table, format);
    emit(spec, out, text);
  }

  /** Writes the whole text to the file, or to standard output; nothing is written before it is complete. */
  static void emit(CommandSpec spec, Path out, String text) {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
      return;
    }
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceFile source(Path file) {
    try {
      return SourceFile.of(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sections of a line file: each LineString, and each part of a MultiLineString, is a piece with the
   * line type, status, sources and pillars of its feature's properties. Polygons and points are refused.
   */
  static List<Section> readSections(FeatureInput input, int startNumber) {
    List<GeoFeature> features = input.read();
    List<LinePiece> pieces = new ArrayList<>();
    String file = input.file.toString();
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

  /** Reads "38N", "38n", "23S": a UTM zone number 1–60 and a hemisphere letter. */
  static final class UtmZoneConverter implements ITypeConverter<UtmZone> {
    @Override
    public UtmZone convert(String value) {
      String v = value.trim().toUpperCase(Locale.ROOT);
      if (!v.matches("[0-9]{1,2}[NS]")) {
        throw new picocli.CommandLine.TypeConversionException("UTM zone \"" + value
            + "\" must be a zone number 1-60 and a hemisphere letter, e.g. 38N or 23S");
      }
      int number = Integer.parseInt(v.substring(0, v.length() - 1));
      if (number < 1 || number > 60) {
        throw new picocli.CommandLine.TypeConversionException("UTM zone \"" + value + "\": zone number " + number
            + " is outside 1 to 60");
      }
      return new UtmZone(number, v.endsWith("N") ? UtmZone.Hemisphere.NORTH : UtmZone.Hemisphere.SOUTH);
    }
  }
}
