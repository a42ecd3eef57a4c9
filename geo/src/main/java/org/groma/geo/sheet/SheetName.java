package org.groma.geo.sheet;

import java.util.List;
import java.util.Objects;
import org.groma.geo.GeoInputException;

/**
 * The nomenclature (name) of one issued Soviet topographic sheet, e.g. {@code K-38-123-А-б} or, north of 60°,
 * the doubled {@code P-47-9,10} and quadrupled {@code T-45-1-А,Б,2-А,Б}, and the frame it names.
 *
 * <p>Canonical form: the 1:1 000 000 row as a Latin capital A–U and column 1–60 ({@code K-38}); then for
 * 1:500 000 a Cyrillic capital А Б В Г ({@code K-38-Б}); for 1:200 000 a Roman numeral I–XXXVI
 * ({@code K-38-XXIV}); for 1:100 000 a number 1–144 ({@code K-38-123}), subdivided for 1:50 000 by a Cyrillic
 * capital А Б В Г ({@code K-38-123-А}) and for 1:25 000 by a Cyrillic small а б в г ({@code K-38-123-А-б}).
 * Quarters and cells are numbered row by row from the north-west corner. {@link SheetNameParser} reads names.
 *
 * <p><b>Joined sheets.</b> From 60° to 76°N (rows P–S) sheets of every scale are issued doubled in longitude,
 * from 76° to 84°N (rows T–U) quadrupled, the 1:200 000 tripled. The {@code span} ordinary sheets of one row
 * are joined from the west: groups of {@code span} × the sheet width aligned on 180°W (so P-47,48, P-47-9,10,
 * T-45,46,47,48, T-47-133,134,135,136, T-47-I,II,III). The name is the western sheet's name followed by the
 * parts that change for each further sheet ({@code T-45-А,Б,46-А,Б}). Rules and sources: docs/sheets.md.
 *
 * <h2>Algorithm</h2>
 * The frame is computed in whole arc-seconds: row r spans 4r° to 4(r+1)° north, column c
 * spans −180° + 6(c − 1) to −180° + 6c; each level below takes cell (row from north, column from west) of its
 * parent's split ({@link SheetScale}); a joined sheet extends its western sheet's frame {@code span} times east.
 *
 * <h2>Accuracy</h2>
 * Exact: frames are integers of arc-seconds in Pulkovo 1942 (EPSG:4284).
 *
 * <h2>Limitations</h2>
 * Northern hemisphere to 84°N only (rows A–U): the standard's joining rule stops at
 * 84°, and southern sheets carry a suffix whose spelling could not be confirmed (docs/sheets.md). A record
 * with span 1 north of 60° is one of the ordinary sheets an issued sheet joins ({@link #parts()}); the parser
 * and {@link SheetNomenclature} give only issued sheets.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 *
 * @param rowIndex the 1:1 000 000 row, 0 for A (0°–4°N) to 20 for U (80°–84°N)
 * @param column the 1:1 000 000 column of the western sheet, 1 (180°W–174°W) to 60 (174°E–180°)
 * @param path the 0-based cell at each level below 1:1 000 000 of the western sheet: none for 1:1 000 000; one
 *     for 1:500 000, 1:200 000, 1:100 000; two for 1:50 000 (the 1:100 000 cell, the quarter); three for 1:25 000
 * @param scale the sheet's scale
 * @param span the number of ordinary sheets joined west to east: 1, 2, 3 (1:200 000 only) or 4
 */
public record SheetName(int rowIndex, int column, List<Integer> path, SheetScale scale, int span) {

  /** Row letters of the 1:1 000 000 sheets from the equator (the international map's A–V). */
  static final String ROWS = "ABCDEFGHIJKLMNOPQRSTUV";

  /** The last row Groma names: U (80°–84°N), where the standard's joined sheets end. */
  public static final int LAST_ROW = 20;

  /** Rows A–O (0°–60°N) are issued single; P–S (60°–76°N) doubled; T–U (76°–84°N) quadrupled. */
  static final int FIRST_DOUBLED_ROW = 15;
  static final int FIRST_QUADRUPLED_ROW = 19;

  static final String CYRILLIC_CAPITALS = "АБВГ";
  static final String CYRILLIC_SMALL = "абвг";

