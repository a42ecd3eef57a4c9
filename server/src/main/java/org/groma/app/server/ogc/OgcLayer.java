package org.groma.app.server.ogc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * The features of one collection at one size of the journal, by id and in order, with their extent.
 *
 * @param extent envelope of all features in CRS84 (null when there are none)
 * @param firstTime earliest feature time, or null when no feature has one
 * @param lastTime latest feature time, or null when no feature has one
 */
record OgcLayer(OgcCollection collection, List<OgcItem> items, Map<String, OgcItem> byId, Envelope extent,
    Instant firstTime, Instant lastTime) {

  static OgcLayer of(OgcCollection collection, List<OgcItem> items) {
    Map<String, OgcItem> byId = new LinkedHashMap<>();
    Envelope extent = null;
    Instant first = null;
    Instant last = null;
    for (OgcItem item : items) {
      if (byId.put(item.id(), item) != null) {
        // Ids come from the journal's identifiers, which the rules keep unique per kind.
        throw new IllegalStateException(collection.id + " has two features with id " + item.id());
      }
      if (extent == null) {
        extent = new Envelope(item.envelope());
      } else {
        extent.expandToInclude(item.envelope());
      }
      Instant t = item.time();
      if (t != null) {
        first = first == null || t.isBefore(first) ? t : first;
        last = last == null || t.isAfter(last) ? t : last;
      }
    }
    return new OgcLayer(Objects.requireNonNull(collection), List.copyOf(items), Map.copyOf(byId), extent, first,
        last);
  }
}
