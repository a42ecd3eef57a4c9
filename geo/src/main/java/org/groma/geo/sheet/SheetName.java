package org.groma.geo.sheet;

import java.util.List;
import java.util.Objects;
import org.groma.geo.GeoInputException;

/**
 * The nomenclature (name) of one Soviet topographic sheet, e.g. {@code K-38-123-А-б}, and the frame it names.
 *
 * <p>Canonical form: the 1:1 000 000 row as a Latin capital A–O and column 1–60 ({@code K-38}); then for
 * 1:500 000 a Cyrillic capital А Б В Г ({@code K-38-Б}); for 1:200 000 a Roman numeral I–XXXVI
 * ({@code K-38-XXIV}); for 1:100 000 a number 1–144 ({@code K-38-123}), subdivided for 1:50 000 by a Cyrillic
 * capital А Б В Г ({@code K-38-123-А}) and for 1:25 000 by a Cyrillic small а б в г ({@code K-38-123-А-б}).
 * Quarters and cells are numbered row by row from the north-west corner. {@link SheetNameParser} reads names.
 *
 * <h2>Algorithm</h2>
 * The frame is computed in whole arc-seconds: row r spans 4r° to 4(r+1)° north, column c
 * spans −180° + 6(c − 1) to −180° + 6c; each level below takes cell (row from north, column from west) of its
 * parent's split ({@link SheetScale}).
 *
 * <h2>Accuracy</h2>
 * Exact: frames are integers of arc-seconds in Pulkovo 1942 (EPSG:4284).
 *
 * <h2>Limitations</h2>
 * Northern hemisphere below 60° only (rows A–O). North of 60° sheets are issued
 * doubled (and north of 76° quadrupled), and southern sheets carry a suffix; how the columns pair and how the
 * suffix is spelled could not be confirmed from a public source, so those sheets are refused, not guessed
 * (docs/sheets.md).
 *
 * <h2>Thread safety</h2>
 * Immutable.
 *
 * @param rowIndex the 1:1 000 000 row, 0 for A (0°–4°N) to 14 for O (56°–60°N)
 * @param column the 1:1 000 000 column, 1 (180°W–174°W) to 60 (174°E–180°)
 * @param path the 0-based cell at each level below 1:1 000 000: none for 1:1 000 000; one for 1:500 000,
 *     1:200 000, 1:100 000; two for 1:50 000 (the 1:100 000 cell, the quarter); three for 1:25 000
 * @param scale the sheet's scale
 */
public record SheetName(int rowIndex, int column, List<Integer> path, SheetScale scale) {

  /** Row letters of the 1:1 000 000 sheets from the equator (the international map's A–V). */
  static final String ROWS = "ABCDEFGHIJKLMNOPQRSTUV";

  /** Rows Groma names: A–O, the single (not doubled) sheets up to 60°N. */
  public static final int LAST_SINGLE_ROW = 14;

  static final String CYRILLIC_CAPITALS = "АБВГ";
  static final String CYRILLIC_SMALL = "абвг";

  public SheetName {
    Objects.requireNonNull(scale, "scale");
    path = List.copyOf(path);
    if (rowIndex < 0 || rowIndex > LAST_SINGLE_ROW) {
      throw new GeoInputException("sheet row " + rowIndex + " is outside A-O (0-14)");
    }
    if (column < 1 || column > 60) {
      throw new GeoInputException("sheet column " + column + " is outside 1-60");
    }
    if (path.size() != depth(scale)) {
      throw new GeoInputException("a " + scale.label() + " sheet needs " + depth(scale) + " subdivisions, got " + path);
    }
    SheetScale level = scale;
    for (int i = path.size() - 1; i >= 0; i--) {
      int cells = level.columns() * level.rows();
      if (path.get(i) < 0 || path.get(i) >= cells) {
        throw new GeoInputException("subdivision " + path.get(i) + " is outside 0-" + (cells - 1) + " at " + level.label());
      }
      level = level.parent();
    }
  }

  static int depth(SheetScale scale) {
    int d = 0;
    for (SheetScale s = scale; s.parent() != null; s = s.parent()) {
      d++;
    }
    return d;
  }

  /** The frame in Pulkovo 1942 arc-seconds. */
  public SheetFrame frame() {
    int south = rowIndex * SheetScale.S1_000_000.heightArcSec();
    int west = -180 * 3600 + (column - 1) * SheetScale.S1_000_000.widthArcSec();
    int north = south + SheetScale.S1_000_000.heightArcSec();
    List<SheetScale> levels = levels(scale);
    for (int i = 0; i < path.size(); i++) {
      SheetScale level = levels.get(i);
      int cell = path.get(i);
      int rowFromNorth = cell / level.columns();
      int col = cell % level.columns();
      north = north - rowFromNorth * level.heightArcSec();
      west = west + col * level.widthArcSec();
    }
    return new SheetFrame(north - scale.heightArcSec(), north, west, west + scale.widthArcSec());
  }

  /** The scales from the one below 1:1 000 000 down to {@code scale}, in path order. */
  static List<SheetScale> levels(SheetScale scale) {
    java.util.ArrayList<SheetScale> out = new java.util.ArrayList<>();
    for (SheetScale s = scale; s.parent() != null; s = s.parent()) {
      out.add(0, s);
    }
    return out;
  }

  /**
   * The Gauss–Krüger 6° zone of the sheet: column − 30 east of Greenwich, column + 30 west of it (zones
   * 31–60 lie in the western hemisphere). Every sheet lies in one zone: zone edges are 1:1 000 000 column edges.
   */
  public int gaussKruegerZone() {
    return column > 30 ? column - 30 : column + 30;
  }

  /** The 1:1 000 000 sheet this sheet lies in, e.g. {@code K-38}. */
  public SheetName millionSheet() {
    return new SheetName(rowIndex, column, List.of(), SheetScale.S1_000_000);
  }

  /** The canonical name, e.g. {@code K-38-123-А-б}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(ROWS.charAt(rowIndex)).append('-').append(column);
    List<SheetScale> levels = levels(scale);
    for (int i = 0; i < path.size(); i++) {
      int cell = path.get(i);
      b.append('-');
      switch (levels.get(i)) {
        case S500_000, S50_000 -> b.append(CYRILLIC_CAPITALS.charAt(cell));
        case S25_000 -> b.append(CYRILLIC_SMALL.charAt(cell));
        case S200_000 -> b.append(Roman.format(cell + 1));
        case S100_000 -> b.append(cell + 1);
        default -> throw new IllegalStateException("no level " + levels.get(i));
      }
    }
    return b.toString();
  }

  /** Roman numerals I–XXXVI of the 1:200 000 sheets, canonical forms only. */
  static final class Roman {
    private static final String[] ONES = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    private static final String[] TENS = {"", "X", "XX", "XXX"};

    private Roman() {}

    static String format(int n) {
      return TENS[n / 10] + ONES[n % 10];
    }

    /** 1–36, or 0 if {@code s} is not the canonical numeral of one of them. */
    static int parse(String s) {
      for (int n = 1; n <= 36; n++) {
        if (format(n).equals(s)) {
          return n;
        }
      }
      return 0;
    }
  }
}
