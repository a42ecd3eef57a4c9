package org.groma.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetCommandTest {

  private static final String CORNERS = "300,200 5300,240 5280,4700 280,4660";

  @Test
  void frame() {
    Cli r = Cli.run("sheet", "frame", "K-38-123-А");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("40°40′00″N"), r.out());
    assertTrue(r.out().contains("43°15′00″E"), r.out());
    assertTrue(r.out().contains("zone 8"), r.out());
    Cli j = Cli.run("sheet", "frame", "K-38-123-A", "--json"); // Latin A accepted
    assertEquals(0, j.exitCode(), j.err());
    assertTrue(j.out().contains("\"sheet\" : \"K-38-123-А\""), j.out());
  }

  @Test
  void badNamesExit3NamingThePart() {
    Cli r = Cli.run("sheet", "frame", "K-38-145");
    assertEquals(3, r.exitCode());
    assertTrue(r.err().contains("part 3 \"145\""), r.err());
    assertEquals("", r.out());
    Cli mixed = Cli.run("sheet", "frame", "K-38-XXIV-А");
    assertEquals(3, mixed.exitCode());
    assertTrue(mixed.err().contains("mixed scales"), mixed.err());
  }

  /** Doubled and quadrupled sheets north of 60° (docs/sheets.md, fixture highlat_sheets.csv). */
  @Test
  void joinedSheetsNorthOf60() {
    Cli r = Cli.run("sheet", "frame", "P-47-9, 10");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("P-47-9,10 (1:100 000)") && r.out().contains("joins          P-47-9 P-47-10 (issued doubled)")
        && r.out().contains("100°00′00″E") && r.out().contains("101°00′00″E") && r.out().contains("zone 17"), r.out());
    Cli million = Cli.run("sheet", "frame", "P-47,48", "--json");
    assertEquals(0, million.exitCode(), million.err());
    assertTrue(million.out().contains("\"gaussKruegerZone\" : null") && million.out().contains("17, 18"), million.out());
    Cli name = Cli.run("sheet", "name", "79.3", "86.4", "--scale", "25000", "--sk42");
    assertEquals(0, name.exitCode(), name.err());
    assertTrue(name.out().contains("T-45-29-А-а,б,Б-а,б (1:25 000)"), name.out());
    Cli single = Cli.run("sheet", "frame", "P-47-9");
    assertEquals(3, single.exitCode());
    assertTrue(single.err().contains("P-47-9,10"), single.err());
    Cli gcp = Cli.run("sheet", "gcp", "P-47,48", "--corners-px", CORNERS, "--grid-km", "100");
    assertEquals(3, gcp.exitCode());
    assertTrue(gcp.err().contains("zones 17-18"), gcp.err());
  }

  @Test
  void nameNeedsATransformationForWgs84() {
    Cli none = Cli.run("sheet", "name", "40.5", "43.1", "--scale", "100000");
    assertEquals(3, none.exitCode());
    assertTrue(none.err().contains("--transformation"), none.err());
    Cli sk = Cli.run("sheet", "name", "40.55", "43.1", "--scale", "50000", "--sk42", "--json");
    assertEquals(0, sk.exitCode(), sk.err());
    assertTrue(sk.out().contains("\"sheet\" : \"K-38-123-А\""), sk.out());
    Cli w = Cli.run("sheet", "name", "40.55", "43.1", "--scale", "50000", "--transformation", "EPSG:15865");
    assertEquals(0, w.exitCode(), w.err());
    assertTrue(w.out().contains("K-38-123-А") && w.out().contains("EPSG:15865"), w.out());
    assertEquals(3, Cli.run("sheet", "name", "40.5", "43.1", "--scale", "75000", "--sk42").exitCode());
  }

  /**
   * A geodesic from 40°10'N 41°50'E to 40°30'N 42°10'E (SK-42, on the Krassowsky ellipsoid) does not pass
   * through the sheet corner 40°20'N 42°E that its lat/lon chord meets: GeodSolve puts it at 40.333865843°N
   * where it crosses 42°E, 59 m north of 40°20' (GeodSolve -i -e 6378245 1/298.3 for the azimuth
   * 37.318235124°, then -L bisected on the longitude), so it crosses K-37-132 and never meets K-38-133.
   */
  @Test
  void coverFollowsTheGeodesicPastACornerAndOverTheZoneBoundary(@TempDir Path dir) throws Exception {
    Path line = dir.resolve("l.geojson");
    Files.writeString(line, "{\"type\":\"LineString\",\"coordinates\":[[41.833333333333336,40.166666666666664],"
        + "[42.166666666666664,40.5]]}");
    Cli r = Cli.run("sheet", "cover", line.toString(), "--scale", "100000", "--sk42");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(List.of("sheet,crossed,south,north,west,east,zone",
        "K-37-144,crossed,40°00′00″N,40°20′00″N,41°30′00″E,42°00′00″E,7",
        "K-37-132,crossed,40°20′00″N,40°40′00″N,41°30′00″E,42°00′00″E,7",
        "K-38-121,crossed,40°20′00″N,40°40′00″N,42°00′00″E,42°30′00″E,8"), r.out().lines().toList());
    Cli none = Cli.run("sheet", "cover", line.toString(), "--scale", "100000");
    assertEquals(3, none.exitCode());
    assertTrue(none.err().contains("--transformation"), none.err());
    Cli wgs = Cli.run("sheet", "cover", line.toString(), "--scale", "1000000", "--transformation", "EPSG:15865",
        "--json");
    assertEquals(0, wgs.exitCode(), wgs.err());
    assertTrue(wgs.out().contains("\"K-37\"") && wgs.out().contains("\"K-38\""), wgs.out());
  }

  /**
   * GDAL reads the {@code --gdal} options as meant: gdal_translate attaches them to a synthetic 560 x 500 scan,
   * gdaltransform with a thin-plate spline (which passes through every GCP) maps each frame corner's pixel to
   * the corner's grid coordinates, and gdalwarp produces a raster in EPSG:28408. Skipped with the reason
   * printed when GDAL is missing, except under CI=true.
   */
  @Test
  void gdalReadsTheGcpOptions(@TempDir Path dir) throws Exception {
    Path translate = org.groma.app.testing.ExternalTool.required("gdal_translate", "gdal-bin");
    String corners = "30,20 530,24 528,470 28,466";
    Cli csv = Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", corners);
    Cli gdal = Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", corners, "--gdal");
    assertEquals(0, gdal.exitCode(), gdal.err());
    Path scan = dir.resolve("scan.pgm");
    byte[] header = "P5 560 500 255\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] image = new byte[header.length + 560 * 500];
    System.arraycopy(header, 0, image, 0, header.length);
    Files.write(scan, image);
    Path tif = dir.resolve("scan.tif");
    List<String> cmd = new java.util.ArrayList<>(List.of(translate.toString(), "-q"));
    cmd.addAll(List.of(gdal.out().strip().split(" ")));
    cmd.addAll(List.of(scan.toString(), tif.toString()));
    org.groma.app.testing.ExternalTool.run(cmd.toArray(String[]::new));
    String info = org.groma.app.testing.ExternalTool.run("gdalinfo", tif.toString());
    assertTrue(info.contains("GCP Projection") && info.contains("ID[\"EPSG\",28408]"), info);
    for (String row : csv.out().lines().skip(1).limit(4).toList()) { // NW NE SE SW
      String[] c = row.split(",");
      Process p = new ProcessBuilder("gdaltransform", "-tps", tif.toString()).redirectErrorStream(true).start();
      p.getOutputStream().write((c[3] + " " + c[4] + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      p.getOutputStream().close();
      String[] en = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .strip().split("\\s+");
      assertEquals(0, p.waitFor());
      assertEquals(Double.parseDouble(c[1]), Double.parseDouble(en[0]), 0.001, c[0] + " easting");
      assertEquals(Double.parseDouble(c[2]), Double.parseDouble(en[1]), 0.001, c[0] + " northing");
    }
    Path warped = dir.resolve("warped.tif");
    org.groma.app.testing.ExternalTool.run("gdalwarp", "-q", "-tps", tif.toString(), warped.toString());
    String winfo = org.groma.app.testing.ExternalTool.run("gdalinfo", warped.toString());
    assertTrue(winfo.contains("ID[\"EPSG\",28408]"), winfo);
    // the scan reaches 20-30 px beyond the frame on every side: the warped raster's corner lies just beyond NW
    java.util.regex.Matcher ul = java.util.regex.Pattern.compile("Upper Left\\s+\\(\\s*([0-9.]+),\\s*([0-9.]+)\\)")
        .matcher(winfo);
    assertTrue(ul.find(), winfo);
    double e = Double.parseDouble(ul.group(1));
    double n = Double.parseDouble(ul.group(2));
    assertTrue(e < 8_330_876.68 && e > 8_330_876.68 - 40 * 45 && n > 4_505_559.971 && n < 4_505_559.971 + 40 * 45,
        winfo);
  }

  @Test
  void gcpWritesPointsAndResidualsReadThemBack(@TempDir Path dir) throws Exception {
    Path points = dir.resolve("k.points");
    Cli r = Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", CORNERS, "--points", points.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Files.readAllLines(points);
    assertEquals("#CRS: EPSG:28408", lines.get(0));
    assertEquals("mapX,mapY,sourceX,sourceY,enable,dX,dY,residual", lines.get(1));
    assertTrue(lines.get(2).endsWith(",300.00,-200.00,1,0,0,0"), lines.get(2));
    Cli gdal = Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", CORNERS, "--gdal");
    assertTrue(gdal.out().startsWith("-a_srs EPSG:28408 -gcp 300.00 200.00 "), gdal.out());
    Cli csv = Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", CORNERS);
    List<String> rows = csv.out().lines().toList();
    Path measured = dir.resolve("m.csv");
    Files.write(measured, rows.subList(0, 12));
    Cli res = Cli.run("sheet", "residuals", "K-38-123-А", measured.toString());
    assertEquals(0, res.exitCode(), res.err());
    assertTrue(res.out().contains("# RMS"), res.out());
    // a point of another sheet (typing error in the northing) is refused, naming the line
    Files.write(measured, List.of(rows.get(1), rows.get(2), rows.get(3), rows.get(4),
        rows.get(5).replaceFirst(",(\\d)", ",9$1")));
    Cli bad = Cli.run("sheet", "residuals", "K-38-123-А", measured.toString());
    assertEquals(3, bad.exitCode(), bad.out());
    assertTrue(bad.err().contains("line 5"), bad.err());
  }

  /**
   * The .points file as its consumer reads it. QGIS's georeferencer (qgis/QGIS
   * src/app/georeferencer/qgsgeorefmainwindow.cpp at 5d49b6b4730dd999c5ab555a807a321c2d08d0e7) opens
   * {@code <scan>.points} with the scan (openLayer) through QgsGCPList::loadGcps and takes the CRS it reports as
   * its target CRS (loadGCPs); loadGcps (src/app/georeferencer/qgsgcplist.cpp, the version taking the default
   * destination CRS) reads a first line holding "#CRS: " as the map CRS's definition and skips the next line,
   * else skips the first line and keeps its last target CRS; then splits each row at commas, needs 4 columns,
   * takes columns 1-2 as map x, y, 3-4 as source x, y and column 5 (toInt) as enabled. Its gdal_translate
   * script (generateGDALtranslateCommand) passes "-gcp sourceX -sourceY mapX mapY", so a scan row reaches
   * GDAL with its sign restored. The same rules are applied here to Groma's file and compared with its CSV and
   * --gdal output; the QGIS CRS constructor takes "EPSG:<code>" (PyQGIS QgsCoordinateReferenceSystem docs).
   */
  @Test
  void pointsFileReadAsQgisReadsIt(@TempDir Path dir) throws Exception {
    Path points = dir.resolve("scan.tif.points");
    assertEquals(0, Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", CORNERS, "--points", points.toString())
        .exitCode());
    List<String> lines = Files.readAllLines(points);
    assertTrue(lines.getFirst().contains("#CRS: "), lines.getFirst());
    assertEquals("EPSG:28408", lines.getFirst().replace("#CRS: ", ""));
    List<String> csv = Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", CORNERS).out().lines().skip(1).toList();
    String[] gdal = Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", CORNERS, "--gdal").out().strip()
        .split(" -gcp ");
    List<String> rows = lines.subList(2, lines.size());
    assertEquals(csv.size(), rows.size());
    assertEquals(csv.size(), gdal.length - 1);
    for (int i = 0; i < rows.size(); i++) {
      String[] q = rows.get(i).split(",", -1);
      assertTrue(q.length >= 4, rows.get(i));
      double mapX = Double.parseDouble(q[0]), mapY = Double.parseDouble(q[1]);
      double sourceX = Double.parseDouble(q[2]), sourceY = Double.parseDouble(q[3]);
      assertEquals(1, Integer.parseInt(q[4]), "enabled");
      String[] c = csv.get(i).split(",");
      assertEquals(Double.parseDouble(c[1]), mapX, 0, "easting " + i);
      assertEquals(Double.parseDouble(c[2]), mapY, 0, "northing " + i);
      assertEquals(Double.parseDouble(c[3]), sourceX, 0, "pixel " + i);
      assertEquals(Double.parseDouble(c[4]), -sourceY, 0, "line " + i);
      // what QGIS's own gdal_translate script would say is what Groma's --gdal says
      String[] g = gdal[i + 1].split(" ");
      assertEquals(Double.parseDouble(g[0]), sourceX, 0);
      assertEquals(Double.parseDouble(g[1]), -sourceY, 0);
      assertEquals(Double.parseDouble(g[2]), mapX, 0);
      assertEquals(Double.parseDouble(g[3]), mapY, 0);
    }
    // the NW corner is the scan's top left area: x right, row down, stored negative; east and north grow
    assertTrue(Double.parseDouble(rows.get(0).split(",")[3]) < 0);
    assertTrue(Double.parseDouble(rows.get(1).split(",")[0]) > Double.parseDouble(rows.get(0).split(",")[0]));
    assertTrue(Double.parseDouble(rows.get(3).split(",")[1]) < Double.parseDouble(rows.get(0).split(",")[1]));
  }

  /**
   * QGIS itself (PyQGIS, headless; Debian's python3-qgis) reads the file: its CRS line, where QGIS places each
   * scan pixel of a scan without georeference, and its projective GCP transformer over the corners
   * (src/test/resources/qgis/check_points.py). Skipped with the reason printed where QGIS is not installed,
   * CI included: the reader rules are checked above without it.
   */
  @Test
  void qgisReadsThePointsFile(@TempDir Path dir) throws Exception {
    Path python = Path.of("/usr/bin/python3");
    boolean hasQgis = Files.isExecutable(python) && new ProcessBuilder(python.toString(), "-c", "import qgis.core, qgis.analysis")
        .redirectErrorStream(true).start().waitFor() == 0;
    if (!hasQgis) {
      System.out.println("SKIPPED qgisReadsThePointsFile: no PyQGIS for /usr/bin/python3 (apt-get install python3-qgis)");
      org.junit.jupiter.api.Assumptions.abort("no PyQGIS (python3-qgis)");
    }
    Path points = dir.resolve("scan.tif.points");
    assertEquals(0, Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", CORNERS, "--points", points.toString())
        .exitCode());
    Path csv = dir.resolve("gcps.csv");
    Files.writeString(csv, Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", CORNERS).out());
    Path script = dir.resolve("check_points.py");
    try (var in = SheetCommandTest.class.getResourceAsStream("/qgis/check_points.py")) {
      Files.write(script, in.readAllBytes());
    }
    Process p = new ProcessBuilder(python.toString(), script.toString(), points.toString(), csv.toString(), "5600",
        "4900", dir.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("crs EPSG:28408 Pulkovo 1942 / Gauss-Kruger zone 8"), out);
    assertTrue(out.contains("scan extent 0 -4900 5600 0"), out); // QGIS's layer y of a row is -row
    assertTrue(out.strip().endsWith("ok"), out);
    System.out.println(out);
  }

  @Test
  void badCornersWriteNothing(@TempDir Path dir) {
    Path points = dir.resolve("k.points");
    Cli r = Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", "0,0 1,0 2,0 0,1", "--points", points.toString());
    assertEquals(3, r.exitCode());
    assertFalse(Files.exists(points));
    assertEquals(3, Cli.run("sheet", "gcp", "K-38-123-А", "--corners-px", "0,0 1,0").exitCode());
  }
}
