/**
 * OGC API – Features (Part 1: Core, OGC 17-069r4) under {@code /ogc} on the node: a landing page, the OpenAPI
 * 3.0 definition, the conformance declaration, and five collections (sections, segments, proposals,
 * decisions from the commission's journal; settlements from the shipped GeoNames extract) as GeoJSON, with
 * {@code bbox}, {@code datetime}, {@code limit} and offset paging. Read-only and open like {@code /api/state}:
 * the record is shared by the commission. See docs/ogc.md.
 */
package org.groma.app.server.ogc;
