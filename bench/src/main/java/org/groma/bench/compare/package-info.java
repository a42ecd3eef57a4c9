/** Benchmarks of line comparison and of the settlements a comparison affects. */
package org.groma.bench.compare;
