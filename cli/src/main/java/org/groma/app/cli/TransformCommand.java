package org.groma.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import org.groma.geo.GeoInputException;
import org.groma.geo.crs.Coordinate;
import org.groma.geo.crs.CoordinateTransform;
import org.groma.geo.crs.Crs;
import org.groma.geo.crs.CrsRegistry;
import org.groma.geo.crs.DatumTransformation;
import org.groma.geo.crs.GeodeticDatum;
import org.groma.geo.crs.HelmertParameters;
import org.groma.geo.crs.TransformationMethod;
import org.groma.geo.crs.TransformationRegistry;
import org.groma.geo.crs.UtmZone;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "transform",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Transforms x,y CSV rows from one CRS to another, with a named datum transformation where the datums differ.",
        "Rows are x,y: easting,northing for grids, longitude,latitude (degrees) for geographic CRSs, whatever",
        "the EPSG axis order (use --axis-order epsg for that). Further columns pass through unchanged; blank",
        "lines and lines starting with # are skipped; a first line that is not numeric is a header, copied.",
        "All rows are read and checked before anything is written: a bad row writes nothing.",
        "Output: x,y with 6 decimals for metres (1 µm) and 11 for degrees (about 1 µm).",
    })
final class TransformCommand implements Runnable {

  /** Decimals written for metres: 1 µm, finer than any survey. */
  static final int METRE_DECIMALS = 6;

  /** Decimals written for degrees: 1e-11°, about 1 µm on the ground. */
  static final int DEGREE_DECIMALS = 11;

