package org.groma.app.cli;

import org.groma.app.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.groma.app.io.CsvRecords;
import org.groma.geo.GeoInputException;
import org.groma.geo.crs.Coordinate;
import org.groma.geo.crs.CoordinateTransform;
import org.groma.geo.crs.GeographicCrs;
import org.groma.geo.crs.ProjectedCrs;
import org.groma.geo.crs.TransformationRegistry;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.sheet.GcpResiduals;
import org.groma.geo.sheet.SheetCover;
import org.groma.geo.sheet.GroundControlPoint;
import org.groma.geo.sheet.SheetFrame;
import org.groma.geo.sheet.SheetGcps;
import org.groma.geo.sheet.SheetName;
import org.groma.geo.sheet.SheetNameParser;
import org.groma.geo.sheet.SheetNomenclature;
import org.groma.geo.sheet.SheetScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "sheet",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Soviet topographic map sheets (SK-42 / Pulkovo 1942), 1:1 000 000 to 1:25 000, 0° to 84°N (doubled",
        "north of 60°, e.g. P-47-9,10, quadrupled north of 76°, the 1:200 000 tripled): names, frames, the sheets",
        "a line crosses, and ground control points for georeferencing scans. See docs/sheets.md.",
    },
    subcommands = {
        SheetCommand.Name.class,
        SheetCommand.Frame.class,
        SheetCommand.Cover.class,
        SheetCommand.Gcp.class,
        SheetCommand.Residuals.class,
        HelpCommand.class,
    })
