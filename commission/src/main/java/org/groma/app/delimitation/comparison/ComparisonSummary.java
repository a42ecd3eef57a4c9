package org.groma.app.delimitation.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.geojson.GeoJson;
import org.groma.geo.GeoPoint;
import org.groma.geo.compare.AgreeStretch;
import org.groma.geo.compare.ComparisonOptions;
import org.groma.geo.compare.Connector;
import org.groma.geo.compare.DisputedArea;
import org.groma.geo.compare.LineComparison;
import org.groma.geo.compare.LineEnd;
import org.groma.geo.compare.OffsetSample;
import org.groma.geo.compare.Offsets;

/**
 * A comparison and its settlement impact as plain data (ordered maps, lists, numbers, strings) for the
 * adapters to write: the summary for {@code --json} and a GeoJSON FeatureCollection for {@code --out}.
 *
 * @param label1 what line 1 is (its file and label), as the user named it
 * @param label2 what line 2 is
 * @param comparison the geometry
 * @param impact settlements, or null when none were given
 * @param withinM the distance asked for settlements near the lines, metres
 */
public record ComparisonSummary(String label1, String label2, LineComparison comparison,
    SettlementImpact.Result impact, double withinM) {

  /** The JSON summary: the fields of docs/cli.md, in that order. */
  public Map<String, Object> toMap(boolean withProfile) {
    LineComparison c = comparison;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("line1", label1);
    m.put("line2", label2);
    m.put("areaM2AtoB", c.areaM2AtoB());
    m.put("areaM2BtoA", c.areaM2BtoA());
    List<Map<String, Object>> polygons = new ArrayList<>();
    for (int i = 0; i < c.areas().size(); i++) {
      polygons.add(polygon(i, true));
    }
    m.put("polygons", polygons);
    Offsets o = c.offsets();
    m.put("maxOffsetM", o.hausdorffM());
    m.put("maxOffsetAt", point(o.maxAt()));
    m.put("maxOffsetNearest", point(o.maxNearest()));
    m.put("maxOffset1to2M", o.max1to2M());
    m.put("maxOffset1to2At", point(o.max1to2At()));
    m.put("maxOffset1to2Nearest", point(o.max1to2Nearest()));
    m.put("maxOffset2to1M", o.max2to1M());
    m.put("maxOffset2to1At", point(o.max2to1At()));
    m.put("maxOffset2to1Nearest", point(o.max2to1Nearest()));
    m.put("meanOffsetM", o.meanOffsetM());
    m.put("agreeLengthM", c.agreeLengthM());
    m.put("agreeStretches", c.agreeStretches().stream().map(s -> {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("part", s.part());
      a.put("startAlongM", s.startAlongM());
      a.put("endAlongM", s.endAlongM());
      a.put("lengthM", s.lengthM());
      return a;
    }).toList());
    m.put("line1LengthM", c.line1LengthM());
    m.put("line2LengthM", c.line2LengthM());
    m.put("closedEnds", c.closedEnds().stream().map(ComparisonSummary::connector).toList());
    m.put("openEnds", c.openEnds().stream().map(ComparisonSummary::end).toList());
    m.put("reversedParts1", c.reversedParts1());
    m.put("reversedParts2", c.reversedParts2());
    m.put("facesNotBetween", c.facesNotBetween());
    m.put("labelConflicts", c.labelConflicts());
    Map<String, Object> orientation = new LinkedHashMap<>();
    orientation.put("method", c.orientation().method());
    orientation.put("acceptedAmbiguity", c.orientation().accepted());
    m.put("orientation", orientation);
    if (impact != null) {
      m.put("withinM", withinM);
      m.put("settlementsNearLines", impact.nearLines().stream().map(n -> {
        Map<String, Object> s = settlement(n.settlement());
        s.put("distanceToLine1M", Double.isNaN(n.distanceToLine1M()) ? null : n.distanceToLine1M());
        s.put("distanceToLine2M", Double.isNaN(n.distanceToLine2M()) ? null : n.distanceToLine2M());
        return s;
      }).toList());
    }
    ComparisonOptions opt = c.options();
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("toleranceM", opt.agreeToleranceM());
    options.put("densifyMaxSagM", opt.maxSagM());
    options.put("maxConnectorM", opt.maxConnectorM());
    options.put("aPoints", opt.aPoints().stream().map(ComparisonSummary::point).toList());
    options.put("acceptAmbiguousOrientation", opt.acceptAmbiguousOrientation());
    options.put("lineType", "geodesic");
    options.put("ellipsoid", "WGS 84");
    m.put("options", options);
    if (withProfile) {
      List<double[]> profile = new ArrayList<>();
      for (OffsetSample s : o.profile()) {
        profile.add(new double[] {s.part(), s.alongM(), s.offsetM()});
      }
      m.put("offsetProfile", profile);
    }
    return m;
  }

  private Map<String, Object> polygon(int i, boolean withSettlements) {
    DisputedArea a = comparison.areas().get(i);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("index", i);
    p.put("areaM2", a.areaM2());
    p.put("line1Gives", a.line1Gives().name());
    p.put("line2Gives", a.line2Gives().name());
    if (withSettlements && impact != null) {
      p.put("settlements", impact.inAreas().get(i).stream().map(ComparisonSummary::settlement).toList());
      p.put("settlementsOnEdge", impact.onAreaEdges().get(i).stream().map(ComparisonSummary::settlement).toList());
    }
    return p;
  }

  /** The GeoJSON FeatureCollection: disputed faces, the maximum offset, the agree stretches, the connectors. */
  public GeoJson.FeatureCollection toGeoJson() {
    List<GeoJson.Feature> features = new ArrayList<>();
    for (int i = 0; i < comparison.areas().size(); i++) {
      DisputedArea a = comparison.areas().get(i);
      Map<String, Object> props = polygon(i, true);
      props.put("kind", "disputed-area");
      features.add(new GeoJson.Feature(props, GeoJson.polygon(a.polygon())));
    }
    Offsets o = comparison.offsets();
    Map<String, Object> max = new LinkedHashMap<>();
    max.put("kind", "max-offset");
    max.put("maxOffsetM", o.hausdorffM());
    features.add(new GeoJson.Feature(max, new GeoJson.LineString(List.of(o.maxAt(), o.maxNearest()))));
    for (AgreeStretch s : comparison.agreeStretches()) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("kind", "agree-stretch");
      props.put("part", s.part());
      props.put("startAlongM", s.startAlongM());
      props.put("lengthM", s.lengthM());
      features.add(new GeoJson.Feature(props, new GeoJson.LineString(s.points())));
    }
    for (Connector k : comparison.closedEnds()) {
      Map<String, Object> props = connector(k);
      props.put("kind", "connector");
      features.add(new GeoJson.Feature(props,
          new GeoJson.LineString(List.of(k.from().point(), k.to().point()))));
    }
    return new GeoJson.FeatureCollection(features);
  }

  private static Map<String, Object> point(GeoPoint p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("latDeg", p.latDeg());
    m.put("lonDeg", p.lonDeg());
    return m;
  }

  private static Map<String, Object> end(LineEnd e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("line", e.line());
    m.put("part", e.part());
    m.put("end", e.atStart() ? "start" : "end");
    m.put("latDeg", e.point().latDeg());
    m.put("lonDeg", e.point().lonDeg());
    return m;
  }

  private static Map<String, Object> connector(Connector k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", end(k.from()));
    m.put("to", end(k.to()));
    m.put("lengthM", k.lengthM());
    return m;
  }

  private static Map<String, Object> settlement(Settlement s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("population", s.population());
    m.put("country", s.country());
    m.put("featureCode", s.featureCode());
    m.put("latDeg", s.location().latDeg());
    m.put("lonDeg", s.location().lonDeg());
    return m;
  }
}
