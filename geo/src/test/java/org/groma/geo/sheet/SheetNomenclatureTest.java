package org.groma.geo.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.groma.geo.GeoInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SheetNomenclatureTest {

  /** Exact fractions of a degree become doubles; the fixtures' frames are whole arc-seconds. */
  private static final double TOLERANCE_DEG = 1e-12;

  private static List<String[]> fixture(String name) throws IOException {
    try (InputStream in = SheetNomenclatureTest.class.getResourceAsStream("/sheet/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",", -1)).toList();
    }
  }

  private static double fraction(String s) {
    String[] p = s.split("/");
    return p.length == 1 ? Double.parseDouble(p[0]) : Double.parseDouble(p[0]) / Double.parseDouble(p[1]);
  }

  @Test
  void framesMatchMapsoft() throws IOException {
    List<String[]> rows = fixture("mapsoft_geo_nom.csv");
    assertEquals(13, rows.size());
    for (String[] r : rows) {
      SheetName name = SheetNameParser.parse(r[0]);
      assertEquals(r[0], name.toString());
      assertEquals(Integer.parseInt(r[2]), name.scale().denominator(), r[0]);
      SheetFrame f = name.frame();
      double west = fraction(r[3]), south = fraction(r[4]);
      assertEquals(west, f.westDeg(), TOLERANCE_DEG, r[0] + " west");
      assertEquals(south, f.southDeg(), TOLERANCE_DEG, r[0] + " south");
      assertEquals(west + fraction(r[5]), f.eastDeg(), TOLERANCE_DEG, r[0] + " east");
      assertEquals(south + fraction(r[6]), f.northDeg(), TOLERANCE_DEG, r[0] + " north");
      // and the point in the middle of the mapsoft frame is named back the same
      assertEquals(name, SheetNomenclature.sheetAt(south + fraction(r[6]) / 2, west + fraction(r[5]) / 2, name.scale()));
    }
  }

  @Test
  void pointsAndAreasMatchMapsoft() throws IOException {
    for (String[] r : fixture("mapsoft_points.csv")) {
      SheetScale scale = SheetScale.ofDenominator(Long.parseLong(r[5]));
      double s = Double.parseDouble(r[1]), w = Double.parseDouble(r[2]);
      double n = Double.parseDouble(r[3]), e = Double.parseDouble(r[4]);
      Set<String> got = new TreeSet<>();
      for (int i = 0; i <= 20; i++) {
        for (int j = 0; j <= 20; j++) {
          got.add(SheetNomenclature.sheetAt(s + (n - s) * i / 20, w + (e - w) * j / 20, scale).toString());
        }
      }
      assertEquals(new TreeSet<>(Arrays.asList(r[6].split(" "))), got, String.join(",", r));
    }
  }

  /** A published textbook example: N-36-41-В-а is the 1:25 000 sheet with Smolensk (about 54.78°N 32.05°E). */
  @Test
  void textbookExampleSmolensk() {
    SheetName name = SheetNameParser.parse("N-36-41-В-а");
    assertEquals(SheetScale.S25_000, name.scale());
    assertTrue(name.frame().contains(54.78, 32.05));
    assertEquals(name, SheetNomenclature.sheetAt(54.78, 32.05, SheetScale.S25_000));
    assertEquals(new SheetFrame(54 * 3600 + 45 * 60, 54 * 3600 + 50 * 60, 32 * 3600, 32 * 3600 + 450), name.frame());
  }

  @ParameterizedTest
  @EnumSource(SheetScale.class)
  void roundTripRandomPoints(SheetScale scale) {
    Random random = new Random(20240516L + scale.ordinal());
    for (int i = 0; i < 20_000; i++) {
      double lat = random.nextDouble() * 84;
      double lon = -180 + random.nextDouble() * 360;
      SheetName name = SheetNomenclature.sheetAt(lat, lon, scale);
      SheetFrame f = name.frame();
      assertTrue(f.contains(lat, lon), name + " does not contain " + lat + "," + lon);
      assertEquals(SheetName.issuedSpan(name.rowIndex(), scale), name.span(), name.toString());
      assertEquals(name.span() * scale.widthArcSec(), f.eastArcSec() - f.westArcSec());
      assertEquals(scale.heightArcSec(), f.northArcSec() - f.southArcSec());
      SheetName back = SheetNameParser.parse(name.toString());
      assertEquals(name, back);
      assertEquals(name, SheetNomenclature.sheetAt(f.southDeg() + 1e-6, f.westDeg() + 1e-6, scale));
      assertEquals(name, SheetNomenclature.sheetAt(f.northDeg() - 1e-6, f.eastDeg() - 1e-6, scale));
      // every issued sheet lies in the issued 1:1 000 000 sheet at the same point
      SheetFrame million = SheetNomenclature.sheetAt(lat, lon, SheetScale.S1_000_000).frame();
      assertTrue(f.westArcSec() >= million.westArcSec() && f.eastArcSec() <= million.eastArcSec()
          && f.southArcSec() >= million.southArcSec() && f.northArcSec() <= million.northArcSec(), name.toString());
      if (name.span() == 1) {
        assertEquals(name.millionSheet(), SheetNomenclature.sheetAt(lat, lon, SheetScale.S1_000_000));
      }
    }
  }

  @Test
  void quartersTileTheirParent() {
    SheetFrame parent = SheetNameParser.parse("K-38-123-А").frame();
    int area = 0;
    for (String q : List.of("а", "б", "в", "г")) {
      SheetFrame f = SheetNameParser.parse("K-38-123-А-" + q).frame();
      assertTrue(f.southArcSec() >= parent.southArcSec() && f.northArcSec() <= parent.northArcSec()
          && f.westArcSec() >= parent.westArcSec() && f.eastArcSec() <= parent.eastArcSec());
      area += (f.northArcSec() - f.southArcSec()) * (f.eastArcSec() - f.westArcSec());
    }
    assertEquals((parent.northArcSec() - parent.southArcSec()) * (parent.eastArcSec() - parent.westArcSec()), area);
    // б is north-east, в south-west
    assertEquals(parent.eastArcSec(), SheetNameParser.parse("K-38-123-А-б").frame().eastArcSec());
    assertEquals(parent.southArcSec(), SheetNameParser.parse("K-38-123-А-в").frame().southArcSec());
  }

  @Test
  void zone() {
    assertEquals(8, SheetNameParser.parse("K-38-123-А-б").gaussKruegerZone());
    assertEquals(7, SheetNameParser.parse("K-37").gaussKruegerZone());
    assertEquals(30, SheetNameParser.parse("O-60").gaussKruegerZone());
    assertEquals(31, SheetNameParser.parse("A-1").gaussKruegerZone());
    assertEquals(1, SheetNameParser.parse("N-31").gaussKruegerZone());
    // the sheet's zone is the zone of its central meridian 6z - 3
    SheetFrame f = SheetNameParser.parse("K-38").frame();
    assertEquals(6 * 8 - 3, (f.westDeg() + f.eastDeg()) / 2, 0);
  }

  @Test
  void lookalikesAccepted() {
    assertEquals("K-38-123-А-а", SheetNameParser.parse("k-38-123-A-a").toString()); // Latin K, A, a
    assertEquals("K-38-123-А", SheetNameParser.parse("К-38-123-А").toString()); // Cyrillic К
    assertEquals("K-38-7", SheetNameParser.parse("K-38-007").toString());
    assertEquals("K-38-123", SheetNameParser.parse(" K\u201338\u2013123 ").toString()); // en dashes
    assertEquals("K-38-XXIV", SheetNameParser.parse("K-38-XXIV").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "K-38-145", // 145 at 1:100 000
      "K-38-0",
      "K-61", "K-0", "K-38x",
      "W-38", // no such row
      "V-33", "V-33,34,35,36", // north of 84°
      "P-38-1", // north of 60°: doubled sheets
      "Q-38,39", "P-47-2,3", "P-47-1,2,3", "P-47-1,", "P-47-1,,2", ",P-47-1", "P-47,48,49,50",
      "K-38-1,2", // south of 60°: single sheets
      "T-45-I,II", "T-42-XXV,XXVI,XXVII,XXVIII", // 1:200 000 north of 76°: tripled
      "T-45-1,2,3,5", "T-45-1-А,Б,2-А,В", "P-47-1,Б", "P-47-1-А,Б-а", "P-47-1,2-А",
      "P-47-9-А-а,б,в", "T-47-12-А-а,б,Б-а", "R-38-А,Б,39-А,Б", "P-47-1,P-47-2-3",
      "K-38-XXIV-А", // mixed: 1:200 000 then 1:50 000 letter
      "K-38-Б-123", // mixed: 1:500 000 then a number
      "K-38-123-а", // 1:25 000 letter where the 1:50 000 one belongs
      "K-38-123-А-Б", // capital where the small letter belongs
      "K-38-123-B", // Latin B: Cyrillic В by look, Б by transliteration
      "K-38-123-А-b",
      "K-38-123-Д",
      "Р-38", // Cyrillic Р: looks like P, transliterates R
      "K-38-IIII", "K-38-XXXVII", "K-38-ХХ", // Cyrillic Х
      "K-38-123-А-б-1", "K--38", "K-38-", "", "K", "K38",
      "K-38 (Ю.П.)",
  })
  void badNamesRefused(String name) {
    GeoInputException e = assertThrows(GeoInputException.class, () -> SheetNameParser.parse(name));
    assertTrue(e.getMessage().startsWith("sheet name") || name.isEmpty(), e.getMessage());
  }

  @Test
  void refusalsNameThePart() {
    assertTrue(msg("K-38-145").contains("part 3 \"145\""), msg("K-38-145"));
    assertTrue(msg("K-38-XXIV-А").contains("mixed scales"), msg("K-38-XXIV-А"));
    assertTrue(msg("K-38-123-а").contains("part 4") && msg("K-38-123-а").contains("mixed scales"));
    assertTrue(msg("K-38-123-B").contains("ambiguous"));
    assertTrue(msg("Р-38").contains("ambiguous"));
    assertTrue(msg("P-38-1").contains("north of 60") && msg("P-38-1").contains("P-38-1,2"), msg("P-38-1"));
    assertTrue(msg("P-47-2,3").contains("P-47-1,2"), msg("P-47-2,3"));
    assertTrue(msg("P-47-1,Б").contains("mixed scales"), msg("P-47-1,Б"));
    assertTrue(msg("K-38-1,2").contains("south of 60"), msg("K-38-1,2"));
    assertTrue(msg("T-45-I,II").contains("tripled") && msg("T-45-I,II").contains("T-45-I,II,III"), msg("T-45-I,II"));
    assertTrue(msg("V-33").contains("84"), msg("V-33"));
  }

  /**
   * Joined sheets north of 60° against three sources (highlat_sheets.csv, which names them): mapsoft2's and
   * NextGIS py_nomk's published values, and the standard's and a textbook's examples with frames by hand.
   */
  @Test
  void joinedSheetsMatchThreeSources() throws IOException {
    List<String[]> rows;
    try (InputStream in = SheetNomenclatureTest.class.getResourceAsStream("/sheet/highlat_sheets.csv")) {
      rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(";", -1)).toList();
    }
    Set<String> scalesBySource = new TreeSet<>();
    for (String[] r : rows) {
      String where = String.join(";", r);
      SheetName name = SheetNameParser.parse(r[2]);
      assertEquals(r[2], name.toString(), where);
      assertEquals(Integer.parseInt(r[3]), name.scale().denominator(), where);
      assertTrue(name.span() > 1, where);
      if (!r[1].startsWith("Р") && !r[0].equals("mapsoft")) { // Cyrillic Р is refused; mapsoft's own notation
        assertEquals(name, SheetNameParser.parse(r[1]), where);
      }
      SheetFrame f = name.frame();
      double tolerance = r[0].equals("py_nomk") ? 1e-9 : TOLERANCE_DEG; // py_nomk's frames are binary sums
      if (!r[6].isEmpty()) {
        assertEquals(fraction(r[6]), f.westDeg(), tolerance, where + " west");
        assertEquals(fraction(r[7]), f.southDeg(), tolerance, where + " south");
        assertEquals(fraction(r[8]), f.eastDeg(), tolerance, where + " east");
        assertEquals(fraction(r[9]), f.northDeg(), tolerance, where + " north");
        scalesBySource.add(r[0] + " frame " + r[3]);
      }
      double lat = r[4].isEmpty() ? (f.southDeg() + f.northDeg()) / 2 : Double.parseDouble(r[4]);
      double lon = r[5].isEmpty() ? (f.westDeg() + f.eastDeg()) / 2 : Double.parseDouble(r[5]);
      assertEquals(name, SheetNomenclature.sheetAt(lat, lon, name.scale()), where);
    }
    // frames from an outside source at every scale, doubled and quadrupled (or tripled)
    for (SheetScale scale : SheetScale.values()) {
      assertTrue(scalesBySource.stream().anyMatch(x -> x.endsWith(" " + scale.denominator())), scale.label());
    }
  }

  /**
   * mapsoft2's range_to_nomlist test (geo_nom.test.cpp at 3bb587c1, "dRect(64,58, 10,20), SC_1M"): the
   * 1:1 000 000 sheets of 64°–74°E, 58°–78°N.
   */
  @Test
  void millionSheetsOfAnAreaMatchMapsoft() {
    Set<String> got = new TreeSet<>();
    for (int i = 0; i <= 200; i++) {
      for (int j = 0; j <= 100; j++) {
        got.add(SheetNomenclature.sheetAt(58 + 20.0 * i / 200 - (i == 200 ? 1e-9 : 0), 64 + 10.0 * j / 100,
            SheetScale.S1_000_000).toString());
      }
    }
    assertEquals(new TreeSet<>(List.of("O-41", "O-42", "O-43", "P-41,42", "P-43,44", "Q-41,42", "Q-43,44",
        "R-41,42", "R-43,44", "S-41,42", "S-43,44", "T-41,42,43,44")), got);
  }

  @Test
  void joinedSheetsPartsAndZones() {
    SheetName quad = SheetNameParser.parse("T-45-1-А,Б,2-А,Б");
    assertEquals(List.of("T-45-1-А", "T-45-1-Б", "T-45-2-А", "T-45-2-Б"),
        quad.parts().stream().map(SheetName::toString).toList());
    assertEquals(15, quad.gaussKruegerZone());
    assertEquals(List.of(17, 18), SheetNameParser.parse("P-47,48").gaussKruegerZones());
    assertEquals(List.of(15, 16, 17, 18), SheetNameParser.parse("T-45,46,47,48").gaussKruegerZones());
    assertEquals(List.of(15, 16), SheetNameParser.parse("T-45-А,Б,46-А,Б").gaussKruegerZones());
    GeoInputException e = assertThrows(GeoInputException.class, () -> SheetNameParser.parse("P-47,48").gaussKruegerZone());
    assertTrue(e.getMessage().contains("17-18"), e.getMessage());
    // the last pair before 180°, and the spellings the parser accepts
    assertEquals("P-59,60", SheetNomenclature.sheetAt(60, 180, SheetScale.S1_000_000).toString());
    assertEquals(SheetNameParser.parse("T-45-1-А,Б,2-А,Б"), SheetNameParser.parse("t-45-001-A, Б, 002-A, Б"));
    assertEquals(SheetNameParser.parse("P-47-9,10"), SheetNameParser.parse("P-47-9,P-47-10"));
    // the edges: 60° and 76° belong to the rows north of them
    assertEquals("O-47-1", SheetNomenclature.sheetAt(60 - 1e-9, 96.2, SheetScale.S100_000).toString());
    assertEquals("P-47-133,134", SheetNomenclature.sheetAt(60, 96.2, SheetScale.S100_000).toString());
    assertEquals("T-47-133,134,135,136", SheetNomenclature.sheetAt(76, 97.9, SheetScale.S100_000).toString());
    assertEquals("S-47-1,2", SheetNomenclature.sheetAt(76 - 1e-9, 96.2, SheetScale.S100_000).toString());
  }

  private static String msg(String name) {
    return assertThrows(GeoInputException.class, () -> SheetNameParser.parse(name)).getMessage();
  }

  @Test
  void pointsOutsideSupportedLatitudesRefused() {
    assertThrows(GeoInputException.class, () -> SheetNomenclature.sheetAt(84, 40, SheetScale.S100_000));
    assertThrows(GeoInputException.class, () -> SheetNomenclature.sheetAt(-1, 40, SheetScale.S100_000));
    assertThrows(GeoInputException.class, () -> SheetNomenclature.sheetAt(40, 181, SheetScale.S100_000));
    assertThrows(GeoInputException.class, () -> SheetNomenclature.sheetAt(Double.NaN, 40, SheetScale.S100_000));
    assertEquals("K-60-144", SheetNomenclature.sheetAt(40, 180, SheetScale.S100_000).toString());
    // on a shared edge the point belongs to the sheet north and east of it
    assertEquals("K-38", SheetNomenclature.sheetAt(40, 42, SheetScale.S1_000_000).toString());
  }
}
