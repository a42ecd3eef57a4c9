package org.groma.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Gauss–Krüger zone 8 ↔ WGS 84 through each pinned transformation, against cs2cs; bad input. */
class CoordinateTransformTest {

  /**
   * The requirement is 1 mm. cs2cs prints degrees to 1e-12° (at most 0.06 µm of rounding per axis), which
   * bounds what can be observed: 0.07 µm. Held to 0.2 µm so that any real difference in the formulas (a
   * rotation sign, PROJ's reverse) shows: the smallest such, EPSG:15865's reverse taken exactly instead of
   * PROJ's way, is about 0.1 mm.
   */
  static final double DATUM_AGREEMENT_M = 2e-7;

  /**
   * WGS 84 → SK-42 → WGS 84 does not close exactly, in PROJ or here, because the shift is two-dimensional:
   * the height the point gets on the other datum (tens of metres) is dropped, and coming back the point sits
   * on the other ellipsoid's normal, whose direction differs by the datum shift (about 5″): tens of metres
   * times 2.5e-5 rad is a few tenths of a millimetre. For seven parameters, PROJ's reverse (transposed
   * rotation) adds |r|²·a: 0.1 mm for EPSG:15865. Observed over the Caucasus (36°N–48°N, 42°E–48°E): at most
   * 0.24 mm for EPSG:1254, 1267, 5044, 15865; EPSG:1808 and 1809 (27″ and 35″ of rotation) miss by 15 and
   * 30 mm, as cs2cs does (see {@link #a_round_trip_through_epsg_1808_misses_by_centimetres_exactly_as_cs2cs_does}).
   */
  static final double TWO_D_DATUM_ROUND_TRIP_M = 3e-4;

  private static final ProjectedCrs GK8 = CrsRegistry.gaussKrueger6Degree(8);

  @ParameterizedTest(name = "EPSG:{0}")
  @ValueSource(strings = {"1267", "15865", "1808", "5044"})
  void gauss_krueger_to_wgs84_matches_cs2cs_to_a_fifth_of_a_micrometre_with_each_pinned_transformation(String code) {
    CoordinateTransform t = CoordinateTransform.between(GK8, GeographicCrs.CRS84, TransformationRegistry.lookup(code));
    for (Cs2csFixture f : Cs2csFixture.read("gk8_to_wgs84_epsg" + code + ".txt")) {
      Coordinate wgs84 = t.apply(Coordinate.ofEastingNorthing(GK8, f.in()[0], f.in()[1]));
      assertThat(wgs84.crs()).isEqualTo(GeographicCrs.CRS84);
      assertThat(Distances.betweenDeg(wgs84.latDeg(), wgs84.lonDeg(), f.out()[1], f.out()[0]))
          .as("EPSG:%s %s", code, f).isLessThan(DATUM_AGREEMENT_M);
    }
  }

  @ParameterizedTest(name = "EPSG:{0}")
  @ValueSource(strings = {"1267", "15865", "1808", "5044"})
  void wgs84_to_gauss_krueger_matches_cs2cs_to_a_fifth_of_a_micrometre_with_each_pinned_transformation(String code) {
    CoordinateTransform t = CoordinateTransform.between(GeographicCrs.CRS84, GK8, TransformationRegistry.lookup(code));
    for (Cs2csFixture f : Cs2csFixture.read("wgs84_to_gk8_epsg" + code + ".txt")) {
      Coordinate gk = t.apply(new Coordinate(GeographicCrs.CRS84, f.in()[0], f.in()[1]));
      assertThat(Distances.betweenM(gk.eastingM(), gk.northingM(), f.out()[0], f.out()[1]))
          .as("EPSG:%s %s", code, f).isLessThan(DATUM_AGREEMENT_M);
    }
  }

