/**
 * GeoJSON output, written one way: {@link org.groma.app.geojson.GeoJson} spells every position, geometry,
 * feature and collection Groma writes (files, command output, the JSON API, OGC API – Features). The
 * readers are in {@code org.groma.app.io}.
 */
package org.groma.app.geojson;
