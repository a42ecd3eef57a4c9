/** Benchmarks of the commission store: durable appends with group commit, opening and streaming. */
package org.groma.bench.store;