  @Test
  void a_round_trip_through_epsg_1808_misses_by_centimetres_exactly_as_cs2cs_does() {
    CoordinateTransform there = CoordinateTransform.between(GeographicCrs.CRS84, GK8, TransformationRegistry.lookup("EPSG:1808"));
    CoordinateTransform back = there.inverse();
    double largestMissM = 0;
    for (Cs2csFixture f : Cs2csFixture.read("wgs84_round_trip_epsg1808.txt")) {
      Coordinate result = back.apply(there.apply(new Coordinate(GeographicCrs.CRS84, f.in()[0], f.in()[1])));
      assertThat(Distances.betweenDeg(result.latDeg(), result.lonDeg(), f.out()[1], f.out()[0]))
          .as("%s", f).isLessThan(DATUM_AGREEMENT_M);
      largestMissM = Math.max(largestMissM, Distances.betweenDeg(f.in()[1], f.in()[0], f.out()[1], f.out()[0]));
    }
    assertThat(largestMissM).as("cs2cs's own round-trip miss").isBetween(0.005, 0.05);
  }

  @ParameterizedTest(name = "EPSG:{0}")
  @ValueSource(strings = {"1254", "1267", "5044", "15865"})
  void wgs84_to_sk42_and_back_closes_to_a_few_tenths_of_a_millimetre(String code) {
    CoordinateTransform there = CoordinateTransform.between(GeographicCrs.WGS84, GK8, TransformationRegistry.lookup(code));
    CoordinateTransform back = there.inverse();
    Random random = new Random(Integer.parseInt(code));
    for (int i = 0; i < 2_000; i++) {
      double lat = 36 + 12 * random.nextDouble(), lon = 42 + 6 * random.nextDouble();
      Coordinate result = back.apply(there.apply(Coordinate.ofLatLon(GeographicCrs.WGS84, lat, lon)));
      assertThat(Distances.betweenDeg(lat, lon, result.latDeg(), result.lonDeg()))
          .as("EPSG:%s at %s, %s", code, lat, lon).isLessThan(TWO_D_DATUM_ROUND_TRIP_M);
    }
  }

  @Test
  void position_vector_and_coordinate_frame_readings_of_the_same_numbers_land_metres_apart() {
    DatumTransformation epsg15865 = TransformationRegistry.lookup("EPSG:15865");
    DatumTransformation asPublished = DatumTransformation.custom("15865 as published", GeodeticDatum.PULKOVO_1942,
        GeodeticDatum.WGS84, TransformationMethod.COORDINATE_FRAME, epsg15865.parameters());
    DatumTransformation misread = DatumTransformation.custom("15865 misread", GeodeticDatum.PULKOVO_1942,
        GeodeticDatum.WGS84, TransformationMethod.POSITION_VECTOR, epsg15865.parameters());
    Coordinate yerevan = Coordinate.ofLatLon(GeographicCrs.PULKOVO_1942, 40.1792, 44.4991);

    Coordinate epsg = CoordinateTransform.between(GeographicCrs.PULKOVO_1942, GeographicCrs.WGS84, epsg15865).apply(yerevan);
    Coordinate right = CoordinateTransform.between(GeographicCrs.PULKOVO_1942, GeographicCrs.WGS84, asPublished).apply(yerevan);
    Coordinate wrong = CoordinateTransform.between(GeographicCrs.PULKOVO_1942, GeographicCrs.WGS84, misread).apply(yerevan);

    assertThat(right).isEqualTo(epsg);
    // 0.81″ of rotation with the sign flipped: twice 0.81″ × 6.4e6 m ≈ 50 m in space, tens of metres on the ground.
    assertThat(Distances.betweenDeg(right.latDeg(), right.lonDeg(), wrong.latDeg(), wrong.lonDeg())).isGreaterThan(10);
  }

  @Test
  void a_seven_parameter_set_without_its_rotation_convention_is_refused() {
    HelmertParameters p = new HelmertParameters(25, -141, -78.5, 0, -0.35, -0.736, 0);
    assertThatThrownBy(() -> DatumTransformation.custom("agreed", GeodeticDatum.PULKOVO_1942, GeodeticDatum.WGS84, null, p))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("method must be stated");
    assertThatThrownBy(() -> DatumTransformation.custom("agreed", GeodeticDatum.PULKOVO_1942, GeodeticDatum.WGS84,
        TransformationMethod.GEOCENTRIC_TRANSLATIONS, p))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("take no rotation or scale");
  }

  @Test
  void a_transform_between_datums_without_a_stated_transformation_is_refused_listing_the_candidates() {
    assertThatThrownBy(() -> CoordinateTransform.between(GK8, GeographicCrs.WGS84))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("EPSG:28408").hasMessageContaining("EPSG:4326")
        .hasMessageContaining("must be stated")
        .hasMessageContaining("EPSG:1267").hasMessageContaining("EPSG:15865")
        .hasMessageContaining("EPSG:1808").hasMessageContaining("EPSG:5044");
  }

