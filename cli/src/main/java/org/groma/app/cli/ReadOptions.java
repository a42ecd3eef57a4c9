package org.groma.app.cli;

import java.util.Optional;
import org.groma.app.io.CsvLayout;
import org.groma.app.io.ImportFormat;
import org.groma.app.io.ImportOptions;
import org.groma.app.io.Region;
import org.groma.geo.GeoInputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How an input file is read (a mixin shared by every command that reads geometry): its format, layer, CRS
 * and named datum transformation, CSV columns, the region check for swapped axes, and whether invalid
 * polygons are repaired. One set of options, so every command reads every format the same way.
 */
final class ReadOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--input-format", paramLabel = "geojson|kml|kmz|gpx|csv|gpkg",
      description = "The input's format; by default taken from its extension (and checked against its content).")
  String format;

  @Option(names = "--layer", paramLabel = "NAME", description = "GeoPackage layer (required when there are several).")
  String layer;

  @Option(names = "--crs", paramLabel = "EPSG:N",
      description = "CRS of the coordinates: required for CSV (EPSG:4326, EPSG:326zz, EPSG:284zz, ...). GeoJSON, "
          + "KML and GPX are WGS 84; a GeoPackage states its own.")
  String crs;

  @Option(names = "--transformation", paramLabel = "EPSG:N",
      description = "The Pulkovo 1942 <-> WGS 84 datum transformation (e.g. EPSG:15865): applied to Pulkovo input, "
          + "and to SK-42 output where a command writes it; see 'groma geo transformations'.")
  String transformation;

  @Option(names = "--x-column", paramLabel = "NAME", description = "CSV: easting or longitude column (header name).")
  String xColumn;

  @Option(names = "--y-column", paramLabel = "NAME",
      description = "CSV: northing or latitude column. The Soviet X of Gauss-Kruger grids is the northing: "
          + "it goes here.")
  String yColumn;

  @Option(names = "--lat-column", paramLabel = "NAME", description = "CSV: latitude column (geographic CRS).")
  String latColumn;

  @Option(names = "--lon-column", paramLabel = "NAME", description = "CSV: longitude column (geographic CRS).")
  String lonColumn;

  @Option(names = "--id-column", paramLabel = "NAME", description = "CSV: column giving each point's id.")
  String idColumn;

  @Option(names = "--part-column", paramLabel = "NAME",
      description = "CSV: rows with the same value form one line (without it each row is a point).")
  String partColumn;

  @Option(names = "--order-column", paramLabel = "NAME",
      description = "CSV: numeric column ordering each line's vertices (file order without it).")
  String orderColumn;

  @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
      description = "CSV cell separator: one character, or 'tab' (default ',').")
  String delimiter;

  @Option(names = "--decimal-comma", description = "CSV numbers use a decimal comma (40,5); needs another delimiter.")
  boolean decimalComma;

  @Option(names = "--region", paramLabel = "W,S,E,N",
      description = "Region the data must lie in (degrees): GeoJSON and KML positions outside it whose lat/lon swap "
          + "lies inside are refused as swapped axes.")
  String region;

  @Option(names = "--repair", description = "Fix invalid polygons (JTS GeometryFixer) and report what changed, "
      + "instead of refusing them.")
  boolean repair;

  ImportOptions options() {
    ImportOptions options = ImportOptions.defaults().withRepair(repair);
    if (format != null) {
      try {
        options = options.withFormat(ImportFormat.parse(format));
      } catch (RuntimeException e) {
        throw new ParameterException(spec.commandLine(), "--input-format: " + e.getMessage());
      }
    }
    if (layer != null) {
      options = options.withLayer(layer);
    }
    if (crs != null) {
      options = options.withCrs(crs);
    }
    if (transformation != null) {
      options = options.withTransformation(transformation);
    }
    if (region != null) {
      try {
        options = options.withRegion(Region.parse(region));
      } catch (GeoInputException e) {
        throw e.at("--region");
      }
    }
    boolean csvColumns = xColumn != null || yColumn != null || latColumn != null || lonColumn != null;
    if (csvColumns) {
      options = options.withCsv(new CsvLayout(Optional.ofNullable(xColumn), Optional.ofNullable(yColumn),
          Optional.ofNullable(latColumn), Optional.ofNullable(lonColumn), Optional.ofNullable(idColumn),
          Optional.ofNullable(partColumn), Optional.ofNullable(orderColumn), delimiterChar(), decimalComma));
    } else if (idColumn != null || partColumn != null || orderColumn != null || decimalComma) {
      throw new ParameterException(spec.commandLine(), "CSV options need the coordinate columns: --x-column and "
          + "--y-column, or --lat-column and --lon-column");
    }
    return options;
  }

  private char delimiterChar() {
    return switch (delimiter) {
      case "tab", "\\t" -> '\t';
      default -> {
        if (delimiter.length() != 1) {
          throw new ParameterException(spec.commandLine(), "--delimiter must be one character or 'tab', got '"
              + delimiter + "'");
        }
        yield delimiter.charAt(0);
      }
    };
  }
}
