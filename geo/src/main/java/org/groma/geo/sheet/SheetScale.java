package org.groma.geo.sheet;

import org.groma.geo.GeoInputException;

/**
 * The scales of the Soviet (SK-42) topographic sheet series and how each divides its parent sheet.
 *
 * <p>Sizes are whole arc-seconds so that frames are exact: 1:1 000 000 is 6° × 4°, 1:500 000 a 2 × 2 split,
 * 1:200 000 a 6 × 6 split (1° × 40′), 1:100 000 a 12 × 12 split of the 1:1 000 000 sheet (30′ × 20′),
 * 1:50 000 a 2 × 2 split of the 1:100 000 sheet (15′ × 10′), 1:25 000 a 2 × 2 split of the 1:50 000 sheet
 * (7′30″ × 5′). Source: see {@code docs/sheets.md}.
 *
 * <h2>Thread safety</h2>
 * An enum; immutable.
 */
public enum SheetScale {
  S1_000_000(1_000_000, null, 1, 1, 21_600, 14_400, 0),
  S500_000(500_000, S1_000_000, 2, 2, 10_800, 7_200, 0),
  S200_000(200_000, S1_000_000, 6, 6, 3_600, 2_400, 0),
  S100_000(100_000, S1_000_000, 12, 12, 1_800, 1_200, 2),
  S50_000(50_000, S100_000, 2, 2, 900, 600, 1),
  S25_000(25_000, S50_000, 2, 2, 450, 300, 1);

  private final int denominator;
  private final SheetScale parent;
  private final int columns;
  private final int rows;
  private final int widthArcSec;
  private final int heightArcSec;
  private final int printedGridKm;

  SheetScale(int denominator, SheetScale parent, int columns, int rows, int widthArcSec, int heightArcSec,
      int printedGridKm) {
    this.denominator = denominator;
    this.parent = parent;
    this.columns = columns;
    this.rows = rows;
    this.widthArcSec = widthArcSec;
    this.heightArcSec = heightArcSec;
    this.printedGridKm = printedGridKm;
  }

  /** The scale denominator, e.g. 100 000. */
  public int denominator() {
    return denominator;
  }

  /** The sheet this one divides; null for 1:1 000 000. */
  SheetScale parent() {
    return parent;
  }

  /** Columns (west to east) this scale's sheets make of one parent sheet. */
  int columns() {
    return columns;
  }

  /** Rows (north to south) this scale's sheets make of one parent sheet. */
  int rows() {
    return rows;
  }

  /** Sheet width in arc-seconds of longitude. */
  public int widthArcSec() {
    return widthArcSec;
  }

  /** Sheet height in arc-seconds of latitude. */
  public int heightArcSec() {
    return heightArcSec;
  }

  /**
   * Spacing of the Gauss–Krüger kilometre grid printed on this scale's sheets, km; 0 where none is printed
   * (1:200 000 and smaller). Used as the default GCP spacing.
   */
  public int printedGridKm() {
    return printedGridKm;
  }

  /** Label as people write it: {@code 1:100 000}. */
  public String label() {
    String d = String.format(java.util.Locale.ROOT, "%,d", denominator).replace(',', ' ');
    return "1:" + d;
  }

  /**
   * The scale for a denominator, e.g. {@code 50000}.
   *
   * @throws GeoInputException naming the value and the scales there are
   */
  public static SheetScale ofDenominator(long denominator) {
    for (SheetScale s : values()) {
      if (s.denominator == denominator) {
        return s;
      }
    }
    throw new GeoInputException("no sheet series at scale 1:" + denominator
        + "; the series are 1:1000000, 1:500000, 1:200000, 1:100000, 1:50000, 1:25000");
  }
}