  public SheetName {
    Objects.requireNonNull(scale, "scale");
    path = List.copyOf(path);
    if (rowIndex < 0 || rowIndex > LAST_ROW) {
      throw new GeoInputException("sheet row " + rowIndex + " is outside A-U (0-" + LAST_ROW + ")");
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
    if (span < 1 || span > 4 || (span == 3 && scale != SheetScale.S200_000)) {
      throw new GeoInputException("a " + scale.label() + " sheet cannot join " + span + " sheets");
    }
    if (((westFrame(rowIndex, column, path, scale).westArcSec() + 180 * 3600) / scale.widthArcSec()) % span != 0) {
      throw new GeoInputException("joined sheets start at a multiple of " + span + " sheet widths from 180°W");
    }
  }

  /** An ordinary (not joined) sheet. */
  public SheetName(int rowIndex, int column, List<Integer> path, SheetScale scale) {
    this(rowIndex, column, path, scale, 1);
  }

  /**
   * How many ordinary sheets of {@code scale} an issued sheet joins in row {@code rowIndex}: 1 up to 60°N, 2 to
   * 76°N, 4 to 84°N (3 at 1:200 000).
   */
  public static int issuedSpan(int rowIndex, SheetScale scale) {
    if (rowIndex < FIRST_DOUBLED_ROW) {
      return 1;
    }
    if (rowIndex < FIRST_QUADRUPLED_ROW) {
      return 2;
    }
    return scale == SheetScale.S200_000 ? 3 : 4;
  }

  /** True if this is a sheet as issued: its span is the one its row's latitude prescribes. */
  public boolean issued() {
    return span == issuedSpan(rowIndex, scale);
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
    SheetFrame f = westFrame();
    return new SheetFrame(f.southArcSec(), f.northArcSec(), f.westArcSec(), f.westArcSec() + span * scale.widthArcSec());
  }

  /** The frame of the western ordinary sheet. */
  private SheetFrame westFrame() {
    return westFrame(rowIndex, column, path, scale);
  }

  private static SheetFrame westFrame(int rowIndex, int column, List<Integer> path, SheetScale scale) {
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

  /** The western sheet's column in the world-wide grid of this scale's sheets, 0 at 180°W. */
  int longitudeIndex() {
    return (westFrame().westArcSec() + 180 * 3600) / scale.widthArcSec();
  }

  /** The ordinary sheets this sheet joins, west to east (itself alone when its span is 1). */
  public List<SheetName> parts() {
    if (span == 1) {
      return List.of(this);
    }
    SheetFrame f = westFrame();
    double lat = (f.southArcSec() + f.northArcSec()) / 2.0 / 3600;
    List<SheetName> out = new java.util.ArrayList<>();
    for (int k = 0; k < span; k++) {
      double lon = (f.westArcSec() + (k + 0.5) * scale.widthArcSec()) / 3600;
      out.add(SheetNomenclature.ordinaryAt(lat, lon, scale));
    }
    return out;
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
   * The Gauss–Krüger 6° zones the sheet lies in, west to east: column − 30 east of Greenwich, column + 30 west
   * of it (zones 31–60 lie in the western hemisphere). Zone edges are 1:1 000 000 column edges, so an ordinary
   * sheet lies in one zone; a joined 1:1 000 000 sheet, or a quadrupled 1:500 000 one, lies in two or four.
   */
  public List<Integer> gaussKruegerZones() {
    SheetFrame f = frame();
    int first = (f.westArcSec() + 180 * 3600) / SheetScale.S1_000_000.widthArcSec() + 1;
    int last = (f.eastArcSec() + 180 * 3600 - 1) / SheetScale.S1_000_000.widthArcSec() + 1;
    List<Integer> zones = new java.util.ArrayList<>();
    for (int c = first; c <= last; c++) {
      zones.add(c > 30 ? c - 30 : c + 30);
    }
    return zones;
  }

  /**
   * The Gauss–Krüger 6° zone of the sheet.
   *
   * @throws GeoInputException if the sheet spans more than one zone (see {@link #gaussKruegerZones()})
   */
  public int gaussKruegerZone() {
    List<Integer> zones = gaussKruegerZones();
    if (zones.size() > 1) {
      throw new GeoInputException("sheet " + this + " spans Gauss-Kruger zones " + zones.getFirst() + "-"
          + zones.getLast() + ", not one zone");
    }
    return zones.getFirst();
  }

  /** The ordinary 1:1 000 000 sheet the western sheet lies in, e.g. {@code K-38}. */
  public SheetName millionSheet() {
    return new SheetName(rowIndex, column, List.of(), SheetScale.S1_000_000);
  }

  /**
   * The canonical name, e.g. {@code K-38-123-А-б}; for a joined sheet the western sheet's name and, for each
   * further sheet, its parts from the first that differs from the sheet before it ({@code T-45-1-А,Б,2-А,Б}).
   */
  @Override
  public String toString() {
    if (span == 1) {
      return String.join("-", ordinaryParts());
    }
    StringBuilder b = new StringBuilder();
    List<String> previous = null;
    for (SheetName part : parts()) {
      List<String> p = part.ordinaryParts();
      if (previous == null) {
        b.append(String.join("-", p));
      } else {
        int d = 0;
        while (p.get(d).equals(previous.get(d))) {
          d++;
        }
        b.append(',').append(String.join("-", p.subList(d, p.size())));
      }
      previous = p;
    }
    return b.toString();
  }

  /** The hyphen-separated parts of the western ordinary sheet's name: row letter, column, then each level. */
  List<String> ordinaryParts() {
    List<String> out = new java.util.ArrayList<>();
    out.add(String.valueOf(ROWS.charAt(rowIndex)));
    out.add(String.valueOf(column));
    List<SheetScale> levels = levels(scale);
    for (int i = 0; i < path.size(); i++) {
      int cell = path.get(i);
      out.add(switch (levels.get(i)) {
        case S500_000, S50_000 -> String.valueOf(CYRILLIC_CAPITALS.charAt(cell));
        case S25_000 -> String.valueOf(CYRILLIC_SMALL.charAt(cell));
        case S200_000 -> Roman.format(cell + 1);
        case S100_000 -> String.valueOf(cell + 1);
        default -> throw new IllegalStateException("no level " + levels.get(i));
      });
    }
    return out;
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