  @Test
  void a_transformation_given_for_a_pair_it_does_not_apply_to_is_refused_naming_both() {
    DatumTransformation epsg1267 = TransformationRegistry.lookup("EPSG:1267");
    assertThatThrownBy(() -> CoordinateTransform.between(GeographicCrs.WGS84, CrsRegistry.lookup("EPSG:32638"), epsg1267))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("EPSG:1267").hasMessageContaining("does not apply")
        .hasMessageContaining("EPSG:4326").hasMessageContaining("EPSG:32638");

    GeodeticDatum other = new GeodeticDatum("Some other datum", 9999, org.groma.geo.Ellipsoid.GRS80);
    DatumTransformation toOther = DatumTransformation.custom("other", other, GeodeticDatum.WGS84,
        TransformationMethod.GEOCENTRIC_TRANSLATIONS, HelmertParameters.translations(1, 2, 3));
    assertThatThrownBy(() -> CoordinateTransform.between(GK8, GeographicCrs.WGS84, toOther))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("custom:other").hasMessageContaining("does not apply")
        .hasMessageContaining("EPSG:28408").hasMessageContaining("EPSG:4326");
  }

  @Test
  void applies_a_transformation_in_reverse_when_the_pair_is_reversed() {
    DatumTransformation t = TransformationRegistry.lookup("EPSG:15865");
    CoordinateTransform forward = CoordinateTransform.between(GK8, GeographicCrs.WGS84, t);
    CoordinateTransform reversed = CoordinateTransform.between(GeographicCrs.WGS84, GK8, t);
    Coordinate p = Coordinate.ofLatLon(GeographicCrs.WGS84, 40.1792, 44.4991);
    assertThat(reversed.apply(p)).isEqualTo(forward.inverse().apply(p));
    assertThat(CoordinateTransform.between(GK8, GeographicCrs.WGS84, Optional.of(t)).apply(reversed.apply(p)))
        .isEqualTo(forward.apply(reversed.apply(p)));
  }

  @Test
  void gauss_krueger_to_utm_in_one_transform_equals_the_two_steps_through_wgs84() {
    DatumTransformation t = TransformationRegistry.lookup("EPSG:1808");
    ProjectedCrs utm38n = CrsRegistry.utm(38, UtmZone.Hemisphere.NORTH);
    CoordinateTransform direct = CoordinateTransform.between(GK8, utm38n, t);
    CoordinateTransform toWgs84 = CoordinateTransform.between(GK8, GeographicCrs.WGS84, t);
    CoordinateTransform toUtm = CoordinateTransform.between(GeographicCrs.WGS84, utm38n);
    for (Cs2csFixture f : Cs2csFixture.read("gk8_to_wgs84_epsg1808.txt")) {
      Coordinate gk = Coordinate.ofEastingNorthing(GK8, f.in()[0], f.in()[1]);
      Coordinate once = direct.apply(gk), twice = toUtm.apply(toWgs84.apply(gk));
      assertThat(Distances.betweenM(once.first(), once.second(), twice.first(), twice.second()))
          .as("%s", f).isLessThan(TransverseMercatorTest.PROJECTION_AGREEMENT_M);
      Coordinate back = direct.inverse().apply(once);
      assertThat(back.crs()).isEqualTo(GK8);
    }
  }

  @Test
  void crs84_and_epsg_4326_differ_only_in_axis_order() {
    CoordinateTransform swap = CoordinateTransform.between(GeographicCrs.WGS84, GeographicCrs.CRS84);
    Coordinate latLon = new Coordinate(GeographicCrs.WGS84, 40.1792, 44.4991);
    Coordinate lonLat = swap.apply(latLon);
    assertThat(lonLat).isEqualTo(new Coordinate(GeographicCrs.CRS84, 44.4991, 40.1792));
    assertThat(lonLat.latDeg()).isEqualTo(latLon.latDeg());
    assertThat(lonLat.toGeoPoint()).isEqualTo(new GeoPoint(40.1792, 44.4991));
  }

