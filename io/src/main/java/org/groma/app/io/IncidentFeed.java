package org.groma.app.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.groma.app.BadInputException;
import org.groma.app.commission.IncidentEvent.Attachment;
import org.groma.app.commission.IncidentEvent.Confidence;
import org.groma.app.commission.IncidentEvent.IncidentReported;
import org.groma.app.commission.IncidentEvent.SourceRef;
import org.groma.app.incident.IncidentTaxonomy;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoInputException;

/**
 * An incident feed (docs/incidents.md, "Bulk import"): a CSV file with a header row or a GeoJSON file of
 * points, with ACLED's column names where ACLED has the field ({@code event_id_cnty}, {@code event_date},
 * {@code time_precision}, {@code event_type}, {@code sub_event_type}, {@code actor1}, {@code latitude},
 * {@code geo_precision}, {@code source}, {@code notes}, {@code fatalities}, ...) and Groma's own for the rest
 * ({@code reported}, {@code injured}, {@code source_confidence}, {@code attachments}, ...). Every row is
 * checked; a bad row is reported with its line (CSV) or feature number (GeoJSON) and its column, and the
 * good rows are kept apart, so that nothing is signed unless the reporter accepts them.
 *
 * <h2>Limitations</h2>
 * A CSV cell may not span lines ({@link CsvRecords}). Coordinates have at most nine decimals (the journal's
 * nanodegrees; more are refused, not rounded).
 */
public final class IncidentFeed {

  /** A column's value problem, at a row. */
  public record RowError(String place, String column, String message) {
    public String text() {
      return place + ": " + column + ": " + message;
    }
  }

  /** A good row: where it is and the report it makes. */
  public record Row(String place, IncidentReported report) {}

  /**
   * What a feed holds.
   *
   * @param ignoredColumns columns present but not read (an ACLED export has many), listed so nothing is
   *     dropped unseen
   */
  public record Result(List<Row> rows, List<RowError> errors, List<String> ignoredColumns) {}

