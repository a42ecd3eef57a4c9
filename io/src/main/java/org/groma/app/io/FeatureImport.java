package org.groma.app.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.groma.app.BadInputException;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPolygon;
import org.groma.geo.crs.Crs;
import org.groma.geo.crs.CrsRegistry;
import org.groma.geo.crs.GeographicCrs;

/**
 * The one entry point for reading lines, points and polygons from a file into WGS 84 features.
 *
 * <pre>{@code
 * ImportResult r = FeatureImport.read(Path.of("sheet.csv"), ImportOptions.defaults()
 *     .withCsv(CsvLayout.xy("Y", "X")).withCrs("EPSG:28408").withTransformation("EPSG:15865"));
 * }</pre>
 *
 * <p><b>Steps.</b> Choose the format (stated, or from the extension, then checked against the first bytes so
 * that a KML file named .geojson is reported as such); read it with its streaming reader (GeoJSON, KML, KMZ,
 * GPX, CSV, GeoPackage); convert to WGS 84 through the datum transformation the user named (refused when
 * one is needed and not named, with the candidates listed); check every polygon ({@link PolygonValidator}),
 * refusing invalid ones unless repair was asked ({@link PolygonRepair}, every change reported).
 *
 * <p>Every error is a {@link BadInputException} or {@link GeoInputException} naming the file and the place
 * (feature index, CSV line, XML line and column), or an {@link IOException} when the file cannot be read.
 *
 * <h2>Thread safety</h2>
 * Stateless; concurrent reads of different files are safe.
 */
public final class FeatureImport {

  private FeatureImport() {}

