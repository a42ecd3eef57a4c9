/**
 * Angles as people write them: degrees–minutes–seconds, degrees and decimal minutes, decimal degrees, with
 * hemisphere letters (Latin N/S/E/W or Russian с.ш./ю.ш./в.д./з.д.) or signs.
 *
 * <p>{@link org.groma.geo.angle.DmsParser} reads text exactly (decimal arithmetic, one rounding to the
 * nearest double at the end) and refuses anything it cannot read without guessing;
 * {@link org.groma.geo.angle.DmsFormat} writes an angle rounded half-even on the exact decimal value of its
 * double, with correct carries. What one writes the other reads back within half a unit of the last digit.
 */
package org.groma.geo.angle;
