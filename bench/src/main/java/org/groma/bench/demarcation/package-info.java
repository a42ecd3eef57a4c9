/** Measuring drivers for demarcation: survey import and acceptance checks at scale (docs/benchmarks.md). */
package org.groma.bench.demarcation;