  /** Rows transformed between two reports to the progress line (shown at a terminal only). */
  static final int PROGRESS_EVERY = 100_000;

  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "CRS",
      description = "Source CRS, e.g. EPSG:28408 (SK-42 Gauss-Kruger zone 8), EPSG:4326, EPSG:32638, OGC:CRS84.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "CRS",
      description = "Target CRS, or UTM for the WGS 84 UTM zone of the first row (Norway and Svalbard "
          + "exceptions included); the zone chosen is reported on standard error and in the JSON.")
  String to;

  @ArgGroup(exclusive = true)
  Shift shift;

  static final class Shift {
    @Option(names = "--transformation", paramLabel = "EPSG:NNNN",
        description = "The agreed datum transformation, e.g. EPSG:15865. Required when the datums differ; "
            + "see 'groma geo transformations'.")
    String code;

    @ArgGroup(exclusive = false)
    Custom custom;
  }

  static final class Custom {
    @Option(names = "--towgs84", required = true, paramLabel = "tx,ty,tz[,rx,ry,rz,ds]",
        description = "A custom shift to WGS 84: translations in metres, rotations in arc-seconds, scale in ppm.")
    String values;

    @Option(names = "--convention", paramLabel = "position-vector|coordinate-frame",
        description = "Rotation convention of --towgs84 (required with rotations): position-vector (EPSG:9606) "
            + "or coordinate-frame (EPSG:9607). Their rotations have opposite signs; mixing them errs by metres.")
    String convention;
  }

  @Option(names = "--input", paramLabel = "FILE", description = "CSV file to read; standard input if absent.")
  Path input;

  @Option(names = "--axis-order", paramLabel = "xy|epsg", defaultValue = "xy",
      description = "Column order of input and output: xy (default: easting/longitude first) or epsg "
          + "(the CRS's EPSG order: latitude first for EPSG:4326, northing first for Gauss-Kruger).")
  String axisOrder;

  @Option(names = "--json", description = "Print one JSON object (CRSs, transformation, points) instead of CSV.")
  boolean json;

  @Mixin QuietOption quiet;

  @Override
  public void run() {
    boolean epsgOrder = switch (axisOrder.toLowerCase(Locale.ROOT)) {
      case "xy" -> false;
      case "epsg" -> true;
      default -> throw new ParameterException(spec.commandLine(),
          "--axis-order must be xy or epsg, got '" + axisOrder + "'");
    };
    Crs source = CrsRegistry.lookup(from);
    CsvRows rows = CsvRows.read(lines());
    int n = rows.size();
    double[] first = new double[n];
    double[] second = new double[n];
    for (int i = 0; i < n; i++) {
      boolean swap = !epsgOrder && source.axisOrder().isNorthFirst();
      first[i] = swap ? rows.y(i) : rows.x(i);
      second[i] = swap ? rows.x(i) : rows.y(i);
    }
    Crs target = to.equalsIgnoreCase("UTM") ? utmZoneOf(source, rows, first, second) : CrsRegistry.lookup(to);
    CoordinateTransform transform =
        CoordinateTransform.between(source, target, datumTransformation(source, target, spec));
    double[] outFirst = new double[n];
    double[] outSecond = new double[n];
    Progress progress = quiet.counting("transform", "rows", n);
    for (int start = 0; start < n; start += PROGRESS_EVERY) {
      int end = Math.min(n, start + PROGRESS_EVERY);
      double[] f = java.util.Arrays.copyOfRange(first, start, end);
      double[] s = java.util.Arrays.copyOfRange(second, start, end);
      double[] of = new double[end - start];
      double[] os = new double[end - start];
      try {
        transform.apply(f, s, of, os);
      } catch (GeoInputException e) {
        progress.close(); // the error starts a clean line
        // The library names the index in this chunk ("point i: …", the cause holding the bare reason);
        // a person needs the line of the input file instead.
        String reason = e.getCause() instanceof GeoInputException bare ? bare.getMessage() : e.getMessage();
        int bad = firstBadPoint(transform, f, s);
        if (bad < 0) {
          throw e;
        }
        throw new GeoInputException("row " + rows.lineNumber(start + bad) + ": " + reason, e);
      }
      System.arraycopy(of, 0, outFirst, start, of.length);
      System.arraycopy(os, 0, outSecond, start, os.length);
      progress.absolute().accept(end);
    }
    progress.close();
    boolean swapOut = !epsgOrder && target.axisOrder().isNorthFirst();
    int decimals = target.axisOrder().isGeographic() ? DEGREE_DECIMALS : METRE_DECIMALS;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<double[]> points = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        points.add(swapOut ? new double[] {outSecond[i], outFirst[i]} : new double[] {outFirst[i], outSecond[i]});
      }
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("from", source.code());
      o.put("to", target.code());
      o.put("transformation", transform.datumTransformation().map(DatumTransformation::code).orElse(null));
      o.put("axisOrder", epsgOrder ? "epsg" : "xy");
      o.put("points", points);
      Output.json(out, o);
      return;
    }
    rows.header().ifPresent(out::println);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      line.setLength(0);
      double x = swapOut ? outSecond[i] : outFirst[i];
      double y = swapOut ? outFirst[i] : outSecond[i];
      FixedDecimal.append(line, x, decimals);
      line.append(',');
      FixedDecimal.append(line, y, decimals);
      rows.rest(i).ifPresent(r -> line.append(',').append(r));
      out.println(line);
    }
    out.flush();
  }

  /**
   * The UTM zone of the first row, located on the source CRS's own datum: a datum shift of metres moves no
   * point across a zone boundary that matters, and the zone chosen is reported, never silent.
   */
  private Crs utmZoneOf(Crs source, CsvRows rows, double[] first, double[] second) {
    if (rows.size() == 0) {
      throw new GeoInputException("--to UTM chooses the zone from the first row, but there are no rows");
    }
    Coordinate geographic;
    try {
      geographic = CoordinateTransform.between(source, source.geographicBase())
          .apply(new Coordinate(source, first[0], second[0]));
    } catch (GeoInputException e) {
      throw e.at("row " + rows.lineNumber(0));
    }
    Crs utm = UtmZone.forPoint(geographic.toGeoPoint()).crs();
    PrintWriter err = spec.commandLine().getErr();
    err.println("groma: --to UTM: row " + rows.lineNumber(0) + " lies in " + utm.code() + " (" + utm.name()
        + "); all rows are written in it");
    err.flush();
    return utm;
  }

  /** Index of the first point that fails alone, for the row number in the message; −1 if none does. */
  private static int firstBadPoint(CoordinateTransform transform, double[] f, double[] s) {
    double[] one = new double[1];
    double[] two = new double[1];
    for (int i = 0; i < f.length; i++) {
      try {
        transform.apply(new double[] {f[i]}, new double[] {s[i]}, one, two);
      } catch (GeoInputException e) {
        return i;
      }
    }
    return -1;
  }

  private Optional<DatumTransformation> datumTransformation(Crs source, Crs target, CommandSpec spec) {
    if (shift == null) {
      return Optional.empty();
    }
    if (shift.code != null) {
      return Optional.of(TransformationRegistry.lookup(shift.code));
    }
    return Optional.of(customShift(source, target, shift.custom, spec));
  }

  static DatumTransformation customShift(Crs source, Crs target, Custom custom, CommandSpec spec) {
    String[] cells = custom.values.split(",", -1);
    if (cells.length != 3 && cells.length != 7) {
      throw new ParameterException(spec.commandLine(),
          "--towgs84 takes 3 or 7 numbers (tx,ty,tz[,rx,ry,rz,ds]), got " + cells.length);
    }
    List<Double> v = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      v.add(Numbers.decimal(cells[i], "--towgs84 number " + (i + 1)));
    }
    HelmertParameters p = v.size() == 3
        ? HelmertParameters.translations(v.get(0), v.get(1), v.get(2))
        : new HelmertParameters(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6));
    TransformationMethod method;
    if (custom.convention == null) {
      if (!p.isTranslationOnly()) {
        throw new GeoInputException("--towgs84 with rotations or scale needs --convention position-vector or "
            + "coordinate-frame: the two read the rotations with opposite signs, an error of metres");
      }
      method = TransformationMethod.GEOCENTRIC_TRANSLATIONS;
    } else {
      method = switch (custom.convention.toLowerCase(Locale.ROOT)) {
        case "position-vector" -> TransformationMethod.POSITION_VECTOR;
        case "coordinate-frame" -> TransformationMethod.COORDINATE_FRAME;
        default -> throw new ParameterException(spec.commandLine(),
            "--convention must be position-vector or coordinate-frame, got '" + custom.convention + "'");
      };
    }
    GeodeticDatum wgs84 = GeodeticDatum.WGS84;
    boolean sourceIsWgs84 = source.datum().sameAs(wgs84);
    boolean targetIsWgs84 = target.datum().sameAs(wgs84);
    if (sourceIsWgs84 == targetIsWgs84) {
      throw new GeoInputException("--towgs84 needs exactly one of " + source.code() + " and " + target.code()
          + " to be on WGS 84");
    }
    GeodeticDatum other = sourceIsWgs84 ? target.datum() : source.datum();
    return DatumTransformation.custom("towgs84=" + v.stream().map(String::valueOf)
        .reduce((a, b) -> a + "," + b).orElseThrow(), other, wgs84, method, p);
  }

  private List<String> lines() {
    try {
      if (input != null) {
        try {
          return Files.readAllLines(input, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
          throw e;
        } catch (IOException e) {
          throw new IOException(input + ": " + e.getMessage(), e);
        }
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      return in.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
