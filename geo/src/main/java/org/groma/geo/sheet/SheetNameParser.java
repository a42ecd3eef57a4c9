package org.groma.geo.sheet;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;

/**
 * Reads a sheet name such as {@code K-38-123-А-б} into a {@link SheetName}, strictly.
 *
 * <h2>Algorithm</h2>
 * The name is split at hyphens (ASCII hyphen-minus, or the Unicode hyphens and dashes
 * U+2010–U+2013 and minus U+2212 that word processors substitute). Part 1 is the row letter, part 2 the
 * column; the form of part 3 fixes the scale (a capital quarter letter: 1:500 000; a Roman numeral:
 * 1:200 000; a number: 1:100 000), and parts 4 and 5 may only follow a number (1:50 000 capital, then
 * 1:25 000 small letter). Every refusal names the part, its position and what was expected there.
 *
 * <p>Look-alike letters are accepted only where no reading is in doubt:
 * <ul>
 *   <li>Row letter: Latin, either case. The Cyrillic capitals А Е К М О Т are accepted, because each looks
 *       like and transliterates to the same Latin letter; В Н Р С are refused (they look like B H P C but
 *       transliterate to V N R S).</li>
 *   <li>Quarter letters: only Latin {@code A}/{@code a} is taken for Cyrillic А/а. Latin B is refused: it
 *       looks like Cyrillic В (the third quarter) but transliterates Б (the second), and in the Latin A B C D
 *       scheme of other countries it is the second; C, D, V, G likewise.</li>
 *   <li>Roman numerals: Latin only, canonical forms only (IIII is refused).</li>
 * </ul>
 * Numbers may carry leading zeros ({@code K-38-007}); the canonical form drops them.
 *
 * <p><b>Joined sheets</b> (north of 60°): the name lists the western sheet in full and, after each comma, the
 * parts that change for the next sheet ({@code P-47-9,10}, {@code T-45-А,Б,46-А,Б}, {@code T-45-1-А-а,б,Б-а,б};
 * a space after a comma is allowed). Each piece replaces as many trailing parts of the sheet before it as it
 * has parts. The sheets so named must be exactly the sheets the issued sheet joins: a single sheet in a
 * doubled row, a pair that is not one of the issued pairs ({@code P-47-2,3}) or a name with commas south of
 * 60° is refused, naming the issued sheet.
 *
 * <h2>Limitations</h2>
 * Rows V and Z (north of 84°) and southern-hemisphere suffixes are refused with a
 * message saying so (see {@link SheetName}).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class SheetNameParser {

  private static final String HYPHENS = "-\u2010\u2011\u2012\u2013\u2212";
  private static final String CYRILLIC_ROW_LOOKALIKES = "АЕКМОТ";
  private static final String CYRILLIC_ROW_LATIN = "AEKMOT";

  private SheetNameParser() {}

  /**
   * Parses a sheet name.
   *
   * @throws GeoInputException naming the input, the part at fault and what was expected there
   */
  public static SheetName parse(String name) {
    if (name == null || name.isBlank()) {
      throw new GeoInputException("sheet name is empty");
    }
    String s = name.strip();
    if (s.contains("(") || s.toUpperCase(java.util.Locale.ROOT).contains("Ю")) {
      throw fail(name, "southern-hemisphere sheets are not supported: their suffix and numbering could not be "
          + "confirmed from a published source (docs/sheets.md)");
    }
    String[] pieces = s.split(",", -1);
    List<String> previous = split(name, pieces[0].strip(), "");
    SheetName west = ordinary(name, previous, "");
    int span = SheetName.issuedSpan(west.rowIndex(), west.scale());
    SheetName issued = SheetNomenclature.sheetAt(centreLat(west), centreLon(west), west.scale());
    if (pieces.length == 1) {
      if (span > 1) {
        throw fail(name, "row " + SheetName.ROWS.charAt(west.rowIndex()) + " lies north of 60°, where "
            + west.scale().label() + " sheets are issued " + joined(span) + ": write the issued sheet " + issued);
      }
      return west;
    }
    if (span == 1) {
      throw fail(name, "row " + SheetName.ROWS.charAt(west.rowIndex()) + " lies south of 60°, where sheets are "
          + "issued single: commas join sheets only north of 60°");
    }
    List<SheetName> parts = new ArrayList<>(List.of(west));
    for (int i = 1; i < pieces.length; i++) {
      String where = " (sheet " + (i + 1) + ")";
      List<String> tail = split(name, pieces[i].strip(), where);
      if (tail.size() > previous.size()) {
        throw fail(name, "piece " + (i + 1) + " \"" + pieces[i].strip() + "\" has more parts than the sheet before it");
      }
      List<String> full = new ArrayList<>(previous.subList(0, previous.size() - tail.size()));
      full.addAll(tail);
      SheetName part = ordinary(name, full, where);
      if (part.scale() != west.scale()) {
        throw fail(name, "mixed scales: sheet " + (i + 1) + " \"" + String.join("-", full) + "\" is a "
            + part.scale().label() + " sheet, the first a " + west.scale().label() + " one");
      }
      parts.add(part);
      previous = full;
    }
    if (!parts.equals(issued.parts())) {
      throw fail(name, "north of 60° " + west.scale().label() + " sheets are issued " + joined(span) + " from the "
          + "west in groups counted from 180°W; these sheets are not one issued sheet: the sheet issued with "
          + west + " is " + issued);
    }
    return issued;
  }

  private static String joined(int span) {
    return switch (span) {
      case 2 -> "doubled";
      case 3 -> "tripled";
      default -> "quadrupled";
    };
  }

  private static double centreLat(SheetName s) {
    return (s.frame().southDeg() + s.frame().northDeg()) / 2;
  }

  private static double centreLon(SheetName s) {
    return (s.frame().westDeg() + s.frame().eastDeg()) / 2;
  }

  /** Splits at hyphens (and the Unicode hyphens and dashes word processors substitute); no part may be empty. */
  private static List<String> split(String name, String s, String where) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (HYPHENS.indexOf(c) >= 0) {
        parts.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    parts.add(cur.toString());
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).isEmpty()) {
        throw fail(name, "part " + (i + 1) + where + " is empty (two hyphens or commas, or one at an end)");
      }
    }
    return parts;
  }

  /** An ordinary sheet from its parts; {@code where} names the sheet within a joined name for messages. */
  private static SheetName ordinary(String name, List<String> parts, String where) {
    if (parts.size() < 2) {
      throw fail(name, "expected at least a row letter and a column, e.g. K-38" + where);
    }
    if (parts.size() > 5) {
      throw fail(name, "too many parts (" + parts.size() + ")" + where
          + "; the longest name is a 1:25 000 sheet like K-38-123-А-б");
    }
    int row = row(name, parts.get(0));
    int column = number(name, parts.get(1), 2, 60, "column 1-60");
    if (parts.size() == 2) {
      return new SheetName(row, column, List.of(), SheetScale.S1_000_000);
    }
    String third = parts.get(2);
    SheetScale scale;
    List<Integer> path = new ArrayList<>();
    if (third.chars().allMatch(Character::isDigit)) {
      path.add(number(name, third, 3, 144, "1:100 000 sheet number 1-144") - 1);
      scale = SheetScale.S100_000;
    } else if (Character.isLetter(third.codePointAt(0)) && SheetName.Roman.parse(third) > 0) {
      path.add(SheetName.Roman.parse(third) - 1);
      scale = SheetScale.S200_000;
    } else if (third.length() == 1 && isQuarterLike(third.charAt(0))) {
      path.add(quarter(name, third, 3, true, "1:500 000"));
      scale = SheetScale.S500_000;
    } else {
      throw fail(name, "part 3 \"" + third + "\"" + where + " is none of a 1:500 000 letter (А Б В Г), a 1:200 000 "
          + "Roman numeral (I-XXXVI, Latin letters) or a 1:100 000 number (1-144)");
    }
    if (parts.size() > 3 && scale != SheetScale.S100_000) {
      throw fail(name, "mixed scales: part 3 \"" + third + "\" names a " + scale.label() + " sheet, which is not "
          + "subdivided further, but part 4 \"" + parts.get(3) + "\" follows" + where + "; 1:50 000 and 1:25 000 "
          + "sheets subdivide a 1:100 000 number, e.g. K-38-123-А");
    }
    if (parts.size() > 3) {
      path.add(quarter(name, parts.get(3), 4, true, "1:50 000"));
      scale = SheetScale.S50_000;
    }
    if (parts.size() > 4) {
      path.add(quarter(name, parts.get(4), 5, false, "1:25 000"));
      scale = SheetScale.S25_000;
    }
    return new SheetName(row, column, path, scale);
  }

  private static boolean isQuarterLike(char c) {
    return SheetName.CYRILLIC_CAPITALS.indexOf(c) >= 0 || SheetName.CYRILLIC_SMALL.indexOf(c) >= 0
        || (c < 128 && Character.isLetter(c));
  }

  private static int row(String name, String part) {
    if (part.length() != 1) {
      throw fail(name, "part 1 \"" + part + "\" must be one row letter A-U");
    }
    char c = part.charAt(0);
    int lookalike = CYRILLIC_ROW_LOOKALIKES.indexOf(Character.toUpperCase(c));
    char latin = lookalike >= 0 ? CYRILLIC_ROW_LATIN.charAt(lookalike) : Character.toUpperCase(c);
    if (latin >= 128) {
      throw fail(name, "part 1 \"" + part + "\" is a Cyrillic letter that is ambiguous as a row letter (it looks "
          + "like one Latin letter and transliterates to another); write the Latin row letter A-U");
    }
    int index = SheetName.ROWS.indexOf(latin);
    if (index < 0) {
      throw fail(name, "part 1 \"" + part + "\" is not a row letter A-V");
    }
    if (index > SheetName.LAST_ROW) {
      throw fail(name, "row " + latin + " lies north of 84°: not supported (the joining rule Groma follows stops "
          + "at 84°)");
    }
    return index;
  }

  private static int number(String name, String part, int position, int max, String what) {
    if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      throw fail(name, "part " + position + " \"" + part + "\" must be a " + what);
    }
    int n = Integer.parseInt(part);
    if (n < 1 || n > max) {
      throw fail(name, "part " + position + " \"" + part + "\" is out of range: expected a " + what);
    }
    return n;
  }

  private static int quarter(String name, String part, int position, boolean capital, String scale) {
    String letters = capital ? SheetName.CYRILLIC_CAPITALS : SheetName.CYRILLIC_SMALL;
    String expected = "a " + scale + " letter " + String.join(" ", letters.split(""));
    if (part.length() != 1) {
      throw fail(name, "part " + position + " \"" + part + "\" must be " + expected);
    }
    char c = part.charAt(0);
    if (c == (capital ? 'A' : 'a')) {
      return 0; // Latin A reads as Cyrillic А by look and by transliteration alike
    }
    int i = letters.indexOf(c);
    if (i >= 0) {
      return i;
    }
    String other = capital ? SheetName.CYRILLIC_SMALL : SheetName.CYRILLIC_CAPITALS;
    if (other.indexOf(c) >= 0 || c == (capital ? 'a' : 'A')) {
      throw fail(name, "mixed scales: part " + position + " \"" + part + "\" is a "
          + (capital ? "1:25 000 (small)" : "1:50 000 / 1:500 000 (capital)") + " letter where " + expected
          + " belongs");
    }
    if (c < 128 && Character.isLetter(c)) {
      throw fail(name, "part " + position + " \"" + part + "\" is a Latin letter that is ambiguous here (B looks "
          + "like Cyrillic В but transliterates Б, and is the second quarter in Latin A-D schemes); write "
          + expected + " in Cyrillic");
    }
    throw fail(name, "part " + position + " \"" + part + "\" must be " + expected);
  }

  private static GeoInputException fail(String name, String why) {
    return new GeoInputException("sheet name \"" + name + "\": " + why);
  }
}
