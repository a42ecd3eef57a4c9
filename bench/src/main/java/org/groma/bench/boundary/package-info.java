/** Benchmarks of common-boundary extraction and simplification on the shipped extracts. */
package org.groma.bench.boundary;
