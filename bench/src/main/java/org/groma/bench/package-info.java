/**
 * JMH benchmarks and measuring drivers, run by hand and never part of the test suite
 * ({@code bench/target/benchmarks.jar}): geodesics, transformations, polylines and the journal. The figures
 * and the commands that produced them are in docs/benchmarks.md.
 */
package org.groma.bench;
