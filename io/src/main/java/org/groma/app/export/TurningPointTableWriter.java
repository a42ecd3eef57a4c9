package org.groma.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.groma.app.delimitation.LineType;
import org.groma.app.delimitation.SegmentMeasure;
import org.groma.app.delimitation.Sk42Columns;
import org.groma.app.delimitation.TurningPointTable;
import org.groma.app.delimitation.TurningPointTable.Part;
import org.groma.app.delimitation.TurningPointTable.Row;
import org.groma.geo.crs.DatumTransformation;

/**
 * Writes a {@link TurningPointTable} as CSV (RFC 4180), JSON or Markdown. Every format names the source file
 * and its SHA-256, the CRSs, and the datum transformation used for SK-42 (in CSV, in the SK-42 column names,
 * since RFC 4180 has no place for comments). Precision: see {@link TableNumbers} and docs/delimitation.md.
 *
 * <h2>Thread safety</h2>
 * Immutable; safe from any thread.
 */
public final class TurningPointTableWriter {

  /** The output formats. */
  public enum Format { CSV, JSON, MD }

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  /** RFC 4180, section 2: records end with CRLF. */
  private static final String CRLF = "\r\n";

  private final SourceFile source;

  public TurningPointTableWriter(SourceFile source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The table in the given format, as text (UTF-8 when written to a file). */
  public String write(TurningPointTable table, Format format) {
    return switch (format) {
      case CSV -> csv(table);
      case JSON -> json(table);
      case MD -> markdown(table);
    };
  }

  // ---- CSV ----

  /** One header row, then one record per turning point; parts follow each other, told apart by "part". */
  public String csv(TurningPointTable table) {
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("part", "number", "pillar", "lat_dms", "lon_dms", "lat_deg",
        "lon_deg", "utm_zone", "utm_epsg", "utm_easting_m", "utm_northing_m"));
    Optional<String> t = transformationCode(table);
    if (t.isPresent()) {
      String suffix = "_" + t.get().toLowerCase(Locale.ROOT).replace(":", "");
      header.addAll(List.of("sk42_gk_zone", "sk42_gk_epsg", "sk42_x_north_m" + suffix, "sk42_y_east_m" + suffix));
    }
    header.addAll(List.of("next_line_type", "next_feature", "next_status", "next_sources", "next_length_m", "next_azimuth_fwd_dms",
        "next_azimuth_fwd_deg", "next_azimuth_back_dms", "next_azimuth_back_deg", "cumulative_m"));
    record(out, header);
    for (int p = 0; p < table.parts().size(); p++) {
      for (Row r : table.parts().get(p).rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(p + 1));
        cells.add(Integer.toString(r.turningPoint().number()));
        cells.add(r.turningPoint().pillar().orElse(""));
        cells.add(TableNumbers.COORDINATE_DMS.formatLatitude(r.turningPoint().point().latDeg()));
        cells.add(TableNumbers.COORDINATE_DMS.formatLongitude(r.turningPoint().point().lonDeg()));
        cells.add(TableNumbers.text(TableNumbers.degrees(r.turningPoint().point().latDeg())));
        cells.add(TableNumbers.text(TableNumbers.degrees(r.turningPoint().point().lonDeg())));
        cells.add(r.utm().zone());
        cells.add(r.utm().crs().code());
        cells.add(TableNumbers.text(TableNumbers.metres(r.utm().eastingM())));
        cells.add(TableNumbers.text(TableNumbers.metres(r.utm().northingM())));
        if (t.isPresent()) {
          TurningPointTable.Grid gk = r.sk42().orElseThrow();
          cells.add(gk.zone());
          cells.add(gk.crs().code());
          cells.add(TableNumbers.text(TableNumbers.metres(gk.northingM())));
          cells.add(TableNumbers.text(TableNumbers.metres(gk.eastingM())));
        }
        if (r.next().isPresent()) {
          SegmentMeasure m = r.next().get().measure();
          LineType lt = r.next().get().segment().lineType();
          cells.add(lt.code());
          cells.add(feature(lt));
          cells.add(r.next().get().segment().status().name().toLowerCase(Locale.ROOT));
          cells.add(String.join("; ", r.next().get().segment().sourceIds()));
          cells.add(TableNumbers.text(TableNumbers.metres(m.lengthM())));
          cells.add(TableNumbers.text(m.forwardAzimuthDeg(), TableNumbers::azimuthDms));
          cells.add(TableNumbers.text(m.forwardAzimuthDeg(), a -> TableNumbers.text(TableNumbers.azimuthDegrees(a))));
          cells.add(TableNumbers.text(m.backAzimuthDeg(), TableNumbers::azimuthDms));
          cells.add(TableNumbers.text(m.backAzimuthDeg(), a -> TableNumbers.text(TableNumbers.azimuthDegrees(a))));
        } else {
          for (int i = 0; i < 9; i++) {
            cells.add("");
          }
        }
        cells.add(TableNumbers.text(TableNumbers.metres(r.cumulativeM())));
        record(out, cells);
      }
    }
    return out.toString();
  }

  private static void record(StringBuilder out, List<String> cells) {
    out.append(cells.stream().map(TurningPointTableWriter::csvField).collect(Collectors.joining(","))).append(CRLF);
  }

  /** RFC 4180, section 2, rules 5–7: quote a field holding a comma, quote, CR or LF; double inner quotes. */
  static String csvField(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String feature(LineType lt) {
    if (lt instanceof LineType.FollowsFeature f) {
      return f.description().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
    return "";
  }

  // ---- JSON ----

  /** One object: metadata (source, CRSs, transformation, precision), then the parts and their rows. */
  public String json(TurningPointTable table) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("type", "groma-turning-point-table");
    Map<String, Object> src = new LinkedHashMap<>(); // ordered: golden files and diffs stay stable
    src.put("file", source.name());
    src.put("sha256", source.sha256());
    root.put("source", src);
    Map<String, Object> crs = new LinkedHashMap<>();
    crs.put("geographic", "EPSG:4326 (WGS 84)");
    crs.put("utm", table.utmZone().map(z -> z.code() + " (WGS 84 / UTM zone " + z + "), fixed for every row")
        .orElse("WGS 84 / UTM, each point in its own zone"));
    crs.put("sk42", switch (table.sk42()) {
      case Sk42Columns.Omitted o -> null;
      case Sk42Columns.Included inc -> inc.fixedZone().isPresent()
          ? "EPSG:" + (28400 + inc.fixedZone().getAsInt()) + " (Pulkovo 1942 / Gauss-Kruger zone "
              + inc.fixedZone().getAsInt() + "), fixed for every row"
          : "Pulkovo 1942 / Gauss-Kruger 6-degree zones (EPSG:28404-28432), each point in its own zone";
    });
    root.put("crs", crs);
    root.put("transformation", switch (table.sk42()) {
      case Sk42Columns.Omitted o -> null;
      case Sk42Columns.Included inc -> transformation(inc.transformation());
    });
    root.put("precision", precision());
    root.put("tolerances", tolerances(table));
    List<Object> parts = new ArrayList<>();
    for (int p = 0; p < table.parts().size(); p++) {
      Part part = table.parts().get(p);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("part", p + 1);
      o.put("firstNumber", part.rows().getFirst().turningPoint().number());
      o.put("lastNumber", part.rows().getLast().turningPoint().number());
      o.put("lengthM", TableNumbers.metres(part.lengthM()));
      List<Object> rows = new ArrayList<>();
      for (Row r : part.rows()) {
        rows.add(jsonRow(r));
      }
      o.put("rows", rows);
      parts.add(o);
    }
    root.put("parts", parts);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the table as JSON", e);
    }
  }

  private static Map<String, Object> jsonRow(Row r) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("number", r.turningPoint().number());
    o.put("pillar", r.turningPoint().pillar().orElse(null));
    double lat = r.turningPoint().point().latDeg(), lon = r.turningPoint().point().lonDeg();
    o.put("latDms", TableNumbers.COORDINATE_DMS.formatLatitude(lat));
    o.put("lonDms", TableNumbers.COORDINATE_DMS.formatLongitude(lon));
    o.put("latDeg", TableNumbers.degrees(lat));
    o.put("lonDeg", TableNumbers.degrees(lon));
    o.put("utm", grid(r.utm()));
    o.put("sk42", r.sk42().map(TurningPointTableWriter::grid).orElse(null));
    if (r.next().isPresent()) {
      SegmentMeasure m = r.next().get().measure();
      LineType lt = r.next().get().segment().lineType();
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("toNumber", r.next().get().segment().to().number());
      n.put("lineType", lt.code());
      if (lt instanceof LineType.FollowsFeature f) {
        n.put("feature", new java.util.TreeMap<>(f.description()));
      }
      n.put("status", r.next().get().segment().status().name().toLowerCase(Locale.ROOT));
      n.put("sources", r.next().get().segment().sourceIds());
      n.put("lengthM", TableNumbers.metres(m.lengthM()));
      n.put("azimuthForwardDms", m.forwardAzimuthDeg().isPresent() ? TableNumbers.azimuthDms(m.forwardAzimuthDeg().getAsDouble()) : null);
      n.put("azimuthForwardDeg", m.forwardAzimuthDeg().isPresent() ? TableNumbers.azimuthDegrees(m.forwardAzimuthDeg().getAsDouble()) : null);
      n.put("azimuthBackDms", m.backAzimuthDeg().isPresent() ? TableNumbers.azimuthDms(m.backAzimuthDeg().getAsDouble()) : null);
      n.put("azimuthBackDeg", m.backAzimuthDeg().isPresent() ? TableNumbers.azimuthDegrees(m.backAzimuthDeg().getAsDouble()) : null);
      o.put("next", n);
    } else {
      o.put("next", null);
    }
    o.put("cumulativeM", TableNumbers.metres(r.cumulativeM()));
    return o;
  }

  private static Map<String, Object> grid(TurningPointTable.Grid g) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("zone", g.zone());
    o.put("crs", g.crs().code());
    o.put("eastingM", TableNumbers.metres(g.eastingM()));
    o.put("northingM", TableNumbers.metres(g.northingM()));
    return o;
  }

  private static Map<String, Object> transformation(DatumTransformation t) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("code", t.code());
    o.put("name", t.name());
    o.put("method", t.method().epsgName() + " (EPSG:" + t.method().epsgCode() + ")");
    o.put("accuracyM", t.accuracyM().isPresent() ? t.accuracyM().getAsDouble() : null);
    o.put("areaOfUse", t.areaOfUse().description());
    return o;
  }

  private static Map<String, Object> precision() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("latLonDms", "0.001 arc-second");
    o.put("latLonDeg", "1e-9 degree");
    o.put("gridM", "0.001 m");
    o.put("lengthM", "0.001 m");
    o.put("azimuthDms", "0.1 arc-second");
    o.put("azimuthDeg", "1e-9 degree");
    o.put("rounding", "half even on the exact value, once; cumulative distances are sums of unrounded lengths");
    return o;
  }

  private static Map<String, Object> tolerances(TurningPointTable table) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("geodesicLengthM", 1e-6);
    o.put("geodesicLengthNote", "Karney's algorithms (GeographicLib), tested against GeodSolve to 1 µm");
    o.put("projectionM", 1e-8);
    o.put("projectionNote", "Krüger series to n^6, tested against cs2cs to 10 nm");
    if (table.sk42() instanceof Sk42Columns.Included inc) {
      o.put("datumTransformationAccuracyM",
          inc.transformation().accuracyM().isPresent() ? inc.transformation().accuracyM().getAsDouble() : null);
      o.put("datumTransformationNote", "EPSG's stated accuracy of " + inc.transformation().code()
          + "; SK-42 coordinates are as good as the transformation, not better");
    }
    return o;
  }

  // ---- Markdown ----

  /** A header block naming source, CRSs, transformation and precision, then one table per part. */
  public String markdown(TurningPointTable table) {
    StringBuilder out = new StringBuilder();
    out.append("# Turning-point table\n\n");
    out.append("- Source: `").append(source.name()).append("`, SHA-256 `").append(source.sha256()).append("`\n");
    out.append("- Latitude and longitude: WGS 84 (EPSG:4326), DMS to 0.001″ and degrees to 1e-9°\n");
    out.append("- UTM: ").append(table.utmZone()
        .map(z -> "WGS 84 / UTM zone " + z + " (" + z.code() + ") for every point")
        .orElse("WGS 84 / UTM, each point in its own zone (stated on each row)")).append('\n');
    switch (table.sk42()) {
      case Sk42Columns.Omitted o -> out.append("- SK-42 (Pulkovo 1942) Gauss–Krüger: not given\n");
      case Sk42Columns.Included inc -> {
        DatumTransformation t = inc.transformation();
        out.append("- SK-42 (Pulkovo 1942) Gauss–Krüger, 6° zones").append(inc.fixedZone().isPresent()
            ? ", zone " + inc.fixedZone().getAsInt() + " (EPSG:" + (28400 + inc.fixedZone().getAsInt()) + ") for every point"
            : ", each point in its own zone").append("; X north, Y east with the zone prefix\n");
        out.append("- Datum transformation: ").append(t.code()).append(" ").append(t.name()).append(", ")
            .append(t.method().epsgName()).append(t.accuracyM().isPresent()
                ? ", EPSG accuracy " + fmt(t.accuracyM().getAsDouble()) + " m" : "").append('\n');
      }
    }
    out.append("- Segments: length and azimuths on the WGS 84 ellipsoid by line type (geodesic, rhumb; a "
        + "follows-feature segment is measured along the feature and has no azimuth); azimuths clockwise from "
        + "north; the back azimuth is taken at the next point towards this one\n");
    out.append("- Metres to 0.001 m, azimuths to 0.1″; cumulative distance from the first point of each part\n");
    boolean sk = table.sk42() instanceof Sk42Columns.Included;
    for (int p = 0; p < table.parts().size(); p++) {
      Part part = table.parts().get(p);
      out.append("\n## Part ").append(p + 1).append(": turning points ")
          .append(part.rows().getFirst().turningPoint().number()).append(" to ")
          .append(part.rows().getLast().turningPoint().number()).append(", ")
          .append(TableNumbers.text(TableNumbers.metres(part.lengthM()))).append(" m\n\n");
      List<String> head = new ArrayList<>(List.of("No.", "Pillar", "Latitude", "Longitude", "Lat (°)", "Lon (°)",
          "UTM zone", "UTM E (m)", "UTM N (m)"));
      if (sk) {
        head.addAll(List.of("GK zone", "GK X (m)", "GK Y (m)"));
      }
      head.addAll(List.of("To next", "Length (m)", "Azimuth", "Back azimuth", "Cumulative (m)"));
      mdRow(out, head);
      out.append('|').append("---|".repeat(head.size())).append('\n');
      for (Row r : part.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(r.turningPoint().number()));
        cells.add(r.turningPoint().pillar().orElse(""));
        cells.add(TableNumbers.COORDINATE_DMS.formatLatitude(r.turningPoint().point().latDeg()));
        cells.add(TableNumbers.COORDINATE_DMS.formatLongitude(r.turningPoint().point().lonDeg()));
        cells.add(TableNumbers.text(TableNumbers.degrees(r.turningPoint().point().latDeg())));
        cells.add(TableNumbers.text(TableNumbers.degrees(r.turningPoint().point().lonDeg())));
        cells.add(r.utm().zone());
        cells.add(TableNumbers.text(TableNumbers.metres(r.utm().eastingM())));
        cells.add(TableNumbers.text(TableNumbers.metres(r.utm().northingM())));
        if (sk) {
          TurningPointTable.Grid gk = r.sk42().orElseThrow();
          cells.add(gk.zone());
          cells.add(TableNumbers.text(TableNumbers.metres(gk.northingM())));
          cells.add(TableNumbers.text(TableNumbers.metres(gk.eastingM())));
        }
        if (r.next().isPresent()) {
          SegmentMeasure m = r.next().get().measure();
          LineType lt = r.next().get().segment().lineType();
          cells.add(lt instanceof LineType.FollowsFeature ? "follows-feature (" + feature(lt) + ")" : lt.code());
          cells.add(TableNumbers.text(TableNumbers.metres(m.lengthM())));
          cells.add(TableNumbers.text(m.forwardAzimuthDeg(), TableNumbers::azimuthDms));
          cells.add(TableNumbers.text(m.backAzimuthDeg(), TableNumbers::azimuthDms));
        } else {
          cells.addAll(List.of("", "", "", ""));
        }
        cells.add(TableNumbers.text(TableNumbers.metres(r.cumulativeM())));
        mdRow(out, cells);
      }
    }
    return out.toString();
  }

  private static void mdRow(StringBuilder out, List<String> cells) {
    out.append("| ").append(cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ")))
        .append(" |\n");
  }

  private static Optional<String> transformationCode(TurningPointTable table) {
    return table.sk42() instanceof Sk42Columns.Included inc ? Optional.of(inc.transformation().code()) : Optional.empty();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