  @Test
  void gauss_krueger_coordinates_are_northing_first_as_in_epsg_and_soviet_catalogues() {
    Coordinate c = Coordinate.ofEastingNorthing(GK8, 8_456_789.012, 4_456_789.345);
    assertThat(c.first()).isEqualTo(4_456_789.345);
    assertThat(c.northingM()).isEqualTo(4_456_789.345);
    assertThat(c.eastingM()).isEqualTo(8_456_789.012);
    assertThat(c.toString()).contains("northing (X)=4456789.345", "easting (Y)=8456789.012");
    assertThatThrownBy(c::latDeg).isInstanceOf(GeoInputException.class).hasMessageContaining("not latitude and longitude");
  }

  @Test
  void bulk_apply_gives_the_same_numbers_as_apply() {
    CoordinateTransform t = CoordinateTransform.between(GK8, GeographicCrs.WGS84, TransformationRegistry.lookup("EPSG:5044"));
    List<Cs2csFixture> rows = Cs2csFixture.read("gk8_to_wgs84_epsg5044.txt");
    double[] north = rows.stream().mapToDouble(f -> f.in()[1]).toArray();
    double[] east = rows.stream().mapToDouble(f -> f.in()[0]).toArray();
    double[] lat = new double[rows.size()], lon = new double[rows.size()];
    t.apply(north, east, lat, lon);
    for (int i = 0; i < rows.size(); i++) {
      Coordinate one = t.apply(new Coordinate(GK8, north[i], east[i]));
      assertThat(lat[i]).isEqualTo(one.latDeg());
      assertThat(lon[i]).isEqualTo(one.lonDeg());
    }
  }

  @Test
  void nan_and_out_of_range_values_are_refused_naming_the_value() {
    assertThatThrownBy(() -> new Coordinate(GeographicCrs.WGS84, Double.NaN, 45))
        .isInstanceOf(GeoInputException.class).hasMessage("EPSG:4326: latitude is not a finite number: NaN");
    assertThatThrownBy(() -> Coordinate.ofLatLon(GeographicCrs.CRS84, 91, 45))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("OGC:CRS84").hasMessageContaining("latitude 91.0°");
    assertThatThrownBy(() -> Coordinate.ofEastingNorthing(GK8, 8_500_000, Double.POSITIVE_INFINITY))
        .isInstanceOf(GeoInputException.class).hasMessage("EPSG:28408: northing (X) is not a finite number: Infinity");

    CoordinateTransform t = CoordinateTransform.between(GeographicCrs.PULKOVO_1942, GK8);
    double[] lat = {40, 41, Double.NaN}, lon = {45, 45, 45};
    assertThatThrownBy(() -> t.apply(lat, lon, new double[3], new double[3]))
        .isInstanceOf(GeoInputException.class).hasMessageStartingWith("point 2: ").hasMessageContaining("latitude NaN°");
  }

  @Test
  void points_outside_their_zone_are_refused_naming_the_value() {
    // A point 7° east of zone 8's central meridian belongs to zone 9.
    CoordinateTransform toGk8 = CoordinateTransform.between(GeographicCrs.PULKOVO_1942, GK8);
    assertThatThrownBy(() -> toGk8.apply(Coordinate.ofLatLon(GeographicCrs.PULKOVO_1942, 40, 52)))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("longitude 52.0").hasMessageContaining("EPSG:28408").hasMessageContaining("7.000°");
    // An easting without its zone prefix 8: 8 000 km west of the central meridian.
    CoordinateTransform fromGk8 = toGk8.inverse();
    assertThatThrownBy(() -> fromGk8.apply(Coordinate.ofEastingNorthing(GK8, 456_789.0, 4_456_789.0)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("easting 456789.0 m, northing 4456789.0 m");
    // A southern point on a northern UTM grid.
    CoordinateTransform toUtm38n = CoordinateTransform.between(GeographicCrs.WGS84, CrsRegistry.lookup("EPSG:32638"));
    assertThatThrownBy(() -> toUtm38n.apply(Coordinate.ofLatLon(GeographicCrs.WGS84, -10, 45)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("latitude -10.0°");
    // A coordinate of another CRS.
    assertThatThrownBy(() -> toGk8.apply(Coordinate.ofLatLon(GeographicCrs.WGS84, 40, 45)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("EPSG:4326").hasMessageContaining("EPSG:4284");
  }
}
