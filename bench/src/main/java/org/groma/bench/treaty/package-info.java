/** Timing of the treaty text: the consolidated text of a large draft at any date. */
package org.groma.bench.treaty;
