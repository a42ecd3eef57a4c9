package org.groma.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * proj4j 1.4.1, the CRS library on our classpath, as an independent second check and as the record of why
 * Groma has its own Transverse Mercator and never takes a datum shift from an EPSG code.
 *
 * <p>Measured against cs2cs on Gauss–Krüger zone 8 (fixture {@code pulkovo_to_gk8_zone_edges.txt}): proj4j's
 * tmerc (the Evenden/Snyder series) is within 5 µm near the central meridian, 16 µm at the 3° zone edge,
 * 0.15 mm at 4.5° and 0.83 mm at 6° (reached by UTM's Norway and Svalbard zones and by zone overlaps), all at
 * the equator; Groma's stays within 4 nm everywhere.
 */
class Proj4jComparisonTest {

  private static final String GK8 = "+proj=tmerc +lat_0=0 +lon_0=45 +k=1 +x_0=8500000 +y_0=0 +ellps=krass +units=m";

  @Test
  void proj4j_tmerc_drifts_from_cs2cs_towards_and_beyond_the_zone_edge() {
    Projection proj4j = new CRSFactory().createFromParameters("gk8", GK8).getProjection();
    CoordinateTransform groma = CoordinateTransform.between(GeographicCrs.PULKOVO_1942, CrsRegistry.gaussKrueger6Degree(8));
    Map<Double, Double> proj4jMaxByOffset = new TreeMap<>();
    for (Cs2csFixture f : Cs2csFixture.read("pulkovo_to_gk8_zone_edges.txt")) {
      double lat = f.in()[0], lon = f.in()[1], northing = f.out()[0], easting = f.out()[1];
      ProjCoordinate p = new ProjCoordinate();
      proj4j.project(new ProjCoordinate(lon, lat), p);
      proj4jMaxByOffset.merge(Math.abs(lon - 45), Distances.betweenM(p.x, p.y, easting, northing), Math::max);
      Coordinate ours = groma.apply(Coordinate.ofLatLon(GeographicCrs.PULKOVO_1942, lat, lon));
      assertThat(Distances.betweenM(ours.eastingM(), ours.northingM(), easting, northing))
          .isLessThan(TransverseMercatorTest.PROJECTION_AGREEMENT_M);
    }
    assertThat(proj4jMaxByOffset.get(3.0)).isBetween(1e-5, 2e-5);
    assertThat(proj4jMaxByOffset.get(4.5)).isBetween(1e-4, 2e-4);
    assertThat(proj4jMaxByOffset.get(6.0)).isBetween(5e-4, 1e-3);
  }

  @Test
  void proj4j_epsg_gives_pulkovo_1942_the_parameters_of_epsg_1267_without_saying_so() {
    CRSFactory factory = new CRSFactory();
    assertThat(factory.createFromName("EPSG:4284").getParameterString())
        .contains("+towgs84=23.92,-141.27,-80.9,0,0.35,0.82,-0.12");
    ProjCoordinate p = new ProjCoordinate();
    new CoordinateTransformFactory().createTransform(factory.createFromName("EPSG:4284"), factory.createFromName("EPSG:4326"))
        .transform(new ProjCoordinate(44.4991, 40.1792), p);
    Coordinate yerevan = Coordinate.ofLatLon(GeographicCrs.PULKOVO_1942, 40.1792, 44.4991);
    Coordinate by1267 = CoordinateTransform.between(GeographicCrs.PULKOVO_1942, GeographicCrs.WGS84,
        TransformationRegistry.lookup("EPSG:1267")).apply(yerevan);
    Coordinate by15865 = CoordinateTransform.between(GeographicCrs.PULKOVO_1942, GeographicCrs.WGS84,
        TransformationRegistry.lookup("EPSG:15865")).apply(yerevan);
    assertThat(Distances.betweenDeg(p.y, p.x, by1267.latDeg(), by1267.lonDeg())).isLessThan(1e-6);
    assertThat(Distances.betweenDeg(p.y, p.x, by15865.latDeg(), by15865.lonDeg())).isCloseTo(2.8, offset(0.05));
  }
}
