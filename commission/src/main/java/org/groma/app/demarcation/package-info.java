/**
 * Demarcation: what is computed from the pillar register and the agreed lines — the acceptance checks with
 * the commission's tolerances, the catalogue of coordinates and heights (WGS 84, SK-42 Gauss–Krüger, UTM,
 * geodesic azimuths and distances between neighbours), and the maintenance plan's due and overdue pillars.
 *
 * <p>The acts themselves ({@code PillarEvent}) and the register ({@code PillarRegister}) live in the
 * {@code commission} package with the other acts; this package only reads them. See docs/demarcation.md.
 */
package org.groma.app.demarcation;
