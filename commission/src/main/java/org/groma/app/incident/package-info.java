/**
 * Incidents along the line: where an incident lies relative to the commission's agreed line — the nearest
 * section and segment, the side (party A's or party B's) and the signed geodesic distance — and the
 * "N km direction of settlement" text, all computed from the journal's agreed lines and never typed
 * (docs/incidents.md). The acts of the incident register are {@code org.groma.app.commission}'s
 * {@code IncidentEvent}s; this package only measures.
 */
package org.groma.app.incident;
