package org.groma.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
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
    Rows rows = new Rows(source, epsgOrder);
    if (!to.equalsIgnoreCase("UTM")) {
      rows.resolve(() -> CrsRegistry.lookup(to), null);
    }
    read(rows);
    // The order of the checks is that of reading the whole file first: a bad row anywhere comes before the
    // target CRS, the transformation and any point that does not transform.
    if (rows.badRow != null) {
      throw rows.badRow;
    }
    if (!rows.resolved) {
      throw new GeoInputException("--to UTM chooses the zone from the first row, but there are no rows");
    }
    PrintWriter err = spec.commandLine().getErr();
    if (rows.utmNote != null) {
      err.println(rows.utmNote);
      err.flush();
    }
    if (rows.unresolvable != null) {
      throw rows.unresolvable;
    }
    if (rows.badPoint != null) {
      throw rows.badPoint;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<double[]> points = new ArrayList<>(rows.count);
      for (TransformChunk.Result r : rows.done) {
        for (int i = 0; i < r.rows(); i++) {
          points.add(new double[] {r.outFirst()[i], r.outSecond()[i]});
        }
      }
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("from", source.code());
      o.put("to", rows.target.code());
      o.put("transformation", rows.transform.datumTransformation().map(DatumTransformation::code).orElse(null));
      o.put("axisOrder", epsgOrder ? "epsg" : "xy");
      o.put("points", points);
      Output.json(out, o);
      return;
    }
    if (rows.header != null) {
      out.println(rows.header);
    }
    for (TransformChunk.Result r : rows.done) {
      out.write(r.csv());
    }
    out.flush();
  }

  /** Chunk size and workers of the pipeline; tests make chunks tiny to put lines on chunk borders. */
  int chunkBytes = LineChunks.CHUNK_BYTES;
  int threads = OrderedChunks.threads();

  /**
   * Reads, checks and transforms every row (chunked read, every core at work, results kept in input order),
   * writing nothing: output starts only once the whole input has been checked.
   */
  private void read(Rows rows) {
    try {
      if (input == null) {
        read(rows, System.in, -1);
        return;
      }
      try (InputStream in = Files.newInputStream(input)) {
        read(rows, in, Files.isRegularFile(input) ? Files.size(input) : -1);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(input != null ? new IOException(input + ": " + e.getMessage(), e) : e);
    }
  }

  private void read(Rows rows, InputStream in, long totalBytes) throws IOException {
    LineChunks chunks = new LineChunks(in, input != null, chunkBytes);
    // Bytes, not rows: the input's size is known before its rows are counted. The line is cleared (by close)
    // before an error is printed.
    try (Progress progress = quiet.counting("transform", "bytes read", totalBytes)) {
      LongConsumer soFar = progress.absolute();
      OrderedChunks.run(chunks, rows::task, piece -> {
        rows.accept(piece.result());
        soFar.accept(piece.bytesRead());
        return true;
      }, threads);
    }
  }

  /** One chunk's result and how far into the input it ends. */
  private record Piece(long bytesRead, TransformChunk.Result result) {}

  /**
   * The run's state: the header and the target CRS, found by the reader thread in input order before the
   * chunks that need them are handed to workers, then each chunk's result in order on the command's thread.
   */
  private final class Rows {
    private final Crs source;
    private final boolean epsgOrder;
    private final boolean swapIn;

    // Set on the reader thread before the chunk that needs them is submitted.
    private boolean seenContent;
    private long headerLine = -1;
    private String header;
    private boolean resolved;
    private Crs target;
    private CoordinateTransform transform;
    private TransformChunk.Format format;
    private RuntimeException unresolvable;
    private String utmNote;

    // Set on the command's thread from the results, in input order.
    private final List<TransformChunk.Result> done = new ArrayList<>();
    private int count;
    private GeoInputException badRow;
    private GeoInputException badPoint;
    private volatile boolean onlyCheckRows;
    private volatile boolean stopped;

    Rows(Crs source, boolean epsgOrder) {
      this.source = source;
      this.epsgOrder = epsgOrder;
      this.swapIn = !epsgOrder && source.axisOrder().isNorthFirst();
    }

    /** Fixes the target CRS and the transform; their errors wait until every row has been checked. */
    void resolve(Supplier<Crs> targetCrs, String note) {
      resolved = true;
      utmNote = note;
      try {
        target = targetCrs.get();
        transform = CoordinateTransform.between(source, target, datumTransformation(source, target, spec));
        boolean swapOut = !epsgOrder && target.axisOrder().isNorthFirst();
        format = new TransformChunk.Format(swapOut,
            target.axisOrder().isGeographic() ? DEGREE_DECIMALS : METRE_DECIMALS, json);
      } catch (RuntimeException e) {
        unresolvable = e;
        transform = null;
      }
    }

    /** On the reader thread, in input order: finds the header and, for --to UTM, the first row. */
    Callable<Piece> task(LineChunks.Chunk chunk) {
      if (!seenContent || !resolved) {
        scan(chunk);
      }
      long headerAt = headerLine;
      CoordinateTransform t = stopped || onlyCheckRows ? null : transform;
      TransformChunk.Format f = format != null ? format : new TransformChunk.Format(false, 0, json);
      boolean skip = stopped;
      return () -> new Piece(chunk.bytesReadSoFar(),
          skip ? new TransformChunk.Result(null, null, 0, "", null, null)
              : TransformChunk.run(chunk, headerAt, swapIn, t, f));
    }

    private void scan(LineChunks.Chunk chunk) {
      LineCursor c = new LineCursor(chunk);
      while (c.next()) {
        c.strip();
        if (c.isBlankOrComment()) {
          continue;
        }
        if (!seenContent) {
          seenContent = true;
          if (TransformChunk.looksLikeHeader(c)) {
            headerLine = c.line();
            header = c.lineText();
            continue;
          }
        }
        if (!resolved) {
          resolveUtm(c);
        }
        return;
      }
    }

    /** --to UTM: the zone of the first row, located on the source CRS's own datum. */
    private void resolveUtm(LineCursor row) {
      double[] xy;
      try {
        xy = TransformChunk.point(row.lineText(), row.line(), swapIn);
      } catch (GeoInputException badFirstRow) {
        // The worker reads the same row and reports it, before anything else.
        resolved = true;
        unresolvable = badFirstRow;
        return;
      }
      Crs utm;
      try {
        utm = utmZoneOf(source, xy[0], xy[1], row.line());
      } catch (GeoInputException e) {
        resolved = true;
        unresolvable = e;
        return;
      }
      resolve(() -> utm, "groma: --to UTM: row " + row.line() + " lies in " + utm.code() + " (" + utm.name()
          + "); all rows are written in it");
    }

    /** On the command's thread, in input order. */
    void accept(TransformChunk.Result r) {
      if (stopped) {
        return;
      }
      if (r.badRow() != null) {
        badRow = r.badRow();
        stopped = true; // the rest is read (an unreadable byte later is still an I/O error) but not checked
        return;
      }
      if (r.badPoint() != null && badPoint == null) {
        badPoint = r.badPoint();
        onlyCheckRows = true;
      }
      count += r.rows();
      if (badPoint == null) {
        done.add(r);
      }
    }
  }

  /**
   * The UTM zone of the first row, located on the source CRS's own datum: a datum shift of metres moves no
   * point across a zone boundary that matters, and the zone chosen is reported, never silent.
   */
  private static Crs utmZoneOf(Crs source, double first, double second, long line) {
    Coordinate geographic;
    try {
      geographic = CoordinateTransform.between(source, source.geographicBase())
          .apply(new Coordinate(source, first, second));
    } catch (GeoInputException e) {
      throw e.at("row " + line);
    }
    return UtmZone.forPoint(geographic.toGeoPoint()).crs();
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

}
