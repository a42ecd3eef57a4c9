/** Measuring drivers for the incident register: importing and placing incidents at scale. */
package org.groma.bench.incident;
