package org.groma.app.io;

import java.util.Optional;
import org.groma.app.BadInputException;

/**
 * How to read a CSV file: which columns hold the coordinates and what they mean, stated by the user, never
 * guessed from column names.
 *
 * <p>Either {@code xColumn} and {@code yColumn} (x is easting or longitude, y northing or latitude, whatever
 * the CRS's EPSG axis order: note that the Soviet "X" of a Gauss–Krüger grid is the northing, so it goes in
 * {@code yColumn}), or {@code latColumn} and {@code lonColumn} for a geographic CRS.
 *
 * @param xColumn header name of the easting or longitude column
 * @param yColumn header name of the northing or latitude column
 * @param latColumn header name of the latitude column
 * @param lonColumn header name of the longitude column
 * @param idColumn header name of a column whose value becomes each point's id
 * @param partColumn header name of a column grouping rows into lines (one line per distinct value)
 * @param orderColumn header name of a numeric column ordering the vertices of each line (file order if absent)
 * @param delimiter the cell separator
 * @param decimalComma true if numbers are written with a decimal comma ({@code 40,5}); refused otherwise
 */
public record CsvLayout(
    Optional<String> xColumn,
    Optional<String> yColumn,
    Optional<String> latColumn,
    Optional<String> lonColumn,
    Optional<String> idColumn,
    Optional<String> partColumn,
    Optional<String> orderColumn,
    char delimiter,
    boolean decimalComma) {

  public CsvLayout {
    boolean xy = xColumn.isPresent() || yColumn.isPresent();
    boolean latLon = latColumn.isPresent() || lonColumn.isPresent();
    if (xy && latLon) {
      throw new BadInputException("state the coordinate columns either as --x-column and --y-column or as "
          + "--lat-column and --lon-column, not both");
    }
    if (xy && (xColumn.isEmpty() || yColumn.isEmpty())) {
      throw new BadInputException("--x-column and --y-column go together: state both");
    }
    if (latLon && (latColumn.isEmpty() || lonColumn.isEmpty())) {
      throw new BadInputException("--lat-column and --lon-column go together: state both");
    }
    if (!xy && !latLon) {
      throw new BadInputException("a CSV file needs its coordinate columns stated: --x-column and --y-column "
          + "(easting or longitude, northing or latitude) or --lat-column and --lon-column");
    }
    if (orderColumn.isPresent() && partColumn.isEmpty()) {
      throw new BadInputException("--order-column orders the vertices of each line: it needs --part-column");
    }
    if (decimalComma && delimiter == ',') {
      throw new BadInputException("a decimal comma needs another delimiter than ',' (e.g. ';')");
    }
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new BadInputException("the delimiter cannot be a quote or a line break");
    }
  }

  /** True when the coordinates are given as latitude and longitude columns. */
  public boolean latLon() {
    return latColumn.isPresent();
  }

  /** Columns x,y (easting or longitude, northing or latitude), comma-separated. */
  public static CsvLayout xy(String xColumn, String yColumn) {
    return new CsvLayout(Optional.of(xColumn), Optional.of(yColumn), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), ',', false);
  }

  /** Columns latitude and longitude, comma-separated. */
  public static CsvLayout latLon(String latColumn, String lonColumn) {
    return new CsvLayout(Optional.empty(), Optional.empty(), Optional.of(latColumn), Optional.of(lonColumn),
        Optional.empty(), Optional.empty(), Optional.empty(), ',', false);
  }

  public CsvLayout withLines(String partColumn, Optional<String> orderColumn) {
    return new CsvLayout(xColumn, yColumn, latColumn, lonColumn, idColumn, Optional.of(partColumn), orderColumn,
        delimiter, decimalComma);
  }

  public CsvLayout withId(String idColumn) {
    return new CsvLayout(xColumn, yColumn, latColumn, lonColumn, Optional.of(idColumn), partColumn, orderColumn,
        delimiter, decimalComma);
  }

  public CsvLayout withDelimiter(char delimiter, boolean decimalComma) {
    return new CsvLayout(xColumn, yColumn, latColumn, lonColumn, idColumn, partColumn, orderColumn, delimiter,
        decimalComma);
  }
}
