/**
 * The commission node's figures: durable signed appends, verification from scratch, opening from a cosigned
 * checkpoint; on the tests' scripted history (the commission and node modules' test-jars).
 */
package org.groma.bench.node;