final class SheetCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A sheet's name, scale, zone and frame, as JSON or text. */
  static Map<String, Object> describe(SheetName sheet) {
    SheetFrame f = sheet.frame();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("sheet", sheet.toString());
    o.put("scale", sheet.scale().denominator());
    o.put("crs", GeographicCrs.PULKOVO_1942.code());
    o.put("south", f.southDeg());
    o.put("north", f.northDeg());
    o.put("west", f.westDeg());
    o.put("east", f.eastDeg());
    List<Integer> zones = sheet.gaussKruegerZones();
    o.put("gaussKruegerZone", zones.size() == 1 ? zones.getFirst() : null);
    o.put("gaussKruegerZones", zones);
    o.put("joins", sheet.parts().stream().map(SheetName::toString).toList());
    return o;
  }

  static void printFrame(PrintWriter out, SheetName sheet) {
    SheetFrame f = sheet.frame();
    out.println("sheet          " + sheet + " (" + sheet.scale().label() + ")");
    out.println("frame (SK-42, EPSG:4284, graticule lines, not WGS 84)");
    out.println("  north        " + dms(f.northArcSec(), true));
    out.println("  south        " + dms(f.southArcSec(), true));
    out.println("  west         " + dms(f.westArcSec(), false));
    out.println("  east         " + dms(f.eastArcSec(), false));
    if (sheet.span() > 1) {
      out.println("joins          " + String.join(" ", sheet.parts().stream().map(SheetName::toString).toList())
          + " (issued " + (sheet.span() == 2 ? "doubled" : sheet.span() == 3 ? "tripled" : "quadrupled") + ")");
    }
    out.println("Gauss-Kruger   " + zoneText(sheet) + " (6°)");
    out.flush();
  }

  /** "zone 8", or "zones 17-18" for a joined sheet over a zone boundary. */
  static String zoneText(SheetName sheet) {
    List<Integer> zones = sheet.gaussKruegerZones();
    return zones.size() == 1 ? "zone " + zones.getFirst() : "zones " + zones.getFirst() + "-" + zones.getLast();
  }

  /** Whole arc-seconds as degrees, minutes, seconds: frames are exact there. */
  static String dms(int arcSec, boolean lat) {
    int a = Math.abs(arcSec);
    String h = lat ? (arcSec < 0 ? "S" : "N") : (arcSec < 0 ? "W" : "E");
    return String.format(Locale.ROOT, "%d°%02d′%02d″%s", a / 3600, a / 60 % 60, a % 60, h);
  }

  static SheetScale scale(long denominator) {
    return SheetScale.ofDenominator(denominator);
  }

  @Command(name = "name", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {
          "The sheet containing a point, with its frame. The point is WGS 84 latitude and longitude (degrees) and",
          "needs --transformation to reach SK-42 (none is chosen silently), or SK-42 itself with --sk42.",
          "A point on a sheet edge belongs to the sheet north or east of it."})
  static final class Name implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LAT", description = "Latitude, degrees (WGS 84, or SK-42 with --sk42).") String lat;
    @Parameters(index = "1", paramLabel = "LON", description = "Longitude, degrees.") String lon;

    @Option(names = "--scale", required = true, paramLabel = "N",
        description = "Scale denominator: 1000000, 500000, 200000, 100000, 50000 or 25000.")
    long scale;

    @Option(names = "--transformation", paramLabel = "EPSG:NNNN",
        description = "The Pulkovo 1942 -> WGS 84 transformation that takes the point to SK-42, e.g. EPSG:15865.")
    String transformation;

    @Option(names = "--sk42", description = "LAT LON are already Pulkovo 1942 (EPSG:4284).")
    boolean sk42;

    @Option(names = "--json", description = "Print one JSON object.") boolean json;

    @Override
    public void run() {
      double la = Numbers.decimal(lat, "LAT"), lo = Numbers.decimal(lon, "LON");
      SheetScale s = scale(scale);
      CoordinateTransform toSk42 = toSk42(spec, sk42, transformation);
      Coordinate p = toSk42 == null ? Coordinate.ofLatLon(GeographicCrs.PULKOVO_1942, la, lo)
          : toSk42.apply(Coordinate.ofLatLon(GeographicCrs.WGS84, la, lo));
      String via = toSk42 == null ? null : TransformationRegistry.lookup(transformation).code();
      SheetName sheet = SheetNomenclature.sheetAt(p.latDeg(), p.lonDeg(), s);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> o = describe(sheet);
        o.put("pointSk42", List.of(p.latDeg(), p.lonDeg()));
        o.put("transformation", via);
        Output.json(out, o);
        return;
      }
      out.println("point (SK-42)  " + Output.degrees(p.latDeg()) + " " + Output.degrees(p.lonDeg())
          + (via == null ? " (given)" : " (from WGS 84 by " + via + ")"));
      printFrame(out, sheet);
    }
  }

  @Command(name = "frame", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "The frame of a named sheet, e.g. K-38-123-А, in Pulkovo 1942 degrees, and its zone.")
  static final class Frame implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHEET", description = "Sheet name, e.g. K-38-123-А.") String name;

    @Option(names = "--json", description = "Print one JSON object.") boolean json;

    @Override
    public void run() {
      SheetName sheet = SheetNameParser.parse(name);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Output.json(out, describe(sheet));
      } else {
        printFrame(out, sheet);
      }
    }
  }

  @Command(name = "cover", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {
          "The sheets of one scale that a line crosses, in the order the line first meets them, with their",
          "frames. Lines run as geodesics between their vertices; the line is densified to a sag of 1 mm and",
          "taken to SK-42 with the named --transformation (or is SK-42 already with --sk42). Sheets the line only",
          "touches (at a corner, or along an edge) are listed as touched."})
  static final class Cover implements Runnable {
    /** Largest distance between the geodesic line and the chords located in the sheet grid, metres. */
    static final double SAG_M = 0.001;

    @Spec CommandSpec spec;

    @Mixin FeatureInput input;

    @Option(names = "--scale", required = true, paramLabel = "N",
        description = "Scale denominator: 1000000, 500000, 200000, 100000, 50000 or 25000.")
    long scale;

    @Option(names = "--sk42", description = "The file's coordinates are Pulkovo 1942 (EPSG:4284) latitude and longitude.")
    boolean sk42;

    @Option(names = "--json", description = "Print one JSON object.") boolean json;

    @Override
    public void run() {
      SheetScale s = scale(scale);
      String transformation = input.options.transformation;
      CoordinateTransform toSk42 = toSk42(spec, sk42, transformation);
      Geodesics geodesics = sk42 ? new Geodesics(Ellipsoid.KRASSOWSKY_1940) : Geodesics.WGS84;
      Map<String, SheetCover.Meeting> met = new LinkedHashMap<>();
      int lines = 0;
      for (GeoFeature f : input.read()) {
        if (!(f.geometry() instanceof GeoGeometry.Line line)) {
          continue;
        }
        lines++;
        for (List<GeoPoint> part : line.parts()) {
          List<double[]> chords = new ArrayList<>();
          for (int i = 0; i < part.size(); i++) {
            List<GeoPoint> pts = part.get(i).equals(i == 0 ? null : part.get(i - 1)) ? List.of()
                : i == 0 ? List.of(part.getFirst()) : geodesics.densify(part.get(i - 1), part.get(i), SAG_M);
            if (i > 0 && !pts.isEmpty()) {
              pts = pts.subList(1, pts.size()); // the previous vertex is already there
            }
            for (GeoPoint p : pts) {
              Coordinate c = toSk42 == null ? Coordinate.ofLatLon(GeographicCrs.PULKOVO_1942, p.latDeg(), p.lonDeg())
                  : toSk42.apply(Coordinate.ofLatLon(GeographicCrs.WGS84, p.latDeg(), p.lonDeg()));
              chords.add(new double[] {c.latDeg(), c.lonDeg()});
            }
          }
          List<SheetCover.Meeting> found;
          try {
            found = SheetCover.alongChords(chords, s);
          } catch (GeoInputException e) {
            throw e.at("feature " + f.index());
          }
          for (SheetCover.Meeting m : found) {
            met.merge(m.sheet().toString(), m, (a, b) -> a.crossed() ? a : b);
          }
        }
      }
      if (lines == 0) {
        throw new GeoInputException(input.file + ": no line (LineString or MultiLineString) to cover");
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (SheetCover.Meeting m : met.values()) {
          Map<String, Object> o = describe(m.sheet());
          o.put("crossed", m.crossed());
          sheets.add(o);
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("scale", s.denominator());
        o.put("transformation", sk42 ? null : transformation);
        o.put("sheets", sheets);
        Output.json(out, o);
        return;
      }
      out.println("sheet,crossed,south,north,west,east,zone");
      for (SheetCover.Meeting m : met.values()) {
        SheetFrame f = m.sheet().frame();
        out.println(csvName(m.sheet()) + "," + (m.crossed() ? "crossed" : "touched") + "," + dms(f.southArcSec(), true) + ","
            + dms(f.northArcSec(), true) + "," + dms(f.westArcSec(), false) + "," + dms(f.eastArcSec(), false) + ","
            + String.join(" ", m.sheet().gaussKruegerZones().stream().map(String::valueOf).toList()));
      }
      out.flush();
    }
  }

  /** A joined sheet's name holds commas: quoted as RFC 4180 says (names hold no quote). */
  static String csvName(SheetName sheet) {
    String name = sheet.toString();
    return name.indexOf(',') < 0 ? name : '"' + name + '"';
  }

  /** WGS 84 to SK-42 by the named transformation, or null with --sk42; neither or both is refused. */
  static CoordinateTransform toSk42(CommandSpec spec, boolean sk42, String transformation) {
    if (sk42 && transformation != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--sk42 and --transformation exclude each other: the input is either SK-42 or WGS 84");
    }
    if (sk42) {
      return null;
    }
    if (transformation == null) {
      throw new GeoInputException("the input is WGS 84 and the sheets are SK-42: state --transformation "
          + "(candidates: " + String.join(", ", TransformationRegistry.candidates(GeographicCrs.WGS84,
              GeographicCrs.PULKOVO_1942).stream().map(t -> t.code()).toList())
          + ") or --sk42 if it is already Pulkovo 1942");
    }
    return CoordinateTransform.between(GeographicCrs.WGS84, GeographicCrs.PULKOVO_1942,
        TransformationRegistry.lookup(transformation));
  }

  @Command(name = "gcp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {
          "Ground control points of a scanned sheet: its frame corners and the kilometre-grid intersections in",
          "the frame, in Pulkovo 1942 / Gauss-Kruger zone z (EPSG:28400+z, easting with the zone prefix), with",
          "pixels predicted from the four corner pixels. Check every point on the scan before you use it.",
          "Output: CSV id,easting,northing,pixel,line; --gdal: gdal_translate -gcp options; --points: a QGIS",
          "georeferencer .points file."})
  static final class Gcp implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHEET", description = "Sheet name, e.g. K-38-123-А.") String name;

    @Option(names = "--corners-px", required = true, paramLabel = "\"x,y x,y x,y x,y\"",
        description = "Pixels (column, row from the top-left) of the frame corners NW NE SE SW.")
    String corners;

    @Option(names = "--grid-km", paramLabel = "KM",
        description = "Grid spacing; default as printed: 1 km at 1:25 000 and 1:50 000, 2 km at 1:100 000.")
    Integer gridKm;

    @Option(names = "--points", paramLabel = "OUT.points", description = {"Write a QGIS georeferencer .points file "
        + "(with its #CRS line); name it SCAN.points next to the scan and QGIS loads it when it opens the scan."})
    Path points;

    @Option(names = "--gdal", description = "Print gdal_translate -gcp options instead of CSV.") boolean gdal;

    @Override
    public void run() {
      SheetName sheet = SheetNameParser.parse(name);
      double[][] px = cornerPixels(corners);
      int step = gridKm != null ? gridKm : sheet.scale().printedGridKm();
      if (step == 0) {
        throw new GeoInputException(sheet.scale().label() + " sheets carry no printed kilometre grid; give --grid-km");
      }
      List<GroundControlPoint> gcps = SheetGcps.generate(sheet, px, step);
      String crs = SheetGcps.gridCrs(sheet).code();
      if (points != null) {
        // QGIS's georeferencer (QgsGCPList::loadGcps) takes a first line "#CRS: " + a CRS definition ("EPSG:n" is
        // one) as the map coordinates' CRS; without it, it silently uses whatever target CRS it last had.
        StringBuilder b = new StringBuilder("#CRS: " + crs + "\nmapX,mapY,sourceX,sourceY,enable,dX,dY,residual\n");
        for (GroundControlPoint g : gcps) {
          // QGIS keeps a scan without georeference as pixel (column, -row) and sends gdal_translate -gcp sourceX
          // and -sourceY (qgsgeorefmainwindow.cpp, generateGDALtranslateCommand): the row is stored negated
          b.append(m(g.eastingM())).append(',').append(m(g.northingM())).append(',')
              .append(p(g.pixel())).append(',').append(p(-g.line())).append(",1,0,0,0\n");
        }
        write(points, b.toString());
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      err.println("groma: " + gcps.size() + " control points of " + sheet + " in " + crs
          + "; pixels are predictions from the corners: check each on the scan");
      err.flush();
      if (gdal) {
        StringBuilder b = new StringBuilder("-a_srs " + crs);
        for (GroundControlPoint g : gcps) {
          b.append(" -gcp ").append(p(g.pixel())).append(' ').append(p(g.line())).append(' ')
              .append(m(g.eastingM())).append(' ').append(m(g.northingM()));
        }
        out.println(b);
      } else if (points == null) {
        out.println("id,easting,northing,pixel,line");
        for (GroundControlPoint g : gcps) {
          out.println(g.id() + "," + m(g.eastingM()) + "," + m(g.northingM()) + "," + p(g.pixel()) + "," + p(g.line()));
        }
      }
      out.flush();
    }
  }

  @Command(name = "residuals", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {
          "Residuals of control points read off a scan: CSV id,easting,northing,pixel,line (as 'groma sheet gcp'",
          "writes it, with the pixels corrected by hand), fitted by least squares with an affine transformation.",
          "Prints each point's residual in metres on the ground and millimetres at the sheet's scale, and the RMS.",
          "Points outside the sheet's frame are refused (a wrong zone or a typing error)."})
  static final class Residuals implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHEET", description = "Sheet name, e.g. K-38-123-А.") String name;
    @Parameters(index = "1", paramLabel = "MEASURED.csv", description = "CSV id,easting,northing,pixel,line.") Path measured;

    @Option(names = "--json", description = "Print one JSON object.") boolean json;

    @Override
    public void run() {
      SheetName sheet = SheetNameParser.parse(name);
      var grid = SheetGcps.gridCrs(sheet);
      CoordinateTransform toGeo = CoordinateTransform.between(grid, GeographicCrs.PULKOVO_1942);
      List<GroundControlPoint> pts = new ArrayList<>();
      try (Reader in = Files.newBufferedReader(measured, StandardCharsets.UTF_8)) {
        for (CsvRecords.Row row : CsvRecords.of(in, ',', line -> measured + " line " + line)) {
          if (row.line() == 1 && row.cell(0).strip().toLowerCase(Locale.ROOT).equals("id")) {
            continue;
          }
          pts.add(gcp(row, sheet, grid, toGeo));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      GcpResiduals.Report r = GcpResiduals.compute(pts, sheet.scale());
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("sheet", sheet.toString());
        o.put("crs", grid.code());
        o.put("model", "affine");
        o.put("points", r.residuals());
        o.put("rmsGroundM", r.rmsGroundM());
        o.put("rmsMapMm", r.rmsMapMm());
        Output.json(out, o);
        return;
      }
      out.println("id,dEasting_m,dNorthing_m,ground_m,map_mm");
      for (GcpResiduals.Residual x : r.residuals()) {
        out.println(String.format(Locale.ROOT, "%s,%.3f,%.3f,%.3f,%.3f", x.id(), x.dEastingM(), x.dNorthingM(),
            x.groundM(), x.mapMm()));
      }
      out.println(String.format(Locale.ROOT, "# RMS %.3f m on the ground, %.3f mm at %s (affine fit, %d points)",
          r.rmsGroundM(), r.rmsMapMm(), sheet.scale().label(), pts.size()));
      out.flush();
    }

    /** One row id,easting,northing,pixel,line, checked to lie on the sheet. */
    private GroundControlPoint gcp(CsvRecords.Row row, SheetName sheet, ProjectedCrs grid,
        CoordinateTransform toGeo) {
      String where = measured + " line " + row.line();
      List<String> c = row.cells();
      if (c.size() != 5) {
        throw new GeoInputException(where + ": expected 5 columns id,easting,northing,pixel,line, got " + c.size());
      }
      GroundControlPoint g = new GroundControlPoint(c.get(0).strip(),
          Numbers.decimal(c.get(1).strip(), where + " easting"), Numbers.decimal(c.get(2).strip(), where + " northing"),
          Numbers.decimal(c.get(3).strip(), where + " pixel"), Numbers.decimal(c.get(4).strip(), where + " line"));
      Coordinate geo;
      try {
        geo = toGeo.apply(Coordinate.ofEastingNorthing(grid, g.eastingM(), g.northingM()));
      } catch (GeoInputException e) {
        throw e.at(where);
      }
      // a corner on the frame is inside; allow about 1 mm for the CSV's rounded metres
      if (!nearFrame(sheet.frame(), geo)) {
        throw new GeoInputException(where + ": point " + g.id() + " (" + m(g.eastingM()) + ", " + m(g.northingM())
            + " in " + grid.code() + ") lies outside sheet " + sheet + "'s frame");
      }
      return g;
    }

    private static boolean nearFrame(SheetFrame f, Coordinate geo) {
      double tol = 1e-8; // about 1 mm
      return geo.latDeg() >= f.southDeg() - tol && geo.latDeg() <= f.northDeg() + tol
          && geo.lonDeg() >= f.westDeg() - tol && geo.lonDeg() <= f.eastDeg() + tol;
    }
  }

  static double[][] cornerPixels(String text) {
    String[] pairs = text.strip().split("\\s+");
    if (pairs.length != 4) {
      throw new GeoInputException("--corners-px needs 4 pixel pairs x,y (NW NE SE SW), got " + pairs.length);
    }
    double[][] px = new double[4][];
    String[] names = {"NW", "NE", "SE", "SW"};
    for (int i = 0; i < 4; i++) {
      String[] xy = pairs[i].split(",", -1);
      if (xy.length != 2) {
        throw new GeoInputException("--corners-px " + names[i] + " corner \"" + pairs[i] + "\" must be x,y");
      }
      px[i] = new double[] {Numbers.decimal(xy[0], "--corners-px " + names[i] + " x"),
          Numbers.decimal(xy[1], "--corners-px " + names[i] + " y")};
    }
    return px;
  }

  /** Metres to the millimetre: control points are read off paper far coarser than that. */
  private static String m(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** Pixels to a hundredth. */
  private static String p(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Writes through a temporary file and renames, so a failure leaves no half-written file. */
  private static void write(Path path, String text) {
    AtomicFile.write(path, text.getBytes(StandardCharsets.UTF_8));
  }
}
