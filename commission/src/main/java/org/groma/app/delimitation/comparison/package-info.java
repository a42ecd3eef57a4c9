/**
 * Line comparison for the commission: who lives in the areas two lines dispute and near either line, and
 * the comparison's summary as plain data (maps and lists) that the adapters write as JSON or GeoJSON.
 * The geometry itself is {@code org.groma.geo.compare}.
 */
package org.groma.app.delimitation.comparison;
