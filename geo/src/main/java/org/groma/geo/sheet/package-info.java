/**
 * Soviet topographic map sheets in SK-42 (Pulkovo 1942): nomenclature from 1:1 000 000 to 1:25 000
 * ({@link org.groma.geo.sheet.SheetName}, {@link org.groma.geo.sheet.SheetNameParser},
 * {@link org.groma.geo.sheet.SheetNomenclature}), frames in Pulkovo 1942 arc-seconds, the Gauss–Krüger zone,
 * ground control points for georeferencing a scan ({@link org.groma.geo.sheet.SheetGcps}) and their residuals
 * ({@link org.groma.geo.sheet.GcpResiduals}). Rules, sources and limits: {@code docs/sheets.md}.
 */
package org.groma.geo.sheet;
