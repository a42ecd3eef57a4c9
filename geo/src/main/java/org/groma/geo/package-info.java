/**
 * Points on the WGS84 ellipsoid and their canonical fixed-point form.
 */
package org.groma.geo;
