package org.groma.app.demarcation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.groma.geo.GeoPoint;
import org.groma.geo.crs.Coordinate;
import org.groma.geo.crs.CoordinateTransform;
import org.groma.geo.crs.CrsRegistry;
import org.groma.geo.crs.DatumTransformation;
import org.groma.geo.crs.GeographicCrs;
import org.groma.geo.crs.ProjectedCrs;
import org.groma.geo.crs.UtmZone;
import org.groma.geo.geodesic.GeodesicInverse;
import org.groma.geo.geodesic.Geodesics;

/**
 * The catalogue of coordinates and heights ("каталог координат и высот"): one row per surveyed pillar with its
 * WGS 84 position, heights, SK-42 Gauss–Krüger and UTM grid coordinates, and the geodesic azimuth and
 * distance to the previous and next pillar on the line of its section.
 *
 * <h2>Algorithm</h2>
 * Grid coordinates come from {@link CoordinateTransform} with the datum transformation the genesis names
 * (SK-42: WGS 84 to Pulkovo 1942 by that transformation, then the 6° Gauss–Krüger zone of the Pulkovo
 * longitude; UTM: the zone of the WGS 84 position). Azimuths and distances are geodesic inverses on WGS 84.
 *
 * <h2>Accuracy</h2>
 * As {@link CoordinateTransform} and {@link Geodesics}: against cs2cs and GeodSolve within 1 mm and 0.001″
 * (fixtures in {@code src/test/resources/demarcation}, with the commands that made them).
 *
 * <h2>Limitations</h2>
 * Outside Gauss–Krüger zones 4 to 32 (12° E to 192° E) SK-42 has no grid here; those rows give none and say
 * why ({@link Row#sk42Note}).
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public record PillarCatalogue(List<Row> rows, String datumTransformation) {

  /** A grid position: the CRS's code, its zone, easting and northing in metres. */
  public record Grid(String crs, String zone, double eastingM, double northingM) {}

  /** Geodesic azimuth (degrees from north, clockwise) and distance (metres) to a neighbour. */
  public record Leg(String to, double azimuthDeg, double distanceM) {}

  /**
   * One pillar.
   *
   * @param sk42 empty outside the Gauss–Krüger zones, with {@code sk42Note} saying why
   */
  public record Row(SurveyedPillar pillar, double latDeg, double lonDeg, Optional<Grid> sk42, String sk42Note,
      Grid utm, Optional<Leg> previous, Optional<Leg> next) {}

  public PillarCatalogue {
    rows = List.copyOf(rows);
    Objects.requireNonNull(datumTransformation, "datumTransformation");
  }

  /** The catalogue of {@code pillars}, with SK-42 by {@code toPulkovo} (the transformation genesis names). */
  public static PillarCatalogue of(List<SurveyedPillar> pillars, DatumTransformation toPulkovo) {
    Map<String, List<SurveyedPillar>> online = new TreeMap<>();
    for (SurveyedPillar p : pillars) {
      if (p.onLine()) {
        online.computeIfAbsent(p.proposal().sectionId(), k -> new ArrayList<>()).add(p);
      }
    }
    online.values().forEach(l -> l.sort((a, b) -> a.number().compareTo(b.number())));
    CoordinateTransform toPulkovoGeographic = CoordinateTransform.between(GeographicCrs.WGS84,
        GeographicCrs.PULKOVO_1942, toPulkovo);
    List<Row> rows = new ArrayList<>();
    List<SurveyedPillar> sorted = new ArrayList<>(pillars);
    sorted.sort((a, b) -> a.number().compareTo(b.number()));
    for (SurveyedPillar p : sorted) {
      GeoPoint g = p.position();
      Optional<Leg> prev = Optional.empty();
      Optional<Leg> next = Optional.empty();
      List<SurveyedPillar> line = online.getOrDefault(p.proposal().sectionId(), List.of());
      int i = line.indexOf(p);
      if (i > 0) {
        prev = Optional.of(leg(g, line.get(i - 1)));
      }
      if (i >= 0 && i + 1 < line.size()) {
        next = Optional.of(leg(g, line.get(i + 1)));
      }
      Optional<Grid> sk42 = Optional.empty();
      String note = null;
      Coordinate pulkovo = toPulkovoGeographic.apply(Coordinate.of(GeographicCrs.WGS84, g));
      int zone = (int) Math.floor(pulkovo.lonDeg() / 6) + 1;
      if (zone < CrsRegistry.GK6_FIRST_ZONE || zone > CrsRegistry.GK6_LAST_ZONE) {
        note = "longitude " + pulkovo.lonDeg() + "° is in Gauss-Kruger zone " + zone + ", outside zones "
            + CrsRegistry.GK6_FIRST_ZONE + " to " + CrsRegistry.GK6_LAST_ZONE + " of Pulkovo 1942";
      } else {
        ProjectedCrs crs = CrsRegistry.gaussKrueger6Degree(zone);
        Coordinate gk = CoordinateTransform.between(GeographicCrs.PULKOVO_1942, crs).apply(pulkovo);
        sk42 = Optional.of(new Grid(crs.code(), Integer.toString(zone), gk.eastingM(), gk.northingM()));
      }
      UtmZone uz = UtmZone.forPoint(g);
      Coordinate u = CoordinateTransform.between(GeographicCrs.WGS84, uz.crs()).apply(Coordinate.of(
          GeographicCrs.WGS84, g));
      rows.add(new Row(p, g.latDeg(), g.lonDeg(), sk42, note, new Grid(uz.crs().code(), uz.toString(), u.eastingM(),
          u.northingM()), prev, next));
    }
    return new PillarCatalogue(rows, toPulkovo.code());
  }

  private static Leg leg(GeoPoint from, SurveyedPillar to) {
    GeodesicInverse inv = Geodesics.WGS84.inverse(from, to.position());
    double az = inv.azimuth1Deg() < 0 ? inv.azimuth1Deg() + 360 : inv.azimuth1Deg();
    return new Leg(to.number().label(), az, inv.distanceM());
  }
}
