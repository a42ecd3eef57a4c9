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
 * @param lastTime latest feature time, or null when no feature has one or one is still open (a post not
 *     closed): the temporal extent is then open at its end
 * @param times the features with a time, by start, for datetime
 */
record OgcLayer(OgcCollection collection, List<OgcItem> items, Map<String, OgcItem> byId, Envelope extent,
    Instant firstTime, Instant lastTime, TimeIndex times) {

  static OgcLayer of(OgcCollection collection, List<OgcItem> items) {
    Map<String, OgcItem> byId = new LinkedHashMap<>();
    Envelope extent = null;
    Instant first = null;
    Instant last = null;
    boolean open = false;
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
      FeatureTime t = item.time();
      if (t != null) {
        first = first == null || t.start().isBefore(first) ? t.start() : first;
        open |= t.open();
        last = t.open() ? last : last == null || t.end().isAfter(last) ? t.end() : last;
      }
    }
    List<OgcItem> list = List.copyOf(items);
    return new OgcLayer(Objects.requireNonNull(collection), list, Map.copyOf(byId), extent, first,
        open ? null : last, new TimeIndex(list));
  }
}
