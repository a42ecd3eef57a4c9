package org.groma.app.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.groma.app.BadInputException;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarEvent.SurveyMethod;
import org.groma.app.commission.PillarNumber;
import org.groma.app.commission.PillarRegister;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoInputException;
import org.groma.geo.crs.Crs;
import org.groma.geo.crs.CrsRegistry;
import org.groma.geo.crs.GeographicCrs;

/**
 * Reads a field survey of pillars — a CSV file with the columns below in a CRS the user states, or the
 * waypoints of a GPX file (WGS 84 by the format) — into the {@code pillar-surveyed} acts it asks for. Nothing
 * is signed or stored here: the acts go to the co-chairs' and surveyors' keys through {@code groma journal
 * append} (docs/demarcation.md, "Survey import").
 *
 * <p>Columns (CSV header names; GPX gives {@code pillar} as the waypoint's {@code <name>}, the position as its
 * attributes, {@code observed_on} from {@code <time>} and the height from {@code <ele>}, which the campaign
 * file must say is ellipsoidal or orthometric, {@code gpx_ele}): {@code pillar}; {@code lat} and {@code lon}
 * (geographic CRS) or {@code easting} and {@code northing} (projected); {@code h_ell_m}; {@code h_orth_m} and
 * {@code height_system} (both or neither); {@code method}; {@code session_min} (gnss-static only);
 * {@code rms_mm}; {@code observed_on}; {@code material}; {@code dimensions}; {@code markings};
 * {@code control_points} and {@code photos} (separated by {@code ;}); {@code visible_prev},
 * {@code visible_next}; {@code description_en}, {@code description_ru} (any {@code description_xx}). A
 * campaign file (JSON object of the same names) gives values common to every row; a cell overrides it.
 *
 * <p>Every problem is collected with its line (CSV) or XML line (GPX): an unknown pillar, a pillar twice, a
 * missing field, a value that does not read, heights finer than a millimetre (never rounded). A survey with
 * problems yields no act.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class PillarSurveyImport {

  /** One problem: where (file and line) and what. */
  public record Problem(String where, String message) {
    @Override
    public String toString() {
      return where + ": " + message;
    }
  }

  /** The acts a survey asks for, in file order, or the problems that stop it (then no act). */
  public record Result(List<PillarSurveyed> acts, List<String> sources, List<Problem> problems) {
    public Result {
      acts = List.copyOf(acts);
      sources = List.copyOf(sources);
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private static final Set<String> KNOWN = Set.of("pillar", "lat", "lon", "easting", "northing", "h_ell_m",
      "h_orth_m", "height_system", "method", "session_min", "rms_mm", "observed_on", "material", "dimensions",
      "markings", "control_points", "photos", "visible_prev", "visible_next", "gpx_ele");

  /** A row of values by column name, with where it was read. */
  private record Row(String where, Map<String, String> values) {}

  private PillarSurveyImport() {}

  /**
   * A CSV survey whose coordinates are in {@code crsCode}; a CRS not on WGS 84 needs {@code transformation}.
   *
   * @param crsCode the CRS the file's coordinates are in; null or blank is refused (an undeclared CRS)
   */
  public static Result csv(Reader in, String sourceName, String crsCode, Optional<String> transformation,
      Map<String, String> campaign, PillarRegister register) throws IOException {
    if (crsCode == null || crsCode.isBlank()) {
      throw new BadInputException(sourceName + ": the survey's CRS is not declared; state it (e.g. --crs EPSG:4326"
          + " for WGS 84 latitude and longitude, --crs EPSG:28408 for SK-42 Gauss-Krüger zone 8): coordinates are"
          + " never read in a guessed CRS");
    }
    Crs crs = CrsRegistry.lookup(crsCode);
    Wgs84Conversion toWgs84 = Wgs84Conversion.of(crs, transformation);
    boolean geographic = crs instanceof GeographicCrs;
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Iterator<CsvRecords.Row> it;
    String[] header;
    try {
      it = CsvRecords.of(in, ',', sourceName).iterator();
      CsvRecords.Row first = null;
      while (it.hasNext()) {
        CsvRecords.Row r = it.next();
        if (!blankOrComment(r)) {
          first = r;
          break;
        }
      }
      if (first == null) {
        throw new BadInputException(sourceName + ": the file is empty (no header line)");
      }
      header = first.cells().stream().map(String::strip).toArray(String[]::new);
      for (String h : header) {
        if (!KNOWN.contains(h) && !h.matches("description_[a-z]{2,3}")) {
          problems.add(new Problem(sourceName + " line " + first.line(), "unknown column \"" + h + "\" (expected "
              + String.join(", ", KNOWN.stream().sorted().toList())
              + ", description_xx)"));
        }
      }
      List<String> needed = geographic ? List.of("pillar", "lat", "lon") : List.of("pillar", "easting", "northing");
      for (String n : needed) {
        if (!Arrays.asList(header).contains(n)) {
          throw new BadInputException(sourceName + " line " + first.line() + ": no column \"" + n + "\"; "
              + crs.code() + " is " + (geographic ? "geographic: columns lat and lon" : "projected: columns easting"
              + " and northing"));
        }
      }
      while (it.hasNext()) {
        CsvRecords.Row r = it.next();
        if (blankOrComment(r)) {
          continue;
        }
        String where = sourceName + " line " + r.line();
        if (r.size() != header.length) {
          problems.add(new Problem(where, r.size() + " cells, but the header names " + header.length + " columns"));
          continue;
        }
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          String cell = r.cell(i).strip();
          if (!cell.isEmpty()) {
            v.put(header[i], cell);
          }
        }
        try {
          CanonicalPoint p;
          if (toWgs84.isIdentity()) {
            // WGS 84 degrees as typed, to nanodegrees exactly (no binary floating point in between)
            p = new CanonicalPoint(CanonicalPoint.parseNanodeg(need(v, "lon")), CanonicalPoint.parseNanodeg(need(v,
                "lat")));
          } else {
            org.groma.geo.GeoPoint g = geographic
                ? toWgs84.point(DecimalNumbers.parse(need(v, "lon"), where + ", lon"),
                    DecimalNumbers.parse(need(v, "lat"), where + ", lat"))
                : toWgs84.point(DecimalNumbers.parse(need(v, "easting"), where + ", easting"),
                    DecimalNumbers.parse(need(v, "northing"), where + ", northing"));
            p = CanonicalPoint.of(g);
          }
          v.put("position", p.lonNanodeg() + " " + p.latNanodeg());
        } catch (BadInputException | GeoInputException e) {
          problems.add(new Problem(where, e.getMessage()));
          continue;
        }
        rows.add(new Row(where, v));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return build(rows, problems, campaign, register);
  }

  /** The waypoints of a GPX file, each named by its pillar number. */
  public static Result gpx(InputStream in, String sourceName, Map<String, String> campaign, PillarRegister register)
      throws IOException {
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String ele = campaign.get("gpx_ele");
    XMLStreamReader r = SafeXml.open(in, sourceName);
    try {
      String root = SafeXml.root(r, sourceName);
      if (!root.equals("gpx")) {
        throw new BadInputException(sourceName + ": the root element is <" + root + ">, not <gpx>");
      }
      while (true) {
        int e = SafeXml.next(r, sourceName);
        if (e == XMLStreamConstants.END_DOCUMENT) {
          break;
        }
        if (e != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (!r.getLocalName().equals("wpt")) {
          if (!r.getLocalName().equals("gpx")) {
            SafeXml.skip(r, sourceName);
          }
          continue;
        }
        String where = sourceName + " " + SafeXml.at(r);
        Map<String, String> v = new LinkedHashMap<>();
        String lat = r.getAttributeValue(null, "lat");
        String lon = r.getAttributeValue(null, "lon");
        String eleText = null;
        while (true) {
          int c = SafeXml.next(r, sourceName);
          if (c == XMLStreamConstants.END_ELEMENT) {
            break;
          }
          if (c == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
              case "name" -> v.put("pillar", SafeXml.text(r, sourceName).strip());
              case "ele" -> eleText = SafeXml.text(r, sourceName).strip();
              case "time" -> v.put("gpx_time", SafeXml.text(r, sourceName).strip());
              default -> SafeXml.skip(r, sourceName);
            }
          }
        }
        try {
          if (lat == null || lon == null) {
            throw new BadInputException("a waypoint without lat or lon");
          }
          CanonicalPoint p = new CanonicalPoint(CanonicalPoint.parseNanodeg(lon), CanonicalPoint.parseNanodeg(lat));
          v.put("position", p.lonNanodeg() + " " + p.latNanodeg());
          if (eleText != null) {
            if (ele == null || !(ele.equals("ellipsoidal") || ele.equals("orthometric"))) {
              throw new BadInputException("<ele> " + eleText + " is given but the campaign does not say whether GPX"
                  + " heights are ellipsoidal or orthometric (gpx_ele)");
            }
            v.put(ele.equals("ellipsoidal") ? "h_ell_m" : "h_orth_m", eleText);
          }
          if (v.containsKey("gpx_time")) {
            v.put("observed_on", OffsetDateTime.parse(v.remove("gpx_time")).withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDate().toString());
          }
        } catch (BadInputException | GeoInputException | DateTimeParseException ex) {
          problems.add(new Problem(where, ex.getMessage()));
          continue;
        }
        rows.add(new Row(where, v));
      }
      r.close();
    } catch (XMLStreamException e) {
      throw SafeXml.error(e, sourceName);
    }
    Map<String, String> rest = new HashMap<>(campaign);
    rest.remove("gpx_ele");
    return build(rows, problems, rest, register);
  }

  private static boolean blankOrComment(CsvRecords.Row r) {
    return r.size() == 0 || r.size() == 1 && r.cell(0).isBlank() || r.cell(0).strip().startsWith("#");
  }

  private static String need(Map<String, String> v, String field) {
    String s = v.get(field);
    if (s == null) {
      throw new BadInputException("missing field " + field);
    }
    return s;
  }

  private static Result build(List<Row> rows, List<Problem> problems, Map<String, String> campaign,
      PillarRegister register) {
    List<PillarSurveyed> acts = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    Map<PillarNumber, String> seen = new HashMap<>();
    for (Row row : rows) {
      Map<String, String> v = new HashMap<>(campaign);
      v.putAll(row.values());
      String where = row.where();
      List<String> missing = new ArrayList<>();
      for (String f : List.of("pillar", "h_ell_m", "method", "rms_mm", "observed_on", "material", "dimensions",
          "markings")) {
        if (v.get(f) == null) {
          missing.add(f);
        }
      }
      if (v.keySet().stream().noneMatch(k -> k.startsWith("description_"))) {
        missing.add("description_xx (at least one language)");
      }
      if (!missing.isEmpty()) {
        problems.add(new Problem(where, "missing field" + (missing.size() > 1 ? "s " : " ") + String.join(", ",
            missing) + (v.get("pillar") == null ? "" : " (pillar " + v.get("pillar") + ")")));
        continue;
      }
      try {
        PillarNumber n = PillarNumber.parse(v.get("pillar"));
        String earlier = seen.putIfAbsent(n, where);
        if (earlier != null) {
          problems.add(new Problem(where, "pillar " + n + " is surveyed twice in this file (first at " + earlier
              + ")"));
          continue;
        }
        Optional<Pillar> p = register.pillar(n);
        if (p.isEmpty()) {
          problems.add(new Problem(where, "unknown pillar " + n + ": no pillar-proposed act gives this number"));
          continue;
        }
        acts.add(survey(n, p.get(), v, where));
        sources.add(where);
      } catch (BadInputException | IllegalArgumentException | ArithmeticException e) {
        problems.add(new Problem(where, e.getMessage()));
      }
    }
    return problems.isEmpty() ? new Result(acts, sources, problems) : new Result(List.of(), List.of(), problems);
  }

  private static PillarSurveyed survey(PillarNumber n, Pillar p, Map<String, String> v, String where) {
    String[] xy = v.get("position").split(" ");
    CanonicalPoint pos = new CanonicalPoint(Long.parseLong(xy[0]), Long.parseLong(xy[1]));
    SurveyMethod method = SurveyMethod.ofCode(v.get("method"));
    Integer session = v.get("session_min") == null ? null : Math.toIntExact(integer(v, "session_min"));
    TreeMap<String, String> description = new TreeMap<>();
    v.forEach((k, t) -> {
      if (k.startsWith("description_")) {
        description.put(k.substring("description_".length()), t);
      }
    });
    return new PillarSurveyed(n, p.proposed().entryHash(), pos, millimetres(v, "h_ell_m"),
        v.get("h_orth_m") == null ? null : millimetres(v, "h_orth_m"), v.get("height_system"), method, session,
        integer(v, "rms_mm"), list(v.get("control_points")), v.get("observed_on"), v.get("material"),
        v.get("dimensions"), v.get("markings"), v.get("visible_prev"), v.get("visible_next"), List.of(), description,
        list(v.get("photos")));
  }

  /** Metres with at most three decimals to whole millimetres; a finer value is refused, not rounded. */
  private static long millimetres(Map<String, String> v, String field) {
    String text = v.get(field);
    try {
      return new BigDecimal(text).movePointRight(3).longValueExact();
    } catch (NumberFormatException e) {
      throw new BadInputException(field + " \"" + text + "\" is not a decimal number of metres");
    } catch (ArithmeticException e) {
      throw new BadInputException(field + " \"" + text + "\" is finer than a millimetre; the register keeps"
          + " heights in whole millimetres and does not round what was measured");
    }
  }

  private static long integer(Map<String, String> v, String field) {
    try {
      return Long.parseLong(v.get(field));
    } catch (NumberFormatException e) {
      throw new BadInputException(field + " \"" + v.get(field) + "\" is not a whole number");
    }
  }

  private static List<String> list(String cell) {
    if (cell == null) {
      return List.of();
    }
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
