package org.groma.app.delimitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.groma.app.BadInputException;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.crs.Coordinate;
import org.groma.geo.crs.CoordinateTransform;
import org.groma.geo.crs.CrsRegistry;
import org.groma.geo.crs.DatumTransformation;
import org.groma.geo.crs.GeographicCrs;
import org.groma.geo.crs.ProjectedCrs;
import org.groma.geo.crs.TransformationRegistry;
import org.groma.geo.crs.UtmZone;

/**
 * The coordinate table of one or more sections: one row per turning point with its WGS 84, UTM and (when a
 * transformation is named) SK-42 Gauss–Krüger coordinates, and the segment to the next turning point with
 * its length and azimuths by line type; cumulative distance from the first turning point of each part.
 *
 * <p>The values are unrounded doubles; how many decimals are printed is the writer's business (the
 * {@code export} package, documented in docs/delimitation.md).
 *
 * <h2>Algorithm</h2>
 * UTM: {@link UtmZone#forPoint} per point, or one fixed zone, projected by Groma's
 * Krüger n⁶ series (matches {@code cs2cs} to nanometres). SK-42: WGS 84 → Pulkovo 1942 through the named
 * Helmert transformation (reversed as PROJ reverses it), the Gauss–Krüger 6° zone from the Pulkovo 1942
 * longitude, ⌊λ/6°⌋ + 1, unless fixed, then projected. Lengths: {@link Segment#measure()}.
 *
 * @param parts the tables, in order; turning-point numbers continue from one part to the next
 * @param utmZone the fixed UTM zone, or empty when each point is in its own zone
 * @param sk42 whether and how SK-42 coordinates are given
 */
public record TurningPointTable(List<Part> parts, Optional<UtmZone> utmZone, Sk42Columns sk42) {

  public TurningPointTable {
    parts = List.copyOf(parts);
    Objects.requireNonNull(utmZone, "utmZone");
    Objects.requireNonNull(sk42, "sk42");
    if (parts.isEmpty()) {
      throw new BadInputException("a turning-point table needs at least one line");
    }
  }

  /**
   * One table: the rows of one section.
   *
   * @param section the section tabulated
   * @param rows one per turning point
   */
  public record Part(Section section, List<Row> rows) {
    public Part {
      Objects.requireNonNull(section, "section");
      rows = List.copyOf(rows);
    }

    /** Length of the whole part by line type, metres. */
    public double lengthM() {
      return rows.getLast().cumulativeM();
    }
  }

  /**
   * One turning point.
   *
   * @param turningPoint the point
   * @param utm its UTM coordinates
   * @param sk42 its SK-42 Gauss–Krüger coordinates, empty when the table leaves them out
   * @param next the segment from this turning point to the next, empty on the last row
   * @param cumulativeM distance from the part's first turning point to this one, along the segments, metres
   */
  public record Row(TurningPoint turningPoint, Grid utm, Optional<Grid> sk42, Optional<NextSegment> next,
      double cumulativeM) {}

  /**
   * A grid coordinate.
   *
   * @param crs the projected CRS (EPSG code and name)
   * @param zone the zone number (UTM zone with hemisphere as {@code "38N"}; Gauss–Krüger zone as {@code "8"})
   * @param eastingM easting, metres (Gauss–Krüger: Y, with the zone prefix)
   * @param northingM northing, metres (Gauss–Krüger: X)
   */
  public record Grid(ProjectedCrs crs, String zone, double eastingM, double northingM) {}

  /**
   * The segment leaving a turning point.
   *
   * @param segment the segment
   * @param measure its length and azimuths
   */
  public record NextSegment(Segment segment, SegmentMeasure measure) {}

  /** A builder with no UTM zone fixed and no SK-42 choice made yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the options of a table; {@link #build} refuses a table whose SK-42 choice was not made. */
  public static final class Builder {
    private Optional<UtmZone> utmZone = Optional.empty();
    private Sk42Columns sk42;

    private Builder() {}

    /** Every row in this UTM zone (commissions fix one); by default each point is in its own zone. */
    public Builder utmZone(UtmZone zone) {
      this.utmZone = Optional.of(zone);
      return this;
    }