  /** The columns read; those marked required must be present. */
  static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
      "geo_precision", "notes");
  static final List<String> OPTIONAL = List.of("event_time", "sub_event_type", "actor1", "actor2",
      "assoc_actor_1", "assoc_actor_2", "source", "source_confidence", "fatalities", "injured", "reported",
      "reported_precision", "attachments", "commitment_ids", "pillar_ids");
  static final List<String> COORDINATES = List.of("latitude", "longitude");

  private final IncidentTaxonomy taxonomy;
  private final String reportedDefault;

  /**
   * @param reportedDefault when the reporter learnt of the rows that have no {@code reported} cell
   *     ({@code YYYY-MM-DD}), or null: such rows are then refused
   */
  public IncidentFeed(IncidentTaxonomy taxonomy, String reportedDefault) {
    this.taxonomy = taxonomy;
    this.reportedDefault = reportedDefault;
  }

  /** Reads a {@code .csv} or {@code .geojson}/{@code .json} file. */
  public Result read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return readCsv(in, file.toString());
      }
    }
    if (name.endsWith(".geojson") || name.endsWith(".json")) {
      try (InputStream in = Files.newInputStream(file)) {
        return readGeoJson(in, file.toString());
      }
    }
    throw new BadInputException(file + ": an incident feed is a .csv or a .geojson file");
  }

  public Result readCsv(Reader in, String where) {
    List<String> header = null;
    Result out = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Set<String> ids = new HashSet<>();
    for (CsvRecords.Row r : CsvRecords.of(in, ',', where)) {
      if (header == null) {
        header = r.cells().stream().map(String::strip).toList();
        checkHeader(header, true, where, out);
        continue;
      }
      String place = where + ": line " + r.line();
      if (r.size() != header.size()) {
        out.errors().add(new RowError(place, "-", r.size() + " cells where the header has " + header.size()));
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        cells.put(header.get(i), r.cell(i));
      }
      row(place, cells, null, ids, out);
    }
    if (header == null) {
      throw new BadInputException(where + ": the file is empty; a feed starts with its header row");
    }
    return out;
  }

  public Result readGeoJson(InputStream in, String where) throws IOException {
    List<GeoFeature> features = new GeoJsonReader().read(in, where);
    Result out = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Set<String> columns = new LinkedHashSet<>();
    features.forEach(f -> f.properties().fieldNames().forEachRemaining(columns::add));
    checkHeader(new ArrayList<>(columns), false, where, out);
    Set<String> ids = new HashSet<>();
    for (GeoFeature f : features) {
      String place = where + ": feature " + f.index();
      if (!(f.geometry() instanceof GeoGeometry.Point p)) {
        out.errors().add(new RowError(place, "geometry", "an incident is a Point"));
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      f.properties().fields().forEachRemaining(e -> cells.put(e.getKey(), text(e.getValue())));
      row(place, cells, p.point().toCanonical(), ids, out);
    }
    return out;
  }

  private static String text(JsonNode v) {
    return v == null || v.isNull() ? "" : v.isTextual() ? v.asText() : v.toString();
  }

  private void checkHeader(List<String> columns, boolean csv, String where, Result out) {
    List<String> missing = new ArrayList<>();
    for (String c : REQUIRED) {
      if (!columns.contains(c)) {
        missing.add(c);
      }
    }
    if (csv) {
      COORDINATES.stream().filter(c -> !columns.contains(c)).forEach(missing::add);
    }
    if (!missing.isEmpty()) {
      throw new BadInputException(where + ": the feed has no column " + String.join(", ", missing)
          + " (read: " + String.join(", ", REQUIRED) + (csv ? ", latitude, longitude" : "") + "; optional: "
          + String.join(", ", OPTIONAL) + ")");
    }
    for (String c : columns) {
      if (!REQUIRED.contains(c) && !OPTIONAL.contains(c) && !(csv && COORDINATES.contains(c))) {
        out.ignoredColumns().add(c);
      }
    }
  }

  /** One row's cells made into a report, or its errors. */
  private void row(String place, Map<String, String> cells, CanonicalPoint geometry, Set<String> ids, Result out) {
    List<RowError> errors = new ArrayList<>();
    Cells c = new Cells(place, cells, errors);
    String id = c.required("event_id_cnty");
    if (id != null && !ids.add(id)) {
      errors.add(new RowError(place, "event_id_cnty", "incident " + id + " is in the feed twice"));
    }
    String date = c.required("event_date");
    String time = c.optional("event_time");
    String occurred = date == null ? null : time == null ? date : date + "T" + time + "Z";
    int occurredPrecision = c.precision("time_precision", null);
    String reported = c.optional("reported");
    if (reported == null) {
      reported = reportedDefault;
      if (reported == null) {
        errors.add(new RowError(place, "reported", "no date the report was received (a reported column, or"
            + " --reported for the whole feed)"));
      }
    }
    int reportedPrecision = c.precision("reported_precision", 1);
    CanonicalPoint location = geometry != null ? geometry : c.point();
    int locationPrecision = c.precision("geo_precision", null);
    String type = null;
    String sub = null;
    String typeCell = c.required("event_type");
    if (typeCell != null) {
      var t = taxonomy.find(typeCell);
      if (t.isEmpty()) {
        errors.add(new RowError(place, "event_type", "\"" + typeCell + "\" is not in the taxonomy ("
            + taxonomy.codes() + ")"));
      } else {
        type = t.get().code();
        String subCell = c.optional("sub_event_type");
        if (subCell != null) {
          String code = subCell.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
          if (!t.get().subTypes().contains(code)) {
            errors.add(new RowError(place, "sub_event_type", "\"" + subCell + "\" is not a sub-type of " + type
                + " (" + (t.get().subTypes().isEmpty() ? "it has none" : String.join(", ", t.get().subTypes()))
                + ")"));
          } else {
            sub = code;
          }
        }
      }
    }
    List<String> actors = new ArrayList<>();
    for (String col : List.of("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")) {
      actors.addAll(c.list(col));
    }
    List<SourceRef> sources = sources(c, place, errors);
    Long fatalities = c.count("fatalities");
    Long injured = c.count("injured");
    String narrative = c.required("notes");
    List<Attachment> attachments = new ArrayList<>();
    for (String a : c.list("attachments")) {
      int eq = a.lastIndexOf('=');
      try {
        if (eq < 1) {
          throw new BadInputException("\"" + a + "\" is not NAME=SHA256");
        }
        attachments.add(new Attachment(a.substring(0, eq).strip(), a.substring(eq + 1).strip()));
      } catch (BadInputException e) {
        errors.add(new RowError(place, "attachments", e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      out.errors().addAll(errors);
      return;
    }
    try {
      out.rows().add(new Row(place, new IncidentReported(id, occurred, occurredPrecision, reported,
          reportedPrecision, location, locationPrecision, type, sub, actors, sources, fatalities, injured,
          narrative, attachments, c.list("commitment_ids"), c.list("pillar_ids"))));
    } catch (BadInputException e) {
      out.errors().add(new RowError(place, "-", e.getMessage()));
    }
  }

  private static List<SourceRef> sources(Cells c, String place, List<RowError> errors) {
    List<String> names = c.list("source");
    List<String> confidence = c.list("source_confidence");
    if (names.isEmpty()) {
      if (!confidence.isEmpty()) {
        errors.add(new RowError(place, "source_confidence", "given for no source"));
      }
      return List.of();
    }
    if (confidence.size() != 1 && confidence.size() != names.size()) {
      errors.add(new RowError(place, "source_confidence", names.size() + " sources need one confidence for all"
          + " or one each (low, medium, high; separated by ;), got " + confidence.size()));
      return List.of();
    }
    List<SourceRef> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      try {
        out.add(new SourceRef(names.get(i), Confidence.ofCode(confidence.get(confidence.size() == 1 ? 0 : i)
            .strip().toLowerCase(Locale.ROOT))));
      } catch (BadInputException e) {
        errors.add(new RowError(place, "source_confidence", e.getMessage()));
        return List.of();
      }
    }
    return out;
  }

  /** A row's cells, read with errors collected per column. */
  private record Cells(String place, Map<String, String> cells, List<RowError> errors) {

    String optional(String column) {
      String v = cells.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }

    String required(String column) {
      String v = optional(column);
      if (v == null) {
        errors.add(new RowError(place, column, "empty; the column is required"));
      }
      return v;
    }

    /** A precision code 1 to 3; {@code dflt} when the cell is empty and may be. */
    int precision(String column, Integer dflt) {
      String v = dflt == null ? required(column) : optional(column);
      if (v == null) {
        return dflt == null ? 0 : dflt;
      }
      if (!v.matches("[123]")) {
        errors.add(new RowError(place, column, "\"" + v + "\" is not a precision code 1, 2 or 3"));
        return 0;
      }
      return Integer.parseInt(v);
    }

    Long count(String column) {
      String v = optional(column);
      if (v == null) {
        return null;
      }
      if (!v.matches("\\d{1,15}")) {
        errors.add(new RowError(place, column, "\"" + v + "\" is not a count of persons (blank when unknown)"));
        return null;
      }
      return Long.parseLong(v);
    }

    /** Values separated by ; (ACLED's separator for several sources or associated actors), blanks dropped. */
    List<String> list(String column) {
      String v = optional(column);
      List<String> out = new ArrayList<>();
      if (v != null) {
        for (String part : v.split(";")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
      return out;
    }

    CanonicalPoint point() {
      Long lat = nanodegrees("latitude");
      Long lon = nanodegrees("longitude");
      if (lat == null || lon == null) {
        return null;
      }
      try {
        return new CanonicalPoint(lon, lat);
      } catch (GeoInputException e) {
        errors.add(new RowError(place, "latitude/longitude", e.getMessage()));
        return null;
      }
    }

    private Long nanodegrees(String column) {
      String v = required(column);
      if (v == null) {
        return null;
      }
      BigDecimal d;
      try {
        d = new BigDecimal(v);
      } catch (NumberFormatException e) {
        errors.add(new RowError(place, column, "\"" + v + "\" is not a decimal number of degrees"));
        return null;
      }
      if (d.scale() > 9) {
        errors.add(new RowError(place, column, "\"" + v + "\" has more than nine decimals; the journal holds"
            + " nanodegrees and does not round"));
        return null;
      }
      return d.movePointRight(9).longValueExact();
    }
  }
}
