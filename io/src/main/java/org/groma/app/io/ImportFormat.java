package org.groma.app.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.groma.app.BadInputException;

/** The file formats {@link FeatureImport} reads, each with the file name extensions that imply it. */
public enum ImportFormat {
  /** GeoJSON, RFC 7946: WGS 84, longitude then latitude. */
  GEOJSON("geojson", "json"),
  /** KML 2.2 (OGC 07-147r2): WGS 84, longitude,latitude[,altitude]. */
  KML("kml"),
  /** A zipped KML document (doc.kml inside). */
  KMZ("kmz"),
  /** GPX 1.1: waypoints, routes and tracks, WGS 84. */
  GPX("gpx"),
  /** Comma- (or otherwise) separated values with a header; columns and CRS stated by the user. */
  CSV("csv", "txt", "tsv"),
  /** OGC GeoPackage (SQLite), one feature layer at a time. */
  GPKG("gpkg");

  private final String[] extensions;

  ImportFormat(String... extensions) {
    this.extensions = extensions;
  }

  /** The lower-case name used on the command line and in results, e.g. {@code "geojson"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a file name's extension implies, if any. */
  public static Optional<ImportFormat> fromFileName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = name.substring(dot + 1);
    return Arrays.stream(values()).filter(f -> Arrays.asList(f.extensions).contains(ext)).findFirst();
  }

  /** The format named {@code text} ({@code geojson}, {@code kml}, …), or a {@link BadInputException}. */
  public static ImportFormat parse(String text) {
    for (ImportFormat f : values()) {
      if (f.id().equalsIgnoreCase(text.strip())) {
        return f;
      }
    }
    throw new BadInputException("unknown format \"" + text + "\"; Groma reads "
        + Arrays.stream(values()).map(ImportFormat::id).collect(Collectors.joining(", ")));
  }
}