    /** SK-42 Gauss–Krüger columns made with the named transformation, or none. */
    public Builder sk42(Sk42Columns columns) {
      this.sk42 = Objects.requireNonNull(columns, "columns");
      return this;
    }

    /**
     * Tabulates the sections, one part each.
     *
     * @throws BadInputException if the SK-42 choice was not made (the message lists the candidate
     *     transformations), or a point lies outside a fixed zone
     */
    public TurningPointTable build(List<Section> sections) {
      if (sk42 == null) {
        throw new BadInputException("SK-42 (Pulkovo 1942) Gauss-Kruger coordinates need a named datum "
            + "transformation, none is chosen silently; candidates: " + candidateList()
            + "; or leave the SK-42 columns out");
      }
      List<Part> parts = new ArrayList<>();
      for (Section s : sections) {
        parts.add(part(s));
      }
      return new TurningPointTable(parts, utmZone, sk42);
    }

    /** The Pulkovo 1942 ↔ WGS 84 transformations Groma knows, with their EPSG names. */
    public static String candidateList() {
      return TransformationRegistry.candidates(GeographicCrs.WGS84, GeographicCrs.PULKOVO_1942).stream()
          .map(DatumTransformation::toString).collect(Collectors.joining(", "));
    }

    private Part part(Section s) {
      List<Row> rows = new ArrayList<>();
      double cumulativeM = 0;
      List<TurningPoint> tps = s.turningPoints();
      for (int i = 0; i < tps.size(); i++) {
        TurningPoint tp = tps.get(i);
        String where = "section " + s.id() + ", turning point " + tp.number();
        Optional<NextSegment> next = Optional.empty();
        if (i < s.segments().size()) {
          Segment seg = s.segments().get(i);
          next = Optional.of(new NextSegment(seg, seg.measure()));
        }
        try {
          rows.add(new Row(tp, utm(tp.point()), sk42(tp.point()), next, cumulativeM));
        } catch (GeoInputException e) {
          throw e.at(where);
        }
        if (next.isPresent()) {
          cumulativeM += next.get().measure().lengthM();
        }
      }
      return new Part(s, rows);
    }

    private Grid utm(GeoPoint p) {
      UtmZone zone = utmZone.orElseGet(() -> UtmZone.forPoint(p));
      ProjectedCrs crs = zone.crs();
      Coordinate c = CoordinateTransform.between(GeographicCrs.WGS84, crs)
          .apply(Coordinate.of(GeographicCrs.WGS84, p));
      return new Grid(crs, zone.toString(), c.eastingM(), c.northingM());
    }

    private Optional<Grid> sk42(GeoPoint p) {
      if (!(sk42 instanceof Sk42Columns.Included inc)) {
        return Optional.empty();
      }
      Coordinate pulkovo = CoordinateTransform.between(GeographicCrs.WGS84, GeographicCrs.PULKOVO_1942,
          inc.transformation()).apply(Coordinate.of(GeographicCrs.WGS84, p));
      int zone = inc.fixedZone().isPresent() ? inc.fixedZone().getAsInt() : gk6Zone(pulkovo.lonDeg());
      ProjectedCrs crs = CrsRegistry.gaussKrueger6Degree(zone);
      Coordinate gk = CoordinateTransform.between(GeographicCrs.PULKOVO_1942, crs).apply(pulkovo);
      return Optional.of(new Grid(crs, Integer.toString(zone), gk.eastingM(), gk.northingM()));
    }

    /** The 6° Gauss–Krüger zone of a longitude: zone n spans 6(n−1)° to 6n°, central meridian 6n − 3. */
    static int gk6Zone(double lonDeg) {
      int zone = (int) Math.floor(lonDeg / 6) + 1;
      if (zone < CrsRegistry.GK6_FIRST_ZONE || zone > CrsRegistry.GK6_LAST_ZONE) {
        throw new GeoInputException("longitude " + lonDeg + "° lies in Gauss-Kruger zone " + zone
            + ", which has no Pulkovo 1942 CRS (zones " + CrsRegistry.GK6_FIRST_ZONE + " to "
            + CrsRegistry.GK6_LAST_ZONE + ")");
      }
      return zone;
    }
  }
}
