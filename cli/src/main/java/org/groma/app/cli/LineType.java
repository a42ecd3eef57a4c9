package org.groma.app.cli;

import java.util.List;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;
import org.groma.geo.rhumb.Rhumb;

/** How the segments between vertices run, as a treaty may define them: geodesics (the default) or rhumb lines. */
enum LineType {
  GEODESIC {
    @Override
    double lengthM(List<GeoPoint> polyline) {
      return Geodesics.WGS84.lengthM(polyline);
    }

    @Override
    List<GeoPoint> densify(GeoPoint a, GeoPoint b, double maxSagM) {
      return Geodesics.WGS84.densify(a, b, maxSagM);
    }
  },
  RHUMB {
    @Override
    double lengthM(List<GeoPoint> polyline) {
      return Rhumb.WGS84.lengthM(polyline);
    }

    @Override
    List<GeoPoint> densify(GeoPoint a, GeoPoint b, double maxSagM) {
      return Rhumb.WGS84.densify(a, b, maxSagM);
    }
  };

  abstract double lengthM(List<GeoPoint> polyline);

  abstract List<GeoPoint> densify(GeoPoint a, GeoPoint b, double maxSagM);
}