  /** Reads {@code file} as {@code options} state. */
  public static ImportResult read(Path file, ImportOptions options) throws IOException {
    String source = file.toString();
    if (!Files.exists(file)) {
      throw new NoSuchFileException(source);
    }
    if (Files.isDirectory(file)) {
      throw new IOException(source + ": is a folder, not a file");
    }
    ImportFormat format = options.format().orElseGet(() -> ImportFormat.fromFileName(file).orElseThrow(() ->
        new BadInputException(source + ": cannot tell the format from the file name; state it with --input-format ("
            + "geojson, kml, kmz, gpx, csv or gpkg)")));
    if (Files.size(file) == 0) {
      throw new BadInputException(source + ": the file is empty");
    }
    checkContent(file, format);
    List<String> warnings = new ArrayList<>();
    List<GeoFeature> features;
    Wgs84Conversion conversion;
    switch (format) {
      case GEOJSON, KML, KMZ, GPX -> {
        conversion = Wgs84Conversion.of(wgs84Only(options, format, source), options.transformation());
        features = switch (format) {
          case GEOJSON -> {
            try (InputStream in = Files.newInputStream(file)) {
              yield new GeoJsonReader(options.region(), false).read(in, source, warnings);
            }
          }
          case KML -> {
            try (InputStream in = Files.newInputStream(file)) {
              yield KmlReader.read(in, source, options.region(), warnings);
            }
          }
          case KMZ -> kmz(file, options, warnings);
          default -> {
            try (InputStream in = Files.newInputStream(file)) {
              yield GpxReader.read(in, source, warnings);
            }
          }
        };
      }
      case CSV -> {
        CsvLayout layout = options.csv().orElseThrow(() -> new BadInputException(source + ": a CSV file needs its "
            + "coordinate columns stated: --x-column and --y-column, or --lat-column and --lon-column"));
        Crs crs = CrsRegistry.lookup(options.crs().orElseThrow(() -> new BadInputException(source + ": a CSV file "
            + "needs its CRS stated with --crs (e.g. EPSG:4326, EPSG:32638, EPSG:28408); none is assumed")));
        conversion = Wgs84Conversion.of(crs, options.transformation());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
            StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
          features = CsvReader.read(in, source, layout, conversion);
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new BadInputException(source + ": not UTF-8 text: " + e.getMessage(), e);
        }
      }
      case GPKG -> {
        GpkgReader.Read read = GpkgReader.read(file, options.layer(), options.transformation(), warnings);
        conversion = read.conversion();
        features = read.features();
        if (options.crs().isPresent()) {
          Crs stated = CrsRegistry.lookup(options.crs().get());
          if (!stated.code().equals(conversion.crs().code())) {
            throw new BadInputException(source + ": --crs " + stated.code() + " contradicts the layer's own SRS "
                + conversion.crs().code() + "; a GeoPackage states its CRS, leave --crs out");
          }
        }
      }
      default -> throw new IllegalStateException(format.toString());
    }
    List<PolygonRepair.Report> repairs = new ArrayList<>();
    List<GeoFeature> checked = checkPolygons(features, options.repair(), source, repairs, warnings);
    return new ImportResult(checked, format, conversion.crs(), conversion.transformation(), vertexCount(checked),
        warnings, repairs);
  }

  /** The feature layers of a GeoPackage: name, geometry type, SRS, feature count. */
  public static List<LayerInfo> listLayers(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    return GpkgReader.layers(file).stream()
        .map(l -> new LayerInfo(l.name(), l.geometryType(), l.srs(), l.featureCount())).toList();
  }

  /**
   * A GeoPackage feature layer.
   *
   * @param name the table name, to give as {@code --layer}
   * @param geometryType the declared geometry type, e.g. {@code MULTIPOLYGON}
   * @param srs {@code organization:code}, e.g. {@code EPSG:4326}
   * @param featureCount rows in the layer
   */
  public record LayerInfo(String name, String geometryType, String srs, long featureCount) {}

  /** GeoJSON, KML and GPX are WGS 84 by definition; a stated CRS must say the same. */
  private static Crs wgs84Only(ImportOptions options, ImportFormat format, String source) {
    if (options.crs().isPresent()) {
      Crs stated = CrsRegistry.lookup(options.crs().get());
      if (!(stated.datum().sameAs(GeographicCrs.WGS84.datum()) && stated.axisOrder().isGeographic())) {
        throw new BadInputException(source + ": " + format.id() + " coordinates are WGS 84 longitude and latitude by "
            + "definition; --crs " + stated.code() + " does not apply");
      }
    }
    return GeographicCrs.CRS84;
  }

  private static List<GeoFeature> kmz(Path file, ImportOptions options, List<String> warnings) throws IOException {
    String source = file.toString();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry doc = zip.getEntry("doc.kml");
      if (doc == null) {
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
          ZipEntry z = e.nextElement();
          if (!z.isDirectory() && z.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".kml")
              && (doc == null || !z.getName().contains("/") && doc.getName().contains("/"))) {
            doc = z;
          }
        }
      }
      if (doc == null) {
        throw new BadInputException(source + ": the KMZ archive holds no .kml document (expected doc.kml)");
      }
      try (InputStream in = zip.getInputStream(doc)) {
        return KmlReader.read(in, source + "!" + doc.getName(), options.region(), warnings);
      }
    } catch (ZipException e) {
      throw new BadInputException(source + ": not a readable KMZ (zip) archive (damaged or truncated?): "
          + e.getMessage(), e);
    }
  }

  /** What the first bytes of a file say it is. */
  private enum Content { JSON, XML, SQLITE, ZIP, TEXT }

  private static void checkContent(Path file, ImportFormat format) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(512);
    }
    Content content = sniff(head);
    Content expected = switch (format) {
      case GEOJSON -> Content.JSON;
      case KML, GPX -> Content.XML;
      case KMZ -> Content.ZIP;
      case GPKG -> Content.SQLITE;
      case CSV -> Content.TEXT;
    };
    if (content == expected) {
      return;
    }
    String looks = switch (content) {
      case JSON -> "JSON (GeoJSON?)";
      case XML -> "XML (KML or GPX?)";
      case SQLITE -> "an SQLite database (GeoPackage?)";
      case ZIP -> "a zip archive (KMZ?)";
      case TEXT -> "plain text (CSV?)";
    };
    throw new BadInputException(file + ": read as " + format.id() + " (from its extension or --input-format), but it "
        + "starts like " + looks + "; wrong extension? state the format with --input-format");
  }

  private static Content sniff(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      i = 3;
    }
    if (head.length >= 16 && new String(head, 0, 15, StandardCharsets.US_ASCII).equals("SQLite format 3")) {
      return Content.SQLITE;
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Content.ZIP;
    }
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (i < head.length && (head[i] == '{' || head[i] == '[')) {
      return Content.JSON;
    }
    if (i < head.length && head[i] == '<') {
      return Content.XML;
    }
    return Content.TEXT;
  }

  private static List<GeoFeature> checkPolygons(List<GeoFeature> features, boolean repair, String source,
      List<PolygonRepair.Report> repairs, List<String> warnings) {
    List<GeoFeature> out = null;
    // Each area is checked on its own (JTS validity of a whole territory takes a good share of an import), so
    // with more than one core the checks run side by side; what is then reported, refused or repaired is
    // taken in the features' order, as before.
    List<Optional<String>> problems = (features.size() > 1 && Runtime.getRuntime().availableProcessors() > 1
        ? features.parallelStream() : features.stream())
        .map(f -> f.geometry() instanceof GeoGeometry.Area area ? PolygonValidator.problem(area)
            : Optional.<String>empty())
        .toList();
    for (int i = 0; i < features.size(); i++) {
      GeoFeature f = features.get(i);
      if (!(f.geometry() instanceof GeoGeometry.Area area)) {
        continue;
      }
      Optional<String> problem = problems.get(i);
      if (problem.isEmpty()) {
        continue;
      }
      String where = source + ": feature " + f.index() + (f.id() == null ? "" : " (id \"" + f.id() + "\")");
      if (!repair) {
        throw new BadInputException(where + ": " + problem.get() + "; a boundary area must have simple rings and "
            + "holes inside their shell (--repair fixes it and reports what changed)");
      }
      PolygonRepair.Repaired fixed = PolygonRepair.repair(area, f.index(), problem.get(), where);
      repairs.add(fixed.report());
      warnings.add(source + ": " + fixed.report());
      if (out == null) {
        out = new ArrayList<>(features);
      }
      out.set(i, new GeoFeature(f.index(), f.id(), f.properties(), fixed.area()));
    }
    return out == null ? features : Collections.unmodifiableList(out);
  }

  /** Positions: one per point, every vertex of every line, every distinct vertex of every ring. */
  static long vertexCount(List<GeoFeature> features) {
    long n = 0;
    for (GeoFeature f : features) {
      n += switch (f.geometry()) {
        case GeoGeometry.None none -> 0;
        case GeoGeometry.Point p -> 1;
        case GeoGeometry.MultiPoint m -> m.points().size();
        case GeoGeometry.Line l -> l.parts().stream().mapToLong(List::size).sum();
        case GeoGeometry.Area a -> a.parts().stream().mapToLong(FeatureImport::vertices).sum();
      };
    }
    return n;
  }

  private static long vertices(GeoPolygon p) {
    return p.shell().vertices().size() + p.holes().stream().mapToLong(h -> h.vertices().size()).sum();
  }
}
